"""A lean forward pass of a LLaMA-style model (SmolLM2) for sampling on a CPU.

Why: at one row a decode step of SmolLM2-135M through transformers' LlamaForCausalLM costs 38 to
48 ms with packed bf16 weights, 3 to 4x the time to read its weights once. Much of the gap is op
calls: per layer separate q, k and v products, RMSNorm as six ops, the attention mask prepared
every step, and the KV cache grown by concatenation. Here each layer is one q/k/v product, one
gate/up product, oneDNN's fused "linear then add the residual" for the output and down products,
RMSNorm as one op, and a KV cache allocated once and written in place: 1.2 to 1.4x faster a step
(bench/NOTES.md). It is the same arithmetic as transformers' model (tests hold the logits
equal), and `decoding.py` checks its held-out loss against fp32 like any other decoding path.

Only what a fine-tuned folder of this package holds is taken: `model_type` llama with the default
rotary embedding, no biases, SiLU. Anything else decodes through transformers (`can_build`).
"""

from __future__ import annotations

from types import SimpleNamespace

import torch
import torch.nn.functional as F
from torch import nn

from huggingtweets.packed import can_pack, pack_weight, packed_linear, packed_linear_add


def can_build(model: nn.Module) -> bool:
    """Whether `model` is a CPU LLaMA this decoder reproduces, in a dtype oneDNN packs."""
    config = getattr(model, "config", None)
    if config is None or getattr(config, "model_type", None) != "llama":
        return False
    param = next(model.parameters())
    return (
        param.device.type == "cpu"
        and _rope(config).get("rope_type", "default") == "default"
        and not getattr(config, "attention_bias", False)
        and not getattr(config, "mlp_bias", False)
        and getattr(config, "hidden_act", None) == "silu"
        and getattr(config, "pretraining_tp", 1) == 1
        and can_pack(param.dtype)  # first: it checks that the oneDNN ops exist at all
        and hasattr(torch.ops.mkldnn._linear_pointwise, "binary")
    )


def _rope(config) -> dict:
    """The rotary embedding's settings: `rope_parameters` (transformers 5), else the older
    `rope_scaling` and `rope_theta`."""
    rope = dict(
        getattr(config, "rope_parameters", None) or getattr(config, "rope_scaling", None) or {}
    )
    rope.setdefault("rope_theta", getattr(config, "rope_theta", 10000.0))
    if "type" in rope:  # transformers 4's name for it
        rope.setdefault("rope_type", rope["type"])
    return rope


