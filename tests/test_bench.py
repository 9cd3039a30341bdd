"""The benchmark harness runs end to end and prints the documented JSON (no speed assertions)."""

from __future__ import annotations

import json
import math

import pytest

WAIT_KEYS = {
    "wait_seconds_ours",
    "wait_seconds_original",
    "wait_speedup",
    "wait_stages_ours",
    "wait_stages_original",
    "wait_heldout_loss_ours",
    "wait_heldout_loss_original",
}
KEYS = WAIT_KEYS | {
    "train_speedup",
    "generate_speedup",
    "decoding_loss_change",
    "eval_loss_ours",
    "eval_loss_original",
    "demo_seconds",
}
STAGES = {"load", "train", "generate"}


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
    assert set(data) == KEYS  # the shape `--quick --json` prints too (same headline_json)
    for key in KEYS - {"demo_seconds", "wait_stages_ours", "wait_stages_original"}:
        assert isinstance(data[key], float) and math.isfinite(data[key]), key
    assert data["demo_seconds"] is None or isinstance(data["demo_seconds"], float)
    text = (tmp_path / "smoke.json").read_text()
    assert str(tmp_path / "work") not in text and '"<work>/' in text  # no scratch paths saved
    raw = json.loads(text)
    tiny = raw["models"]["tiny"]
    assert tiny["runs"]["tokens"]["original"][0]["tokens"] == tiny["token_budget"]
    assert (
        tiny["runs"]["tokens"]["ours"][0]["tokens"] == tiny["token_budget"]
    )  # same number of tokens

    # The quality of the weights ours samples with: held-out loss against fp32, within 1 %.
    check = tiny["runs"]["generate"][0]["decoding_loss"]
    assert check["tokens"] > 0 and check["fp32_loss"] > 0
    assert check["relative_change"] == pytest.approx(
        check["decoding_loss"] / check["fp32_loss"] - 1
    )
    assert abs(data["decoding_loss_change"]) <= 0.01

    # The headline row: each recipe's wait is the sum of its stages, and the speed-up their ratio.
    for recipe in ("ours", "original"):
        stages = data[f"wait_stages_{recipe}"]
        assert set(stages) == STAGES
        assert all(isinstance(v, float) and v > 0 for v in stages.values()), stages
        assert data[f"wait_seconds_{recipe}"] == pytest.approx(sum(stages.values()), rel=0.01)
        run = tiny["runs"]["wait"][recipe][0]
        assert run["steps"] == 2 and len(run["posts"]) == 10  # smoke: 2 steps, then 10 posts
        assert run["heldout"]["loss"] == pytest.approx(data[f"wait_heldout_loss_{recipe}"])
    assert data["wait_speedup"] == pytest.approx(
        data["wait_seconds_original"] / data["wait_seconds_ours"]
    )
    # Ours went through the package's own train (its record) and generate, as the CLI runs them.
    ours_dir = tmp_path / "work" / "tiny-wait-ours"
    record = json.loads((ours_dir / "training.json").read_text())
    assert record["hyperparameters"]["max_steps"] == 2
    assert tiny["runs"]["wait"]["ours"][0]["package_result"]["steps"] == 2
    # The same data for both: ours copied the very dataset folder the original read.
    data_dir = tmp_path / "work" / "data"
    assert (ours_dir / "data" / "train.txt").read_text() == (data_dir / "train.txt").read_text()

    # Generation: the ratio is against the original stopping at end-of-text (no run-to-160 here).
    gen = tiny["runs"]["generate"][0]
    assert "original_eos" not in gen and gen["original_run_to_160"] == []
    assert data["generate_speedup"] == pytest.approx(gen["original"][0] / gen["ours"][0])
    assert tiny["summary"]["generate_speedup_vs_run_to_160"] is None


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
    assert "Every generation ratio\nis against this baseline" in text


def _runs(generate: dict, wait: dict | None = None) -> dict:
    train = {"tokens_per_second": 100.0, "heldout": {"loss": 3.0}}
    return {
        "tokens": {"original": [train], "ours": [train]},
        "time": {"original": [train], "ours": [train]},
        "generate": [generate],
        "wait": wait or {"original": [], "ours": []},
    }


