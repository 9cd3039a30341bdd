"""`python -m bench`: ours against the original recipe, side by side in one run.

    python -m bench                      # full: tiny + smollm2 on CPU, 3 repetitions, demo, profile
    python -m bench --quick --json       # CPU, tiny model, a few minutes; one JSON object on stdout
    python -m bench --smoke --json       # seconds: checks that the harness works (tests)
    python -m bench --gpu                # on a CUDA machine: GPT-2 124M
    python -m bench --save               # ... and write the results into the checkout

Nothing in the checkout changes unless asked: `--save` writes bench/results/<mode>.json, the
profile tables and (full, gpu) BENCHMARKS.md; `--results` / `--report` write just those files.
Paths under the scratch folder are written as `<work>/...`.

Every measurement runs in its own process (peak memory per run); ratios are taken between runs
of the same invocation; figures are medians over the repetitions. The original's generation stops
at end-of-text as it really did (bench/original.py), and every generation ratio is against that.
The headline figure is what a user waits for: start → model loaded → trained → 10 posts, the
default run of each recipe on the sample account (`wait_*`).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.measure import (  # noqa: F401  (run_worker, DATA_SEED: where they always were)
    DATA_SEED,
    ROOT,
    bench_model,
    log,
    prepare_data,
    run_profiles,
    run_worker,
    time_demo,
)
from bench.summary import headline_json, is_legacy_generation, median, summarise  # noqa: F401

GPU_EPOCHS = 100  # ~1.3M training tokens: more than either recipe gets through in figure 2

# Per-model budgets: token window for figure 1 (in the original's blocks) and seconds for figure 2.
# SmolLM2's figure 1 takes 8 steps: its first two steps are slow for both recipes (allocations,
# AdamW's state), and with 4 steps two of the three timed ones were still warming up.
# "wait": the headline row, each recipe's default run ({}: one pass over the sample's text, 10
# posts of up to 160 tokens; smoke tests cut it to a few steps and short posts).
PROFILES = {
    "full": {
        "tiny": {"blocks": 64, "seconds": 45, "reps": 3, "gen_reps": 3, "wait": {}},
        "smollm2": {"blocks": 8, "seconds": 90, "reps": 3, "gen_reps": 3, "wait": {}},
    },
    "quick": {"tiny": {"blocks": 16, "seconds": 15, "reps": 1, "gen_reps": 1, "wait": {}}},
    # GPT-2 124M (random weights: no Hub there) on a GPU; a step takes milliseconds, so the training
    # text gets more epochs (GPU_EPOCHS) for figure 2 to end on time, not at the end of the text.
    "gpu": {"gpt2-init": {"blocks": 300, "seconds": 20, "reps": 3, "gen_reps": 3, "wait": {}}},
    "smoke": {
        "tiny": {
            "blocks": 8,
            "seconds": 1,
            "reps": 1,
            "gen_reps": 1,
            "wait": {
                "max_steps": 2,
                "max_length": 24,
                "options": {"sample_generations": 0, "card": False},
            },
        }
    },
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="CPU, tiny model, 1 repetition (< 3 min)")
    p.add_argument("--smoke", action="store_true", help="a few steps only: checks the harness")
    p.add_argument("--gpu", action="store_true", help="on a CUDA GPU: GPT-2 124M")
    p.add_argument("--json", action="store_true", help="print the headline JSON object on stdout")
    p.add_argument("--models", help="comma-separated base models (default: tiny,smollm2)")
    p.add_argument("--reps", type=int, help="repetitions (default 3; quick 1)")
    p.add_argument("--seconds", type=float, help="equal wall time per training run (figure 2)")
    p.add_argument("--blocks", type=int, help="figure 1's token budget in the original's blocks")
    p.add_argument(
        "--demo", dest="demo", action="store_true", default=None, help="time `huggingtweets demo`"
    )
    p.add_argument("--no-demo", dest="demo", action="store_false")
    p.add_argument(
        "--no-wait",
        dest="wait",
        action="store_false",
        help="skip the headline row (each recipe's default run: load, train, 10 posts)",
    )
    p.add_argument("--no-profile", dest="profile", action="store_false", default=None)
    p.add_argument(
        "--save",
        action="store_true",
        help="write bench/results/<mode>.json, the profile tables and (full, gpu) BENCHMARKS.md",
    )
    p.add_argument("--report", help="where to write the markdown report (--save: BENCHMARKS.md)")
    p.add_argument(
        "--results", help="where to write the raw JSON (--save: bench/results/<mode>.json)"
    )
    p.add_argument(
        "--cpu-isa",
        choices=sorted(CPU_ISAS),
        help="measure as on a CPU with only these instructions (avx2: no AVX-512, no bf16, so fp32),"
        " by limiting ATen, oneDNN and MKL in every worker; saved as <mode>-<isa>.json",
    )
    p.add_argument("--work", help="scratch folder (default: a temporary one)")
    p.add_argument(
        "--inprocess",
        action="store_true",
        help="no subprocesses (memory figures become cumulative)",
    )
    return p


# A CPU without bf16 (issue 15 point 4), on a machine that has it: each library's own switch for
# the instructions it may use, and fp32, which is what choose_precision picks on such a CPU.
CPU_ISAS = {
    "avx2": {
        "ATEN_CPU_CAPABILITY": "avx2",
        "ONEDNN_MAX_CPU_ISA": "AVX2",
        "MKL_ENABLE_INSTRUCTIONS": "AVX2",
        "HUGGINGTWEETS_PRECISION": "fp32",
    }
}

SAVED = ROOT / "bench" / "results"  # where --save writes the raw results and profile tables


def outputs(args: argparse.Namespace, mode: str) -> tuple[Path | None, Path | None]:
    """(raw JSON, markdown report) to write, each None when not asked for: without --save,
    --results or --report the checkout stays as it was."""
    report = Path(args.report) if args.report else None
    if report is None and args.save and mode in ("full", "gpu") and not args.cpu_isa:
        report = ROOT / "BENCHMARKS.md"
    results = Path(args.results) if args.results else None
    if results is None and args.save:
        results = SAVED / (f"{mode}-{args.cpu_isa}.json" if args.cpu_isa else f"{mode}.json")
    return results, report


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.smoke:
        args.inprocess = True  # seconds, not minutes: no process start-ups (memory is cumulative)

    mode = "smoke" if args.smoke else "quick" if args.quick else "gpu" if args.gpu else "full"
    if mode == "gpu":
        import torch

        if not torch.cuda.is_available():
            print("error: --gpu needs a CUDA GPU, and torch sees none here.", file=sys.stderr)
            return 2
    if args.cpu_isa:
        if args.inprocess or mode == "gpu":
            print("error: --cpu-isa limits the workers' CPU: not with --inprocess, --smoke or --gpu.", file=sys.stderr)  # fmt: skip
            return 2
        # The workers inherit it; this process only gathers their results.
        os.environ.update(CPU_ISAS[args.cpu_isa])
    results_path, report = outputs(args, mode)
    started = time.time()
    with contextlib.ExitStack() as stack:
        if args.json:  # stdout carries the one JSON object: library chatter goes to stderr
            stack.enter_context(contextlib.redirect_stdout(sys.stderr))
        work = (
            Path(args.work)
            if args.work
            else Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-")))
        )
        work.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("WANDB_MODE", "disabled")
        results = run_all(args, mode, work)
        results["seconds"] = time.time() - started
        results = without_work_paths(results, work)

    if results_path is not None:
        results_path.parent.mkdir(parents=True, exist_ok=True)
        results_path.write_text(json.dumps(results, indent=1), encoding="utf-8")
        log(f"wrote {results_path}")
    if report is not None:
        from bench.report import write_report

        others = companion_results(mode, results_path or SAVED / f"{mode}.json")
        write_report(results, report, others=others)
        log(f"wrote {report}")
    headline = headline_json(results)
    log(f"done in {results['seconds']:.0f} s: {headline}")
    if args.json:
        print(json.dumps(headline))
    return 0


def run_all(args: argparse.Namespace, mode: str, work: Path) -> dict:
    """Every measurement of one invocation, in `work`."""
    from bench.common import machine, versions

    profile = PROFILES[mode]
    model_names = args.models.split(",") if args.models else list(profile)
    do_demo = args.demo if args.demo is not None else mode == "full"
    do_profile = args.profile if args.profile is not None else mode in ("full", "gpu")
    data = prepare_data(work, GPU_EPOCHS if mode == "gpu" else None)
    default_data = prepare_data(work)  # the default run's text (the GPU's figures 1-2 use more)
    results: dict = {
        "mode": mode,
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": dict(machine(), cpu_isa=args.cpu_isa, cpu_isa_env=CPU_ISAS.get(args.cpu_isa)),
        "versions": versions(),
        "models": {},
    }
    for name in model_names:
        budget = dict(
            profile.get(name) or PROFILES["full"].get(name) or PROFILES["full"]["smollm2"]
        )
        if args.reps:
            budget["reps"] = args.reps
            budget["gen_reps"] = max(budget["gen_reps"], 1)
        if args.seconds:
            budget["seconds"] = args.seconds
        if args.blocks:
            budget["blocks"] = args.blocks
        if not args.wait:
            budget["wait"] = None
        results["models"][name] = bench_model(
            name, budget, data, work, args.inprocess, mode, wait_data=default_data
        )
    results["data_epochs"] = GPU_EPOCHS if mode == "gpu" else None
    if mode in ("full", "quick"):  # a CPU figure: not repeated on the GPU machine
        log("clean + tokenize 100,000 posts")
        results["clean"] = run_worker(
            {"task": "clean", "posts": 100_000, "reps": 3 if mode == "full" else 1},
            work / "tasks",
            args.inprocess,
        )
    if do_profile:
        tables = SAVED if args.save else work / "profiles"
        results["profile"] = run_profiles(model_names, work, tables, args.inprocess)
    results["demo"] = None
    if do_demo:
        log("huggingtweets demo")
        results["demo"] = time_demo(work)
    return results


def without_work_paths(results: dict, work: Path) -> dict:
    """The results with the scratch folder's paths written `<work>/...`: a saved result names
    no temporary folder of the machine it ran on."""
    text = json.dumps(results)
    for prefix in {str(work), str(work.resolve())}:
        text = text.replace(json.dumps(prefix)[1:-1], "<work>")
    return json.loads(text)


def companion_results(mode: str, results_path: Path) -> list[dict]:
    """BENCHMARKS.md shows the CPU run and the GPU runs together: the others' last results."""
    if mode == "full":
        paths = sorted(results_path.parent.glob("gpu*.json"))
    elif mode == "gpu":
        paths = [results_path.with_name("full.json")]
    else:
        paths = []
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths if p.is_file()]
