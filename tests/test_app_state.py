"""The notebook's state without widgets (huggingtweets/app/state.py): what each step needs and
makes, the preview read from the dataset folder, earlier work found again, plain-text summaries."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from huggingtweets.app.state import Session, preview_posts
from huggingtweets.clean import CleanOptions
from huggingtweets.dataset import Authors, from_text
from huggingtweets.errors import UserError
from huggingtweets.records import TrainingRecord


@pytest.fixture
def fetches(monkeypatch) -> list[str]:
    """Every source download fetches (from the network, an archive or a cache)."""
    import huggingtweets.download as download_module

    real, seen = download_module.fetch_account, []

    def counting(source_text, *a, **k):
        seen.append(source_text)
        return real(source_text, *a, **k)

    monkeypatch.setattr(download_module, "fetch_account", counting)
    return seen


def test_the_state_needs_no_widgets():
    """state, actions, views, charts, runtime and the counts table import without ipywidgets;
    only the App (the widgets) needs it."""
    code = (
        "import sys; sys.modules['ipywidgets'] = None\n"
        "import huggingtweets.app as app\n"
        "from huggingtweets.app import actions, charts, runtime, state, views\n"
        "import huggingtweets.tables\n"
        "try:\n    app.App\nexcept ImportError:\n    print('no widgets')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "no widgets"


def test_steps_open_one_after_the_other(tmp_path, fetches):
    session = Session(tmp_path)
    assert [session.ready(s) for s in ("download", "train", "generate", "publish")] == [
        True,
        False,
        False,
        False,
    ]
    with pytest.raises(UserError, match="No account given"):
        session.download([], 4, CleanOptions())
    with pytest.raises(UserError, match="Download posts first"):
        session.train(None, [])
    with pytest.raises(UserError, match="Train a model first"):
        session.generate(None)
    info = session.download(["sample"], 4, CleanOptions())
    assert session.ready("train") and not session.ready("generate")
    assert info.accounts[0].counts.kept > 0 and fetches == ["sample"]


def test_preview_comes_from_the_dataset_folder_not_a_new_fetch(tmp_path, fetches):
    session = Session(tmp_path)
    info = session.download(["sample", "sample2"], 4, CleanOptions())
    assert fetches == ["sample", "sample2"]
    previews = session.preview_posts()
    assert fetches == ["sample", "sample2"]  # nothing fetched or cleaned again
    authors = Authors.load(session.data_dir)
    assert [len(p) for p in previews] == [5, 5]
    for i, posts in enumerate(previews):
        assert len(set(posts)) == 5
        assert set(posts) <= set(authors.train[i])  # this account's own posts, tags taken off
        assert not any(p.startswith(tuple(authors.tags)) for p in posts)
    assert info.handles == authors.handles


def test_preview_of_one_account_is_a_sample_of_its_training_text(tmp_path):
    session = Session(tmp_path)
    info = session.download(["sample"], 2, CleanOptions())
    (posts,) = preview_posts(session.data_dir, info, 3)
    training = from_text((session.data_dir / "train.txt").read_text(encoding="utf-8"))
    assert len(posts) == 3 and posts == list(dict.fromkeys(training))[:3]
    (session.data_dir / "train.txt").unlink()
    assert preview_posts(session.data_dir, info, 3) == [[]]  # nothing to show, no failure


def test_earlier_work_is_found_for_the_same_sources_only(tmp_path):
    first = Session(tmp_path)
    info = first.download(["sample"], 3, CleanOptions(drop_replies=True))
    again = Session(tmp_path)
    assert again.earlier_seed(["sample"]) == info.seed and again.earlier_seed(["x"]) is None
    assert again.restore(["sample2"]) is False and again.dataset is None
    assert again.restore([]) is True and again.dataset.seed == info.seed
    assert again.dataset_clean() == CleanOptions(drop_replies=True)
    assert again.model_dir is None  # no model trained yet
    (tmp_path / "data" / "dataset.json").write_text("{not json", encoding="utf-8")
    assert Session(tmp_path).restore([]) is False  # damaged leftovers: download again


def test_a_finished_model_is_back_and_summarised_from_its_record(tmp_path):
    session = Session(tmp_path)
    session.download(["sample"], 4, CleanOptions())
    model = tmp_path / "model"
    model.mkdir()
    (model / "model.safetensors").write_bytes(b"weights")
    (model / "training.json").write_text(
        json.dumps({"base_model": "tiny", "steps": 6, "perplexity": 4.2, "base_perplexity": 9e3}),
        encoding="utf-8",
    )
    again = Session(tmp_path)
    assert again.restore(["sample"]) and again.model_dir == model
    assert isinstance(again.training, TrainingRecord) and again.ready("publish")
    assert again.summary("train") == "trained tiny for 6 steps; perplexity 9,000.00 -> 4.20"
    again.resumed_from = 4
    assert "(resumed from step 4)" in again.summary("train")
    assert again.summary("download").startswith("@")


STAGES = {"download", "train", "generate", "evaluate", "card", "pictures", "publish", "pipeline"}


def test_the_stages_are_called_from_actions_only():
    """One place to switch when the stages change (app/actions.py): no other module of the
    app imports a stage."""
    import ast
    from pathlib import Path

    import huggingtweets.app as app

    importers: dict[str, set[str]] = {}
    for path in Path(app.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "huggingtweets" and len(parts) > 1 and parts[1] in STAGES:
                    importers.setdefault(path.name, set()).add(parts[1])
    assert set(importers) == {"actions.py"}, importers
    assert importers["actions.py"] == {"download", "pipeline", "generate"}
