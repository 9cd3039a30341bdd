"""The decode loop and the sampler: temperature + top-p sampling over a KV cache, each row
leaving the batch when its post ends (generate.py builds the prompt and reads the posts)."""

from __future__ import annotations

import contextlib


class NucleusSampler:
    """Temperature + top-p (nucleus) sampling: one token a row from a batch of logits.

    Why: transformers' sampler sorts the whole vocabulary for top-p and draws with
    `torch.multinomial`, which makes one exponential random number per vocabulary entry; for
    small models on a CPU that costs more than the model itself (bench/NOTES.md). This draws
    from exactly the same distribution with a few passes over the vocabulary: draw a token from
    the full (tempered) distribution by inverse CDF, keep it if it lies in the nucleus (the
    probability of strictly likelier tokens is below top_p), else draw again. Rows still
    unresolved after a few rounds (only when top_p is small) take the exact sort-based path.
    """

    REJECTION_ROUNDS = 8  # each round accepts with probability >= top_p

    def __init__(self, temperature: float = 1.0, top_p: float = 1.0):
        self.temperature = float(temperature)
        self.top_p = float(top_p)

    def choose(self, logits):
        """The sampled token of each row (a -inf logit is never chosen)."""
        import torch

        return self.sample(torch.softmax(logits.float() / self.temperature, dim=-1))

    def sample(self, probs):
        import torch

        cdf = probs.cumsum(dim=-1)
        if self.top_p >= 1:
            return self._draw(cdf)
        chosen = torch.zeros(probs.shape[0], dtype=torch.long, device=probs.device)
        todo = torch.arange(probs.shape[0], device=probs.device)
        c, p = cdf, probs  # the rows still to draw (all of them at first: no copy)
        for _ in range(self.REJECTION_ROUNDS):
            draw = self._draw(c)
            above = torch.where(p > p.gather(1, draw[:, None]), p, 0.0).sum(dim=-1)
            ok = above < self.top_p * c[:, -1]
            chosen[todo[ok]] = draw[ok]
            todo = todo[~ok]
            if len(todo) == 0:
                return chosen
            c, p = cdf[todo], probs[todo]
        chosen[todo] = self._sorted_nucleus(p)
        return chosen

    @staticmethod
    def _draw(cdf):
        """One token a row from the whole distribution, by inverse CDF (one random number a row)."""
        import torch

        u = torch.rand(cdf.shape[0], 1, device=cdf.device, dtype=cdf.dtype) * cdf[:, -1:]
        return torch.searchsorted(cdf, u, right=True).clamp_(max=cdf.shape[1] - 1)[:, 0]

    def _sorted_nucleus(self, probs):
        """The textbook nucleus: sort, keep the smallest prefix holding top_p, sample in it."""
        import torch

        sorted_p, order = probs.sort(dim=-1, descending=True)
        before = sorted_p.cumsum(dim=-1) - sorted_p  # mass of likelier tokens
        sorted_p = torch.where(before < self.top_p * probs.sum(-1, keepdim=True), sorted_p, 0.0)
        pick = torch.multinomial(sorted_p, 1)
        return order.gather(1, pick)[:, 0]


class NonFiniteLogits(ArithmeticError):
    """The model's output overflowed (inf/NaN): fp16 has a narrow range (max 65,504)."""


def _cache_argument(model) -> str:
    """The forward() argument that takes the KV cache: `cache` in newer transformers 5.x, where
    `past_key_values` is deprecated (a FutureWarning every call); `past_key_values` before."""
    import inspect

    try:
        params = inspect.signature(model.forward).parameters
    except (TypeError, ValueError):
        return "past_key_values"
    return "cache" if "cache" in params else "past_key_values"


def decode(model, input_ids, max_new: int, min_new: int, stop_ids: list[int], sampler) -> list:
    """Sample up to `max_new` tokens after each row of `input_ids`; a row ends at a stop token.

    Returns each row's new tokens, the stop token left out. Why not `generate()`: it keeps every
    row in the batch until the last one ends, so the steps after the first post has ended cost as
    much as the first. Here a row leaves the batch (and the KV cache) when it ends, so the tail
    steps get cheaper; on a CPU, where a step's cost grows with the batch, that is most of the
    gain (BENCHMARKS.md). Rows must be of equal length (no padding), which one prompt gives.
    """
    import torch
    from transformers import DynamicCache

    stops = torch.tensor(sorted(set(stop_ids)), device=input_ids.device)
    stop_set = set(stop_ids)
    if hasattr(model, "new_cache"):  # llama_decoder: a cache allocated once, written in place
        cache = model.new_cache(input_ids.shape[0], input_ids.shape[1] + max_new)
    else:
        cache = DynamicCache(config=model.config)
    active = list(range(input_ids.shape[0]))  # the original row of each row still in the batch
    out: list[list[int]] = [[] for _ in active]
    ids = input_ids
    cache_kwarg = {_cache_argument(model): cache}
    low_precision = next(model.parameters()).dtype in (torch.float16, torch.bfloat16)
    for step in range(max_new):
        logits = model(input_ids=ids, use_cache=True, logits_to_keep=1, **cache_kwarg).logits[
            :, -1, :
        ]
        # amax propagates NaN and +inf: one cheap reduction instead of an isfinite pass
        if low_precision and not bool(torch.isfinite(logits.amax(dim=-1)).all()):
            raise NonFiniteLogits(f"non-finite logits at step {step}")
        if step < min_new:  # the original's min_length: no end of post before this
            logits = logits.index_fill(1, stops, float("-inf"))
        chosen = sampler.choose(logits)
        keep = []
        for j, token in enumerate(chosen.tolist()):
            if token not in stop_set:
                out[active[j]].append(token)
                keep.append(j)
        if not keep:
            break
        if len(keep) < len(active):  # rows that ended leave the batch and the cache
            index = torch.tensor(keep, device=chosen.device)
            cache.batch_select_indices(index)
            chosen = chosen.index_select(0, index)
            active = [active[j] for j in keep]
        ids = chosen[:, None]
    return out


def _attention_for_decoding(device: str):
    """On a GPU, attention without cuDNN's kernels while decoding.

    Why: cuDNN builds a plan for every new sequence length; decoding grows the length by one each
    step, so in bf16 on an H100 every step paid for new plans (0.5 to 5 s for 10 posts where the
    fp32 original took 1.5 s; BENCHMARKS.md). Flash and memory-efficient attention have no plans.
    """
    if device != "cuda":
        return contextlib.nullcontext()
    try:
        from torch.nn.attention import SDPBackend, sdpa_kernel
    except ImportError:  # torch < 2.3 has no cuDNN attention either
        return contextlib.nullcontext()
    return sdpa_kernel(
        [SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH]
    )
