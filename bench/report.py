"""BENCHMARKS.md from the raw results: `python -m bench.report bench/results/full.json [OUT.md]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.common import WAIT_STAGES
from bench.summary import is_legacy_generation, summarise

TARGETS = {
    "train_cpu": 1.2,
    "train_gpu": 2.5,
    "generate": 3.0,
    "demo_seconds": 300.0,
    "clean_seconds": 10.0,
}


def _f(x, fmt="{:.2f}", none="—"):
    return none if x is None else fmt.format(x)


def _pct(x):
    return None if x is None else f"{x:+.2%}"


def _verdict(value, target, higher_is_better=True):
    if value is None:
        return "not measured"
    ok = value >= target if higher_is_better else value <= target
    if ok:
        return "**met**"
    if higher_is_better:
        return f"**missed** by {target / value:.2f}× ({value:.2f} vs {target})"
    return f"**missed** by {value - target:.1f} s ({value:.1f} s vs {target:.0f} s)"


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
        lines += _render_model(name, res, r["machine"])
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
    return _med(clean["clean_seconds"]) + _med(clean["tokenize_seconds"])


def _pipeline_figures(clean: dict | None, demo: dict | None) -> list[str]:
    """Figures 5 (clean + tokenize) and 4 (the demo), CPU runs only."""
    lines = ["## Pipeline figures", ""]
    if clean:
        tot = _clean_total(clean)
        lines += [
            f"5. Clean + tokenize {clean['posts']:,} posts (synthesised from the sample's posts, "
            f"{clean['kept']:,} kept, {clean['tokens']:,} GPT-2 tokens): clean {_med(clean['clean_seconds']):.2f} s "
            f"+ tokenize {_med(clean['tokenize_seconds']):.2f} s = **{tot:.2f} s** "
            f"(building the training text: {_med(clean['text_seconds']):.2f} s more).",
            "",
        ]
    if demo is not None:
        lines += [
            f"4. `huggingtweets demo`: **{_f(demo.get('seconds'), '{:.0f}')} s**"
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
            f"| demo under 5 minutes on 2 cores | {_verdict(demo.get('seconds'), TARGETS['demo_seconds'], False)} |"
        )
    if not gpu_run and clean:
        tot = _clean_total(clean)
        lines.append(
            f"| 100,000 posts cleaned and tokenized in under 10 s | {_verdict(tot, TARGETS['clean_seconds'], False)} |"
        )
    lines.append("")
    return lines


def _model_targets(name: str, s: dict, gpu_run: bool) -> list[str]:
    """One model's target rows, from its summary `s`."""
    if gpu_run:
        speed = f"| training ≥2.5× tokens/s on a GPU ({name}) | {_verdict(s['train_speedup'], TARGETS['train_gpu'])} |"
    else:
        speed = f"| training ≥1.2× tokens/s on CPU ({name}) | {_verdict(s['train_speedup'], TARGETS['train_cpu'])} |"
    d = _diff(s["ours"]["loss_equal_time"], s["original"]["loss_equal_time"])
    change = s.get("decoding_loss_change")
    return [
        speed,
        f"| … at equal or better held-out loss ({name}) | "
        + ("not measured" if d is None else ("**met**" if d <= 0 else f"**missed**: +{d:.4f} nats"))
        + " |",
        f"| 10 generations ≥3× faster than the original stopping at end-of-text ({name}) | "
        f"{_verdict(s['generate_speedup'], TARGETS['generate'])} |",
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
    tops = ", ".join(f"{t['op'][:60]} {_ms(t['self_seconds_per_step'])}" for t in p["top_ops"][:6])
    wall = p.get("step_wall_seconds")
    # On a GPU the phases' CPU times only say how long launching took: left out.
    phases = (
        ""
        if p.get("device") == "cuda"
        else ", ".join(f"{k} {_ms(val)}" for k, val in ph.items()) + ". "
    )
    return (
        f"- training step, {key} ({p['batch']}×{p['block']} tokens"
        + (f", {_ms(wall)} a step" if wall else "")
        + "): "
        + phases
        + f"Top ops ({unit} per step): {tops}.{busy_text}"
    )


def _faster(ratio) -> str:
    """The word after a speed ratio (original ÷ ours): below 1, ours is the slower."""
    if ratio is None:
        return ""
    return " faster" if ratio >= 1 else " (ours slower)"


def _ms(seconds) -> str:
    if seconds is None:
        return "—"
    return f"{seconds:.2f} s" if seconds >= 0.1 else f"{1000 * seconds:.1f} ms"


def _wait_rows(w: dict) -> list[str]:
    """Row 0: what a user waits for (start → loaded → trained → 10 posts), then its stages."""
    o, b = w["ours"], w["original"]
    label = (
        "0. **what a user waits for**: start → model loaded → trained → 10 posts, default run (s)"
    )
    if o["wait_seconds"] is None and b["wait_seconds"] is None:
        return [f"| {label} | not measured | not measured | |"]
    rows = [
        f"| {label} | {_f(b['wait_seconds'], '{:.1f}')} | {_f(o['wait_seconds'], '{:.1f}')} | "
        f"**{_f(w['speedup'])}×**{_faster(w['speedup'])} |",
        "| … load / train / 10 posts (s) | "
        + " / ".join(_f(b["stages"].get(k), "{:.1f}") for k in WAIT_STAGES)
        + " | "
        + " / ".join(_f(o["stages"].get(k), "{:.1f}") for k in WAIT_STAGES)
        + " | |",
        f"| … held-out loss after the default run (lower is better) | "
        f"{_f(b['heldout_loss'], '{:.4f}')} | {_f(o['heldout_loss'], '{:.4f}')} | "
        f"{_f(_diff(o['heldout_loss'], b['heldout_loss']), '{:+.4f}')} |",
        f"| … tokens trained (steps) | {_f(b['tokens'], '{:,.0f}')} ({_f(b['steps'], '{:.0f}')}) | "
        f"{_f(o['tokens'], '{:,.0f}')} ({_f(o['steps'], '{:.0f}')}) | |",
    ]
    return rows


def _render_model(name: str, res: dict, m: dict) -> list[str]:
    # From the raw runs, not the stored summary: results written before the fair baseline
    # stored their ratios against the run-to-160 one.
    s = summarise(res["runs"])
    bud = res["budget"]
    on_gpu = res.get("device") == "cuda"
    where = f"GPU: {m.get('gpu')}" if on_gpu else "CPU"
    lines = [
        f"## {name} ({where})",
        "",
        f"{bud['reps']} repetition(s); figure 1 over {res['token_budget']:,} tokens "
        f"({bud['blocks']} original blocks of {res['original_block']}); figure 2 after "
        f"{bud['seconds']:.0f} s of training each.",
        "",
        "| | original | ours | ours ÷ original |",
        "|---|---|---|---|",
        *_wait_rows(s["wait"]),
        *_training_rows(s),
        *_generation_rows(s),
    ]
    o, b = s["ours"], s["original"]
    lines.append(
        f"| 6. peak memory of training (RSS, MiB) | {_f(b['peak_rss_mb'], '{:,.0f}')} | "
        f"{_f(o['peak_rss_mb'], '{:,.0f}')} | {_f(_ratio(o['peak_rss_mb'], b['peak_rss_mb']))}× |"
    )
    if on_gpu:
        lines.append(
            f"| 6b. peak GPU memory of training (MiB, torch) | {_f(b.get('peak_gpu_mb'), '{:,.0f}')} | "
            f"{_f(o.get('peak_gpu_mb'), '{:,.0f}')} | {_f(_ratio(o.get('peak_gpu_mb'), b.get('peak_gpu_mb')))}× |"
        )
    lines += [
        "",
        f"Per-repetition training speed-ups: {', '.join(f'{x:.2f}' for x in s['train_speedups'])}; "
        f"generation: {', '.join(f'{x:.2f}' for x in s['generate_speedups'])}.",
        "",
    ]
    return lines + _sample_lines(res["runs"]["generate"])


def _training_rows(s: dict) -> list[str]:
    """Rows 1-2: training speed, and held-out loss after equal time and equal tokens."""
    o, b = s["ours"], s["original"]
    return [
        f"| 1. training tokens/s (optimizer steps, first step excluded) | {_f(b['tokens_per_second'], '{:,.0f}')} | "
        f"{_f(o['tokens_per_second'], '{:,.0f}')} | **{_f(s['train_speedup'])}×** |",
        f"| 1b. tokens/s of the whole loop (ours: incl. 1 held-out eval + 1 checkpoint) | "
        f"{_f(b['loop_tokens_per_second'], '{:,.0f}')} | {_f(o['loop_tokens_per_second'], '{:,.0f}')} | "
        f"{_f(_ratio(o['loop_tokens_per_second'], b['loop_tokens_per_second']))}× |",
        f"| tokens per optimizer step / time per step | {_f(b['tokens_per_step'], '{:.0f}')} / {_ms(b['step_seconds'])} | "
        f"{_f(o['tokens_per_step'], '{:.0f}')} / {_ms(o['step_seconds'])} | |",
        f"| ours' in-loop held-out eval / checkpoint save (s) | — | {_f(o['eval_seconds'])} / {_f(o['save_seconds'])} | |",
        f"| 2. held-out loss after equal wall time (lower is better) | {_f(b['loss_equal_time'], '{:.4f}')} | "
        f"{_f(o['loss_equal_time'], '{:.4f}')} | {_f(_diff(o['loss_equal_time'], b['loss_equal_time']), '{:+.4f}')} |",
        f"| … tokens trained in that time (steps) | {_f(b['time_tokens'], '{:,.0f}')} ({_f(b['time_steps'], '{:.0f}')}) | "
        f"{_f(o['time_tokens'], '{:,.0f}')} ({_f(o['time_steps'], '{:.0f}')}) | |",
        f"| held-out loss after equal tokens | {_f(b['loss_equal_tokens'], '{:.4f}')} | "
        f"{_f(o['loss_equal_tokens'], '{:.4f}')} | {_f(_diff(o['loss_equal_tokens'], b['loss_equal_tokens']), '{:+.4f}')} |",
    ]


def _generation_rows(s: dict) -> list[str]:
    """Rows 3-3c: generation time against the original, and the sampling weights' loss."""
    return [
        f'| 3. 10 generations of "My dream is" (s; the original stopping at end-of-text, as it did) | '
        f"{_f(s['generate_original_seconds'])} | "
        f"{_f(s['generate_ours_seconds'])} | **{_f(s['generate_speedup'])}×**"
        f"{_faster(s['generate_speedup'])} |",
        "| 3b. … against a handicapped original: every sequence run to 160 tokens (s) | "
        + (
            f"{_f(s['generate_original_run_to_160_seconds'])} | | "
            f"{_f(s['generate_speedup_vs_run_to_160'])}× |"
            if s["generate_speedup_vs_run_to_160"] is not None
            else "not measured (full runs only) | | |"
        ),
        "| 3c. held-out loss of the weights each samples with (ours: "
        f"{s.get('decoding_dtype') or '—'}; the original: fp32) | "
        f"{_f(s.get('decoding_fp32_loss'), '{:.4f}')} | {_f(s.get('decoding_loss'), '{:.4f}')} | "
        f"{_pct(s.get('decoding_loss_change')) or '—'} |",
    ]


def _sample_lines(gens: list) -> list[str]:
    """The first repetition's first three posts of each recipe, where the run kept them."""
    if not (gens and gens[0].get("samples")):
        return []
    smp = gens[0]["samples"]
    lines = ["Sample generations (first repetition):", ""]
    for k in ("original", "ours"):
        for t in (smp.get(k) or [])[:3]:
            lines.append(f"- {k}: {t[:160]!r}")
    lines.append("")
    return lines


def _med(xs):
    xs = sorted(x for x in xs if x is not None)
    return xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2


def _ratio(a, b):
    return a / b if a is not None and b else None


def _diff(a, b):
    return a - b if a is not None and b is not None else None


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
