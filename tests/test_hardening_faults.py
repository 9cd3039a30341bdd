"""Hardening: network faults, interrupted training, a failed Hub upload.

A replay server on 127.0.0.1 plays scripted answers per request (429 with a reset time,
500s, a stall past the read timeout, a connection closed half-way through a page, a
truncated JSON body). The real CLI downloads through it: the shared session retries with
urllib3's `Retry` (backoff, capped waits), then gives up in one line keeping the pages it
has; the next run resumes from the cached cursor and asks only for the missing pages.

Training is interrupted by KeyboardInterrupt (in-process, through the CLI) and by SIGKILL
(a subprocess slowed by a callback, killed once its first checkpoint is on disk); `--resume`
must reach the same steps and a close loss as an uninterrupted run with the same seed.
"""

from __future__ import annotations

import functools
import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from replay_server import Replay, ok, status

from huggingtweets import http as ht_http
from huggingtweets.cli import main

PROGRESS = re.compile(r"^(posts from |Map|\s*\d+%\|)")


# ----------------------------------------------------------------------------- helpers
def error_lines(stderr: str) -> list[str]:
    out = []
    for raw in stderr.splitlines():
        for part in raw.split("\r"):
            # Trainer's bar is left open on Ctrl-C, so the error may follow it on the same
            # line (HARDENING.md, bug 5): take the error from where it starts.
            if PROGRESS.match(part) and "error: " in part:
                part = part[part.index("error: ") :]
            if part.strip() and not PROGRESS.match(part):
                out.append(part)
    return out


def one_error_line(rc: int, stdout: str, stderr: str) -> str:
    assert rc == 1, (rc, stderr)
    assert "Traceback" not in stdout + stderr
    lines = [ln for ln in error_lines(stderr) if ln.startswith("error:")]
    assert len(lines) == 1, stderr
    return lines[0]


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def no_partial_files(root: Path) -> None:
    left = [p for p in root.rglob("*") if p.name.endswith(".tmp")]
    assert not left, left


# ----------------------------------------------------------------------------- replay server
@pytest.fixture
def replay(monkeypatch):
    r = Replay()
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "0.05")  # every backoff and reset wait capped
    # Short timeouts for the sources' sessions (the stall case); retries as shipped.
    monkeypatch.setattr(
        "huggingtweets.sources.mastodon.make_session",
        functools.partial(ht_http.make_session, timeout=(2.0, 0.4)),
    )
    yield r
    r.close()


WORDS = (
    "harbour lamp kettle sourdough pigeon library council garden rain tuesday map bridge "
    "novel whale cranes lemon cake chess song morning train robot lighthouse"
).split()


def statuses(base: str, n: int) -> list[dict]:
    rng = random.Random(4)
    out = []
    for i in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(14)) + f" post {i}"
        sid = str(50_000 - i)
        out.append(
            {
                "id": sid,
                "created_at": "2024-05-01T12:00:00.000Z",
                "in_reply_to_id": None,
                "reblog": None,
                "spoiler_text": "",
                "content": f"<p>{text}</p>",
                "url": f"{base}/@alice/{sid}",
            }
        )
    return out


def mastodon_script(r: Replay, n: int = 100, page: int = 40) -> list[str]:
    """The account and its pages; returns the page paths in order."""
    r.set(
        "/api/v1/accounts/lookup?acct=alice",
        ok({"id": "109", "username": "alice", "acct": "alice", "display_name": "Alice"}),
    )
    items = statuses(r.base, n)
    chunks = [items[i : i + page] for i in range(0, n, page)]
    paths = []
    for k, chunk in enumerate(chunks):
        path = "/api/v1/accounts/109/statuses?limit=40"
        if k:
            path += f"&max_id={chunks[k - 1][-1]['id']}"
        headers = {}
        if k + 1 < len(chunks):
            headers["Link"] = (
                f"<{r.base}/api/v1/accounts/109/statuses?limit=40&max_id={chunk[-1]['id']}>; "
                'rel="next"'
            )
        r.set(path, ok(chunk, headers))
        paths.append(path)
    return paths


