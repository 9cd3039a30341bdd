"""One measurement in its own process (so peak memory is per run): `python -m bench.worker TASK.json`.

The task file names the work and where to write the result (JSON).
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from pathlib import Path

from bench.common import (
    WAIT_STAGES,
    device,
    heldout_loss,
    peak_gpu_mb,
    peak_rss_mb,
    rss_mb,
    step_timer,
)
from bench.profiles import generate_profile_task, profile_task


def ours_steps_for(base_model: str, tokens: int, data_dir: str) -> tuple[int, int]:
    """(optimizer steps, tokens per step) that the package's defaults give for a token budget."""
    from transformers import AutoConfig

    from huggingtweets import models
    from huggingtweets.dataset import from_text
    from huggingtweets.train import (
        choose_block_size,
        choose_precision,
        default_batch,
        tokenize_posts,
    )

    path = models.resolve(base_model)
    window = models.max_positions(AutoConfig.from_pretrained(path))
    cpu_fp32 = device() != "cuda" and choose_precision(None) == "fp32"  # as train() decides
    block, _ = choose_block_size(None, window, 10**9, cpu_fp32)
    # The batch rule looks at the text's length (in blocks), as train() does.
    tok = models.load_tokenizer(path)
    text = (Path(data_dir) / "train.txt").read_text(encoding="utf-8")
    n_blocks = len(tokenize_posts(from_text(text), tok, tok.eos_token_id)) // block
    per_device, _ = default_batch(block, n_blocks, 1, device() == "cuda")
    per_step = per_device * block
    return max(2, round(tokens / per_step)), per_step


def train_task(task: dict) -> dict:
    recipe, model, data_dir, out_dir = (
        task["recipe"],
        task["model"],
        task["data_dir"],
        task["out_dir"],
    )
    seed = int(task.get("seed", 0))
    timer = step_timer()
    base_rss = rss_mb()
    t0 = time.perf_counter()
    result: dict = {"recipe": recipe, "model": model, "mode": task["mode"], "seed": seed}
    if recipe == "original":
        from bench.original import train_original

        block = task.get("original_block")
        if task["mode"] == "tokens":
            info = train_original(
                data_dir, model, out_dir, seed, max_steps=task["tokens"] // block, callbacks=[timer]
            )
        else:
            info = train_original(
                data_dir, model, out_dir, seed, max_seconds=task["seconds"], callbacks=[timer]
            )
        tokens_per_step = info["batch_size"] * info["block_size"]
        result["hyperparameters"] = info
    else:
        from huggingtweets.train import TrainOptions, train

        opts = dict(
            base_model=model, seed=seed, wandb_mode="disabled", sample_generations=0, card=False
        )
        if task["mode"] == "tokens":
            steps, _ = ours_steps_for(model, task["tokens"], data_dir)
            # The run's one evaluation and checkpoint fall on its last step: timed apart from the steps.
            opts.update(max_steps=steps, eval_steps=steps, save_steps=steps)
        else:
            opts.update(max_seconds=task["seconds"])  # the package's own time budget
        opts.update(task.get("options") or {})
        res = train(data_dir, out_dir, TrainOptions(**opts), callbacks=[timer])
        record = json.loads((Path(out_dir) / "training.json").read_text(encoding="utf-8"))
        hyper = record["hyperparameters"]
        tokens_per_step = (
            hyper["batch_size"] * hyper["block_size"] * hyper["gradient_accumulation_steps"]
        )
        result["hyperparameters"] = hyper
        result["package_result"] = res.to_json()
    result["wall_seconds"] = (
        time.perf_counter() - t0
    )  # load + tokenize + train + save (+ ours' evals)
    result.update(timer.summary(tokens_per_step))
    result["peak_rss_mb"] = peak_rss_mb()
    result["peak_gpu_mb"] = peak_gpu_mb()
    result["rss_before_mb"] = base_rss
    result["heldout"] = heldout_loss(out_dir, data_dir)
    drop_checkpoints(out_dir)
    return result


def drop_checkpoints(out_dir: str | Path) -> None:
    """A run's checkpoints (1.6 GB each for SmolLM2) once its figures are taken: a full bench
    keeps dozens of runs, and only their model folders are read again (generation)."""
    import shutil

    shutil.rmtree(Path(out_dir) / "checkpoints", ignore_errors=True)


