"""BENCHMARKS.md from the raw results: `python -m bench.report bench/results/full.json [OUT.md]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.cells import diff, med, ms, num, verdict
from bench.report_model import render_model
from bench.summary import is_legacy_generation, summarise

TARGETS = {
    "train_cpu": 1.2,
    "train_gpu": 2.5,
    "generate": 3.0,
    "demo_seconds": 300.0,
    "clean_seconds": 10.0,
}


def write_report(results: dict, path: Path, others: list[dict] | None = None) -> None:
    path.write_text(render(results, others), encoding="utf-8")


def render(r: dict, others: list[dict] | None = None) -> str:
    """The report: every run (the CPU run first, then a GPU run if there is one), then NOTES.md."""
    runs = sorted([r, *(others or [])], key=lambda x: x.get("mode") == "gpu")
    lines = [
        "# Benchmarks: huggingtweets against the original recipe",
        "",
        "Made by `python -m bench --save` (full CPU run; `python -m bench --quick --json` for a check",
        "of a few minutes) and `python -m bench --gpu --save` on a CUDA machine (without `--save` the",
        "bench writes nothing into the checkout). Every figure is the median over the",
        "repetitions; every ratio is taken between runs of the same invocation, on the same base model,",
        "the same training text and the same number of tokens.",
        "",
        "Baseline (`bench/original.py`): Trainer, blocks of min(model window, 1024) tokens, batch 1, fp32,",
        "AdamW lr 1.372e-4, cosine, no warm-up, no evaluation or checkpoints; generation with sampling,",
        "top-p 0.95, temperature 1, 10 sequences, min_length 10, max_length 160, each sequence stopping",
        "at the model's end-of-text as the original's did (it passed no `eos_token_id`, so `generate`",
        "took GPT-2's, 50256, from the model's config), cut at the first newline. **Every generation ratio",
        "is against this baseline.** Full runs also time a handicapped baseline that runs every sequence",
        "to 160 tokens (the bench's baseline until 2026-12-01), on a row that says so.",
        "Ours: `huggingtweets.train.train` and `huggingtweets.generate.generate` with their defaults",
        "(held-out evaluations, checkpoints, early stopping, stop at end of post).",
        "",
        "Row 0 is what a user waits for: from the start (before torch is imported) to the model",
        "loaded, trained and 10 posts written, each recipe's default run on the sample account (one",
        "pass over its text), side by side in one run; then the held-out loss of what each trained.",
        "",
    ]
    for run in runs:
        lines += _render_run(run)
    if not any(x.get("mode") == "gpu" for x in runs):
        lines += [
            "## GPU",
            "",
            "Not measured: no GPU machine ran `python -m bench --gpu` (target ≥2.5× for gpt2).",
            "",
        ]
    notes = Path(__file__).with_name("NOTES.md")
    if notes.is_file():
        lines += [notes.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(lines)


def _render_run(r: dict) -> list[str]:
    gpu_run = r.get("mode") == "gpu"
    lines = _run_header(r, gpu_run)
    for name, res in r["models"].items():
        lines += render_model(name, res, r["machine"])
    clean, demo = r.get("clean"), r.get("demo")
    if not gpu_run:
        lines += _pipeline_figures(clean, demo)
    lines += _targets(r, gpu_run, clean, demo)
    if r.get("profile"):
        lines += _profile_section(r["profile"])
    return lines


def _run_header(r: dict, gpu_run: bool) -> list[str]:
    """The run's title, machine, versions and data, then notes on what its figures mean."""
    m, v = r["machine"], r["versions"]
    noisy = (m.get("load_average") or [0])[0] > (m.get("cores") or 1) * 0.5
    epochs = r.get("data_epochs") or 4
    lines = [
        f"# {'GPU' if gpu_run else 'CPU'} run of {r['date'][:16].replace('T', ' ')}: "
        f"`python -m bench{' --gpu' if gpu_run else ''}`"
        + ("" if r["mode"] in ("full", "gpu") else f" (mode `{r['mode']}`)"),
        "",
        f"- Date: {r['date']} ({r['seconds'] / 60:.1f} minutes in all)",
        f"- Machine: {m['cpu']} ({m['cores']} cores, torch threads {m['torch_threads']}, "
        f"{m['cpu_flags']}), {m['memory_gib']} GiB; {m['platform']}",
        f"- GPU: {m['gpu'] or 'none on this machine'}",
        f"- Load average when the run started: {m['load_average']}"
        + ("  **(machine busy: timings are noisy)**" if noisy and not gpu_run else ""),
        "- Versions: "
        + ", ".join(
            f"{k} {val or '(not installed: run from the source tree)'}" for k, val in v.items()
        ),
        f"- Data: the bundled sample account (`download(['sample'])`, seed 1234): the training text"
        f" has {epochs} epochs built in; the held-out loss is on its held-out posts (`valid.txt`), measured the"
        " same way for both recipes (bench/common.py `heldout_loss`: token-weighted cross-entropy, fp32).",
        "",
    ]
    if gpu_run:
        lines += [
            "`gpt2-init` is GPT-2's 124M architecture and tokenizer with random weights: the GPU machine",
            "reaches no Hub, so the real `gpt2` weights cannot be had there. Time per token is the same as",
            "with the real weights; the held-out loss measures training from scratch, for both recipes alike.",
            "",
        ]
    if any(is_legacy_generation(res["runs"]) for res in r["models"].values()):
        lines += [
            "*Measured before 2026-12-01, against the old baseline:* this run's headline generation",
            "baseline ran every sequence to 160 tokens, and its ratios were published against that.",
            "Row 3 here shows the same run's measurement of the original stopping at end-of-text (then",
            "a secondary row), and row 3b the old, handicapped one. Row 0 did not exist yet.",
            "",
        ]
    return lines


