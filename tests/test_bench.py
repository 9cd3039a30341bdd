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