def page_answer(r: Replay, path: str) -> tuple:
    return r.scripts[path][-1]


# ----------------------------------------------------------------------------- the session
# (how the session is built: tests/test_http.py)
def test_429_with_reset_time_then_success(replay, capsys, tmp_path):
    paths = mastodon_script(replay)
    reset = str(int(time.time()) + 3600)  # an hour away: waits are capped (MAX_WAIT)
    replay.set(
        paths[1],
        status(429, {"x-rate-limit-reset": reset}),
        status(429, {"X-RateLimit-Reset": "2099-01-01T00:00:00Z"}),
        page_answer(replay, paths[1]),
    )
    start = time.monotonic()
    rc, out, err = run_cli(
        capsys, "download", f"{replay.base}/@alice", "--out", str(tmp_path / "o"), "--json"
    )
    assert rc == 0, err
    assert time.monotonic() - start < 20
    assert replay.log.count(paths[1]) == 3  # two 429s, then the page
    assert json.loads(out)["accounts"][0]["downloaded"] == 100


def test_500s_then_success(replay, capsys, tmp_path):
    paths = mastodon_script(replay)
    replay.set(paths[2], status(500), status(502), status(503), page_answer(replay, paths[2]))
    rc, out, err = run_cli(
        capsys, "download", f"{replay.base}/@alice", "--out", str(tmp_path / "o"), "--json"
    )
    assert rc == 0, err
    assert replay.log.count(paths[2]) == 4


