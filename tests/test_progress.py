"""What a terminal shows: `huggingtweets train` draws one progress bar (loss and held-out loss
beside it) and one line per held-out evaluation; no nested evaluation bars, no raw metric dicts,
no library warnings or progress bars; `generate` prints the posts and nothing from the libraries."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "huggingtweets"]
# A tqdm bar's line: "desc:  50%|█████     | 4/8 [...]" (desc optional).
BAR = re.compile(r"^(?P<desc>[^|\r\n]*?):?\s*\d+%\|")
LIBRARY_NOISE = [
    "FutureWarning",
    "DeprecationWarning",
    "UserWarning",
    "{'loss'",
    "'eval_loss'",
    "Loading weights",
    "Writing model shards",
    "[transformers]",
    "attention_mask",
    "early stopping",
]


def _env(tmp_path_factory) -> dict:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        HUGGINGTWEETS_CACHE=str(tmp_path_factory.getbasetemp() / "ht-cache"),
        WANDB_MODE="disabled",
        HF_HUB_OFFLINE="1",
        TOKENIZERS_PARALLELISM="false",
        PYTHONWARNINGS="default",  # every warning that is raised is shown (DeprecationWarning too)
        COLUMNS="120",
    )
    env.pop("HUGGINGTWEETS_DEBUG", None)
    return env


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    env = _env(tmp_path_factory)
    out = tmp_path_factory.mktemp("progress") / "model"
    cmd = CLI + ["train", "sample", "--out", str(out), "--base-model", "tiny", "--max-steps", "6"]
    cmd += ["--eval-steps", "2", "--wandb", "disabled", "--seed", "3"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out, proc, env


def _bar_lines(stderr: str) -> list[re.Match]:
    return [m for line in re.split(r"[\r\n]", stderr) if (m := BAR.match(line.strip()))]


@pytest.mark.torch
def test_train_draws_exactly_one_bar_with_both_losses(trained):
    _, proc, _ = trained
    bars = _bar_lines(proc.stderr)
    assert bars, proc.stderr[-2000:]
    # Training draws one bar; the only other is the report's own, after training has ended
    # (issue 16's evaluation is a stage of its own, not nested in the loop).
    descs = [m.group("desc") for m in bars]
    assert set(descs) <= {"training", "evaluating"} and "training" in descs, proc.stderr[-2000:]
    if "evaluating" in descs:
        first_eval = descs.index("evaluating")
        assert "training" not in descs[first_eval:], proc.stderr[-2000:]
    # One bar: it only counts up, to 6 of 6 (a nested evaluation bar would count 0/1 anew).
    counts = [
        tuple(map(int, c.groups()))
        for c in re.finditer(r"training:\s*\d+%\|[^|]*\|\s*(\d+)/(\d+)", proc.stderr)
    ]
    assert {total for _, total in counts} == {6}
    assert [n for n, _ in counts] == sorted(n for n, _ in counts) and counts[-1][0] == 6
    assert re.search(r"loss \d+\.\d{3} · held-out \d+\.\d{3}", proc.stderr)


@pytest.mark.torch
def test_train_writes_one_line_per_evaluation(trained):
    _, proc, _ = trained
    lines = re.findall(
        r"^step (\d+)/6: held-out loss \d+\.\d{3} \(perplexity [\d,.]+\)", proc.stderr, re.M
    )
    assert lines == ["2", "4", "6"], proc.stderr[-2000:]
    assert re.search(r"^base model held-out loss \d+\.\d{3}", proc.stderr, re.M)
    assert "held-out perplexity" in proc.stdout  # the summary, on stdout


@pytest.mark.torch
def test_train_shows_no_library_noise(trained):
    _, proc, _ = trained
    for noise in LIBRARY_NOISE:
        assert noise not in proc.stderr + proc.stdout, noise


@pytest.mark.torch
def test_generate_prints_posts_only(trained):
    out, _, env = trained
    cmd = CLI + ["generate", str(out), "-n", "3", "--max-new-tokens", "16", "--seed", "1"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    posts = proc.stdout.splitlines()
    assert len(posts) == 3 and all(p.startswith("My dream is") for p in posts), proc.stdout
    assert not _bar_lines(proc.stderr), proc.stderr
    for noise in LIBRARY_NOISE:
        assert noise not in proc.stderr, noise
    assert proc.stderr.strip() == "", proc.stderr
