"""Precision for training and sampling alike: by the GPU's compute capability, or by the CPU's
bf16 instructions; `HUGGINGTWEETS_PRECISION` (or an explicit choice) overrides it."""

from __future__ import annotations

import os

from huggingtweets.errors import UserError

# bf16 needs Ampere (compute capability 8.0) or newer: a T4 (7.5) answers True to
# `torch.cuda.is_bf16_supported()` but only emulates it, several times slower than fp16.
BF16_CAPABILITY = (8, 0)
# fp16 with loss scaling from Volta's tensor cores (7.0), and on the P100 (6.0, fast fp16);
# other Pascal cards (6.1: P4, P40, GTX 10x0) and older do fp16 arithmetic slower than fp32.
FP16_CAPABILITIES = ((7, 0), (6, 0))


def precision_for(capability: tuple[int, int] | None, cpu_has_bf16: bool = False) -> str:
    """The automatic precision for a GPU of this compute capability, or for a CPU (None)."""
    if capability is None:
        return "bf16" if cpu_has_bf16 else "fp32"
    capability = (int(capability[0]), int(capability[1]))
    if capability >= BF16_CAPABILITY:
        return "bf16"
    if capability >= FP16_CAPABILITIES[0] or capability == FP16_CAPABILITIES[1]:
        return "fp16"
    return "fp32"


def _cpu_has_bf16() -> bool:
    import torch

    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def choose_precision(wanted: str | None = None) -> str:
    """auto: by the GPU's compute capability (bf16 from 8.0, fp16 with loss scaling below), or
    bf16 autocast on a CPU that has bf16 instructions, else fp32. Training and sampling alike.

    On this project's 2-core CPU (AVX512-BF16) bf16 autocast trains SmolLM2 about 4x faster than
    fp32 (BENCHMARKS.md); the weights and optimizer stay fp32, so the model saved is the same kind.
    """
    import torch

    wanted = (wanted or os.environ.get("HUGGINGTWEETS_PRECISION") or "auto").lower()
    if wanted not in {"auto", "fp32", "bf16", "fp16"}:
        raise UserError(f"precision '{wanted}' is not one of auto, fp32, bf16, fp16.")
    if wanted != "auto":
        if wanted == "fp16" and not torch.cuda.is_available():
            raise UserError("fp16 needs a GPU: use bf16 or fp32 on a CPU.")
        return wanted
    if torch.cuda.is_available():
        return precision_for(torch.cuda.get_device_capability(0))
    return precision_for(None, _cpu_has_bf16())
