"""The bench's figures from its raw runs: medians per recipe, ratios within each repetition, and
the headline JSON object (`python -m bench --json`)."""

from __future__ import annotations

import statistics

from bench.common import WAIT_STAGES


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def generation_times(g: dict) -> tuple[list, list]:
    """(the fair baseline's seconds, the run-to-160 baseline's) of one generate run.

    Results written before 2026-12-01 have "original_eos" (then the stricter row) and an
    "original" that ran every sequence to 160 tokens (then the headline): read in today's terms.
    """
    if "original_eos" in g:
        return list(g.get("original_eos") or []), list(g.get("original") or [])
    return list(g.get("original") or []), list(g.get("original_run_to_160") or [])


def is_legacy_generation(runs: dict) -> bool:
    return any("original_eos" in g for g in runs.get("generate") or [])


def summarise_wait(wait: dict | None) -> dict:
    """Medians of the wait runs per recipe, the stages, and ours' speed-up (original ÷ ours)."""
    wait = wait or {}
    s: dict = {}
    for recipe in ("original", "ours"):
        rs = wait.get(recipe) or []
        s[recipe] = {
            "wait_seconds": median([r.get("wait_seconds") for r in rs]),
            "stages": {
                k: median([(r.get("stages") or {}).get(k) for r in rs]) for k in WAIT_STAGES
            },
            "heldout_loss": median([(r.get("heldout") or {}).get("loss") for r in rs]),
            "steps": median([r.get("steps") for r in rs]),
            "tokens": median([r.get("tokens") for r in rs]),
            "peak_rss_mb": median([r.get("peak_rss_mb") for r in rs]),
        }
    pairs = [
        b["wait_seconds"] / o["wait_seconds"]
        for b, o in zip(wait.get("original") or [], wait.get("ours") or [], strict=False)
        if b.get("wait_seconds") and o.get("wait_seconds")
    ]
    s["speedup"] = median(pairs)
    s["speedups"] = pairs
    return s


def summarise(runs: dict) -> dict:
    def med(mode, recipe, key, sub=None):
        vals = []
        for r in runs[mode][recipe]:
            v = r.get(key)
            if sub is not None and isinstance(v, dict):
                v = v.get(sub)
            vals.append(v)
        return median(vals)

    s = {}
    for recipe in ("original", "ours"):
        s[recipe] = {
            "tokens_per_second": med("tokens", recipe, "tokens_per_second"),
            "loop_tokens_per_second": med("tokens", recipe, "loop_tokens_per_second"),
            "step_seconds": med("tokens", recipe, "step_seconds_median"),
            "tokens_per_step": med("tokens", recipe, "tokens_per_step"),
            "eval_seconds": med("tokens", recipe, "eval_seconds"),
            "save_seconds": med("tokens", recipe, "save_seconds"),
            "wall_seconds_tokens": med("tokens", recipe, "wall_seconds"),
            "loss_equal_tokens": med("tokens", recipe, "heldout", "loss"),
            "loss_equal_time": med("time", recipe, "heldout", "loss"),
            "time_loop_seconds": med("time", recipe, "loop_seconds"),
            "time_tokens": med("time", recipe, "tokens"),
            "time_steps": med("time", recipe, "steps"),
            "peak_rss_mb": med("tokens", recipe, "peak_rss_mb"),
            "peak_rss_mb_time": med("time", recipe, "peak_rss_mb"),
            "peak_gpu_mb": med("tokens", recipe, "peak_gpu_mb"),
        }
    # Ratios within each repetition (same invocation, neighbouring runs), then the median.
    speedups = [
        o["tokens_per_second"] / b["tokens_per_second"]
        for o, b in zip(runs["tokens"]["ours"], runs["tokens"]["original"], strict=True)
        if o.get("tokens_per_second") and b.get("tokens_per_second")
    ]
    s["train_speedup"] = median(speedups)
    s["train_speedups"] = speedups
    # Generation: against the original as it ran (stopping at end-of-text), the fair baseline.
    gens = runs["generate"]
    fair = [(generation_times(g)[0], g["ours"]) for g in gens]
    g_ratio = [median(b) / median(o) for b, o in fair if b and o]
    s["generate_speedup"] = median(g_ratio)
    s["generate_speedups"] = g_ratio
    s["generate_original_seconds"] = median([median(b) for b, _ in fair])
    s["generate_ours_seconds"] = median([median(g["ours"]) for g in gens])
    # The held-out loss of the weights ours samples with, relative to fp32 (the quality check).
    checks = [g["decoding_loss"] for g in gens if g.get("decoding_loss")]
    s["decoding_loss_change"] = max((c["relative_change"] for c in checks), key=abs, default=None)
    s["decoding_dtype"] = checks[0]["dtype"] if checks else None
    s["decoding_fp32_loss"] = median([c["fp32_loss"] for c in checks])
    s["decoding_loss"] = median([c["decoding_loss"] for c in checks])
    # The handicapped baseline (every sequence run to 160 tokens), where a run measured it.
    slow = [(generation_times(g)[1], g["ours"]) for g in gens]
    r160 = [median(b) / median(o) for b, o in slow if b and o]
    s["generate_original_run_to_160_seconds"] = median([median(b) for b, _ in slow if b])
    s["generate_speedup_vs_run_to_160"] = median(r160)
    s["generation_legacy"] = is_legacy_generation(runs)
    s["wait"] = summarise_wait(runs.get("wait"))
    return s


def headline_json(results: dict) -> dict:
    first = "tiny" if "tiny" in results["models"] else next(iter(results["models"]))
    s = results["models"][first]["summary"]
    demo = results.get("demo") or {}

    def f(x):
        return float(x) if x is not None else float("nan")

    w = s["wait"]

    def stages(recipe):
        return {k: f(v) for k, v in w[recipe]["stages"].items()}

    return {
        # The headline: what a user waits for, each recipe's default run (load, train, 10 posts).
        "wait_seconds_ours": f(w["ours"]["wait_seconds"]),
        "wait_seconds_original": f(w["original"]["wait_seconds"]),
        "wait_speedup": f(w["speedup"]),
        "wait_stages_ours": stages("ours"),
        "wait_stages_original": stages("original"),
        "wait_heldout_loss_ours": f(w["ours"]["heldout_loss"]),
        "wait_heldout_loss_original": f(w["original"]["heldout_loss"]),
        "train_speedup": f(s["train_speedup"]),
        # Against the original as it ran: each sequence stopping at end-of-text.
        "generate_speedup": f(s["generate_speedup"]),
        # The held-out loss of the weights ours samples with against fp32 (relative; within 1 %).
        "decoding_loss_change": f(s.get("decoding_loss_change")),
        "eval_loss_ours": f(s["ours"]["loss_equal_time"]),
        "eval_loss_original": f(s["original"]["loss_equal_time"]),
        "demo_seconds": float(demo["seconds"]) if demo.get("seconds") is not None else None,
    }
