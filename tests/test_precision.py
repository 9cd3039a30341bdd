"""Precision: chosen by the GPU's compute capability (a T4 trains and samples in fp16 with loss
scaling, not in emulated bf16), fp32 master weights for training, and fp16 sampling that falls
back to fp32 when a model overflows fp16's range."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from huggingtweets import models, precision
from huggingtweets.errors import UserError
from huggingtweets.precision import choose_precision, precision_for


@pytest.fixture(autouse=True)
def _env(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    monkeypatch.setenv("WANDB_MODE", "disabled")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("HUGGINGTWEETS_PRECISION", raising=False)


@pytest.mark.parametrize(
    "capability, expected",
    [
        ((7, 5), "fp16"),  # T4 (free Colab): bf16 only emulated
        ((7, 0), "fp16"),  # V100
        ((8, 0), "bf16"),  # A100
        ((8, 6), "bf16"),  # A10, RTX 30x0
        ((8, 9), "bf16"),  # L4
        ((9, 0), "bf16"),  # H100
        ((10, 0), "bf16"),  # B200
        ((6, 0), "fp16"),  # P100: fast fp16
        ((6, 1), "fp32"),  # P4 / P40: fp16 arithmetic slower than fp32
        ((5, 2), "fp32"),  # Maxwell
    ],
)
def test_precision_by_compute_capability(capability, expected):
    assert precision_for(capability) == expected


def test_precision_without_a_gpu_is_the_cpu_rule():
    assert precision_for(None, cpu_has_bf16=True) == "bf16"
    assert precision_for(None, cpu_has_bf16=False) == "fp32"


def _fake_gpu(monkeypatch, capability):
    """What torch reports for a GPU of this capability, bf16 'supported' (emulated) as on a T4."""
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    monkeypatch.setattr(torch.cuda, "get_device_capability", lambda *a, **k: capability)


@pytest.mark.torch
def test_choose_precision_asks_the_capability_not_bf16_support(monkeypatch):
    _fake_gpu(monkeypatch, (7, 5))
    assert choose_precision() == "fp16"
    assert choose_precision("auto") == "fp16"
    _fake_gpu(monkeypatch, (8, 0))
    assert choose_precision() == "bf16"
    assert choose_precision("fp32") == "fp32"  # an explicit choice wins


@pytest.mark.torch
def test_choose_precision_on_this_cpu(monkeypatch):
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(precision, "_cpu_has_bf16", lambda: True)
    assert choose_precision() == "bf16"
    monkeypatch.setattr(precision, "_cpu_has_bf16", lambda: False)
    assert choose_precision() == "fp32"
    with pytest.raises(UserError, match="fp16 needs a GPU"):
        choose_precision("fp16")
    monkeypatch.setenv("HUGGINGTWEETS_PRECISION", "fp32")
    assert choose_precision() == "fp32"


@pytest.mark.torch
@pytest.mark.parametrize(("chosen", "dtype"), [("fp32", "float32"), ("bf16", "bfloat16")])
def test_sampling_follows_the_same_choice(monkeypatch, tiny_model_dir, chosen, dtype):
    """generate loads the weights in the precision training would use (models.choose_precision,
    as train asks it): whatever that says, the weights come in that dtype."""
    import torch

    from huggingtweets import generate

    seen = []
    monkeypatch.setattr(models, "choose_precision", lambda wanted=None: seen.append(1) or chosen)
    generate.clear_cache()
    loaded = generate.load_model(tiny_model_dir)
    assert seen, "generate did not ask models.choose_precision"
    assert next(loaded["model"].parameters()).dtype == getattr(torch, dtype)
    assert loaded["decoding"].dtype == chosen
    generate.clear_cache()


# --- training keeps fp32 master weights --------------------------------------------------------


def _posts(path: Path) -> Path:
    rng = random.Random(3)
    words = "moon tide harbour bread stars quiet rain garden coffee notes wind sea".split()
    lines = [" ".join(rng.choice(words) for _ in range(rng.randint(10, 20))) for _ in range(80)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory):
    """A trained tiny model folder (one step)."""
    from huggingtweets.pipeline import TrainOptions, run

    mp = pytest.MonkeyPatch()
    mp.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    try:
        out = tmp_path_factory.mktemp("tiny-trained")
        src = _posts(tmp_path_factory.mktemp("src") / "p.txt")
        run([str(src)], out, TrainOptions(**_small(max_steps=1)))
    finally:
        mp.undo()
    return out


def _small(**kw) -> dict:
    base = dict(
        base_model="tiny",
        block_size=32,
        batch_size=2,
        wandb_mode="disabled",
        seed=1,
        sample_generations=0,
        card=False,
        progress=False,
    )
    return {**base, **kw}


@pytest.mark.torch
def test_a_base_model_saved_in_fp16_trains_with_fp32_weights(tmp_path):
    """Mixed precision needs fp32 master weights (fp16 gradients cannot be unscaled): a base
    model stored in half precision (transformers 5 loads the stored dtype) is trained in fp32."""
    import torch
    from safetensors import safe_open
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from huggingtweets.pipeline import TrainOptions, run

    tiny = models.ensure_tiny()
    half = tmp_path / "tiny-fp16"
    AutoModelForCausalLM.from_pretrained(tiny, dtype=torch.float16).save_pretrained(half)
    AutoTokenizer.from_pretrained(tiny).save_pretrained(half)
    assert json.loads((half / "config.json").read_text())["dtype"] == "float16"
    seen = []

    from transformers import TrainerCallback

    class Dtypes(TrainerCallback):
        def on_step_end(self, args, state, control, model=None, optimizer=None, **kw):
            seen.append({p.dtype for p in model.parameters()})

    out = tmp_path / "out"
    result = run([str(_posts(tmp_path / "p.txt"))], out, TrainOptions(**_small(
        base_model=str(half), max_steps=2)), callbacks=[Dtypes()])  # fmt: skip
    assert result.steps == 2
    assert seen and all(s == {torch.float32} for s in seen)
    with safe_open(str(out / "model.safetensors"), "pt") as f:
        assert {f.get_tensor(k).dtype for k in f.keys()} == {torch.float32}


@pytest.mark.torch
def test_loss_scaling_only_where_fp16_is_chosen(tmp_path):
    """The automatic precision scales the loss only on a GPU that trains in fp16 (compute
    capability 7.x, or a P100's 6.0); bf16 (Ampere and newer, or this CPU) and fp32 need none."""
    import torch
    from transformers import TrainerCallback

    from huggingtweets.pipeline import TrainOptions, run

    scalers = []

    class Scaler(TrainerCallback):
        def on_step_end(self, args, state, control, optimizer=None, **kw):
            scalers.append(getattr(optimizer, "scaler", None))

    run([str(_posts(tmp_path / "p.txt"))], tmp_path / "out", TrainOptions(**_small(
        max_steps=1)), callbacks=[Scaler()])  # fmt: skip
    capability = torch.cuda.get_device_capability(0) if torch.cuda.is_available() else None
    fp16 = capability is not None and ((7, 0) <= capability < (8, 0) or capability == (6, 0))
    assert len(scalers) == 1
    assert (scalers[0] is not None) == fp16, (capability, scalers)


def _cuda_below_8() -> bool:
    try:
        import torch

        return torch.cuda.is_available() and torch.cuda.get_device_capability(0) < (8, 0)
    except Exception:
        return False


def _has_cuda() -> bool:
    return importlib.util.find_spec("torch") is not None and __import__("torch").cuda.is_available()


@pytest.mark.skipif(not _has_cuda(), reason="needs a GPU (fp16 loss scaling)")
@pytest.mark.torch
def test_fp16_training_on_a_gpu_scales_the_loss(tmp_path):
    """precision fp16 on a GPU: the Trainer's optimizer steps through a GradScaler."""
    from transformers import TrainerCallback

    from huggingtweets.pipeline import TrainOptions, run

    scales = []

    class Scaler(TrainerCallback):
        def on_step_end(self, args, state, control, optimizer=None, **kw):
            scaler = getattr(optimizer, "scaler", None)
            scales.append(scaler.get_scale() if scaler is not None else None)

    out = tmp_path / "out"
    result = run([str(_posts(tmp_path / "p.txt"))], out, TrainOptions(**_small(
        max_steps=3, precision="fp16")), callbacks=[Scaler()])  # fmt: skip
    assert result.steps == 3
    assert scales and all(isinstance(s, float) and s > 1 for s in scales), scales
    record = json.loads((out / "training.json").read_text())
    assert record["hyperparameters"]["precision"] == "fp16"
    if _cuda_below_8():
        assert choose_precision() == "fp16"


# --- fp16 sampling stays finite -------------------------------------------------------------


def _overflowing_copy(model_dir: Path, dest: Path) -> Path:
    """The model with larger embeddings and final layer norm, every weight still an fp16
    number, whose logits pass fp16's maximum (65,504): fine in fp32, inf in fp16."""
    import shutil

    import torch
    from transformers import AutoModelForCausalLM

    shutil.copytree(model_dir, dest)
    model = AutoModelForCausalLM.from_pretrained(dest, dtype=torch.float32)
    with torch.no_grad():
        model.transformer.wte.weight.mul_(100)  # tied: the output layer too
        model.transformer.ln_f.weight.mul_(1e4)
        assert all(p.abs().max() < 60_000 for p in model.parameters())
        probe = model(torch.tensor([[0, 1, 2]])).logits
        assert torch.isfinite(probe).all() and probe.abs().max() > 70_000
    model.save_pretrained(dest)
    return dest


@pytest.mark.torch
def test_fp16_overflow_in_sampling_falls_back_to_fp32(tiny_model_dir, tmp_path, monkeypatch):
    import torch

    from huggingtweets import generate
    from huggingtweets.generate import GenerateOptions, NonFiniteLogits, NucleusSampler, decode

    folder = _overflowing_copy(tiny_model_dir, tmp_path / "loud")
    generate.clear_cache()
    half = generate.load_model(folder, precision="fp16")
    assert next(half["model"].parameters()).dtype == torch.float16
    ids = torch.tensor([[half["separator_id"]] * 2] * 2)
    with torch.inference_mode(), pytest.raises(NonFiniteLogits):  # the overflow is real
        decode(half["model"], ids, 4, 0, half["stop_ids"], NucleusSampler(1.0, 0.95))
    # As on a T4: the automatic choice is fp16; the posts still come out, from fp32.
    monkeypatch.setattr(models, "choose_precision", lambda wanted=None: "fp16")
    generate.clear_cache()
    result = generate.generate(folder, GenerateOptions(num=3, max_new_tokens=12, seed=1))
    assert len(result.generations) == 3
    assert all(g.text.startswith("My dream is") for g in result.generations)
    full = generate.load_model(folder, precision="fp32")
    assert next(full["model"].parameters()).dtype == torch.float32
    generate.clear_cache()


@pytest.mark.torch
def test_the_notebook_says_how_a_t4_trains(monkeypatch):
    import torch

    from huggingtweets.app import check_runtime

    _fake_gpu(monkeypatch, (7, 5))
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda *a: "Tesla T4")
    msg = check_runtime()
    assert "Tesla T4 (compute capability 7.5: trains in fp16 with loss scaling)" in msg
    _fake_gpu(monkeypatch, (8, 9))
    assert "(compute capability 8.9: trains in bf16)" in check_runtime()
