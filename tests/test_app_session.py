"""The notebook across sessions: the output folder on Google Drive (in Colab), a new kernel on a
folder with earlier work (posts and model back, Train resumes its checkpoint), and the
`sources` parameter as papermill hands it over (a string)."""

from __future__ import annotations

import json
import shutil
import sys
import types
from pathlib import Path

import pytest

from huggingtweets import app as app_module
from huggingtweets.app import App, actions, get_app, normalise_sources, runtime, work_folder
from huggingtweets.errors import UserError


@pytest.fixture(autouse=True)
def _env(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    monkeypatch.setenv("WANDB_MODE", "disabled")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(app_module, "_APP", None)
    monkeypatch.setattr(app_module, "_APP_ARGS", None)


# --- sources ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given, expected",
    [
        ('["sample"]', ["sample"]),  # papermill -p sources '["sample"]'
        ('["sample", "name.bsky.social"]', ["sample", "name.bsky.social"]),
        (' [ "sample" ] ', ["sample"]),
        ("sample", ["sample"]),  # papermill -p sources sample
        ("@user@mastodon.social", ["@user@mastodon.social"]),
        (["sample", " "], ["sample"]),
        (("a.txt",), ["a.txt"]),
        ("", []),
        ("[]", []),
        (None, []),
    ],
)
def test_sources_as_a_list_or_a_string(given, expected):
    assert normalise_sources(given) == expected


@pytest.mark.parametrize("given", ['["sample"', "[1, 2]", '[{"a": 1}]', 7, ["ok", 3]])
def test_bad_sources_are_one_clear_line(given):
    with pytest.raises(UserError, match="sources") as e:
        normalise_sources(given)
    assert "\n" not in str(e.value)


def test_app_takes_the_sources_string_papermill_gives(tmp_path):
    app = App(out_dir=tmp_path / "out", sources='["sample"]', wandb_mode="disabled")
    assert app.sources == ["sample"]
    four = json.dumps(["a", "b", "c", "d"])
    with pytest.raises(UserError, match="4 sources given: use at most 3"):
        App(out_dir=tmp_path / "out", sources=four)


# --- Google Drive ---------------------------------------------------------------------------


def test_drive_outside_colab_is_one_line_and_the_local_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "google.colab", None)  # not in Colab (import fails)
    assert work_folder(tmp_path / "out", keep_on_drive=True) == tmp_path / "out"
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "only there in Colab" in out and str(tmp_path / "out") in out
    assert work_folder(tmp_path / "out", keep_on_drive=False) == tmp_path / "out"
    assert capsys.readouterr().out == ""


def _fake_colab(monkeypatch, mount):
    """google.colab.drive as Colab has it: mount(mountpoint) puts MyDrive/ under it."""
    google = types.ModuleType("google")
    colab = types.ModuleType("google.colab")
    drive = types.ModuleType("google.colab.drive")
    drive.mount = mount
    colab.drive = drive
    google.colab = colab
    monkeypatch.setitem(sys.modules, "google", google)
    monkeypatch.setitem(sys.modules, "google.colab", colab)
    monkeypatch.setitem(sys.modules, "google.colab.drive", drive)


def test_drive_in_colab_mounts_and_uses_mydrive_huggingtweets(tmp_path, capsys, monkeypatch):
    mounted = []

    def mount(mountpoint, **kw):
        mounted.append(mountpoint)
        (Path(mountpoint) / "MyDrive").mkdir(parents=True)

    _fake_colab(monkeypatch, mount)
    root = tmp_path / "content" / "drive"
    folder = work_folder("huggingtweets-out", keep_on_drive=True, mount_point=str(root))
    assert mounted == [str(root)]
    assert folder == root / "MyDrive" / "huggingtweets" / "huggingtweets-out" and folder.is_dir()
    assert "Keeping your work on Google Drive" in capsys.readouterr().out


def test_drive_that_does_not_mount_keeps_going_locally(tmp_path, capsys, monkeypatch):
    def mount(mountpoint, **kw):
        raise ValueError("mount failed: credential propagation was unsuccessful")

    _fake_colab(monkeypatch, mount)
    assert work_folder(tmp_path / "out", keep_on_drive=True) == tmp_path / "out"
    out = capsys.readouterr().out
    assert "did not mount" in out and "credential propagation" in out and "lost" in out


