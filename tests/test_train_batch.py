"""The default batch: 1,024 tokens per step; 4,096 on a GPU when the text is long enough."""

from __future__ import annotations

import math

from huggingtweets.train import MIN_STEPS_FOR_GPU_BATCH, default_batch


def test_cpu_keeps_the_originals_1024_tokens_per_step():
    assert default_batch(1024, 10_000, 1, on_gpu=False) == (1, 1.0)
    assert default_batch(256, 10_000, 1, on_gpu=False) == (4, 1.0)  # tiny's 256-token window
    assert default_batch(1024, 10_000, 2, on_gpu=False) == (1, 1.0)  # two processes: 1 each


def test_gpu_takes_4096_token_steps_with_a_sqrt_scaled_learning_rate():
    per_device, scale = default_batch(1024, 4 * MIN_STEPS_FOR_GPU_BATCH, 1, on_gpu=True)
    assert per_device == 4 and math.isclose(scale, 2.0)
    per_device, scale = default_batch(1024, 10_000, 2, on_gpu=True)  # two GPUs: 2 each
    assert per_device == 2 and math.isclose(scale, 2.0)


def test_gpu_keeps_small_steps_when_the_text_is_short():
    # Fewer than MIN_STEPS_FOR_GPU_BATCH steps of 4,096 tokens: a short fine-tune needs its updates.
    assert default_batch(1024, 4 * MIN_STEPS_FOR_GPU_BATCH - 1, 1, on_gpu=True) == (1, 1.0)
