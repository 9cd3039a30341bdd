"""The bench's torch.profiler tasks: where a training step's and a generation's time goes (run by
bench/worker.py in their own process, as every measurement)."""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import device


def profile_task(task: dict) -> dict:
    """torch.profiler over a few training steps built like ours (batch, block, AdamW) + one generate."""
    dev = device()
    step, batch, block = _training_step(task["model"], dev, task.get("autocast") == "bf16")
    step()
    step()
    n = int(task.get("steps", 2))
    gpu = dev == "cuda"
    prof, wall = _profile_steps(step, n, gpu)
    # On a GPU the question is what the device does (kernel time); on a CPU, what the CPU does.
    key = "self_device_time_total" if gpu else "self_cpu_time_total"
    table = prof.key_averages().table(sort_by=key, row_limit=18)
    phases = {}
    for evt in prof.key_averages():
        if evt.key.startswith("## "):
            phases[evt.key[3:]] = evt.cpu_time_total / 1e6 / n
    top = [
        {"op": e.key, "self_seconds_per_step": getattr(e, key) / 1e6 / n}
        for e in sorted(prof.key_averages(), key=lambda e: -getattr(e, key))[:10]
        if not e.key.startswith("## ")
    ]
    busy = None
    if gpu:  # the share of the step's wall time the GPU spent running kernels
        busy = _kernel_seconds(prof) / n / wall if wall else None
    Path(task["table"]).write_text(table, encoding="utf-8")
    return {
        "model": task["model"],
        "batch": batch,
        "block": block,
        "autocast": task.get("autocast"),
        "device": dev,
        "step_wall_seconds": wall,
        "gpu_busy_share": busy,
        "phases_seconds_per_step": phases,
        "top_ops": top,
    }


def _training_step(model_name: str, dev: str, autocast: bool):
    """(one training step on random tokens, its batch, its block), built as ours builds them;
    each phase is marked for the profiler ("## forward", "## backward", "## optimizer")."""
    import torch
    from torch.profiler import record_function

    from huggingtweets import models
    from huggingtweets.train import choose_block_size, default_batch

    base = models.load(model_name)
    model = base.model.to(dev).train()
    block, _ = choose_block_size(None, base.max_positions, 10**9, dev != "cuda" and not autocast)
    batch, _ = default_batch(block, 10**6, 1, dev == "cuda")  # a long text's batch
    x = torch.randint(0, min(len(base.tokenizer), 30000), (batch, block), device=dev)
    # The Trainer's optimizer: fused AdamW where it exists (GPU), else the default.
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4, fused=dev == "cuda" or None)

    def step():
        with torch.autocast(dev, dtype=torch.bfloat16, enabled=autocast):
            with record_function("## forward"):
                out = model(input_ids=x, labels=x)
        with record_function("## backward"):
            out.loss.backward()
        with record_function("## optimizer"):
            opt.step()
            opt.zero_grad(set_to_none=True)

    return step, batch, block


def _profile_steps(step, n: int, gpu: bool):
    """(the profiler over `n` steps, the wall seconds a step took)."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if gpu else [])
    if gpu:
        torch.cuda.synchronize()
    wall = time.perf_counter()
    with profile(activities=activities) as prof:
        for _ in range(n):
            step()
        if gpu:
            torch.cuda.synchronize()
    return prof, (time.perf_counter() - wall) / n


def generate_profile_task(task: dict) -> dict:
    import torch
    from torch.profiler import ProfilerActivity, profile

    from huggingtweets.generate import GenerateOptions, generate

    generate(task["model_dir"], GenerateOptions(seed=0))
    gpu = device() == "cuda"
    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if gpu else [])
    wall = time.perf_counter()
    with profile(activities=activities) as prof:
        res = generate(task["model_dir"], GenerateOptions(seed=1))
    wall = time.perf_counter() - wall
    table = prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=15)
    Path(task["table"]).write_text(table, encoding="utf-8")
    total = sum(e.self_cpu_time_total for e in prof.key_averages())
    top = [
        {"op": e.key, "share": e.self_cpu_time_total / total}
        for e in sorted(prof.key_averages(), key=lambda e: -e.self_cpu_time_total)[:8]
    ]
    out = {"top_ops": top, "torch_threads": torch.get_num_threads(), "wall_seconds": wall}
    if gpu:  # kernels' share of the wall time: low means Python and launches, not the GPU
        out["gpu_busy_share"] = _kernel_seconds(prof) / wall
    out["posts_characters"] = [len(g.text) for g in res.generations]
    return out


def _kernel_seconds(prof) -> float:
    """Seconds the GPU spent in kernels (the device events alone: ops would count them twice)."""
    from torch.autograd import DeviceType

    return (
        sum(
            e.self_device_time_total
            for e in prof.key_averages()
            if e.device_type == DeviceType.CUDA
        )
        / 1e6
    )
