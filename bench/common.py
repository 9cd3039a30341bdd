"""Shared pieces: step timing, the common held-out loss, memory, machine and versions."""

from __future__ import annotations

import os
import platform
import resource
import time
from pathlib import Path

# The headline row's stages, in order: start → model loaded → trained → 10 posts.
WAIT_STAGES = ("load", "train", "generate")


class StepTimes:
    """Every optimizer step's time and the evaluations/saves between, from a Trainer's callbacks
    (`step_timer` makes it a TrainerCallback).

    Used unchanged on both recipes. Between `on_step_end` and the next `on_step_begin` the Trainer
    logs, evaluates (ended by `on_evaluate`) and saves (ended by `on_save`).
    """

    def __init__(self):
        self.steps: list[float] = []
        self.eval_seconds = 0.0
        self.save_seconds = 0.0
        self.evals = 0
        self.saves = 0
        self.begin = self.end = None
        self._step = None
        self._mark = None

    def on_train_begin(self, args, state, control, **kw):
        self.begin = self._mark = time.perf_counter()

    def on_step_begin(self, args, state, control, **kw):
        _sync()
        self._step = self._mark = time.perf_counter()

    def on_step_end(self, args, state, control, **kw):
        _sync()  # on a GPU a step has ended when its kernels have, not when Python has
        now = time.perf_counter()
        if self._step is not None:
            self.steps.append(now - self._step)
        self._mark = now

    def on_evaluate(self, args, state, control, **kw):
        now = time.perf_counter()
        if self.begin is not None and self.end is None:
            self.eval_seconds += now - self._mark
            self.evals += 1
        self._mark = now

    def on_save(self, args, state, control, **kw):
        now = time.perf_counter()
        if self.begin is not None and self.end is None:
            self.save_seconds += now - self._mark
            self.saves += 1
        self._mark = now

    def on_train_end(self, args, state, control, **kw):
        self.end = time.perf_counter()

    def summary(self, tokens_per_step: int) -> dict:
        timed = self.steps[1:] if len(self.steps) > 1 else self.steps  # step 1 is warm-up
        step_seconds = sum(timed)
        loop = (self.end or time.perf_counter()) - (self.begin or 0.0)
        return {
            "steps": len(self.steps),
            "tokens_per_step": tokens_per_step,
            "tokens": len(self.steps) * tokens_per_step,
            "step_seconds_median": sorted(self.steps)[len(self.steps) // 2] if self.steps else None,
            "tokens_per_second": (len(timed) * tokens_per_step / step_seconds)
            if step_seconds
            else None,
            "loop_seconds": loop,
            "loop_tokens_per_second": len(self.steps) * tokens_per_step / loop if loop else None,
            "eval_seconds": self.eval_seconds,
            "evals": self.evals,
            "save_seconds": self.save_seconds,
            "saves": self.saves,
        }


def step_timer() -> StepTimes:
    """A fresh StepTimes that is a TrainerCallback (transformers is imported only here)."""
    from transformers import TrainerCallback

    # StepTimes first: its hooks replace TrainerCallback's no-ops.
    return type("StepTimer", (StepTimes, TrainerCallback), {})()


def _sync() -> None:
    import torch

    if torch.cuda.is_available():
        torch.cuda.synchronize()


def device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


# GPT-2's 124M architecture with random weights: the GPU machines reach no Hub, so the real `gpt2`
# weights cannot be had there. Speed per token is the same as for the real weights; the held-out
# loss then measures training from scratch, for both recipes alike.
GPT2_INIT = "gpt2-init"


def resolve_bench_model(name: str, work: Path) -> str:
    """The base model to hand to both recipes: `gpt2-init` is built once in the work folder."""
    if name != GPT2_INIT:
        return name
    from huggingtweets.models import _build_once, _complete

    folder = Path(work) / "models" / GPT2_INIT
    if _complete(folder):
        return str(folder)

    def build(tmp: Path) -> None:
        import torch
        from transformers import GPT2Config, GPT2LMHeadModel

        from huggingtweets.models import gpt2_tokenizer

        tok = gpt2_tokenizer(1024)
        config = GPT2Config(  # the defaults are GPT-2 small: 12 layers, 768 wide, 1,024 positions
            vocab_size=len(tok),
            bos_token_id=tok.eos_token_id,
            eos_token_id=tok.eos_token_id,
            pad_token_id=tok.eos_token_id,
        )
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(0)
            model = GPT2LMHeadModel(config)
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)

    return str(_build_once(folder, build))  # the package's build-then-rename, as for 'tiny'