FAULTS = {
    "429-forever": lambda: [status(429, {"Retry-After": "3600"})],
    "500-forever": lambda: [status(500)],
    "stall": lambda: [("stall", 30)],
    "cut-mid-page": lambda: [("cut", json.dumps(statuses("http://h", 40)).encode())],
    "truncated-json": lambda: [("status", 200, {}, b'[{"id": "1", "content": "<p>half')],
}
EXPECT = {
    "429-forever": r"kept answering 429 \(rate limited\): wait \d+ minutes? and run the same command again",
    "500-forever": r"having trouble \(HTTP 500, several tries\): try again",
    "stall": r"did not answer in time",
    "cut-mid-page": r"was cut off: run the same command again",
    "truncated-json": r"not valid JSON",
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault_mid_download_then_resume_from_cache(replay, capsys, tmp_path, fault):
    """Page 2 fails for good: one line, page 1 kept; the next run asks only for pages 2 and 3."""
    paths = mastodon_script(replay)
    good = page_answer(replay, paths[1])
    replay.set(paths[1], *FAULTS[fault]())
    out_dir = tmp_path / "o"
    rc, out, err = run_cli(
        capsys, "download", f"{replay.base}/@alice", "--out", str(out_dir), "--json"
    )
    line = one_error_line(rc, out, err)
    assert out == ""
    assert re.search(EXPECT[fault], line), line
    if fault == "truncated-json":
        assert replay.log.count(paths[1]) == 1  # it arrived whole: asking again gets the same
    else:
        assert replay.log.count(paths[1]) == 5  # the first try and 4 retries (urllib3 Retry)
    no_partial_files(out_dir)
    [cache] = (out_dir / "raw").glob("mastodon_*.json")
    saved = json.loads(cache.read_text(encoding="utf-8"))
    assert len(saved["posts"]) == 40 and not saved["complete"]
    assert saved["cursor"].endswith(paths[1].split("?", 1)[1])
    assert not (out_dir / "train.txt").exists()

    # The server recovers; the lookup and page 1 now fail, so only a resume can succeed.
    replay.log.clear()
    replay.set(paths[1], good)
    replay.set(paths[0], status(500))
    replay.set("/api/v1/accounts/lookup?acct=alice", status(500))
    rc, out, err = run_cli(
        capsys, "download", f"{replay.base}/@alice", "--out", str(out_dir), "--json"
    )
    assert rc == 0, err
    assert replay.log == paths[1:]
    answer = json.loads(out)
    assert answer["accounts"][0]["downloaded"] == 100
    assert json.loads(cache.read_text(encoding="utf-8"))["complete"] is True
    no_partial_files(out_dir)


def test_connection_refused_mid_download_then_resume(replay, capsys, tmp_path):
    """The server goes away after page 1 (the connection drops): resume when it is back."""
    paths = mastodon_script(replay)
    good = page_answer(replay, paths[1])
    replay.set(paths[1], ("cut", b"[" + b" " * 1000 + b"]"))
    out_dir = tmp_path / "o"
    rc, out, err = run_cli(capsys, "download", f"{replay.base}/@alice", "--out", str(out_dir))
    one_error_line(rc, out, err)
    replay.set(paths[1], good)
    rc, out, err = run_cli(
        capsys, "download", f"{replay.base}/@alice", "--out", str(out_dir), "--json"
    )
    assert rc == 0, err
    assert json.loads(out)["accounts"][0]["downloaded"] == 100


# ----------------------------------------------------------------------------- training
TRAIN_ARGS = [
    "--base-model", "tiny", "--max-steps", "6", "--block-size", "32", "--batch-size", "2",
    "--eval-steps", "2", "--save-steps", "2", "--seed", "1", "--wandb", "disabled",
]  # fmt: skip


@pytest.fixture(scope="module")
def train_env(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    mp.setenv("WANDB_MODE", "disabled")
    mp.setenv("HF_HUB_OFFLINE", "1")
    yield
    mp.undo()


@pytest.fixture(scope="module")
def posts_file(tmp_path_factory, train_env) -> Path:
    rng = random.Random(0)
    path = tmp_path_factory.mktemp("posts") / "mara.txt"
    lines = [
        f"Post {i}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 24)))
        for i in range(80)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _quick(monkeypatch, extra_callbacks=None):
    """Make CLI training runs quick (no sample posts, no card) and optionally add callbacks."""
    import huggingtweets.pipeline as pipeline_module

    real = getattr(pipeline_module.run, "_ht_real", pipeline_module.run)

    def quick(sources, out_dir, options, download_options=None, callbacks=None):
        options.sample_generations = 0
        options.card = False
        return real(
            sources,
            out_dir,
            options,
            download_options,
            list(callbacks or []) + list(extra_callbacks or []),
        )

    quick._ht_real = real
    monkeypatch.setattr(pipeline_module, "run", quick)


class _InterruptAt:
    def __new__(cls, step: int):
        from transformers import TrainerCallback

        class InterruptAt(TrainerCallback):
            def on_step_end(self, args, state, control, **kw):
                if state.global_step >= step:
                    raise KeyboardInterrupt

        return InterruptAt()


@pytest.fixture(scope="module")
def uninterrupted(posts_file, tmp_path_factory):
    """The reference: the same command, never interrupted."""
    from huggingtweets.pipeline import TrainOptions, run

    out = tmp_path_factory.mktemp("whole")
    opts = TrainOptions(
        base_model="tiny", max_steps=6, block_size=32, batch_size=2, eval_steps=2, save_steps=2,
        seed=1, wandb_mode="disabled", sample_generations=0, card=False,
    )  # fmt: skip
    result = run([str(posts_file)], out, opts)
    return result


@pytest.mark.torch
def test_ctrl_c_during_training_then_resume_same_result(
    posts_file, uninterrupted, tmp_path, capsys, monkeypatch
):
    out = tmp_path / "model"
    _quick(monkeypatch, [_InterruptAt(3)])
    rc, stdout, err = run_cli(
        capsys, "train", str(posts_file), "--out", str(out), *TRAIN_ARGS, "--json"
    )
    line = one_error_line(rc, stdout, err)
    assert "interrupted" in line and "--resume" in line
    assert (out / "checkpoints" / "checkpoint-2" / "trainer_state.json").is_file()
    assert not (out / "model.safetensors").exists() and not (out / "training.json").exists()
    no_partial_files(out)

    _quick(monkeypatch)
    rc, stdout, err = run_cli(
        capsys, "train", str(posts_file), "--out", str(out), *TRAIN_ARGS, "--resume", "--json"
    )
    assert rc == 0, err
    result = json.loads(stdout)
    assert result["steps"] == uninterrupted.steps == 6
    assert result["eval_loss"] == pytest.approx(uninterrupted.eval_loss, rel=1e-3)
    assert (out / "model.safetensors").is_file() and (out / "training.json").is_file()


SLOW_DRIVER = textwrap.dedent(
    """
    import sys, time
    from transformers import TrainerCallback
    from huggingtweets.pipeline import TrainOptions, run

    class Slow(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            if state.global_step >= 2:
                time.sleep(2.0)  # slow enough to be killed after the first checkpoint

    opts = TrainOptions(base_model="tiny", max_steps=6, block_size=32, batch_size=2, eval_steps=2,
                        save_steps=2, seed=1, wandb_mode="disabled", sample_generations=0, card=False)
    run([sys.argv[1]], sys.argv[2], opts, callbacks=[Slow()])
    print("FINISHED")
    """
)


@pytest.mark.slow
def test_killed_training_process_resumes_to_same_result(
    posts_file, uninterrupted, tmp_path, capsys, monkeypatch
):
    out = tmp_path / "model"
    driver = tmp_path / "driver.py"
    driver.write_text(SLOW_DRIVER, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(driver), str(posts_file), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ},
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            if list((out / "checkpoints").glob("checkpoint-*/trainer_state.json")):
                break
            time.sleep(0.05)
        assert proc.poll() is None, proc.stdout.read().decode(errors="replace")[-3000:]
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    assert not (out / "model.safetensors").exists()
    ckpts = sorted((out / "checkpoints").glob("checkpoint-*"))
    assert ckpts and (ckpts[0] / "model.safetensors").is_file()

    _quick(monkeypatch)
    rc, stdout, err = run_cli(
        capsys, "train", str(posts_file), "--out", str(out), *TRAIN_ARGS, "--resume", "--json"
    )
    assert rc == 0, err
    result = json.loads(stdout)
    assert result["steps"] == uninterrupted.steps == 6
    assert result["eval_loss"] == pytest.approx(uninterrupted.eval_loss, rel=1e-3)


@pytest.mark.torch
def test_resume_skips_a_checkpoint_cut_off_mid_save(
    posts_file, uninterrupted, tmp_path, capsys, monkeypatch
):
    """A kill during a save leaves checkpoint-N without trainer_state.json: resume from the one before."""
    out = tmp_path / "model"
    _quick(monkeypatch, [_InterruptAt(3)])
    rc, _, _ = run_cli(capsys, "train", str(posts_file), "--out", str(out), *TRAIN_ARGS)
    assert rc == 1
    partial = out / "checkpoints" / "checkpoint-4"
    partial.mkdir()
    (partial / "model.safetensors").write_bytes(b"\0" * 10)  # half-written, state never saved
    _quick(monkeypatch)
    rc, stdout, err = run_cli(
        capsys, "train", str(posts_file), "--out", str(out), *TRAIN_ARGS, "--resume", "--json"
    )
    assert rc == 0, err
    result = json.loads(stdout)
    assert result["steps"] == 6
    assert result["eval_loss"] == pytest.approx(uninterrupted.eval_loss, rel=1e-3)


@pytest.mark.torch
def test_training_failure_keeps_previous_model_whole(posts_file, tmp_path, capsys, monkeypatch):
    """A second training into a folder, interrupted, never leaves a model that looks finished."""
    out = tmp_path / "model"
    _quick(monkeypatch)
    rc, _, err = run_cli(
        capsys, "train", str(posts_file), "--out", str(out), *TRAIN_ARGS[:3], "2", *TRAIN_ARGS[4:]
    )
    assert rc == 0, err
    _quick(monkeypatch, [_InterruptAt(1)])
    rc, stdout, err = run_cli(capsys, "train", str(posts_file), "--out", str(out), *TRAIN_ARGS)
    one_error_line(rc, stdout, err)
    no_partial_files(out)
    assert not (out / ".model-tmp").exists()
    # The old model is still there, whole: never a mix of old and new files.
    assert json.loads((out / "training.json").read_text(encoding="utf-8"))["steps"] == 2
    assert (out / "model.safetensors").is_file() and (out / "config.json").is_file()