def generate_task(task: dict) -> dict:
    """Both generation recipes on the same weights, alternated, after one warm-up each.

    "original": the original as it ran, each sequence stopping at end-of-text (the fair baseline).
    "original_run_to_160" (when `run_to_160`): every sequence run to 160 tokens, a handicap.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, set_seed

    from huggingtweets.generate import load_model

    model_dir = task["model_dir"]
    prompt = task.get("prompt", "My dream is")
    max_length = int(task.get("max_length", 160))  # smoke tests shorten both recipes alike
    tok = AutoTokenizer.from_pretrained(model_dir)
    # The original's model: fp32, on the GPU where there is one (as in its Colab notebook).
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).to(device()).eval()
    t = time.perf_counter()
    load_model(model_dir)  # ours' load (cached afterwards): measured once, apart
    ours_load = time.perf_counter() - t
    run_original = functools.partial(_time_original, model, tok, prompt, max_length)
    run_ours = functools.partial(_time_ours, model_dir, prompt, max_length)
    if task.get("warmup", True):
        set_seed(0)
        run_original(True)
        run_ours(0)
    out, samples = _alternate(
        int(task.get("reps", 3)), run_original, run_ours, bool(task.get("run_to_160", True))
    )
    out["ours_load_seconds"] = ours_load
    # Quality of the weights as ours samples with them (bf16 where the CPU has it) against fp32.
    if (Path(model_dir) / "data" / "valid.txt").is_file():
        from bench.common import decoding_loss

        out["decoding_loss"] = decoding_loss(model_dir)
    out["samples"] = samples
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def _time_original(model, tok, prompt: str, max_length: int, eos_stops: bool):
    """(seconds, texts, new tokens) of the original's 10 generations."""
    from bench.original import generate_original

    t = time.perf_counter()
    texts, n = generate_original(model, tok, prompt, eos_stops=eos_stops, max_length=max_length)
    return time.perf_counter() - t, texts, n


def _time_ours(model_dir: str, prompt: str, max_length: int, seed: int):
    """(seconds, texts) of ours' 10 generations."""
    from huggingtweets.generate import GenerateOptions, generate

    t = time.perf_counter()
    res = generate(model_dir, GenerateOptions(prompt=prompt, seed=seed, max_new_tokens=max_length))
    return time.perf_counter() - t, res.texts


def _alternate(reps: int, run_original, run_ours, with_run_to_160: bool) -> tuple[dict, dict]:
    """(times and token counts per repetition, each recipe's first texts): the recipes in turn,
    each repetition's seed the same for both."""
    from transformers import set_seed

    out = {
        "original": [],
        "original_run_to_160": [],
        "ours": [],
        "original_new_tokens": [],
        "original_run_to_160_new_tokens": [],
    }
    samples = {}
    for i in range(reps):
        set_seed(1000 + i)
        dt, texts, n = run_original(True)
        out["original"].append(dt)
        out["original_new_tokens"].append(n)
        samples.setdefault("original", texts)
        dt, texts = run_ours(1000 + i)
        out["ours"].append(dt)
        samples.setdefault("ours", texts)
        if with_run_to_160:
            set_seed(1000 + i)
            dt, texts, n = run_original(False)
            out["original_run_to_160"].append(dt)
            out["original_run_to_160_new_tokens"].append(n)
    return out, samples


def _training_begins():
    """A TrainerCallback noting when the Trainer's loop begins: the end of the "load" stage."""
    from transformers import TrainerCallback

    class TrainingBegins(TrainerCallback):
        at: float | None = None

        def on_train_begin(self, args, state, control, **kw):
            if self.at is None:
                self.at = time.perf_counter()

    return TrainingBegins()


def wait_task(task: dict) -> dict:
    """What a user waits for: start → model loaded → trained → 10 posts, for one recipe.

    The clock starts before torch or transformers is imported (a fresh worker process), on a
    dataset folder both recipes share. Stages: "load" up to the Trainer's first callback
    (imports, base model, tokenizing, and ours' data copy), "train" to the trained folder on
    disk (ours: with the held-out evaluations, checkpoints, sample posts and card its `train`
    writes by default), "generate" from that folder to 10 posts. Ours is the package's public
    `train` + `generate` as `huggingtweets train DATA --out OUT` and `huggingtweets generate OUT`
    run them; the original is bench/original.py's recipe. W&B is off for both (the original's
    logging is not part of its recipe here). The held-out loss is measured after the clock stops.
    """
    t0 = time.perf_counter()
    recipe, model, data_dir, out_dir = (
        task["recipe"],
        task["model"],
        task["data_dir"],
        task["out_dir"],
    )
    begins = _training_begins()
    result: dict = {"recipe": recipe, "model": model}
    wait_recipe = _wait_original if recipe == "original" else _wait_ours
    trained, texts = wait_recipe(task, begins, result)
    done = time.perf_counter()
    began = begins.at if begins.at is not None else trained
    result["stages"] = dict(
        zip(WAIT_STAGES, (began - t0, trained - began, done - trained), strict=True)
    )
    result["wait_seconds"] = done - t0
    result["posts"] = texts
    result["peak_rss_mb"] = peak_rss_mb()
    result["heldout"] = heldout_loss(out_dir, data_dir)
    drop_checkpoints(out_dir)
    return result


