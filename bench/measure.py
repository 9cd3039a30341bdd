"""The bench's measurements: each runs as a task of bench/worker.py in its own process
(`run_worker`), on the sample account's data (`prepare_data`); `bench_model` gathers one model's
figures, `run_profiles` the torch.profiler tables, `time_demo` the demo's wall time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.summary import summarise

ROOT = Path(__file__).resolve().parent.parent
DATA_SEED = 1234


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
    """One model's figures: row 0 (the default run), then per repetition figures 1-2 (training
    to a token budget and for equal time, the recipes' order alternating) and 3 (generation)."""
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
                task = train_task(name, model, recipe, fig, rep, budget, data, work, block)
                log(f"{name} rep {rep + 1}/{budget['reps']}: train {recipe} ({fig})")
                runs[fig][recipe].append(run_worker(task, work / "tasks", inprocess))
        log(f"{name} rep {rep + 1}/{budget['reps']}: generate")
        gen = generate_task(name, rep, budget, work, mode)
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


def train_task(
    name: str,
    model: str,
    recipe: str,
    fig: str,
    rep: int,
    budget: dict,
    data: Path,
    work: Path,
    block: int,
) -> dict:
    """The worker task of one training run: figure `fig` ("tokens" or "time"), repetition `rep`."""
    return {
        "task": "train",
        "recipe": recipe,
        "model": model,
        "data_dir": str(data),
        "out_dir": str(work / f"{name}-{fig}-{recipe}-{rep}"),
        "seed": 100 + rep,
        "mode": fig,
        "tokens": budget["blocks"] * block,
        "seconds": budget["seconds"],
        "original_block": block,
    }


def generate_task(name: str, rep: int, budget: dict, work: Path, mode: str) -> dict:
    """Generation: both recipes on the weights ours just trained in equal time."""
    gen = {
        "task": "generate",
        "model_dir": str(work / f"{name}-time-ours-{rep}"),
        "reps": budget["gen_reps"],
    }
    if mode == "smoke":
        gen.update(max_length=24, warmup=False, run_to_160=False)
    elif mode == "quick":
        gen.update(run_to_160=False)  # the handicapped baseline only in full runs
    return gen


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
