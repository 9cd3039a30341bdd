"""The benchmark harness runs end to end and prints the documented JSON (no speed assertions)."""

from __future__ import annotations

import json

import pytest

KEYS = {"train_speedup", "generate_speedup", "eval_loss_ours", "eval_loss_original", "demo_seconds"}


def test_bench_smoke_json(tmp_path, capsys, monkeypatch):
    pytest.importorskip("torch")
    monkeypatch.setenv("WANDB_MODE", "disabled")
    from bench.run import main

    rc = main(
        [
            "--smoke",
            "--json",
            "--results",
            str(tmp_path / "smoke.json"),
            "--work",
            str(tmp_path / "work"),
        ]
    )
    assert rc == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1, out  # exactly one JSON object on stdout
    data = json.loads(out[0])
    assert set(data) == KEYS
    for key in KEYS - {"demo_seconds"}:
        assert isinstance(data[key], float)
    assert data["demo_seconds"] is None or isinstance(data["demo_seconds"], float)
    raw = json.loads((tmp_path / "smoke.json").read_text())
    tiny = raw["models"]["tiny"]
    assert tiny["runs"]["tokens"]["original"][0]["tokens"] == tiny["token_budget"]
    assert (
        tiny["runs"]["tokens"]["ours"][0]["tokens"] == tiny["token_budget"]
    )  # same number of tokens


def test_report_renders(tmp_path):
    from bench.report import render

    results = {
        "mode": "smoke",
        "date": "2026-01-01T00:00:00",
        "seconds": 1.0,
        "machine": {
            "cpu": "x",
            "cores": 2,
            "torch_threads": 2,
            "cpu_flags": "",
            "memory_gib": 1,
            "platform": "p",
            "gpu": None,
            "load_average": [0.0],
        },
        "versions": {"torch": "0"},
        "models": {},
        "clean": None,
        "demo": None,
    }
    text = render(results)
    assert "GPU: none" in text and "## Targets" in text


def test_original_generation_runs_to_max_length_without_stopping_criteria():
    """The baseline's "no stopping criteria": end-of-text must not stop it (transformers 5 would
    otherwise take eos_token_id from the model's own generation_config)."""
    torch = pytest.importorskip("torch")
    from transformers import GPT2Config, GPT2LMHeadModel

    from bench.original import generate_original
    from huggingtweets.models import gpt2_tokenizer

    tok = gpt2_tokenizer(64)
    eos = tok.eos_token_id
    config = GPT2Config(
        vocab_size=len(tok), n_layer=1, n_embd=16, n_head=2, n_positions=64,
        bos_token_id=eos, eos_token_id=eos, pad_token_id=eos,
    )  # fmt: skip
    torch.manual_seed(0)
    model = GPT2LMHeadModel(config).eval()
    with torch.no_grad():  # a model that always predicts end-of-text
        direction = torch.zeros(16)
        direction[0] = 1.0
        model.transformer.ln_f.weight.zero_()
        model.transformer.ln_f.bias.copy_(direction)
        model.transformer.wte.weight[eos] = 100 * direction
    prompt_len = 1 + len(tok("My dream is", add_special_tokens=False)["input_ids"])
    _, n = generate_original(model, tok, eos_stops=False, max_length=30)
    assert n == 30 - prompt_len
    assert model.generation_config.eos_token_id == eos  # restored afterwards
    _, n = generate_original(model, tok, eos_stops=True, max_length=30)
    assert n == 10 - prompt_len + 1  # min_length=10, then every row writes end-of-text and stops