class DecodeCache:
    """Keys and values of every layer, allocated once for `capacity` positions."""

    def __init__(self, layers: int, rows: int, kv_heads: int, capacity: int, head_dim: int, dtype):
        shape = (rows, kv_heads, capacity, head_dim)
        self.keys = [torch.empty(shape, dtype=dtype) for _ in range(layers)]
        self.values = [torch.empty(shape, dtype=dtype) for _ in range(layers)]
        self.length = 0  # positions filled

    def batch_select_indices(self, index: torch.Tensor) -> None:
        """Keep only these rows (the posts still being written)."""
        self.keys = [self._select(k, index) for k in self.keys]
        self.values = [self._select(v, index) for v in self.values]

    def _select(self, full: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
        # Only the filled positions are copied: the rest of a large capacity stays untouched
        # (and so unallocated by the OS) until it is written.
        kept = full.new_empty((len(index), *full.shape[1:]))
        kept[:, :, : self.length] = full[:, :, : self.length].index_select(0, index)
        return kept


def _padded_at_the_end(mask: torch.Tensor) -> bool:
    """Each row's mask is ones, then zeros: a causal model's real tokens never see the padding."""
    return bool(mask[:, 0].all()) and bool((mask[:, 1:] <= mask[:, :-1]).all())


class _Layer:
    def __init__(self, layer):
        attn, mlp = layer.self_attn, layer.mlp
        self.input_norm = layer.input_layernorm.weight.detach()
        self.qkv = pack_weight(
            torch.cat([attn.q_proj.weight, attn.k_proj.weight, attn.v_proj.weight])
        )
        self.out = pack_weight(attn.o_proj.weight)
        self.post_norm = layer.post_attention_layernorm.weight.detach()
        self.gate_up = pack_weight(torch.cat([mlp.gate_proj.weight, mlp.up_proj.weight]))
        self.down = pack_weight(mlp.down_proj.weight)


class LlamaDecoder(nn.Module):
    """Inference-only LlamaForCausalLM, called as transformers' is by `sampling.decode`
    (`model(input_ids=..., cache=..., logits_to_keep=1)`), `decoding.window_loss` and
    `evaluate.post_losses`. Attention is causal with no mask, so rows may be padded only at
    their end (the padded positions' logits are then not to be read)."""

    def __init__(self, model: nn.Module):
        super().__init__()
        c = model.config
        self.config = c
        self.heads, self.kv_heads = c.num_attention_heads, c.num_key_value_heads
        self.head_dim = getattr(c, "head_dim", None) or c.hidden_size // self.heads
        self.eps = float(c.rms_norm_eps)
        inner = model.model
        self.embed = nn.Parameter(inner.embed_tokens.weight.detach(), requires_grad=False)
        self.layers = [_Layer(layer) for layer in inner.layers]
        self.final_norm = inner.norm.weight.detach()
        self.head = pack_weight(model.lm_head.weight.detach())
        dtype = self.embed.dtype
        theta = float(_rope(c)["rope_theta"])
        # transformers' default rotary embedding: angles in fp32, cos/sin cast to the weights' dtype
        half = torch.arange(0, self.head_dim, 2, dtype=torch.int64).float() / self.head_dim
        inv_freq = 1.0 / (theta**half)
        angles = torch.outer(torch.arange(c.max_position_embeddings).float(), inv_freq)
        angles = torch.cat([angles, angles], dim=-1)
        self.cos, self.sin = angles.cos().to(dtype), angles.sin().to(dtype)

    @property
    def dtype(self) -> torch.dtype:
        return self.embed.dtype

    def new_cache(self, rows: int, capacity: int) -> DecodeCache:
        return DecodeCache(
            len(self.layers), rows, self.kv_heads, capacity, self.head_dim, self.dtype
        )

    def _norm(self, x, weight):
        # transformers' LlamaRMSNorm: normalise in fp32, cast back, then scale
        return weight * F.rms_norm(x.float(), (x.shape[-1],), eps=self.eps).to(x.dtype)

    def _rotate(self, x, cos, sin):
        half = x.shape[-1] // 2
        rotated = torch.cat([-x[..., half:], x[..., :half]], dim=-1)
        return x * cos + rotated * sin

    def _attend(self, layer_index, q, k, v, cache, start):
        """q: (rows, heads, T, d); k, v: (rows, kv_heads, T, d) at positions start..start+T."""
        rows, _, steps, d = q.shape
        if cache is not None:
            end = start + steps
            cache.keys[layer_index][:, :, start:end] = k
            cache.values[layer_index][:, :, start:end] = v
            k = cache.keys[layer_index][:, :, :end]
            v = cache.values[layer_index][:, :, :end]
        group = self.heads // self.kv_heads
        if steps == 1:
            # One new token sees every cached position: no mask. The query heads that share a
            # key/value head go in as that head's rows, so keys and values are not repeated.
            out = F.scaled_dot_product_attention(q.view(rows, self.kv_heads, group, d), k, v)
            return out.view(rows, self.heads, 1, d)
        if start:
            raise ValueError("LlamaDecoder takes several new tokens only at the start")
        if group > 1:
            k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        return F.scaled_dot_product_attention(q, k, v, is_causal=True)

    def forward(self, input_ids, attention_mask=None, cache=None, logits_to_keep=0, **_ignored):
        if attention_mask is not None and not _padded_at_the_end(attention_mask):
            raise ValueError("LlamaDecoder takes rows padded at their end only")
        rows, steps = input_ids.shape
        start = cache.length if cache is not None else 0
        x = F.embedding(input_ids, self.embed)
        cos = self.cos[start : start + steps][None, None]
        sin = self.sin[start : start + steps][None, None]
        q_size, kv_size = self.heads * self.head_dim, self.kv_heads * self.head_dim
        d = self.head_dim
        for i, layer in enumerate(self.layers):
            qkv = packed_linear(self._norm(x, layer.input_norm), layer.qkv)
            q, k, v = qkv.split([q_size, kv_size, kv_size], dim=-1)
            q = self._rotate(q.view(rows, steps, self.heads, d).transpose(1, 2), cos, sin)
            k = self._rotate(k.view(rows, steps, self.kv_heads, d).transpose(1, 2), cos, sin)
            v = v.view(rows, steps, self.kv_heads, d).transpose(1, 2)
            attended = self._attend(i, q, k, v, cache, start)
            attended = attended.transpose(1, 2).reshape(rows, steps, q_size)
            x = packed_linear_add(attended, layer.out, x)
            gate, up = packed_linear(self._norm(x, layer.post_norm), layer.gate_up).chunk(2, dim=-1)
            x = packed_linear_add(F.silu(gate) * up, layer.down, x)
        if cache is not None:
            cache.length = start + steps
        if logits_to_keep:
            x = x[:, -logits_to_keep:]
        logits = packed_linear(self._norm(x, self.final_norm), self.head)
        return SimpleNamespace(logits=logits)
