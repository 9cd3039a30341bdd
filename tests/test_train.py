"""Training end to end with the tiny model: the model folder, its records, resume, early stopping, LoRA."""

from __future__ import annotations

import io
import json
import math
import random
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from huggingtweets.errors import UserError
from huggingtweets.pipeline import run
from huggingtweets.train import TrainOptions, TrainResult, choose_precision

WORDS = (
    "the sky was clear tonight and I watched Saturn rise over the harbour while the bread "
    "proofed slowly in the warm kitchen library books coffee rain garden telescope moon "
    "neighbours dog walk morning quiet town sea wind stars notes friends baking"
).split()

TRAINING_KEYS = {
    "base_model", "base_model_name", "base_model_url", "base_model_id", "separator", "accounts",
    "dataset", "hyperparameters", "steps", "train_loss", "eval_loss", "perplexity",
    "base_perplexity", "seconds", "tokens_per_second", "wandb", "versions",
    "evaluation",  # the how-much-it-sounds-like-them report (one account: no "steering")
}  # fmt: skip
HYPER_KEYS = {
    "learning_rate", "lr_scheduler", "warmup_steps", "batch_size", "gradient_accumulation_steps",
    "block_size", "max_steps", "lora", "align_blocks", "train_layers", "precision", "seed", "eval_steps", "save_steps", "patience",
}  # fmt: skip
ACCOUNT_KEYS = {
    "source", "handle", "display_name", "avatar_url", "downloaded", "reposts", "short", "kept",
    "replies", "characters", "kind", "short_rule", "not_public",
}  # fmt: skip


def write_posts(path: Path, n: int = 60, seed: int = 0) -> Path:
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
        lines.append(f"Post {i}: " + " ".join(words).capitalize() + ".")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(path.read_text()) > 6000
    return path


