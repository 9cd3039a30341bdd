"""Hardening: secrets never leak, post text shown as HTML is always escaped.

Fake tokens (HF, W&B, X) are planted in the environment; every output is searched for
them: stdout, stderr, every file written (bytes, binary files too), the W&B offline run
files, training.json and the card. Posts containing `<script>`, `<img onerror>` and
`javascript:` links go through every place the app shows text as HTML, and the card.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import types
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from huggingtweets.cli import main

HF = "hf_HardeningFakeToken0123456789abcdefXYZ"
WANDB = "wandbfake" + "0123456789abcdef" * 2  # 41 characters, like a real key
XTOKEN = "AAAAAAAAAAAAAAAAAAAAAHardeningFakeBearer%2Fxyz0123456789"
SECRETS = [HF, WANDB, XTOKEN]

HOSTILE_POSTS = [
    "<script>alert('pwned')</script> honestly the best thing I read all week",
    '<img src=x onerror="alert(document.cookie)"> look at this picture of my garden',
    '<a href="javascript:alert(1)">click here</a> for the full story about the harbour',
    "javascript:alert(String.fromCharCode(88)) is what the bot should never make a link",
    '"><svg onload=alert(1)> quotes and brackets in a perfectly ordinary looking post',
]
RAW_MARKERS = ["<script", "<img", "<svg", '<a href="javascript', 'onerror="']


def leaks(text: str | bytes) -> list[str]:
    if isinstance(text, bytes):
        return [s for s in SECRETS if s.encode() in text]
    return [s for s in SECRETS if s in text]


def files_with_secrets(root: Path) -> dict[str, list[str]]:
    found = {}
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            hit = leaks(p.read_bytes())
            if hit:
                found[str(p.relative_to(root))] = hit
    return found


@pytest.fixture
def planted(monkeypatch):
    monkeypatch.setenv("HF_TOKEN", HF)
    monkeypatch.setenv("HUGGING_FACE_HUB_TOKEN", HF)
    monkeypatch.setenv("WANDB_API_KEY", WANDB)
    monkeypatch.setenv("X_BEARER_TOKEN", XTOKEN)
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "0.05")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("HUGGINGTWEETS_DEBUG", raising=False)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def words_file(path: Path, n: int = 120, seed: int = 3, extra: list[str] | None = None) -> Path:
    rng = random.Random(seed)
    words = "garden harbour kettle library rain robot lemon bridge whale map morning".split()
    lines = list(extra or []) + [
        f"Post {i}: " + " ".join(rng.choice(words) for _ in range(rng.randint(10, 20)))
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- X API token
class _XServer:
    def __init__(self, mode: str):
        seen = self.auth = []

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                seen.append(self.headers.get("Authorization"))
                if mode == "401":
                    body, code = {"title": "Unauthorized", "detail": f"bad token {XTOKEN}"}, 401
                elif mode == "500":
                    body, code = {"error": f"echo Bearer {XTOKEN}"}, 500
                elif "/by/username/" in self.path:
                    body, code = (
                        {"data": {"id": "7", "name": "Some Body", "username": "somebody"}},
                        200,
                    )
                else:
                    rng = random.Random(1)
                    words = "kettle harbour garden bridge lemon whale rain".split()
                    tweets = [
                        {
                            "id": str(1000 - i),
                            "text": " ".join(rng.choice(words) for _ in range(16)) + f" {i}",
                        }
                        for i in range(120)
                    ]
                    body, code = {"data": tweets, "meta": {"result_count": 120}}, 200
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.mark.parametrize("mode", ["ok", "401", "500"])
def test_x_token_never_in_output_or_files(planted, capsys, tmp_path, monkeypatch, mode):
    server = _XServer(mode)
    try:
        monkeypatch.setenv("HUGGINGTWEETS_X_API", server.base)
        out_dir = tmp_path / "o"
        rc, out, err = run_cli(capsys, "download", "@somebody", "--out", str(out_dir), "--json")
    finally:
        server.close()
    assert rc == (0 if mode == "ok" else 1), err
    assert not leaks(out + err), err
    assert server.auth and set(server.auth) == {f"Bearer {XTOKEN}"}  # sent, and only as a header
    if out_dir.exists():
        assert files_with_secrets(out_dir) == {}


@pytest.mark.parametrize(
    "exc",
    [
        lambda: __import__("huggingtweets.errors", fromlist=["UserError"]).UserError(
            f"bad key {WANDB} here"
        ),
        lambda: RuntimeError(f"boom Authorization: Bearer {XTOKEN} / token={HF}"),
        lambda: OSError(13, f"denied {HF}", f"/tmp/{HF}"),
        lambda: ValueError("hf_" + "Z" * 30 + " a token we never saw"),
    ],
    ids=["user-error", "unexpected", "oserror", "unknown-hf-shaped"],
)
def test_error_lines_are_redacted(planted, capsys, tmp_path, monkeypatch, exc):
    import huggingtweets.download as dl

    def boom(*a, **k):
        raise exc()

    monkeypatch.setattr(dl, "download", boom)
    rc, out, err = run_cli(capsys, "download", "sample", "--out", str(tmp_path / "o"))
    assert rc == 1
    assert not leaks(out + err), err
    assert "hf_ZZZZ" not in err
    assert len([ln for ln in err.splitlines() if ln.strip()]) == 1, err


# ----------------------------------------------------------------------------- training + W&B
@pytest.fixture(scope="module")
def trained_with_secrets(tmp_path_factory):
    """One CLI training with every token planted and W&B offline; then generate."""
    mp = pytest.MonkeyPatch()
    base = tmp_path_factory.mktemp("secrets")
    for k, v in {
        "HF_TOKEN": HF,
        "HUGGING_FACE_HUB_TOKEN": HF,
        "WANDB_API_KEY": WANDB,
        "X_BEARER_TOKEN": XTOKEN,
        "HF_HUB_OFFLINE": "1",
        "HUGGINGTWEETS_CACHE": str(tmp_path_factory.getbasetemp() / "ht-cache"),
    }.items():
        mp.setenv(k, v)
    for k in (
        "WANDB_MODE",
        "WANDB_DIR",
        "WANDB_DATA_DIR",
        "WANDB_CACHE_DIR",
        "HUGGINGTWEETS_DEBUG",
    ):
        mp.delenv(k, raising=False)
    src = words_file(base / "mara.txt", extra=HOSTILE_POSTS)
    out_dir = base / "model"
    import contextlib
    import io

    outputs = []
    for argv in (
        ["train", str(src), "--out", str(out_dir), "--base-model", "tiny", "--max-steps", "2",
         "--block-size", "32", "--batch-size", "2", "--seed", "1", "--wandb", "offline", "--json"],
        ["generate", str(out_dir), "-n", "2", "--max-new-tokens", "8", "--seed", "1", "--json"],
    ):  # fmt: skip
        o, e = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(o), contextlib.redirect_stderr(e):
            rc = main(argv)
        outputs.append((argv[0], rc, o.getvalue(), e.getvalue()))
    import os

    env_after = {k: os.environ.get(k) for k in ("WANDB_DIR", "WANDB_DATA_DIR", "WANDB_CACHE_DIR")}
    mp.undo()
    for k in env_after:  # never let this test's W&B folders reach later tests
        os.environ.pop(k, None)
    return types.SimpleNamespace(out_dir=out_dir, outputs=outputs, base=base, env_after=env_after)


@pytest.mark.slow
def test_training_and_generation_outputs_hold_no_secret(trained_with_secrets):
    t = trained_with_secrets
    for name, rc, out, err in t.outputs:
        assert rc == 0, (name, err[-2000:])
        assert not leaks(out + err), name


@pytest.mark.slow
def test_every_file_written_holds_no_secret(trained_with_secrets):
    t = trained_with_secrets
    assert files_with_secrets(t.base) == {}
    training = json.loads((t.out_dir / "training.json").read_text(encoding="utf-8"))
    assert training["wandb"]["mode"] == "offline"
    run_dir = training["wandb"]["run_dir"]
    assert run_dir, training["wandb"]
    assert not Path(run_dir).is_absolute()  # relative to the model folder (no local paths)
    assert any((t.out_dir / run_dir).rglob("*.wandb"))  # the W&B run files were searched too


@pytest.mark.slow
def test_card_escapes_hostile_posts_and_holds_no_secret(trained_with_secrets):
    card = (trained_with_secrets.out_dir / "README.md").read_text(encoding="utf-8")
    assert not leaks(card)
    for marker in RAW_MARKERS:
        assert marker not in card, marker
    assert "javascript:" not in card.split("---", 2)[-1].replace("javascript:alert(String", "")


@pytest.mark.slow
def test_wandb_folders_do_not_stick_to_the_process(trained_with_secrets):
    assert trained_with_secrets.env_after == dict.fromkeys(trained_with_secrets.env_after)


# ----------------------------------------------------------------------------- the app
@pytest.fixture
def app(tmp_path, planted):
    from huggingtweets.app import App

    # Every post hostile: whichever few the preview shows (a sample of the training text) are.
    hostile = [f"{post} (number {i})" for i in range(40) for post in HOSTILE_POSTS]
    src = words_file(tmp_path / "mara.txt", n=0, extra=hostile)
    return App(out_dir=tmp_path / "out", sources=[str(src)], wandb_mode="disabled")


def _no_raw_html(shown: str) -> None:
    for marker in RAW_MARKERS:
        assert marker not in shown, (marker, shown[:500])


def test_app_posts_preview_escapes_hostile_posts(app):
    from huggingtweets.app import esc

    assert app.on_download() is True, app.last_error
    shown = app.posts_html.value
    _no_raw_html(shown)
    previews = __import__("re").findall(r'<td class="ht-post">(.*?)</td>', shown)
    assert len(previews) == 5  # shown, as text
    assert all(any(p.startswith(esc(h)) for h in HOSTILE_POSTS) for p in previews), previews
    assert 'href="javascript' not in shown


def test_app_generations_and_share_links_escaped():
    from huggingtweets.app import generations_table

    gens = [types.SimpleNamespace(text=t, copied_from_training=False) for t in HOSTILE_POSTS]
    shown = generations_table(gens)
    _no_raw_html(shown)
    assert 'href="javascript' not in shown
    for href in __import__("re").findall(r'href="([^"]*)"', shown):
        assert href.startswith("https://"), href


def test_app_error_html_escapes_and_redacts(planted):
    from huggingtweets.app import error_html
    from huggingtweets.errors import UserError

    shown = error_html(UserError(f"<script>alert(1)</script> token {HF} and {WANDB}"))
    _no_raw_html(shown)
    assert not leaks(shown)


def test_app_publish_token_box_cleared_and_never_shown(app, monkeypatch, tmp_path):
    """A pasted token is used, cleared from the widget, and redacted from any failure shown."""
    typed = "hf_TypedIntoTheBox0123456789abcdefXYZ"
    calls = {}

    def publish_model(model_dir, request):  # what app.actions calls: pipeline.publish_model
        calls["token"] = request.token
        raise RuntimeError(f"401 Unauthorized for token {request.token} at https://huggingface.co")

    pipeline = types.SimpleNamespace(
        PublishRequest=types.SimpleNamespace, publish_model=publish_model
    )
    monkeypatch.setitem(sys.modules, "huggingtweets.pipeline", pipeline)
    app.model_dir = tmp_path / "model"
    app.model_dir.mkdir()
    app._refresh_buttons()
    app.token.value = typed
    assert app.on_publish() is False
    assert calls["token"] == typed
    assert app.token.value == ""
    assert typed not in app.publish_error.value and typed not in (app.last_error or "")
    assert not leaks(app.publish_error.value)
    assert not app.publish_button.disabled


def test_card_render_escapes_hostile_profile():
    """Display names, handles and avatar URLs come from the profile: escaped, no javascript:."""
    from huggingtweets import card

    training = {
        "base_model": "tiny",
        "base_model_name": "<b>tiny</b>",
        "separator": "<|endoftext|>",
        "accounts": [
            {
                "source": "x", "handle": "evil<script>", "display_name": HOSTILE_POSTS[1],
                "avatar_url": "javascript:alert(1)", "downloaded": 10, "reposts": 0, "short": 0,
                "kept": 10, "replies": 0, "characters": 100, "kind": "file",
            }
        ],
        "dataset": {"seed": 1, "epochs": 4, "clean": {}, "train_posts": 1, "valid_posts": 0, "characters": 1},
        "hyperparameters": {}, "steps": 1, "wandb": {"mode": "disabled"},
    }  # fmt: skip
    generations = {
        "prompt": "p",
        "generations": [{"text": t, "copied_from_training": False} for t in HOSTILE_POSTS],
    }
    text = card.render_card(training, "user/model", generations)
    body = text.split("---", 2)[-1]
    for marker in RAW_MARKERS:
        assert marker not in body, marker
    assert 'src="javascript' not in body and "](javascript" not in body