def _wait(seconds: float, loss: float) -> dict:
    stages = {"load": 1.0, "train": seconds - 3.0, "generate": 2.0}
    return {"wait_seconds": seconds, "stages": stages, "heldout": {"loss": loss}, "steps": 5}


def test_summary_ratios_are_against_the_end_of_text_baseline():
    from bench.run import summarise

    now = summarise(
        _runs(
            {"original": [2.0], "original_run_to_160": [6.0], "ours": [1.0]},
            {"original": [_wait(30.0, 3.5)], "ours": [_wait(12.0, 3.4)]},
        )
    )
    assert now["generate_speedup"] == pytest.approx(2.0)
    assert now["generate_speedup_vs_run_to_160"] == pytest.approx(6.0)
    assert now["generation_legacy"] is False
    w = now["wait"]
    assert w["speedup"] == pytest.approx(30.0 / 12.0)
    assert w["ours"]["stages"] == {"load": 1.0, "train": 9.0, "generate": 2.0}
    assert w["original"]["heldout_loss"] == 3.5
    # Results written before 2026-12-01: "original" ran to 160 tokens, "original_eos" was fair.
    old = summarise(_runs({"original": [6.0], "original_eos": [2.0], "ours": [1.0]}))
    assert old["generate_speedup"] == pytest.approx(2.0)
    assert old["generate_speedup_vs_run_to_160"] == pytest.approx(6.0)
    assert old["generation_legacy"] is True
    assert old["wait"]["speedup"] is None


def test_report_puts_the_wait_first_and_marks_old_baselines():
    from bench.report import render

    machine = {
        "cpu": "x", "cores": 2, "torch_threads": 2, "cpu_flags": "", "memory_gib": 1,
        "platform": "p", "gpu": None, "load_average": [0.0],
    }  # fmt: skip
    budget = {"blocks": 4, "seconds": 1, "reps": 1, "gen_reps": 1}

    def results(generate, wait=None):
        runs = _runs(generate, wait)
        model = {"runs": runs, "summary": {}, "budget": budget, "token_budget": 1024}
        model |= {"original_block": 256, "device": "cpu"}
        return {
            "mode": "full", "date": "2026-12-01T00:00:00", "seconds": 1.0, "machine": machine,
            "versions": {}, "models": {"tiny": model}, "clean": None, "demo": None,
        }  # fmt: skip

    text = render(
        results(
            {"original": [2.0], "original_run_to_160": [6.0], "ours": [1.0]},
            {"original": [_wait(30.0, 3.5)], "ours": [_wait(12.0, 3.4)]},
        )
    )
    table = text[text.index("| | original | ours |") :].splitlines()
    assert table[2].startswith("| 0. **what a user waits for**")  # the first row
    assert "| 30.0 | 12.0 | **2.50×** faster |" in table[2]
    assert "| 1.0 / 27.0 / 2.0 | 1.0 / 9.0 / 2.0 |" in table[3]
    assert "| 3.5000 | 3.4000 | -0.1000 |" in table[4]
    assert "**2.00×** faster" in text and "run to 160 tokens (s) | 6.00 | | 6.00× |" in text
    assert "against the old baseline" not in text
    old = render(results({"original": [6.0], "original_eos": [2.0], "ours": [1.0]}))
    assert "against the old baseline" in old and "**2.00×** faster" in old
    assert "default run (s) | not measured | not measured |" in old  # the old runs had no row 0


def _always_writes(token: int, tok):
    """A 1-layer GPT-2 whose every next token is `token` (its config names end-of-text)."""
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    eos = tok.eos_token_id
    config = GPT2Config(
        vocab_size=len(tok), n_layer=1, n_embd=16, n_head=2, n_positions=64,
        bos_token_id=eos, eos_token_id=eos, pad_token_id=eos,
    )  # fmt: skip
    torch.manual_seed(0)
    model = GPT2LMHeadModel(config).eval()
    with torch.no_grad():
        direction = torch.zeros(16)
        direction[0] = 1.0
        model.transformer.ln_f.weight.zero_()
        model.transformer.ln_f.bias.copy_(direction)
        model.transformer.wte.weight[token] = 100 * direction
    return model


