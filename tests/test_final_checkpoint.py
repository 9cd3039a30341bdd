"""A finished run writes no checkpoint at its last step (the model folder holds the best weights),
keeps the best evaluation's weights either way, says it finished (checkpoints/finished.json), and
is not trained again when resumed; a run its time budget stops keeps its last checkpoint."""

from __future__ import annotations

import json

import pytest
from test_train import BeganAt, small, write_posts

from huggingtweets.pipeline import run

pytestmark = pytest.mark.torch


@pytest.fixture(scope="module", autouse=True)
def _env(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    mp.setenv("WANDB_MODE", "disabled")
    mp.setenv("HF_HUB_OFFLINE", "1")
    yield
    mp.undo()


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    return write_posts(tmp_path_factory.mktemp("posts") / "posts.txt")


class _Evaluations:
    """A TrainerCallback keeping each training evaluation's loss and a copy of the weights then."""

    def __new__(cls):
        from transformers import TrainerCallback

        class Evaluations(TrainerCallback):
            def __init__(self):
                self.loss, self.weights = {}, {}
                self.training = False

            def on_train_begin(self, args, state, control, **kw):
                self.training = True  # the base model's evaluation comes before

            def on_evaluate(self, args, state, control, metrics=None, model=None, **kw):
                if self.training and "eval_loss" in (metrics or {}):
                    self.loss[state.global_step] = metrics["eval_loss"]
                    sd = model.state_dict()
                    self.weights[state.global_step] = {k: v.detach().clone() for k, v in sd.items()}

        return Evaluations()


def _saved_weights(folder):
    from safetensors.torch import load_file

    return load_file(str(folder / "model.safetensors"))


def _same(saved: dict, weights: dict) -> bool:
    import torch

    return all(torch.equal(saved[k], weights[k]) for k in saved)


def _checkpoints(out):
    return sorted(int(p.name.split("-")[1]) for p in (out / "checkpoints").glob("checkpoint-*"))


def test_a_finished_run_has_no_last_checkpoint_and_keeps_its_best_weights(source, tmp_path):
    out = tmp_path / "done"
    seen = _Evaluations()
    result = run([str(source)], out, small(), callbacks=[seen])
    assert result.steps == 6 and sorted(seen.loss) == [2, 4, 6]
    assert _checkpoints(out) == [2, 4]  # none at step 6: the model folder is the result
    finished = json.loads((out / "checkpoints" / "finished.json").read_text())
    assert finished == {"step": 6, "max_steps": 6}
    best = min(seen.loss, key=seen.loss.get)
    assert result.eval_loss == pytest.approx(seen.loss[best], rel=1e-6)
    assert _same(_saved_weights(out), seen.weights[best])


def test_early_stopping_loads_the_best_earlier_checkpoint(source, tmp_path):
    # A learning rate far too high: the first evaluation is the best, later ones worse.
    out = tmp_path / "early"
    seen = _Evaluations()
    opts = small(max_steps=40, eval_steps=1, patience=2, learning_rate=0.9)
    result = run([str(source)], out, opts, callbacks=[seen])
    last = max(seen.loss)
    best = min(seen.loss, key=seen.loss.get)
    assert result.steps == last < 40 and best < last
    assert last not in _checkpoints(out) and best in _checkpoints(out)
    assert _same(_saved_weights(out), seen.weights[best])
    assert not _same(_saved_weights(out), seen.weights[last])
    assert json.loads((out / "checkpoints" / "finished.json").read_text())["step"] == last


def test_resuming_a_finished_run_keeps_its_model(source, tmp_path, capsys):
    out = tmp_path / "again"
    first = run([str(source)], out, small(auto_resume=True))
    weights = out / "model.safetensors"
    before = weights.stat().st_mtime_ns
    capsys.readouterr()
    began = []
    for options in (small(auto_resume=True), small(resume=True)):  # the notebook's Train, --resume
        again = run([str(source)], out, options, callbacks=[BeganAt(began)])
        assert began == []  # no Trainer loop at all
        assert again.steps == first.steps == 6 and again.eval_loss == first.eval_loss
        assert weights.stat().st_mtime_ns == before
        assert "this run already finished (step 6 of 6)" in capsys.readouterr().err
    # To more steps it trains on from its last checkpoint (step 4), and is finished again at 8.
    more = run([str(source)], out, small(max_steps=8, resume=True), callbacks=[BeganAt(began)])
    assert began == [4] and more.steps == 8
    assert "resuming from step 4 of 8" in capsys.readouterr().err
    assert json.loads((out / "checkpoints" / "finished.json").read_text())["step"] == 8


def test_a_run_with_no_checkpoint_before_its_end_still_resumes_as_finished(
    source, tmp_path, capsys
):
    """Saves every 6 steps in a 6-step run: no checkpoint at all, only finished.json."""
    out = tmp_path / "none"
    run([str(source)], out, small(eval_steps=6))
    assert _checkpoints(out) == []
    assert (out / "checkpoints" / "finished.json").is_file()
    capsys.readouterr()
    assert run([str(source)], out, small(eval_steps=6, resume=True)).steps == 6
    assert "this run already finished" in capsys.readouterr().err
    # Without --resume the CLI starts afresh and says what it removes.
    assert run([str(source)], out, small(max_steps=2)).steps == 2
    assert "starting afresh; the finished run (step 6)" in capsys.readouterr().err


def test_a_time_budget_stop_keeps_its_checkpoint_to_continue(source, tmp_path):
    out = tmp_path / "budget"
    cut = run([str(source)], out, small(max_seconds=1e-6))  # stops after its first step
    assert cut.steps == 1 and _checkpoints(out) == [1]
    assert not (out / "checkpoints" / "finished.json").exists()
    resumed = run([str(source)], out, small(resume=True))
    assert resumed.steps == 6 and 6 not in _checkpoints(out)
    assert (out / "checkpoints" / "finished.json").is_file()
