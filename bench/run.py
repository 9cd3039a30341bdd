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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.summary import headline_json, is_legacy_generation, median, summarise  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
DATA_SEED = 1234
GPU_EPOCHS = 100  # ~1.3M training tokens: more than either recipe gets through in figure 2

# Per-model budgets: token window for figure 1 (in the original's blocks) and seconds for figure 2.
# "wait": the headline row, each recipe's default run ({}: one pass over the sample's text, 10
# posts of up to 160 tokens; smoke tests cut it to a few steps and short posts).
PROFILES = {
    "full": {
        "tiny": {"blocks": 64, "seconds": 45, "reps": 3, "gen_reps": 3, "wait": {}},
        "smollm2": {"blocks": 4, "seconds": 90, "reps": 3, "gen_reps": 3, "wait": {}},
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


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run_worker(task: dict, work: Path, inprocess: bool = False) -> dict:
    """Run one task in a fresh Python process and return its JSON result."""
    work.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f"{task['task']}-", suffix=".json", dir=work)
    os.close(fd)
    task = dict(task, result=name)
    if inprocess:
        from bench.worker import run_task

        return run_task(task)
    task_file = Path(name + ".task")
    task_file.write_text(json.dumps(task), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.setdefault("HF_HUB_OFFLINE", "1")
    if task["task"] != "wait":  # row 0 runs as the CLI does: the tokenizer's threads on
        env.setdefault("TOKENIZERS_PARALLELISM", "false")
    env.setdefault("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")
    env.setdefault("WANDB_MODE", "disabled")
    proc = subprocess.run(  # noqa: UP022
        [sys.executable, "-m", "bench.worker", str(task_file)],
        cwd=str(ROOT),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.splitlines()[-25:])
        raise RuntimeError(f"bench worker {task['task']} failed (exit {proc.returncode}):\n{tail}")
    return json.loads(Path(name).read_text(encoding="utf-8"))


def prepare_data(work: Path, epochs: int | None = None) -> Path:
    from huggingtweets.download import DownloadOptions, download

    data = work / ("data" if epochs is None else f"data-{epochs}-epochs")
    if not (data / "dataset.json").is_file():
        opts = DownloadOptions(seed=DATA_SEED)
        if epochs is not None:
            opts.epochs = epochs
        download(["sample"], data, opts)
    return data


def original_block(model: str) -> int:
    from transformers import AutoConfig

    from huggingtweets import models

    return min(models.max_positions(AutoConfig.from_pretrained(models.resolve(model))), 1024)


def bench_model(
    name: str,
    budget: dict,
    data: Path,
    work: Path,
    inprocess: bool,
    mode: str,
    wait_data: Path | None = None,
) -> dict:
    from bench.common import device, resolve_bench_model

    model = resolve_bench_model(name, work)  # a name both recipes load, or a folder built here
    block = original_block(model)
    tokens = budget["blocks"] * block
    runs = {
        "tokens": {"original": [], "ours": []},
        "time": {"original": [], "ours": []},
        "generate": [],
        "wait": {"original": [], "ours": []},
    }
    if budget.get("wait") is not None:
        runs["wait"] = measure_wait(name, model, budget["wait"], wait_data or data, work, inprocess)
    for rep in range(budget["reps"]):
        order = ["original", "ours"] if rep % 2 == 0 else ["ours", "original"]
        for fig in ("tokens", "time"):
            for recipe in order:
                out = work / f"{name}-{fig}-{recipe}-{rep}"
                task = {
                    "task": "train",
                    "recipe": recipe,
                    "model": model,
                    "data_dir": str(data),
                    "out_dir": str(out),
                    "seed": 100 + rep,
                    "mode": fig,
                    "tokens": tokens,
                    "seconds": budget["seconds"],
                    "original_block": block,
                }
                log(f"{name} rep {rep + 1}/{budget['reps']}: train {recipe} ({fig})")
                runs[fig][recipe].append(run_worker(task, work / "tasks", inprocess))
        # Generation: both recipes on the weights ours just trained in equal time.
        gen = {
            "task": "generate",
            "model_dir": str(work / f"{name}-time-ours-{rep}"),
            "reps": budget["gen_reps"],
        }
        if mode == "smoke":
            gen.update(max_length=24, warmup=False, run_to_160=False)
        elif mode == "quick":
            gen.update(run_to_160=False)  # the handicapped baseline only in full runs
        log(f"{name} rep {rep + 1}/{budget['reps']}: generate")
        runs["generate"].append(run_worker(gen, work / "tasks", inprocess))
    return {
        "model": name,
        "device": device(),
        "original_block": block,
        "token_budget": tokens,
        "budget": budget,
        "runs": runs,
        "summary": summarise(runs),
    }


def measure_wait(
    name: str, model: str, wait: dict, data: Path, work: Path, inprocess: bool
) -> dict:
    """The headline row: each recipe's default run, start → loaded → trained → 10 posts."""
    out: dict = {"original": [], "ours": []}
    # Ours first: whatever a first run pays (the base model's files read cold) falls on ours.
    for recipe in ("ours", "original"):
        task = {
            "task": "wait",
            "recipe": recipe,
            "model": model,
            "data_dir": str(data),
            "out_dir": str(work / f"{name}-wait-{recipe}"),
            "seed": DATA_SEED,  # the original's; ours takes the dataset's, which is the same
            **wait,
        }
        log(f"{name}: what a user waits for, {recipe} (load, train, 10 posts)")
        out[recipe].append(run_worker(task, work / "tasks", inprocess))
    return out


def time_demo(work: Path) -> dict:
    out = work / "demo"
    env = dict(os.environ, WANDB_MODE="disabled", HF_HUB_OFFLINE="1")
    t = time.perf_counter()
    proc = subprocess.run(  # noqa: UP022
        [sys.executable, "-m", "huggingtweets", "demo", "--out", str(out), "--json"],
        cwd=str(work),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seconds = time.perf_counter() - t
    ok = proc.returncode == 0
    return {
        "seconds": seconds if ok else None,
        "ok": ok,
        "exit": proc.returncode,
        "stderr_tail": "" if ok else proc.stderr[-800:],
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
    p.add_argument("--work", help="scratch folder (default: a temporary one)")
    p.add_argument(
        "--inprocess",
        action="store_true",
        help="no subprocesses (memory figures become cumulative)",
    )
    return p


SAVED = ROOT / "bench" / "results"  # where --save writes the raw results and profile tables


def outputs(args: argparse.Namespace, mode: str) -> tuple[Path | None, Path | None]:
    """(raw JSON, markdown report) to write, each None when not asked for: without --save,
    --results or --report the checkout stays as it was."""
    report = Path(args.report) if args.report else None
    if report is None and args.save and mode in ("full", "gpu"):
        report = ROOT / "BENCHMARKS.md"
    results = Path(args.results) if args.results else None
    if results is None and args.save:
        results = SAVED / f"{mode}.json"
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
        "machine": machine(),
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


def run_profiles(model_names: list[str], work: Path, tables: Path, inprocess: bool) -> dict:
    """torch.profiler of a training step (fp32, and bf16 where the hardware has it) and of
    generation, per model; the full tables go to `tables`."""
    from bench.common import resolve_bench_model
    from huggingtweets.models import choose_precision

    tables.mkdir(parents=True, exist_ok=True)
    # bf16 only where the hardware has it: emulated bf16 says nothing about ours.
    autocasts = ("fp32", "bf16") if choose_precision() == "bf16" else ("fp32",)
    profiles = {}
    for name in model_names:
        path = resolve_bench_model(name, work)
        for ac in autocasts:
            log(f"profile training {name} ({ac})")
            profiles[f"{name}-{ac}"] = run_worker(
                {
                    "task": "profile",
                    "model": path,
                    "autocast": ac,
                    "steps": 2,
                    "table": str(tables / f"profile-train-{name}-{ac}.txt"),
                },
                work / "tasks",
                inprocess,
            )
        log(f"profile generation {name}")
        profiles[f"{name}-generate"] = run_worker(
            {
                "task": "generate_profile",
                "model_dir": str(work / f"{name}-time-ours-0"),
                "table": str(tables / f"profile-generate-{name}.txt"),
            },
            work / "tasks",
            inprocess,
        )
    return profiles


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