def _clean_total(clean: dict) -> float:
    """Clean + tokenize seconds (medians): the figure the target is about."""
    return med(clean["clean_seconds"]) + med(clean["tokenize_seconds"])


def _pipeline_figures(clean: dict | None, demo: dict | None) -> list[str]:
    """Figures 5 (clean + tokenize) and 4 (the demo), CPU runs only."""
    lines = ["## Pipeline figures", ""]
    if clean:
        tot = _clean_total(clean)
        lines += [
            f"5. Clean + tokenize {clean['posts']:,} posts (synthesised from the sample's posts, "
            f"{clean['kept']:,} kept, {clean['tokens']:,} GPT-2 tokens): clean {med(clean['clean_seconds']):.2f} s "
            f"+ tokenize {med(clean['tokenize_seconds']):.2f} s = **{tot:.2f} s** "
            f"(building the training text: {med(clean['text_seconds']):.2f} s more).",
            "",
        ]
    if demo is not None:
        lines += [
            f"4. `huggingtweets demo`: **{num(demo.get('seconds'), '{:.0f}')} s**"
            + (
                ""
                if demo.get("ok")
                else f" (failed, exit {demo.get('exit')}: {demo.get('stderr_tail', '')[-300:]!r})"
            ),
            "",
        ]
    else:
        lines += ["4. `huggingtweets demo`: not measured in this run.", ""]
    return lines


def _targets(r: dict, gpu_run: bool, clean: dict | None, demo: dict | None) -> list[str]:
    """The targets table: each model's rows, then the CPU run's pipeline targets."""
    lines = [f"## Targets ({'GPU' if gpu_run else 'CPU'})", "", "| target | result |", "|---|---|"]
    for name, res in r["models"].items():
        lines += _model_targets(name, summarise(res["runs"]), gpu_run)
    if not gpu_run and demo is not None:
        lines.append(
            f"| demo under 5 minutes on 2 cores | {verdict(demo.get('seconds'), TARGETS['demo_seconds'], False)} |"
        )
    if not gpu_run and clean:
        tot = _clean_total(clean)
        lines.append(
            f"| 100,000 posts cleaned and tokenized in under 10 s | {verdict(tot, TARGETS['clean_seconds'], False)} |"
        )
    lines.append("")
    return lines


