"""The training text as the trainer sees it: one token stream, packed into blocks, batched.

The original's recipe (run_clm): every post is tokenized and followed by the model's own
end-of-text token, and the stream is cut into blocks of the model's window (at most 1,024
tokens); a step holds 1,024 tokens. On a CPU in fp32 the blocks are shorter (CPU_FP32_BLOCK_SIZE),
the tokens per step the same.
"""

from __future__ import annotations

import math

from huggingtweets.errors import UserError

TOKENS_PER_STEP = 1024  # the original: batch 1 x 1,024 tokens; shorter blocks get bigger batches
# A GPU takes about as long for 4 sequences of 1,024 tokens as for one (at batch 1 it waits on
# Python's kernel launches: BENCHMARKS.md), so there the default step holds 4x the tokens, with the
# learning rate scaled by sqrt(4) (Adam's square-root rule) ...
TOKENS_PER_STEP_GPU = 4096
# ... but only where the text gives that many steps: a short fine-tune needs its updates.
MIN_STEPS_FOR_GPU_BATCH = 50
# On a CPU in fp32 a block's attention costs grow with its square: 1,024-token blocks spent 1.85 s
# of a 9.3 s SmolLM2 step in attention, 4 x 256 tokens 0.51 s of 7.5 s (bench/NOTES.md). A post is
# a few dozen tokens and generation starts from end-of-text, so 256 tokens still hold several
# whole posts; the held-out loss after equal time was lower. A GPU, or bf16, keeps the window.
CPU_FP32_BLOCK_SIZE = 256
MIN_BLOCK_SIZE = 16
TOKENIZE_CHUNK = 10_000  # posts per batch handed to the tokenizer (bounds its memory)


def tokenize_posts(posts: list[str], tokenizer, eos_id: int) -> list[int]:
    """One token stream: end-of-text, then every post followed by end-of-text (as the original).

    A fast tokenizer's own batch encoder runs on all cores; `datasets.map` (run_clm's way) added
    about 5 s of Arrow round trips per 100,000 posts and is not needed for a list this size.
    """
    if not posts:
        return []
    backend = getattr(tokenizer, "backend_tokenizer", None)
    stream = [eos_id]
    for start in range(0, len(posts), TOKENIZE_CHUNK):
        chunk = list(posts[start : start + TOKENIZE_CHUNK])
        if backend is not None:
            rows = [e.ids for e in backend.encode_batch(chunk, add_special_tokens=False)]
        else:
            rows = tokenizer(chunk, add_special_tokens=False)["input_ids"]
        for ids in rows:
            stream.extend(ids)
            stream.append(eos_id)
    return stream


def pack(stream: list[int], block_size: int, eos_id: int | None = None):
    """Blocks of `block_size` tokens for the trainer.

    Without `eos_id`: run_clm's group_texts, consecutive blocks cut anywhere, the remainder
    dropped (the original). With it, every block starts at an end-of-text token, as generation
    does: the post cut off at a block's end is input there but not a target (-100), and the next
    block starts again at that post, so each token is a target once. A post longer than a block
    is cut (the next block starts at its last token).
    """
    from datasets import Dataset

    if eos_id is None:
        n = (len(stream) // block_size) * block_size
        blocks = [stream[i : i + block_size] for i in range(0, n, block_size)]
        labels = [list(b) for b in blocks]
    else:
        blocks, labels = _post_blocks(stream, block_size, eos_id)
    return Dataset.from_dict(
        {
            "input_ids": blocks,
            "attention_mask": [[1] * block_size for _ in blocks],
            "labels": labels,
        }
    )


def _post_blocks(stream: list[int], block_size: int, eos_id: int):
    import bisect

    ends = [i for i, t in enumerate(stream) if t == eos_id]  # each post's end-of-text
    blocks, labels = [], []
    start = 0
    while start + block_size <= len(stream):
        block = stream[start : start + block_size]
        # the last end-of-text inside the block (after its first token) closes its last whole post
        k = bisect.bisect_left(ends, start + block_size) - 1
        last = ends[k] - start if k >= 0 and ends[k] > start else 0
        if last:
            label = block[: last + 1] + [-100] * (block_size - last - 1)
            start += last  # that end-of-text opens the next block
        else:  # a post longer than the block: the block's last token opens the next
            label = list(block)
            start += block_size - 1
        blocks.append(block)
        labels.append(label)
    return blocks, labels


def choose_block_size(
    requested: int | None, model_max: int, n_tokens: int, cpu_fp32: bool = False
) -> tuple[int, str | None]:
    """(tokens per block, a note for the user or None): the model's window (at most 1,024; when
    training on a CPU in fp32 at most CPU_FP32_BLOCK_SIZE), or shorter."""
    from huggingtweets.models import MAX_BLOCK_SIZE

    longest = CPU_FP32_BLOCK_SIZE if cpu_fp32 else MAX_BLOCK_SIZE
    block = min(requested or min(model_max, longest), model_max)
    note = None
    if requested and requested > model_max:
        note = f"block size {requested} is longer than the model's window; using {model_max}"
    if n_tokens < block:
        smaller = 2 ** int(math.log2(max(n_tokens, 1)))
        if smaller < MIN_BLOCK_SIZE:
            raise UserError(
                f"The training text is only {n_tokens} tokens, too little to train on: add posts or raise --epochs."
            )
        note = f"the training text is {n_tokens} tokens, shorter than one {block}-token block; using blocks of {smaller}"
        block = smaller
    return block, note


def eval_blocks(valid_stream: list[int], train_ds, block_size: int, say, eos_id=None):
    """The held-out blocks; with too few held-out posts, the start of the training text."""
    if len(valid_stream) >= block_size:
        return pack(valid_stream, block_size, eos_id)
    if len(valid_stream) >= MIN_BLOCK_SIZE:
        return pack(valid_stream, len(valid_stream))  # one shorter block: all the held-out text
    say("warning: no held-out posts (fewer than 20 kept); the evaluation uses training text")
    return train_ds.select(range(min(len(train_ds), 4)))


def default_batch(block_size: int, n_blocks: int, world: int, on_gpu: bool) -> tuple[int, float]:
    """(sequences per device per step, learning-rate scale) when the user set no batch size.

    1,024 tokens per step, as the original's learning rate was tuned for; on a GPU 4,096 where one
    pass over the text still has MIN_STEPS_FOR_GPU_BATCH optimizer steps or more.
    """
    tokens = TOKENS_PER_STEP
    if on_gpu and n_blocks * block_size >= TOKENS_PER_STEP_GPU * MIN_STEPS_FOR_GPU_BATCH:
        tokens = TOKENS_PER_STEP_GPU
    per_device = max(1, math.ceil(tokens / block_size / world))
    per_step = per_device * world * block_size
    scale = math.sqrt(per_step / TOKENS_PER_STEP) if tokens > TOKENS_PER_STEP else 1.0
    return per_device, scale