@pytest.fixture(scope="module", autouse=True)
def _env(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    mp.setenv("WANDB_MODE", "disabled")
    mp.setenv("HF_HUB_OFFLINE", "1")
    yield
    mp.undo()


def small(**kw) -> TrainOptions:
    base = dict(
        base_model="tiny",
        max_steps=6,
        block_size=32,
        batch_size=2,
        eval_steps=2,
        wandb_mode="disabled",
        seed=1,
        sample_generations=0,
        card=False,
    )
    base.update(kw)
    return TrainOptions(**base)


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    return write_posts(tmp_path_factory.mktemp("src") / "mara.txt")


@pytest.fixture(scope="module")
def trained(source, tmp_path_factory):
    out = tmp_path_factory.mktemp("model")
    result = run(
        [str(source)], out, small(sample_generations=2, sample_max_new_tokens=20, card=True)
    )
    return out, result


@pytest.mark.torch
def test_model_folder_contents(trained):
    out, result = trained
    for name in (
        "model.safetensors",
        "config.json",
        "generation_config.json",
        "tokenizer.json",
        "tokenizer_config.json",
        "training.json",
        "generations.json",
        "data/train.txt",
        "data/valid.txt",
        "data/dataset.json",
    ):
        assert (out / name).is_file(), name
    assert (out / "checkpoints").is_dir()
    assert not (out / ".model-tmp").exists()
    # The folder loads with the plain Auto classes.
    from transformers import AutoModelForCausalLM, AutoTokenizer

    AutoModelForCausalLM.from_pretrained(out)
    tok = AutoTokenizer.from_pretrained(out)
    assert tok("hello world")["input_ids"] == [31373, 995]


@pytest.mark.torch
def test_result_json_contract(trained):
    out, result = trained
    assert isinstance(result, TrainResult)
    data = result.to_json()
    types = {
        "model_dir": str, "train_loss": float, "eval_loss": float, "perplexity": float,
        "base_perplexity": float, "steps": int, "seconds": float, "tokens_per_second": float,
    }  # fmt: skip
    assert set(data) == set(types)
    for key, kind in types.items():
        assert type(data[key]) is kind, key
    assert data["steps"] == 6
    assert data["model_dir"] == str(out)
    assert math.isclose(data["perplexity"], math.exp(data["eval_loss"]), rel_tol=1e-6)
    assert data["tokens_per_second"] > 0
    assert "held-out" in result.summary()
    json.dumps(data, allow_nan=False)


@pytest.mark.torch
def test_training_record(trained):
    out, result = trained
    record = json.loads((out / "training.json").read_text())
    assert set(record) == TRAINING_KEYS
    assert set(record["hyperparameters"]) == HYPER_KEYS
    assert set(record["accounts"][0]) == ACCOUNT_KEYS
    assert set(record["dataset"]) == {
        "seed",
        "epochs",
        "clean",
        "train_posts",
        "valid_posts",
        "characters",
    }
    assert set(record["dataset"]["clean"]) == {"keep_newlines", "drop_replies", "strip_mentions"}
    assert set(record["wandb"]) == {
        "mode", "project", "entity", "preprocess_run_url", "train_run_url", "run_dir"
    }  # fmt: skip
    assert set(record["versions"]) == {
        "huggingtweets",
        "transformers",
        "torch",
        "datasets",
        "python",
    }
    assert record["base_model"] == "tiny"
    assert record["separator"] == "<|endoftext|>"
    assert record["steps"] == 6
    assert record["hyperparameters"]["block_size"] == 32
    assert record["hyperparameters"]["seed"] == 1
    assert record["hyperparameters"]["precision"] == choose_precision()  # bf16 where the CPU has it
    assert record["hyperparameters"]["learning_rate"] == pytest.approx(1.372e-4)
    assert record["hyperparameters"]["lr_scheduler"] == "cosine"
    assert record["wandb"]["mode"] == "disabled"
    assert record["accounts"][0]["handle"] == "mara"


@pytest.mark.torch
def test_config_and_generation_defaults(trained):
    out, _ = trained
    config = json.loads((out / "config.json").read_text())
    assert config["task_specific_params"]["text-generation"] == {
        "do_sample": True,
        "min_length": 10,
        "max_length": 160,
        "temperature": 1.0,
        "top_p": 0.95,
        "prefix": "<|endoftext|>",
    }
    gen = json.loads((out / "generation_config.json").read_text())
    assert gen["do_sample"] is True and gen["top_p"] == 0.95 and gen["max_length"] == 160
    # The Hub widget ends a post where `generate` does: end-of-text first, then every token
    # holding a line break (this model's posts were folded to one line).
    assert gen["eos_token_id"][0] == 50256 and gen["pad_token_id"] == 50256
    assert 198 in gen["eos_token_id"] and 628 in gen["eos_token_id"]  # "\n", "\n\n"


@pytest.mark.torch
def test_generations_and_card(trained):
    out, _ = trained
    gens = json.loads((out / "generations.json").read_text())
    assert gens["prompt"] == "My dream is"
    assert len(gens["generations"]) == 2
    for g in gens["generations"]:
        assert set(g) == {"text", "copied_from_training"}
        assert g["text"].startswith("My dream is") and "\n" not in g["text"]
    assert (out / "README.md").is_file()
    assert (out / "predictions.png").is_file()


@pytest.mark.torch
def test_train_from_download_folder_and_cli_json(source, tmp_path):
    """`train DATA_DIR --json` prints exactly the contract's object."""
    from huggingtweets.cli import main
    from huggingtweets.download import download

    data = tmp_path / "data"
    download([str(source)], data)
    out = tmp_path / "model"
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(
            ["train", str(data), "--out", str(out), "--base-model", "tiny", "--max-steps", "2",
             "--block-size", "32", "--batch-size", "2", "--wandb", "disabled", "--seed", "4",
             "--json"]
        )  # fmt: skip
    assert code == 0
    printed = json.loads(buf.getvalue())
    assert set(printed) == {
        "model_dir", "train_loss", "eval_loss", "perplexity", "base_perplexity", "steps",
        "seconds", "tokens_per_second",
    }  # fmt: skip
    assert printed["steps"] == 2
    assert (out / "data" / "train.txt").read_text() == (data / "train.txt").read_text()


class _Interrupt:
    """A TrainerCallback that raises KeyboardInterrupt at a given step (Ctrl-C mid-run)."""

    def __new__(cls, at_step: int):
        from transformers import TrainerCallback

        class Interrupt(TrainerCallback):
            def on_step_end(self, args, state, control, **kw):
                if state.global_step == at_step:
                    raise KeyboardInterrupt

        return Interrupt()


class BeganAt:
    """A TrainerCallback noting in `steps` the step each training loop begins at (a resumed
    run's: its checkpoint's step)."""

    def __new__(cls, steps: list):
        from transformers import TrainerCallback

        class Began(TrainerCallback):
            def on_train_begin(self, args, state, control, **kw):
                steps.append(state.global_step)

        return Began()


@pytest.mark.torch
def test_resume_after_interruption_matches_uninterrupted(source, tmp_path):
    whole = run([str(source)], tmp_path / "whole", small())
    out = tmp_path / "cut"
    with pytest.raises(KeyboardInterrupt):
        run([str(source)], out, small(), callbacks=[_Interrupt(3)])
    # Nothing that looks like a finished model is left behind.
    assert not (out / "training.json").exists()
    assert not (out / "model.safetensors").exists()
    assert (out / "checkpoints" / "checkpoint-2").is_dir()
    resumed = run([str(source)], out, small(resume=True))
    assert resumed.steps == whole.steps == 6
    assert resumed.eval_loss == pytest.approx(whole.eval_loss, rel=1e-4)
    assert (out / "training.json").is_file()


@pytest.mark.torch
def test_resume_to_more_steps(source, tmp_path):
    out = tmp_path / "more"
    first = run([str(source)], out, small(max_steps=4))
    assert first.steps == 4
    second = run([str(source)], out, small(max_steps=6, resume=True))
    assert second.steps == 6


def test_resume_without_checkpoint_is_a_user_error(source, tmp_path):
    with pytest.raises(UserError, match="Nothing to resume"):
        run([str(source)], tmp_path / "none", small(resume=True))


@pytest.mark.torch
def test_resume_with_other_settings_is_a_user_error(source, tmp_path, capsys):
    out = tmp_path / "other"
    with pytest.raises(KeyboardInterrupt):
        run([str(source)], out, small(), callbacks=[_Interrupt(3)])
    with pytest.raises(UserError, match="differs in learning rate: use the same settings"):
        run([str(source)], out, small(resume=True, learning_rate=1e-3))
    assert (out / "checkpoints" / "checkpoint-2").is_dir()  # nothing was thrown away
    resumed = run([str(source)], out, small(resume=True))
    assert resumed.steps == 6
    assert "resuming from step 2 of 6" in capsys.readouterr().err  # the last save (every 2)


@pytest.mark.torch
def test_auto_resume_continues_only_the_same_run(source, tmp_path, capsys):
    """auto_resume (the notebook's Train): a checkpoint of the same settings and posts is
    continued; one made from other posts is replaced, and the note says why."""
    out = tmp_path / "auto"
    with pytest.raises(KeyboardInterrupt):
        run([str(source)], out, small(max_steps=4), callbacks=[_Interrupt(3)])
    capsys.readouterr()
    steps = []
    other = write_posts(tmp_path / "other.txt", seed=5)
    result = run(
        [str(other)], out, small(max_steps=4, auto_resume=True), callbacks=[BeganAt(steps)]
    )
    err = capsys.readouterr().err
    assert steps == [0] and result.steps == 4
    assert "note: starting afresh; the checkpoint at step 2" in err
    assert "its run differs in posts)" in err  # the same settings and seed, other posts
    with pytest.raises(KeyboardInterrupt):
        run([str(source)], out, small(max_steps=4), callbacks=[_Interrupt(3)])
    capsys.readouterr()
    result = run(
        [str(source)], out, small(max_steps=4, auto_resume=True), callbacks=[BeganAt(steps)]
    )
    assert steps[-1] == 2 and result.steps == 4  # from the last save (every 2 steps)
    assert "resuming from step 2 of 4" in capsys.readouterr().err


@pytest.mark.torch
def test_a_fresh_run_over_checkpoints_says_it_replaces_them(source, tmp_path, capsys):
    out = tmp_path / "fresh"
    with pytest.raises(KeyboardInterrupt):
        run([str(source)], out, small(max_steps=4), callbacks=[_Interrupt(3)])
    capsys.readouterr()
    assert run([str(source)], out, small(max_steps=2)).steps == 2
    err = capsys.readouterr().err
    assert "the checkpoint at step 2" in err and "run with --resume to continue it" in err


@pytest.mark.torch
def test_early_stopping(source, tmp_path):
    # A learning rate far too high makes the held-out loss worse at once: stop after `patience`.
    result = run(
        [str(source)],
        tmp_path / "early",
        small(max_steps=40, eval_steps=1, patience=2, learning_rate=0.9),
    )
    assert result.steps < 40
    record = json.loads((tmp_path / "early" / "training.json").read_text())
    assert record["hyperparameters"]["patience"] == 2


@pytest.mark.torch
def test_lora_merged_model_loads_plainly(source, tmp_path):
    out = tmp_path / "lora"
    result = run([str(source)], out, small(lora=True, max_steps=4))
    assert result.steps == 4
    assert not (out / "adapter_config.json").exists()
    record = json.loads((out / "training.json").read_text())
    assert record["hyperparameters"]["lora"] is True
    assert record["hyperparameters"]["learning_rate"] == pytest.approx(1e-3)
    from safetensors import safe_open

    with safe_open(str(out / "model.safetensors"), "pt") as f:
        keys = list(f.keys())
    assert keys and not any("lora" in k for k in keys)
    from transformers import AutoModelForCausalLM

    AutoModelForCausalLM.from_pretrained(out)


@pytest.mark.torch
def test_default_block_size_is_the_model_window(source, tmp_path):
    result = run([str(source)], tmp_path / "m", small(block_size=None, max_steps=1, batch_size=1))
    record = json.loads((tmp_path / "m" / "training.json").read_text())
    assert record["hyperparameters"]["block_size"] == 256  # the tiny model's window
    assert result.steps == 1


def test_block_size_adapts_to_short_text():
    from huggingtweets.train import choose_block_size

    # a GPU or bf16: the model's window, at most 1,024 (the original's)
    assert choose_block_size(None, 1024, 10_000, cpu_fp32=False) == (1024, None)
    assert choose_block_size(None, 8192, 10_000, cpu_fp32=False)[0] == 1024
    # a CPU in fp32: at most 256 tokens by default (attention's cost); what the user asks stands
    assert choose_block_size(None, 8192, 10_000, cpu_fp32=True) == (256, None)
    assert choose_block_size(None, 128, 10_000, cpu_fp32=True)[0] == 128
    assert choose_block_size(1024, 8192, 10_000, cpu_fp32=True)[0] == 1024
    for cpu_fp32 in (True, False):
        assert choose_block_size(2048, 256, 10_000, cpu_fp32)[0] == 256
        block, note = choose_block_size(512, 1024, 300, cpu_fp32)
        assert block == 256 and "300 tokens" in note
        with pytest.raises(UserError, match="too little to train on"):
            choose_block_size(512, 1024, 10, cpu_fp32)


@pytest.mark.torch
def test_bad_base_model_is_one_line(source, tmp_path):
    with pytest.raises(UserError, match="could not load base model"):
        run([str(source)], tmp_path / "x", small(base_model=str(tmp_path / "no-such-folder")))


@pytest.mark.torch
def test_precision_choice(monkeypatch):
    """auto follows the hardware; an explicit choice wins; fp16 without a GPU is a clear error."""
    import torch

    monkeypatch.delenv("HUGGINGTWEETS_PRECISION", raising=False)
    expected = "bf16" if torch.ops.mkldnn._is_mkldnn_bf16_supported() else "fp32"
    if not torch.cuda.is_available():
        assert choose_precision() == expected
        with pytest.raises(UserError, match="fp16 needs a GPU"):
            choose_precision("fp16")
    assert choose_precision("fp32") == "fp32"
    monkeypatch.setenv("HUGGINGTWEETS_PRECISION", "fp32")
    assert choose_precision() == "fp32"
    with pytest.raises(UserError, match="not one of"):
        choose_precision("fp8")


def test_aligned_blocks_start_at_a_post_and_train_each_token_once():
    """--align-blocks: every block opens with end-of-text, the post cut off at a block's end is
    input only (-100), the next block starts again at that post; a post longer than a block is
    cut. Each token of the stream (up to the dropped tail) is a target exactly once."""
    from huggingtweets.blocks import pack

    eos = 0
    rng = random.Random(3)
    stream = [eos]
    for _ in range(300):
        stream += [rng.randint(1, 99) for _ in range(rng.choice([3, 9, 17, 40]))] + [eos]
    block = 32
    ds = pack(stream, block, eos_id=eos)
    targets, position, after_end, cut = 0, 0, True, 0
    for ids, labels in zip(ds["input_ids"], ds["labels"], strict=True):
        assert len(ids) == len(labels) == block
        assert stream[position : position + block] == ids  # windows of the stream, in order
        kept = [i for i, y in enumerate(labels) if y != -100]
        assert kept == list(range(len(kept)))  # targets first, then the cut-off post masked
        assert [labels[i] for i in kept] == ids[: len(kept)]
        ends = [i for i in kept[1:] if ids[i] == eos]
        if len(kept) < block:
            assert ends and ends[-1] == len(kept) - 1  # the last target closes a whole post
        assert (ids[0] == eos) == after_end  # a block opens a post unless one ran past the last
        after_end, cut = bool(ends), cut + (not ends)
        targets += len(kept) - 1  # a block's first token is never predicted
        position += ends[-1] if ends else block - 1  # the next block: that end-of-text on
    assert 0 < cut < len(ds) / 2  # the 40-token posts were cut; most blocks open a post
    assert len(stream) - block < position + block  # only the tail that fits no block is left
    assert targets == position  # every token up to there predicted once
    # Without eos_id: the original's packing, consecutive and unmasked.
    plain = pack(stream, block)
    assert plain["input_ids"][1] == stream[block : 2 * block]
    assert all(-100 not in y for y in plain["labels"])


@pytest.mark.torch
def test_align_blocks_and_train_layers_are_recorded_and_train(source, tmp_path, capsys):
    """`huggingtweets train --align-blocks` / `--train-layers N`: trained so, and recorded."""
    from huggingtweets.cli import main

    def train(out, *flags) -> dict:
        argv = ["train", str(source), "--out", str(out), "--base-model", "tiny", "--max-steps"]
        argv += ["2", "--block-size", "32", "--batch-size", "2", "--wandb", "disabled", "--json"]
        assert main(argv + list(flags)) == 0
        return json.loads((out / "training.json").read_text())

    record = train(tmp_path / "aligned", "--align-blocks")
    assert record["hyperparameters"]["align_blocks"] is True
    assert record["steps"] == 2 and record["eval_loss"] > 0
    plain = train(tmp_path / "plain")["hyperparameters"]
    assert plain["align_blocks"] is False
    assert plain["train_layers"] == 2  # every block of the tiny model's two
    # `--train-layers N`: only the top N blocks learn, recorded as such
    assert train(tmp_path / "top", "--train-layers", "1")["hyperparameters"]["train_layers"] == 1
    assert main(["train", str(source), "--out", str(tmp_path / "bad"), "--train-layers", "-1"]) != 0
    err = capsys.readouterr().err
    assert "--train-layers -1 is out of range" in err and "Traceback" not in err
    assert not (tmp_path / "bad").exists()
