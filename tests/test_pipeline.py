"""pipeline.py composing the stages on the tiny model (offline): download -> train -> sample ->
evaluate -> picture -> card; `train` alone only trains; a failing late stage keeps the model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from huggingtweets import pipeline
from huggingtweets.download import download
from huggingtweets.errors import UserError
from huggingtweets.records import DatasetInfo, TrainingRecord
from huggingtweets.train import TrainOptions, train

pytestmark = pytest.mark.torch

MODEL_FILES = ("model.safetensors", "config.json", "generation_config.json", "tokenizer.json")
LATER_STAGES = ("generations.json", "predictions.png", "README.md")


@pytest.fixture(scope="module", autouse=True)
def _env(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    mp.setenv("WANDB_MODE", "disabled")
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.delenv("HUGGINGTWEETS_DEBUG", raising=False)
    yield
    mp.undo()


def options(**kw) -> TrainOptions:
    base = dict(
        base_model="tiny",
        max_steps=2,
        block_size=32,
        batch_size=2,
        eval_steps=2,
        wandb_mode="disabled",
        seed=3,
        sample_generations=2,
        sample_max_new_tokens=12,
        evaluation_posts=2,
        progress=False,
    )
    base.update(kw)
    return TrainOptions(**base)


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    words = "harbour bread telescope rain garden moon coffee stars morning quiet sea".split()
    lines = [
        f"Post {i}: the {words[i % 11]} and the {words[(3 * i) % 11]} kept me up, so I wrote "
        f"about the {words[(5 * i) % 11]} until {i % 12 + 1} o'clock."
        for i in range(80)
    ]
    path = tmp_path_factory.mktemp("src") / "mara.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dataset(source, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dataset")
    download([str(source)], folder)
    return folder


def test_run_composes_every_stage(source, tmp_path):
    out = tmp_path / "model"
    result = pipeline.run([str(source)], out, options())
    assert isinstance(result, pipeline.RunResult) and result.published is None
    assert result.steps == 2 and result.model_dir == str(out)
    for name in MODEL_FILES + LATER_STAGES + ("training.json", "data/dataset.json"):
        assert (out / name).is_file(), name
    # download wrote the dataset into the model folder, and train read it from there
    assert DatasetInfo.load(out / "data").handles == ["mara"]
    record = TrainingRecord.load(out)
    assert record.handles == ["mara"] and record.results.steps == 2
    assert record.evaluation is not None and record.evaluation.posts_per_voice == 2
    gens = json.loads((out / "generations.json").read_text())
    assert len(gens["generations"]) == 2 and gens["prompt"] == "My dream is"
    # the card was rendered after the evaluation: it shows the report
    assert "sounds like" in (out / "README.md").read_text().lower()
    assert set(result.to_json()) == {
        "model_dir", "train_loss", "eval_loss", "perplexity", "base_perplexity", "steps",
        "seconds", "tokens_per_second",
    }  # fmt: skip


def test_train_alone_only_trains(dataset, tmp_path):
    """Asked for samples, a report and a card, `train` still writes only the model folder."""
    out = tmp_path / "model"
    result = train(dataset, out, options(sample_generations=5, evaluation_posts=5, card=True))
    assert result.steps == 2
    for name in MODEL_FILES + ("training.json", "data/train.txt", "data/valid.txt"):
        assert (out / name).is_file(), name
    assert (out / "checkpoints").is_dir()
    for name in LATER_STAGES:
        assert not (out / name).exists(), name
    assert TrainingRecord.load(out).evaluation is None
    # the copy in data/ points at itself, not at the folder it came from
    assert Path(DatasetInfo.load(out / "data").train_file) == out / "data" / "train.txt"


def test_train_takes_a_dataset_folder_only(source, tmp_path):
    with pytest.raises(UserError, match="not a dataset folder"):
        train(source.parent, tmp_path / "model", options())
    assert not (tmp_path / "model").exists()


def test_a_dataset_folder_is_trained_on_as_it_is(dataset, tmp_path):
    out = tmp_path / "model"
    assert pipeline.prepare_dataset([str(dataset)], out, options()) == dataset
    assert not out.exists()  # nothing downloaded


def test_a_failing_stage_keeps_the_model_and_says_so_in_one_line(
    dataset, tmp_path, monkeypatch, capsys
):
    import huggingtweets.pictures as pictures

    def broken(*args, **kwargs):
        raise RuntimeError("the font\nis missing")

    monkeypatch.setattr(pictures, "render_predictions", broken)
    out = tmp_path / "model"
    result = pipeline.run([str(dataset)], out, options(evaluation_posts=0))
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "could not write pictures" in line]
    assert lines == ["warning: could not write pictures (RuntimeError: the font is missing)"]
    assert result.steps == 2
    for name in MODEL_FILES + ("training.json", "generations.json", "README.md"):
        assert (out / name).is_file(), name  # the stages around it still ran
    assert not (out / "predictions.png").exists()


def test_a_failed_download_leaves_no_folder(tmp_path):
    out = tmp_path / "model"
    with pytest.raises(UserError):
        pipeline.run([str(tmp_path / "no-such-file.txt")], out, options())
    assert not out.exists()


def test_bad_options_fail_before_downloading(source, tmp_path):
    out = tmp_path / "model"
    with pytest.raises(UserError, match="--max-steps"):
        pipeline.run([str(source)], out, options(max_steps=0))
    assert not out.exists()


def test_run_publishes_at_the_end_when_asked(dataset, tmp_path, monkeypatch):
    """Against the local Hub (tests/hub_server.py) with the real huggingface_hub client."""
    from hub_server import HubServer
    from huggingface_hub import constants

    token, user = "hf_" + "pipelinepipelinepipelinepipelinepi", "mara"
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-login" / "token"))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    out = tmp_path / "model"
    with HubServer(tokens={token: user}) as hub:
        hub.patch(monkeypatch)
        request = pipeline.PublishRequest(token=token, private=True)
        assert token not in repr(request)
        result = pipeline.run([str(dataset)], out, options(evaluation_posts=0), publish=request)
        assert result.published.repo_id == f"{user}/mara"  # the token's owner + the handle
        repo = hub.repos[result.published.repo_id]
        assert repo.private
        assert "model.safetensors" in repo.files and "README.md" in repo.files
        assert not any(p.startswith(("checkpoints/", "data/")) for p in repo.files)
    assert result.to_json()["published"]["repo_id"] == f"{user}/mara"