def heldout_loss(model_dir: str | Path, data_dir: str | Path, model=None) -> dict:
    """The same held-out measure for both recipes: token-weighted cross-entropy of valid.txt.

    The held-out posts as one stream (end-of-text, post, end-of-text, ...), cut into windows of
    min(model window, 1024) tokens, every next token predicted, fp32 (or `model`, already
    loaded, as it is: the weights as ours decodes with them; the loss is summed in fp32).
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from huggingtweets.dataset import from_text
    from huggingtweets.models import max_positions
    from huggingtweets.train import tokenize_posts

    tok = AutoTokenizer.from_pretrained(str(model_dir))
    if model is None:
        dev = device()
        model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=torch.float32)
        model = model.to(dev).eval()
    else:
        dev = next(model.parameters()).device
    text = (Path(data_dir) / "valid.txt").read_text(encoding="utf-8")
    stream = tokenize_posts(from_text(text), tok, tok.eos_token_id)
    window = min(max_positions(model.config, tok), 1024)
    total, count = 0.0, 0
    with torch.inference_mode():
        for i in range(0, len(stream) - 1, window):
            chunk = stream[i : i + window]
            if len(chunk) < 2:
                break
            ids = torch.tensor([chunk], device=dev)
            logits = model(input_ids=ids).logits.float()
            loss = torch.nn.functional.cross_entropy(logits[0, :-1], ids[0, 1:], reduction="sum")
            total += float(loss)
            count += len(chunk) - 1
    return {"loss": total / count, "tokens": count}


def decoding_loss(model_dir: str | Path, data_dir: str | Path | None = None) -> dict:
    """The held-out loss of the weights as ours samples with them (`generate.load_model`: bf16
    where the CPU has it, fp32 elsewhere) against the same weights in fp32; the quality check of
    every fast path (issue 15: within 1 %)."""
    from huggingtweets.generate import load_model

    data_dir = Path(data_dir) if data_dir is not None else Path(model_dir) / "data"
    full = heldout_loss(model_dir, data_dir)
    loaded = load_model(model_dir)
    model = loaded["model"]
    decoded = heldout_loss(model_dir, data_dir, model=model)
    return {
        "fp32_loss": full["loss"],
        "decoding_loss": decoded["loss"],
        "relative_change": decoded["loss"] / full["loss"] - 1,
        "tokens": full["tokens"],
        "dtype": str(next(model.parameters()).dtype).replace("torch.", ""),
        "reason": loaded["decoding"].reason,  # why generate chose that dtype (its own check)
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_gpu_mb() -> float | None:
    """The most GPU memory torch held at once in this process (None without a GPU)."""
    import torch

    if not torch.cuda.is_available():
        return None
    return torch.cuda.max_memory_allocated() / 2**20


def rss_mb() -> float:
    try:
        import psutil

        return psutil.Process().memory_info().rss / 2**20
    except Exception:
        return float("nan")


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    flags = ""
    try:
        text = Path("/proc/cpuinfo").read_text()
        flags = " ".join(
            f for f in ("avx2", "avx512f", "avx512_bf16", "amx_bf16") if f" {f}" in text
        )
    except OSError:
        pass
    mem = None
    try:
        import psutil

        mem = round(psutil.virtual_memory().total / 2**30, 1)
    except Exception:
        pass
    gpu = None
    try:
        import torch

        if torch.cuda.is_available():
            props = torch.cuda.get_device_properties(0)
            gpu = f"{props.name} ({props.total_memory / 2**30:.0f} GiB, CUDA {torch.version.cuda})"
    except Exception:
        pass
    return {
        "cpu": cpu,
        "cpu_flags": flags,
        "cores": os.cpu_count(),
        "torch_threads": _torch_threads(),
        "memory_gib": mem,
        "gpu": gpu,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _torch_threads():
    try:
        import torch

        return torch.get_num_threads()
    except Exception:
        return None


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in (
        "huggingtweets",
        "torch",
        "transformers",
        "datasets",
        "accelerate",
        "peft",
        "tokenizers",
    ):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out
