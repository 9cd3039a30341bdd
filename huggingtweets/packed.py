"""Linear layers with their weights reordered once for oneDNN, for decoding on a CPU.

Why: a decode step multiplies a few rows by every weight matrix, and PyTorch's plain CPU path for
that (`F.linear` on a row-major weight) reads the weights at 4 to 7 GB/s on this project's CPU, a
third of its memory bandwidth. oneDNN's blocked weight layout (`mkldnn._reorder_linear_weight`,
the layout `torch.compile`'s CPU backend packs weights into) reads them about twice as fast, with
no compile: SmolLM2-135M in bf16 took 60 ms a step at 10 rows instead of 111 ms, and gives the
same logits bit for bit in bf16 (BENCHMARKS.md). Packed weights are for inference only (no
gradient, no `.to()`); the model is the decoding copy that `decoding.choose_decoding` returns.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

ROWS_HINT = 10  # the batch oneDNN picks the layout for (a preview's 10 posts; any batch works)


def pack_weight(weight: torch.Tensor) -> torch.Tensor:
    """An (out, in) weight in oneDNN's blocked layout, for `packed_linear`."""
    return torch.ops.mkldnn._reorder_linear_weight(weight.contiguous(), ROWS_HINT)


def packed_linear(x, packed, bias=None):
    """F.linear(x, weight, bias) with the weight packed by `pack_weight`."""
    return torch.ops.mkldnn._linear_pointwise(x, packed, bias, "none", [], "")


def packed_linear_add(x, packed, residual):
    """F.linear(x, weight) + residual in one oneDNN call (the weight packed by `pack_weight`)."""
    return torch.ops.mkldnn._linear_pointwise.binary(x, residual, packed, None, "add")


class PackedLinear(nn.Module):
    """nn.Linear's (or GPT-2's Conv1D's) forward with the weight in oneDNN's layout (same
    inputs, same outputs)."""

    def __init__(self, layer: nn.Module):
        super().__init__()
        weight = layer.weight.detach()
        if _is_conv1d(layer):  # GPT-2's layers keep the weight as (in, out)
            weight = weight.t().contiguous()
        self.out_features, self.in_features = weight.shape
        self.packed = pack_weight(weight)
        self.bias = None if layer.bias is None else layer.bias.detach()

    def forward(self, x):
        return packed_linear(x, self.packed, self.bias)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, packed"


def can_pack(dtype) -> bool:
    """Whether this torch has the oneDNN ops and they give nn.Linear's result for `dtype` (a
    feature check: older or non-oneDNN builds keep the plain layers)."""
    if not (
        torch.backends.mkldnn.is_available() and hasattr(torch.ops.mkldnn, "_linear_pointwise")
    ):
        return False
    try:
        gen = torch.Generator().manual_seed(0)
        probe = nn.Linear(64, 48, bias=True).to(dtype)
        x = torch.randn(3, 2, 64, generator=gen).to(dtype)
        with torch.inference_mode():
            got, want = PackedLinear(probe)(x), F.linear(x, probe.weight, probe.bias)
    except (RuntimeError, AttributeError, NotImplementedError):
        return False
    tolerance = 1e-2 if dtype in (torch.bfloat16, torch.float16) else 1e-4
    return got.shape == want.shape and torch.allclose(got.float(), want.float(), atol=tolerance)


def _is_conv1d(layer: nn.Module) -> bool:
    """transformers' Conv1D (GPT-2): a linear layer with its weight transposed."""
    cls = type(layer)
    return cls.__name__ == "Conv1D" and cls.__module__.startswith("transformers")


def pack_linears(model: nn.Module) -> int:
    """Replace every nn.Linear (and Conv1D) of a CPU `model` by a PackedLinear; returns how many (0 where this
    torch cannot: the model is left as it was)."""
    linears = [
        (parent, name, child)
        for parent in model.modules()
        for name, child in parent.named_children()
        if (type(child) is nn.Linear or _is_conv1d(child)) and child.weight.device.type == "cpu"
    ]
    if not linears or not can_pack(linears[0][2].weight.dtype):
        return 0
    for parent, name, child in linears:
        setattr(parent, name, PackedLinear(child))
    return len(linears)