def test_get_app_puts_the_app_on_drive(tmp_path, monkeypatch):
    def mount(mountpoint, **kw):
        (Path(mountpoint) / "MyDrive").mkdir(parents=True, exist_ok=True)

    _fake_colab(monkeypatch, mount)
    root = tmp_path / "drive"
    monkeypatch.setattr(runtime, "DRIVE_MOUNT", str(root))  # Colab's /content/drive
    app = get_app(out_dir="mine", keep_on_drive=True, sources=["sample"], wandb_mode="disabled")
    assert app.out_dir == root / "MyDrive" / "huggingtweets" / "mine"
    assert (
        get_app(out_dir="mine", keep_on_drive=True, sources=["sample"], wandb_mode="disabled")
        is app
    )


# --- a new kernel on earlier work -----------------------------------------------------------


def _interrupting_callback_class(live, at_step: int):
    """The App's own live callback, plus a Stop (KeyboardInterrupt) at `at_step`."""

    class StopAt(live):
        def on_step_end(self, args, state, control, **kwargs):
            super().on_step_end(args, state, control, **kwargs)
            if state.global_step == at_step:
                raise KeyboardInterrupt

    return StopAt


def _new_app(out_dir: Path, **kw) -> App:
    app = App(out_dir=out_dir, wandb_mode="disabled", **kw)
    app.base_model.value = "tiny"
    app.max_steps.value = 6
    return app


# Trains the tiny model three times (interrupted, resumed, and uninterrupted to compare).
@pytest.mark.slow
def test_a_new_app_on_the_folder_resumes_and_ends_like_an_uninterrupted_run(tmp_path, monkeypatch):
    from huggingtweets.pipeline import TrainOptions, run

    out = tmp_path / "work"
    first = _new_app(out, sources=["sample"])
    assert first.on_download(), first.last_error
    with monkeypatch.context() as m:
        stop = _interrupting_callback_class(actions.live_callback_class(), 4)
        m.setattr(actions, "live_callback_class", lambda: stop)
        assert first.on_train() is False
    assert first.last_error.startswith("Stopped.")
    checkpoints = sorted(p.name for p in (out / "model" / "checkpoints").glob("checkpoint-*"))
    assert checkpoints and not (out / "model" / "training.json").exists()
    saved_step = max(int(name.split("-")[1]) for name in checkpoints)
    assert 0 < saved_step < 6

    # The uninterrupted run on the same posts, for comparison.
    reference_data = tmp_path / "reference-data"
    shutil.copytree(out / "data", reference_data)
    reference = run(
        [str(reference_data)],
        tmp_path / "reference",
        TrainOptions(base_model="tiny", max_steps=6, wandb_mode="disabled", progress=False,
                     sample_generations=0, card=False),
    )  # fmt: skip

    # A runtime reset: a new kernel, a new App on the same folder, Run all again.
    second = _new_app(out, sources=["sample"])
    assert second.dataset is not None and second.train_button.disabled is False  # posts back
    assert "earlier session" in second.download_status.value
    assert second.on_download(), second.last_error  # Run all downloads again: same posts
    assert second.on_train(), second.last_error
    assert second.session.resumed_from == saved_step
    assert f"continued from the checkpoint at step {saved_step}" in second.train_result.value
    assert f"resumed from step {saved_step}" in second.text_summary("train")
    assert second.training.results.steps == reference.steps == 6
    assert second.training.results.eval_loss == pytest.approx(reference.eval_loss, rel=1e-4)

    # And one more new kernel: the finished model is there to generate with at once.
    third = _new_app(out)
    assert third.sources == ["sample"] and third.model_dir == out / "model"
    assert third.generate_button.disabled is False
    assert "earlier session" in third.train_status.value


def test_a_new_app_does_not_take_another_accounts_posts(tmp_path):
    from huggingtweets.download import download

    download(["sample"], tmp_path / "out" / "data")
    other = App(out_dir=tmp_path / "out", sources=["name.bsky.social"], wandb_mode="disabled")
    assert other.dataset is None and other.train_button.disabled is True
    same = App(out_dir=tmp_path / "out", wandb_mode="disabled")
    assert same.dataset is not None and same.sources == ["sample"]
    seed = same.dataset.seed
    assert same.session.earlier_seed(["sample"]) == seed
    assert same.session.earlier_seed(["x"]) is None
