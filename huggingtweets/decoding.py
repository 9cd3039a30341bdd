"""The weights generation samples with: bf16 on a CPU with bf16 instructions, if it keeps quality.

Why: on a CPU a decode step reads every weight once (SmolLM2-135M: 540 MB in fp32); bf16 halves
that and oneDNN multiplies it with AVX-512-BF16, about 2x faster a step at 10 rows than fp32
(BENCHMARKS.md). It is used only where it is faster (`models.choose_precision`: a GPU, or a CPU
with bf16 instructions; never emulated bf16, which is 1.6x slower) and only where it keeps the
model's quality: the held-out loss of the bf16 weights on the folder's own held-out posts must be
within `MAX_LOSS_CHANGE` of fp32's, else generation stays in fp32. Int8 was measured and
rejected (BENCHMARKS.md): dynamic int8 quantises activations per tensor and loses over a nat on
SmolLM2; weight-only int8 (`torch._weight_int8pack_mm`) keeps quality but is slower than bf16.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

MAX_LOSS_CHANGE = 0.01  # relative held-out loss change allowed for a faster dtype (1 %)
PACK_DTYPES = ("bfloat16", "float32")  # CPU decoding packs these (packed.py; measured faster)
CHECK_TOKENS = 128  # held-out tokens the load-time check reads (SmolLM2: 2 to 4 s, once a folder)


@dataclass
class Decoding:
    """What generation samples with, and why (kept with the loaded model, shown by the bench)."""

    dtype: str  # "fp32", "bf16" or "fp16"
    reason: str  # one line
    fp32_loss: float | None = None  # on the check's held-out tokens
    loss: float | None = None  # the same tokens, in `dtype`

    @property
    def relative_change(self) -> float | None:
        if self.fp32_loss is None or self.loss is None:
            return None
        return self.loss / self.fp32_loss - 1


def window_loss(model, ids: list[int]) -> float:
    """Mean next-token cross-entropy of one window, summed in fp32."""
    import torch

    device = next(model.parameters()).device
    x = torch.tensor([ids], device=device)
    with torch.inference_mode():
        # An explicit mask: the stream starts with end-of-text, which is GPT-2's pad token too.
        logits = model(input_ids=x, attention_mask=torch.ones_like(x)).logits.float()
        return float(torch.nn.functional.cross_entropy(logits[0, :-1], x[0, 1:]))


def choose_decoding(model, precision: str, check_ids: list[int] | None, checked: bool = True):
    """(model in the dtype to sample with, Decoding) for an fp32 `model` on its device.

    `precision`: what `models.choose_precision` chose (or the user asked for). On a CPU a lower
    precision is kept only if `check_ids` (held-out tokens) lose at most MAX_LOSS_CHANGE; on a
    GPU it is what the GPU runs, as training did. `checked` False: the user asked for this
    precision; it is used as asked.
    """
    import torch

    dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision)
    if dtype is None:
        return _packed(model), Decoding("fp32", "full precision")
    device = next(model.parameters()).device
    if not checked:
        return _packed(model.to(dtype)), Decoding(precision, f"{precision}, as asked")
    if device.type != "cpu":
        return model.to(dtype), Decoding(precision, f"{precision} on the GPU")
    if not check_ids or len(check_ids) < 2:
        return _packed(model.to(dtype)), Decoding(precision, "no held-out posts to check against")
    ids = check_ids[: min(CHECK_TOKENS, _window(model))]
    full = window_loss(model, ids)
    # The fp32 weights stay until the check passes; the check reads the weights as decoded.
    low_model = _packed(copy.deepcopy(model).to(dtype))
    decoding = Decoding(precision, "", full, window_loss(low_model, ids))
    if not decoding.relative_change <= MAX_LOSS_CHANGE:  # NaN (an overflow) fails too
        decoding.dtype = "fp32"
        decoding.reason = (
            f"{precision} changed the held-out loss by {decoding.relative_change:+.1%}"
        )
        return _packed(model), decoding
    decoding.reason = f"{precision}: held-out loss {decoding.relative_change:+.2%} of fp32's"
    return low_model, decoding


def _packed(model):
    """On a CPU, the model with its linear layers' weights in oneDNN's layout (packed.py), where
    this torch can and `PACK_DTYPES` holds its dtype: a LLaMA (SmolLM2) as llama_decoder's lean
    forward pass, any other model with its layers packed in place; elsewhere as it was."""

    param = next(model.parameters())
    if param.device.type == "cpu" and str(param.dtype).replace("torch.", "") in PACK_DTYPES:
        from huggingtweets.llama_decoder import LlamaDecoder, can_build
        from huggingtweets.packed import pack_linears

        if can_build(model):
            return LlamaDecoder(model)
        pack_linears(model)
    return model


def _window(model) -> int:
    from huggingtweets.models import max_positions

    return max_positions(model.config)