def test_original_generation_stops_at_end_of_text_as_the_original_did():
    """The fair baseline: each sequence stops at the model's end-of-text (min_length 10 first);
    the handicapped one, asked for by name, runs to max_length."""
    pytest.importorskip("torch")
    from bench.original import generate_original
    from huggingtweets.models import gpt2_tokenizer

    tok = gpt2_tokenizer(64)
    eos = tok.eos_token_id
    model = _always_writes(eos, tok)
    prompt_len = 1 + len(tok("My dream is", add_special_tokens=False)["input_ids"])
    texts, n = generate_original(model, tok, max_length=30)  # the default: as the original ran
    assert n == 10 - prompt_len + 1  # min_length=10, then every row writes end-of-text and stops
    assert len(texts) == 10
    _, n = generate_original(model, tok, eos_stops=False, max_length=30)
    assert n == 30 - prompt_len
    assert model.generation_config.eos_token_id == eos  # restored afterwards


def test_original_generation_does_not_stop_at_our_line_break_tokens():
    """A folder this package trained lists line-break tokens in generation_config.eos_token_id;
    the original stopped at end-of-text only (and cut at the line break afterwards)."""
    pytest.importorskip("torch")
    from bench.original import generate_original
    from huggingtweets.models import gpt2_tokenizer

    tok = gpt2_tokenizer(64)
    newline = tok("\n", add_special_tokens=False)["input_ids"][0]
    model = _always_writes(newline, tok)
    model.generation_config.eos_token_id = [tok.eos_token_id, newline]
    prompt_len = 1 + len(tok("My dream is", add_special_tokens=False)["input_ids"])
    texts, n = generate_original(model, tok, max_length=30)
    assert n == 30 - prompt_len  # ran on past every line break
    assert texts == ["My dream is"] * 10  # then cut at the first one
    assert model.generation_config.eos_token_id == [tok.eos_token_id, newline]


def test_the_bench_writes_into_the_checkout_only_with_save(tmp_path):
    """Without --save (or --results / --report) a run leaves `git status` clean."""
    from bench.run import ROOT, SAVED, outputs, parser

    def paths(*argv):
        args = parser().parse_args(list(argv))
        mode = "quick" if args.quick else "gpu" if args.gpu else "full"
        return outputs(args, mode)

    assert paths() == (None, None)
    assert paths("--quick") == (None, None) and paths("--gpu") == (None, None)
    assert paths("--save") == (SAVED / "full.json", ROOT / "BENCHMARKS.md")
    assert paths("--gpu", "--save") == (SAVED / "gpu.json", ROOT / "BENCHMARKS.md")
    assert paths("--quick", "--save") == (SAVED / "quick.json", None)
    mine = tmp_path / "r.json"
    assert paths("--quick", "--results", str(mine)) == (mine, None)


def test_cpu_isa_runs_are_saved_apart_and_limit_the_workers(monkeypatch, capsys):
    """--cpu-isa avx2 measures as on a CPU without bf16: saved beside, never over, the real run;
    refused where no worker process would inherit the limits."""
    from bench.run import CPU_ISAS, SAVED, main, outputs, parser

    args = parser().parse_args(["--cpu-isa", "avx2", "--save"])
    assert outputs(args, "full") == (SAVED / "full-avx2.json", None)
    assert CPU_ISAS["avx2"]["HUGGINGTWEETS_PRECISION"] == "fp32"
    assert main(["--cpu-isa", "avx2", "--smoke"]) == 2
    assert "--cpu-isa" in capsys.readouterr().err
    from huggingtweets.models import choose_precision

    for key, value in CPU_ISAS["avx2"].items():
        monkeypatch.setenv(key, value)
    assert choose_precision() == "fp32"