def _wait_original(task: dict, begins, result: dict) -> tuple[float, list[str]]:
    """The original's default run: (when it had trained, its 10 posts); its steps and tokens go
    into `result`."""
    from bench.original import generate_original, load_trained, train_original

    data_dir, model, out_dir = task["data_dir"], task["model"], task["out_dir"]
    max_steps = task.get("max_steps")  # smoke tests only: the default run is one pass
    info = train_original(
        data_dir, model, out_dir, int(task["seed"]), max_steps=max_steps, callbacks=[begins]
    )
    trained = time.perf_counter()
    trained_model, tok = load_trained(out_dir)
    texts, _ = generate_original(trained_model, tok, max_length=int(task.get("max_length", 160)))
    result["steps"] = info["steps"]
    result["tokens"] = info["steps"] * info["batch_size"] * info["block_size"]
    return trained, texts


def _wait_ours(task: dict, begins, result: dict) -> tuple[float, list[str]]:
    """Ours' default run, as the CLI's `train` + `generate`: (when it had trained, its 10 posts);
    its steps, tokens and the package's result go into `result`."""
    from huggingtweets.generate import GenerateOptions, generate
    from huggingtweets.train import TrainOptions, train

    data_dir, out_dir = task["data_dir"], task["out_dir"]
    opts = {
        "base_model": task["model"],
        "wandb_mode": "disabled",
        "max_steps": task.get("max_steps"),
    }
    opts.update(task.get("options") or {})
    res = train(data_dir, out_dir, TrainOptions(**opts), callbacks=[begins])
    trained = time.perf_counter()
    texts = generate(
        out_dir, GenerateOptions(max_new_tokens=int(task.get("max_length", 160)))
    ).texts
    record = json.loads((Path(out_dir) / "training.json").read_text(encoding="utf-8"))
    hyper = record["hyperparameters"]
    result["steps"] = res.steps
    result["tokens"] = (
        res.steps * hyper["batch_size"] * hyper["block_size"] * hyper["gradient_accumulation_steps"]
    )
    result["package_result"] = res.to_json()
    return trained, texts


def synth_posts(n: int):
    """n posts made from the bundled sample's posts (words reshuffled so texts differ)."""
    import random
    from dataclasses import replace

    from huggingtweets.sources import FetchState
    from huggingtweets.sources.archive import XArchiveSource, sample_archive_path

    state = FetchState()
    src = XArchiveSource(sample_archive_path(), "sample")
    src.fetch(state, None, None)
    base = state.posts
    rng = random.Random(0)
    out = []
    for i in range(n):
        p = base[i % len(base)]
        words = p.text.split(" ")
        if i >= len(base):
            rng.shuffle(words)
        out.append(replace(p, id=f"{p.id}-{i}", text=" ".join(words)))
    return state.account, out


def clean_task(task: dict) -> dict:
    """Figure 5: clean + tokenize N posts with the package's functions (GPT-2's tokenizer)."""
    from huggingtweets.clean import clean_posts
    from huggingtweets.dataset import make_training_text
    from huggingtweets.models import gpt2_tokenizer
    from huggingtweets.train import tokenize_posts

    # As in real use: the tokenizer's own threads (the bench turns them off for its other tasks,
    # whose processes fork data loaders).
    os.environ["TOKENIZERS_PARALLELISM"] = "true"
    n = int(task.get("posts", 100_000))
    account, posts = synth_posts(n)
    tok = gpt2_tokenizer()
    eos = tok.eos_token_id
    times = {"clean": [], "text": [], "tokenize": []}
    for _ in range(int(task.get("reps", 3))):
        t = time.perf_counter()
        stats, kept = clean_posts(account, posts)
        times["clean"].append(time.perf_counter() - t)
        t = time.perf_counter()
        make_training_text([kept], epochs=1, seed=0)
        times["text"].append(time.perf_counter() - t)
        t = time.perf_counter()
        stream = tokenize_posts(kept, tok, eos)
        times["tokenize"].append(time.perf_counter() - t)
    return {
        "posts": n,
        "kept": stats.kept,
        "tokens": len(stream),
        **{f"{k}_seconds": v for k, v in times.items()},
        "peak_rss_mb": peak_rss_mb(),
    }


TASKS = {
    "train": train_task,
    "generate": generate_task,
    "wait": wait_task,
    "clean": clean_task,
    "profile": profile_task,
    "generate_profile": generate_profile_task,
}


def run_task(task: dict) -> dict:
    return TASKS[task["task"]](task)


def main(argv: list[str]) -> int:
    task = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    result = run_task(task)
    Path(task["result"]).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