def _model_targets(name: str, s: dict, gpu_run: bool) -> list[str]:
    """One model's target rows, from its summary `s`."""
    if gpu_run:
        speed = f"| training ≥2.5× tokens/s on a GPU ({name}) | {verdict(s['train_speedup'], TARGETS['train_gpu'])} |"
    else:
        speed = f"| training ≥1.2× tokens/s on CPU ({name}) | {verdict(s['train_speedup'], TARGETS['train_cpu'])} |"
    d = diff(s["ours"]["loss_equal_time"], s["original"]["loss_equal_time"])
    change = s.get("decoding_loss_change")
    return [
        speed,
        f"| … at equal or better held-out loss ({name}) | "
        + ("not measured" if d is None else ("**met**" if d <= 0 else f"**missed**: +{d:.4f} nats"))
        + " |",
        f"| 10 generations ≥3× faster than the original stopping at end-of-text ({name}) | "
        f"{verdict(s['generate_speedup'], TARGETS['generate'])} |",
        f"| … sampling with weights within 1 % of fp32's held-out loss ({name}) | "
        + (
            "not measured"
            if change is None
            else ("**met**" if abs(change) <= 0.01 else "**missed**") + f": {change:+.2%}"
        )
        + " |",
    ]


def _profile_section(prof: dict) -> list[str]:
    """Where the time goes: one line per profiled training step or generation."""
    lines = ["## Where the time goes (torch.profiler, this run)", ""]
    for key, p in prof.items():
        busy = p.get("gpu_busy_share")
        busy_text = "" if busy is None else f" GPU busy {100 * busy:.0f}% of the wall time."
        if "phases_seconds_per_step" in p:
            lines.append(_train_profile_line(key, p, busy_text))
        else:
            tops = ", ".join(f"{t['op'][:60]} {100 * t['share']:.0f}%" for t in p["top_ops"][:6])
            lines.append(f"- generation, {key}: {tops} (CPU self time).{busy_text}")
    lines += ["", "Full tables: `bench/results/profile-*.txt`.", ""]
    return lines


def _train_profile_line(key: str, p: dict, busy_text: str) -> str:
    """A training step's profile: its phases (CPU only) and top ops per step."""
    ph = p["phases_seconds_per_step"]
    unit = "GPU kernel time" if p.get("device") == "cuda" else "self time"
    tops = ", ".join(f"{t['op'][:60]} {ms(t['self_seconds_per_step'])}" for t in p["top_ops"][:6])
    wall = p.get("step_wall_seconds")
    # On a GPU the phases' CPU times only say how long launching took: left out.
    phases = (
        ""
        if p.get("device") == "cuda"
        else ", ".join(f"{k} {ms(val)}" for k, val in ph.items()) + ". "
    )
    return (
        f"- training step, {key} ({p['batch']}×{p['block']} tokens"
        + (f", {ms(wall)} a step" if wall else "")
        + "): "
        + phases
        + f"Top ops ({unit} per step): {tops}.{busy_text}"
    )


def main(argv: list[str]) -> int:
    """`python -m bench.report RESULTS.json [MORE.json ...] [OUT.md]` (default ./BENCHMARKS.md)."""
    inputs = [a for a in argv if a.endswith(".json")]
    outs = [a for a in argv if a.endswith(".md")]
    if not inputs or len(outs) > 1 or len(inputs) + len(outs) != len(argv):
        print(
            "usage: python -m bench.report RESULTS.json [MORE.json ...] [OUT.md]", file=sys.stderr
        )
        return 2
    results = [json.loads(Path(a).read_text(encoding="utf-8")) for a in inputs]
    out = Path(outs[0]) if outs else Path(__file__).resolve().parent.parent / "BENCHMARKS.md"
    write_report(results[0], out, others=results[1:])
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
