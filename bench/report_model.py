"""One model's section of BENCHMARKS.md: its table (rows 0-6, original against ours) and a
few sample posts."""

from __future__ import annotations

from bench.cells import diff, faster, ms, num, pct, ratio
from bench.common import WAIT_STAGES
from bench.summary import summarise


def _wait_rows(w: dict) -> list[str]:
    """Row 0: what a user waits for (start → loaded → trained → 10 posts), then its stages."""
    o, b = w["ours"], w["original"]
    label = (
        "0. **what a user waits for**: start → model loaded → trained → 10 posts, default run (s)"
    )
    if o["wait_seconds"] is None and b["wait_seconds"] is None:
        return [f"| {label} | not measured | not measured | |"]
    rows = [
        f"| {label} | {num(b['wait_seconds'], '{:.1f}')} | {num(o['wait_seconds'], '{:.1f}')} | "
        f"**{num(w['speedup'])}×**{faster(w['speedup'])} |",
        "| … load / train / 10 posts (s) | "
        + " / ".join(num(b["stages"].get(k), "{:.1f}") for k in WAIT_STAGES)
        + " | "
        + " / ".join(num(o["stages"].get(k), "{:.1f}") for k in WAIT_STAGES)
        + " | |",
        f"| … held-out loss after the default run (lower is better) | "
        f"{num(b['heldout_loss'], '{:.4f}')} | {num(o['heldout_loss'], '{:.4f}')} | "
        f"{num(diff(o['heldout_loss'], b['heldout_loss']), '{:+.4f}')} |",
        f"| … tokens trained (steps) | {num(b['tokens'], '{:,.0f}')} ({num(b['steps'], '{:.0f}')}) | "
        f"{num(o['tokens'], '{:,.0f}')} ({num(o['steps'], '{:.0f}')}) | |",
    ]
    return rows


def render_model(name: str, res: dict, m: dict) -> list[str]:
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
        f"| 6. peak memory of training (RSS, MiB) | {num(b['peak_rss_mb'], '{:,.0f}')} | "
        f"{num(o['peak_rss_mb'], '{:,.0f}')} | {num(ratio(o['peak_rss_mb'], b['peak_rss_mb']))}× |"
    )
    if on_gpu:
        lines.append(
            f"| 6b. peak GPU memory of training (MiB, torch) | {num(b.get('peak_gpu_mb'), '{:,.0f}')} | "
            f"{num(o.get('peak_gpu_mb'), '{:,.0f}')} | {num(ratio(o.get('peak_gpu_mb'), b.get('peak_gpu_mb')))}× |"
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
        f"| 1. training tokens/s (optimizer steps, first step excluded) | {num(b['tokens_per_second'], '{:,.0f}')} | "
        f"{num(o['tokens_per_second'], '{:,.0f}')} | **{num(s['train_speedup'])}×** |",
        f"| 1b. tokens/s of the whole loop (ours: incl. 1 held-out eval + 1 checkpoint) | "
        f"{num(b['loop_tokens_per_second'], '{:,.0f}')} | {num(o['loop_tokens_per_second'], '{:,.0f}')} | "
        f"{num(ratio(o['loop_tokens_per_second'], b['loop_tokens_per_second']))}× |",
        f"| tokens per optimizer step / time per step | {num(b['tokens_per_step'], '{:.0f}')} / {ms(b['step_seconds'])} | "
        f"{num(o['tokens_per_step'], '{:.0f}')} / {ms(o['step_seconds'])} | |",
        f"| ours' in-loop held-out eval / checkpoint save (s) | — | {num(o['eval_seconds'])} / {num(o['save_seconds'])} | |",
        f"| 2. held-out loss after equal wall time (lower is better) | {num(b['loss_equal_time'], '{:.4f}')} | "
        f"{num(o['loss_equal_time'], '{:.4f}')} | {num(diff(o['loss_equal_time'], b['loss_equal_time']), '{:+.4f}')} |",
        f"| … tokens trained in that time (steps) | {num(b['time_tokens'], '{:,.0f}')} ({num(b['time_steps'], '{:.0f}')}) | "
        f"{num(o['time_tokens'], '{:,.0f}')} ({num(o['time_steps'], '{:.0f}')}) | |",
        f"| held-out loss after equal tokens | {num(b['loss_equal_tokens'], '{:.4f}')} | "
        f"{num(o['loss_equal_tokens'], '{:.4f}')} | {num(diff(o['loss_equal_tokens'], b['loss_equal_tokens']), '{:+.4f}')} |",
    ]


def _generation_rows(s: dict) -> list[str]:
    """Rows 3-3c: generation time against the original, and the sampling weights' loss."""
    return [
        f'| 3. 10 generations of "My dream is" (s; the original stopping at end-of-text, as it did) | '
        f"{num(s['generate_original_seconds'])} | "
        f"{num(s['generate_ours_seconds'])} | **{num(s['generate_speedup'])}×**"
        f"{faster(s['generate_speedup'])} |",
        "| 3b. … against a handicapped original: every sequence run to 160 tokens (s) | "
        + (
            f"{num(s['generate_original_run_to_160_seconds'])} | | "
            f"{num(s['generate_speedup_vs_run_to_160'])}× |"
            if s["generate_speedup_vs_run_to_160"] is not None
            else "not measured (full runs only) | | |"
        ),
        "| 3c. held-out loss of the weights each samples with (ours: "
        f"{s.get('decoding_dtype') or '—'}; the original: fp32) | "
        f"{num(s.get('decoding_fp32_loss'), '{:.4f}')} | {num(s.get('decoding_loss'), '{:.4f}')} | "
        f"{pct(s.get('decoding_loss_change')) or '—'} |",
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
