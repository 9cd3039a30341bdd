"""Hardening: hostile input through the CLI (in-process and a real subprocess) and the app.

Every case must end with exit 1 and exactly one line on stderr that starts with "error:",
names the problem and the fix, shows no traceback, leaves no half-written file (no
`.*.tmp` left over), leaves the output folder absent when it was absent before, and writes
nothing outside it (the whole of tmp_path, and the names beside it, are compared before
and after). The commands run with the working directory inside tmp_path, so a relative
path that escapes is caught too.

Progress bars (tqdm, on stderr, the only other thing allowed there) are recognised and
set aside before counting lines.
"""

from __future__ import annotations

import io
import os
import random
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from payloads import base, bsky_profile, mastodon_account

from huggingtweets.cli import main

FIX_WORDS = re.compile(
    r"\b(use|give|check|run|try|add|drop|fix|save|write|name|choose|wait|download|train|set|"
    r"keep|raise|must|see|shorten|clear|type|upload|once)\b",
    re.I,
)
PROGRESS = re.compile(r"^(posts from |Map|\s*\d+%\|)")


# ----------------------------------------------------------------------------- helpers
def snapshot(root: Path) -> dict[str, int | None]:
    """Every path under root -> file size (None for folders)."""
    out: dict[str, int | None] = {}
    for p in root.rglob("*"):
        try:
            out[str(p.relative_to(root))] = None if p.is_dir() else p.lstat().st_size
        except OSError:
            pass
    return out


def error_lines(stderr: str) -> list[str]:
    """stderr without progress-bar output, as lines."""
    lines = []
    for raw in stderr.splitlines():
        for part in raw.split("\r"):
            if part.strip() and not PROGRESS.match(part):
                lines.append(part)
    return lines


def assert_one_line_error(rc: int, stdout: str, stderr: str, expect: str | None = None) -> str:
    assert rc == 1, (rc, stdout, stderr)
    assert "Traceback" not in stdout + stderr
    lines = error_lines(stderr)
    assert len(lines) == 1, stderr
    line = lines[0]
    assert line.startswith("error: "), line
    assert len(line) < 1000
    # A problem and a fix: a word telling the person what to do.
    assert FIX_WORDS.search(line[len("error: ") :]), line
    if expect:
        assert re.search(expect, line, re.I), line
    return line


def no_partial_files(root: Path) -> None:
    if root.exists():
        leftovers = [
            p for p in root.rglob("*") if p.name.endswith(".tmp") or ".model-tmp" in p.parts
        ]
        assert not leftovers, leftovers


def sentences(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    words = (
        "the harbour lamp kettle sourdough pigeon library council garden rain tuesday map "
        "bridge novel whale cranes lemon cake chess song morning train robot lighthouse"
    ).split()
    return [
        " ".join(rng.choice(words) for _ in range(rng.randint(8, 16))) + f" {i}." for i in range(n)
    ]


def make_inputs(d: Path) -> None:
    """Files that are not what their names say, and files that are broken."""
    d.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    (d / "random.zip").write_bytes(rng.randbytes(4096))
    with zipfile.ZipFile(d / "photos.zip", "w") as z:  # a real zip, not an X archive
        z.writestr("holiday.jpg", rng.randbytes(200))
        z.writestr("notes.txt", "hello")
    with zipfile.ZipFile(d / "escape.zip", "w") as z:  # members that escape the folder
        z.writestr("../../evil/data/tweets.js", "window.YTD.tweets.part0 = []")
        z.writestr("/abs-evil/data/tweets.js", "window.YTD.tweets.part0 = []")
        z.writestr("..\\..\\evil2\\data\\tweets.js", "window.YTD.tweets.part0 = []")
        z.writestr("C:/evil3/data/tweets.js", "window.YTD.tweets.part0 = []")
    with zipfile.ZipFile(d / "brokenjson.zip", "w") as z:
        z.writestr(
            "data/tweets.js",
            'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "full_text": "hi"',
        )
    with zipfile.ZipFile(d / "emptyarchive.zip", "w") as z:
        z.writestr("data/tweets.js", "window.YTD.tweets.part0 = []")
        z.writestr("data/account.js", "window.YTD.account.part0 = []")
    with zipfile.ZipFile(d / "nomembers.zip", "w"):
        pass
    (d / "zero.zip").write_bytes(b"")
    # A zip whose central directory claims a 4 GB tweets.js (a zip bomb's shape).
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("data/tweets.js", "window.YTD.tweets.part0 = []")
    data = bytearray(buf.getvalue())
    i = data.find(b"PK\x01\x02")
    data[i + 24 : i + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    (d / "bomb.zip").write_bytes(bytes(data))
    (d / "tweets.js").write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(100))  # a picture
    (d / "archive.json").write_text('{"account": []}', encoding="utf-8")
    (d / "community.json").write_text('{"tweets": [}', encoding="utf-8")
    (d / "nocol.csv").write_text("id,date,body\n1,2024-01-01,hello there\n", encoding="utf-8")
    (d / "latin1.txt").write_bytes("café au lait, naïve façade\n".encode("latin-1") * 20)
    (d / "utf16.jsonl").write_bytes('{"text": "hello"}\n'.encode("utf-16"))
    with open(d / "huge.txt", "wb") as f:  # sparse: 600 MB on paper, nothing on disk
        f.truncate(600 * 1024**2)
    with open(d / "huge.jsonl", "wb") as f:
        f.truncate(513 * 1024**2)
    (d / "broken.jsonl").write_text('{"text": "ok"}\n{"text": "broken\n', encoding="utf-8")
    (d / "arrays.jsonl").write_text("[1, 2]\n", encoding="utf-8")
    (d / "notext.jsonl").write_text('{"body": "hi", "id": 1}\n', encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("\n\n   \n\t\n", encoding="utf-8")
    (d / "binary.csv").write_bytes(b"\x00\x01\x02\xff\xfe" * 50)
    (d / "small.txt").write_text("\n".join(sentences(5)) + "\n", encoding="utf-8")
    (d / "reposts.txt").write_text(
        "\n".join(f"RT @someone: {s}" for s in sentences(400)) + "\n", encoding="utf-8"
    )
    (d / "doc.pdf").write_bytes(b"%PDF-1.4\n")
    (d / "emptydir").mkdir()
    (d / "posts.txt.d").mkdir()
    (d / "afile").write_text("not a folder", encoding="utf-8")
    (d / "a.txt").write_text("\n".join(sentences(400, 2)), encoding="utf-8")
    (d / "b.txt").write_text("\n".join(sentences(400, 3)), encoding="utf-8")
    (d / "c.txt").write_text("\n".join(sentences(400, 4)), encoding="utf-8")
    # Model folders that are not models.
    (d / "nomodel").mkdir()
    (d / "configonly").mkdir()
    (d / "configonly" / "config.json").write_text("{}", encoding="utf-8")
    (d / "garbage-model").mkdir()
    (d / "garbage-model" / "config.json").write_text("{not json", encoding="utf-8")
    (d / "garbage-model" / "model.safetensors").write_bytes(rng.randbytes(512))


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """cwd inside tmp_path; inputs in IN; no secrets or debug in the environment."""
    inputs = tmp_path / "in"
    make_inputs(inputs)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    for name in ("HUGGINGTWEETS_DEBUG", "X_BEARER_TOKEN", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "0.05")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # a Hub id never reaches the network here
    monkeypatch.setenv("WANDB_MODE", "disabled")
    return tmp_path


def fill(args: list[str], root: Path) -> list[str]:
    return [
        a.replace("{IN}", str(root / "in"))
        .replace("{OUT}", str(root / "out"))
        .replace("{LONG}", "a" * 301)
        for a in args
    ]


def check_untouched(root: Path, before: dict, parent_before: set[str]) -> None:
    after = snapshot(root)
    assert after == before, {
        "new": sorted(set(after) - set(before)),
        "gone": sorted(set(before) - set(after)),
        "changed": sorted(k for k in before if k in after and before[k] != after[k]),
    }
    assert {p.name for p in root.parent.iterdir()} == parent_before
    assert not Path("/abs-evil").exists() and not Path("C:").exists()


def run_in_process(capsys, argv: list[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


# ----------------------------------------------------------------------------- the table
# (id, argv, a regex the one line must match). {IN}: the hostile inputs, {OUT}: an output
# folder that does not exist yet.
D = ["download"]
CASES = [
    # -- handles and source strings
    ("empty-source", D + ["", "--out", "{OUT}"], r"source is empty.*give"),
    ("blank-source", D + ["   \t ", "--out", "{OUT}"], r"source is empty"),
    ("too-long-handle", D + ["{LONG}", "--out", "{OUT}"], r"not a handle, URL or file name"),
    ("newline-in-handle", D + ["alice\nbob", "--out", "{OUT}"], r"not a handle"),
    ("nul-in-handle", D + ["alice\x00.txt", "--out", "{OUT}"], r"not a handle"),
    (
        "x-handle-too-long",
        D + ["@this_handle_is_far_too_long", "--out", "{OUT}"],
        r"not an X handle",
    ),
    ("at-signs-only", D + ["@@@", "--out", "{OUT}"], r"not an X handle"),
    ("x-prefix-empty", D + ["x:", "--out", "{OUT}"], r"not a source I understand"),
    (
        "bad-mastodon",
        D + ["mastodon:not a handle", "--out", "{OUT}"],
        r"not a Mastodon account.*@user@host",
    ),
    ("bad-bluesky", D + ["bluesky:-bad-.com", "--out", "{OUT}"], r"not a Bluesky handle"),
    ("bad-did", D + ["did:plc:", "--out", "{OUT}"], r"not a source I understand"),
    ("rtl-override-handle", D + ["\u202eevil", "--out", "{OUT}"], r"not a source I understand"),
    ("javascript-url", D + ["javascript:alert(1)", "--out", "{OUT}"], r"not a source I understand"),
    (
        "script-tag-handle",
        D + ["<script>alert(1)</script>", "--out", "{OUT}"],
        r"No file or folder",
    ),
    ("plain-http", D + ["http://example.com/@alice", "--out", "{OUT}"], r"plain http.*https://"),
    ("x-url-no-profile", D + ["https://x.com/", "--out", "{OUT}"], r"not a profile address"),
    (
        "bsky-url-no-profile",
        D + ["https://bsky.app/feed", "--out", "{OUT}"],
        r"not a Bluesky profile",
    ),
    (
        "unknown-url",
        D + ["https://example.com/about", "--out", "{OUT}"],
        r"not a profile address I know",
    ),
    (
        "traversal-passwd",
        D + ["../../../../../../../../etc/passwd", "--out", "{OUT}"],
        r"not a file type",
    ),
    (
        "traversal-missing",
        D + ["../../../../../../etc/shadow.txt", "--out", "{OUT}"],
        r"No file or folder",
    ),
    ("file-prefix-etc", D + ["file:/etc/hostname", "--out", "{OUT}"], r"not a file type|No file"),
    # -- files that are not what their name says
    ("random-bytes-zip", D + ["{IN}/random.zip", "--out", "{OUT}"], r"not a zip file"),
    (
        "zip-not-archive",
        D + ["{IN}/photos.zip", "--out", "{OUT}"],
        r"not an X archive.*download the archive",
    ),
    ("zip-escaping-members", D + ["{IN}/escape.zip", "--out", "{OUT}"], r"not an X archive"),
    (
        "zip-broken-json",
        D + ["{IN}/brokenjson.zip", "--out", "{OUT}"],
        r"damaged: broken JSON.*again",
    ),
    ("zip-empty-archive", D + ["{IN}/emptyarchive.zip", "--out", "{OUT}"], r"holds no posts"),
    ("zip-no-members", D + ["{IN}/nomembers.zip", "--out", "{OUT}"], r"not an X archive"),
    ("zip-zero-bytes", D + ["{IN}/zero.zip", "--out", "{OUT}"], r"not a zip file"),
    (
        "zip-bomb-size",
        D + ["{IN}/bomb.zip", "--out", "{OUT}"],
        r"larger than 2 GB.*download it again",
    ),
    ("tweets-js-is-png", D + ["{IN}/tweets.js", "--out", "{OUT}"], r"not UTF-8"),
    (
        "archive-json-no-tweets",
        D + ["{IN}/archive.json", "--out", "{OUT}"],
        r"not a Community Archive export",
    ),
    ("archive-json-broken", D + ["{IN}/community.json", "--out", "{OUT}"], r"broken JSON"),
    ("csv-no-text-column", D + ["{IN}/nocol.csv", "--out", "{OUT}"], r"no text column.*'text'"),
    (
        "csv-binary",
        D + ["{IN}/binary.csv", "--out", "{OUT}"],
        r"not UTF-8|not valid CSV|no text column",
    ),
    ("txt-latin1", D + ["{IN}/latin1.txt", "--out", "{OUT}"], r"not UTF-8.*save it as UTF-8"),
    ("jsonl-utf16", D + ["{IN}/utf16.jsonl", "--out", "{OUT}"], r"not UTF-8"),
    ("txt-enormous", D + ["{IN}/huge.txt", "--out", "{OUT}"], r"600 MB.*512 MB"),
    ("jsonl-enormous", D + ["{IN}/huge.jsonl", "--out", "{OUT}"], r"513 MB"),
    ("jsonl-broken", D + ["{IN}/broken.jsonl", "--out", "{OUT}"], r"broken JSON on line 2"),
    ("jsonl-arrays", D + ["{IN}/arrays.jsonl", "--out", "{OUT}"], r"not a JSON object"),
    ("jsonl-no-text", D + ["{IN}/notext.jsonl", "--out", "{OUT}"], r"has no text.*\"text\""),
    ("txt-empty", D + ["{IN}/empty.txt", "--out", "{OUT}"], r"is empty"),
    ("txt-blank-lines", D + ["{IN}/blank.txt", "--out", "{OUT}"], r"holds no posts"),
    ("pdf", D + ["{IN}/doc.pdf", "--out", "{OUT}"], r"not a file type I read"),
    ("empty-folder", D + ["{IN}/emptydir", "--out", "{OUT}"], r"not an X archive"),
    ("folder-named-txt", D + ["{IN}/posts.txt.d", "--out", "{OUT}"], r"not an X archive"),
    # -- counts and amounts
    (
        "four-sources",
        D + ["sample", "{IN}/a.txt", "{IN}/b.txt", "{IN}/c.txt", "--out", "{OUT}"],
        r"4 sources.*at most 3",
    ),
    ("same-account-twice", D + ["sample", "SAMPLE", "--out", "{OUT}"], r"same account.*once"),
    ("too-little-data", D + ["{IN}/small.txt", "--out", "{OUT}"], r"not have enough posts.*6,000"),
    ("only-reposts", D + ["{IN}/reposts.txt", "--out", "{OUT}"], r"reposts 400.*kept 0"),
    ("no-source", D + ["--out", "{OUT}"], r"required"),
    ("no-out", D + ["sample"], r"--out"),
    ("out-is-a-file", D + ["sample", "--out", "{IN}/afile"], r"is a file.*folder"),
    # -- absurd numbers
    ("limit-zero", D + ["sample", "--out", "{OUT}", "--limit", "0"], r"--limit 0 is out of range"),
    ("limit-negative", D + ["sample", "--out", "{OUT}", "--limit", "-5"], r"out of range"),
    ("limit-not-number", D + ["sample", "--out", "{OUT}", "--limit", "lots"], r"whole number"),
    ("limit-huge", D + ["sample", "--out", "{OUT}", "--limit", "9" * 40], r"out of range"),
    (
        "epochs-zero",
        D + ["sample", "--out", "{OUT}", "--epochs", "0"],
        r"--epochs 0 is out of range",
    ),
    ("epochs-huge", D + ["sample", "--out", "{OUT}", "--epochs", "100000"], r"out of range"),
    ("seed-negative", D + ["sample", "--out", "{OUT}", "--seed", "-1"], r"out of range"),
    ("seed-float", D + ["sample", "--out", "{OUT}", "--seed", "1.5"], r"whole number"),
    ("unknown-option", D + ["sample", "--out", "{OUT}", "--frobnicate"], r"unrecognized"),
    ("unknown-command", ["frobnicate"], r"invalid choice"),
    (
        "train-max-steps-zero",
        ["train", "sample", "--out", "{OUT}", "--max-steps", "0"],
        r"out of range",
    ),
    ("train-lr-nan", ["train", "sample", "--out", "{OUT}", "--lr", "nan"], r"out of range"),
    ("train-lr-inf", ["train", "sample", "--out", "{OUT}", "--lr", "inf"], r"out of range"),
    ("train-lr-zero", ["train", "sample", "--out", "{OUT}", "--lr", "0"], r"out of range"),
    ("train-lr-huge", ["train", "sample", "--out", "{OUT}", "--lr", "1e300"], r"out of range"),
    (
        "train-batch-zero",
        ["train", "sample", "--out", "{OUT}", "--batch-size", "0"],
        r"out of range",
    ),
    (
        "train-batch-huge",
        ["train", "sample", "--out", "{OUT}", "--batch-size", "99999999"],
        r"out of range",
    ),
    (
        "train-block-tiny",
        ["train", "sample", "--out", "{OUT}", "--block-size", "2"],
        r"out of range",
    ),
    (
        "train-block-huge",
        ["train", "sample", "--out", "{OUT}", "--block-size", "1" + "0" * 12],
        r"out of range",
    ),
    (
        "train-patience-neg",
        ["train", "sample", "--out", "{OUT}", "--patience", "-3"],
        r"out of range",
    ),
    (
        "train-wandb-bogus",
        ["train", "sample", "--out", "{OUT}", "--wandb", "sure"],
        r"invalid choice",
    ),
    ("gen-n-zero", ["generate", "{IN}/nomodel", "-n", "0"], r"out of range"),
    ("gen-n-huge", ["generate", "{IN}/nomodel", "-n", "100000"], r"out of range"),
    ("gen-temp-zero", ["generate", "{IN}/nomodel", "--temperature", "0"], r"out of range"),
    ("gen-temp-negative", ["generate", "{IN}/nomodel", "--temperature", "-1"], r"out of range"),
    ("gen-temp-nan", ["generate", "{IN}/nomodel", "--temperature", "nan"], r"out of range"),
    ("gen-top-p-big", ["generate", "{IN}/nomodel", "--top-p", "2"], r"out of range"),
    ("gen-tokens-huge", ["generate", "{IN}/nomodel", "--max-new-tokens", "99999"], r"out of range"),
    # -- model folders
    (
        "train-resume-nothing",
        ["train", "sample", "--out", "{OUT}", "--resume"],
        r"Nothing to resume.*without --resume",
    ),
    ("train-out-is-a-file", ["train", "sample", "--out", "{IN}/afile"], r"is a file"),
    (
        "train-too-little-data",
        ["train", "{IN}/small.txt", "--out", "{OUT}", "--base-model", "tiny"],
        r"not have enough posts",
    ),
    ("gen-missing-folder", ["generate", "{OUT}"], r"not a folder.*huggingtweets train"),
    ("gen-traversal-folder", ["generate", "../../../../../../nonexistent-model"], r"not a folder"),
    ("gen-a-file", ["generate", "{IN}/afile"], r"not a folder"),
    ("gen-empty-folder", ["generate", "{IN}/nomodel"], r"not a model folder.*config\.json"),
    ("gen-no-weights", ["generate", "{IN}/configonly"], r"no model weights"),
    (
        "gen-garbage-model",
        ["generate", "{IN}/garbage-model"],
        r"not a usable model folder|no model weights",
    ),
]


BUG_TRAIN_LEAVES_DATA = (
    "package bug 1 (HARDENING.md): train.py creates OUT (and OUT/data) before the data and the "
    "base model are known good, and leaves them behind when it fails"
)
KNOWN_BUGS: dict = {}  # case tag -> pytest mark, for package bugs not fixed yet


# Cases whose command imports torch before it checks its input (train and generate load the
# model stack first): skipped where torch is not installed (conftest.py).
NEEDS_TORCH = {
    "train-too-little-data",
    "gen-missing-folder",
    "gen-traversal-folder",
    "gen-a-file",
    "gen-empty-folder",
    "gen-no-weights",
    "gen-garbage-model",
    "missing-model",
}


def _params(cases):
    return [
        pytest.param(
            c[1],
            c[2],
            id=c[0],
            marks=([KNOWN_BUGS[c[3]]] if len(c) > 3 else [])
            + ([pytest.mark.torch] if c[0] in NEEDS_TORCH else []),
        )
        for c in cases
    ]


@pytest.mark.parametrize(("argv", "expect"), _params(CASES))
def test_cli_hostile_input(sandbox, capsys, argv, expect):
    root = sandbox
    before, parent_before = snapshot(root), {p.name for p in root.parent.iterdir()}
    rc, out, err = run_in_process(capsys, fill(argv, root))
    assert_one_line_error(rc, out, err, expect)
    assert out == ""
    assert not (root / "out").exists()
    no_partial_files(root)
    check_untouched(root, before, parent_before)


# Cases where the fix lives in the package (see HARDENING.md): kept, and marked.
TRAIN_FAILS_AFTER_DATA = [
    (
        "train-base-model-missing",
        ["train", "sample", "--out", "{OUT}", "--base-model", "./no-such-model"],
        r"does not exist",
    ),
    (
        "train-base-model-traversal",
        ["train", "sample", "--out", "{OUT}", "--base-model", "../../../../etc"],
        r"could not load base model",
    ),
    (
        "train-base-model-empty",
        ["train", "sample", "--out", "{OUT}", "--base-model", ""],
        r"base model is empty",
    ),
    (
        "train-base-model-bad-id",
        ["train", "sample", "--out", "{OUT}", "--base-model", "a/b/c/d"],
        r"does not exist",
    ),
]


@pytest.mark.parametrize(
    ("argv", "expect"),
    [c[1:] for c in TRAIN_FAILS_AFTER_DATA],
    ids=[c[0] for c in TRAIN_FAILS_AFTER_DATA],
)
@pytest.mark.torch
def test_cli_train_bad_base_model_leaves_nothing(sandbox, capsys, argv, expect):
    root = sandbox
    before, parent_before = snapshot(root), {p.name for p in root.parent.iterdir()}
    rc, out, err = run_in_process(capsys, fill(argv + ["--wandb", "disabled"], root))
    assert_one_line_error(rc, out, err, expect)
    assert not (root / "out").exists()
    check_untouched(root, before, parent_before)


def test_cli_empty_out_is_refused(sandbox, capsys):
    """`--out ""` is the current folder: a typo that would spill train.txt etc. into cwd."""
    root = sandbox
    before, parent_before = snapshot(root), {p.name for p in root.parent.iterdir()}
    try:
        rc, out, err = run_in_process(capsys, ["download", "sample", "--out", ""])
        assert_one_line_error(rc, out, err, r"--out")
        check_untouched(root, before, parent_before)
    finally:
        for p in Path.cwd().iterdir():  # clean up what the bug wrote
            p.unlink()


# ----------------------------------------------------------------------------- accounts (network)
# On the `server` fixture (conftest.py), with tests/payloads.py's accounts.


ACCOUNT_CASES = [
    "mastodon-unknown",
    "mastodon-empty",
    "mastodon-suspended",
    "mastodon-limited",
    "mastodon-login-only",
    "mastodon-not-mastodon",
    "bluesky-unknown",
    "bluesky-opted-out",
    "bluesky-taken-down",
    "x-unknown",
    "x-protected",
    "x-suspended",
    "x-bad-token",
]


@pytest.mark.parametrize("case", ACCOUNT_CASES)
def test_cli_hostile_accounts(sandbox, server, capsys, monkeypatch, case):
    """Unknown, empty, protected, opted-out accounts: one line, nothing left behind."""
    b = base(server)
    monkeypatch.setenv("HUGGINGTWEETS_BLUESKY_API", b)
    monkeypatch.setenv("HUGGINGTWEETS_X_API", b)
    token = "AAAAhardening-fake-x-token-0123456789"
    lookup = server.expect_request("/api/v1/accounts/lookup")
    statuses = server.expect_request("/api/v1/accounts/109/statuses")
    profile = server.expect_request("/xrpc/app.bsky.actor.getProfile")
    feed = server.expect_request("/xrpc/app.bsky.feed.getAuthorFeed")
    user = server.expect_request("/2/users/by/username/somebody")
    source, expect = f"{b}/@alice", None
    if case == "mastodon-unknown":
        lookup.respond_with_json({"error": "Record not found"}, status=404)
        expect = r"No Mastodon account.*spelling"
    elif case == "mastodon-empty":
        lookup.respond_with_json(mastodon_account(b))
        statuses.respond_with_json([])
        expect = r"not have enough posts.*downloaded 0"
    elif case == "mastodon-suspended":
        lookup.respond_with_json(mastodon_account(b, suspended=True))
        expect = r"suspended"
    elif case == "mastodon-limited":
        lookup.respond_with_json(mastodon_account(b, limited=True))
        expect = r"limited"
    elif case == "mastodon-login-only":
        lookup.respond_with_json(mastodon_account(b))
        statuses.respond_with_json(
            {"error": "This method requires an authenticated user"}, status=401
        )
        expect = r"logged-out apps.*file of the posts"
    elif case == "mastodon-not-mastodon":
        lookup.respond_with_data("<html>hello</html>", content_type="text/html")
        expect = r"not valid JSON|did not answer like a Mastodon"
    elif case.startswith("bluesky"):
        source = "alice.bsky.social"
        if case == "bluesky-unknown":
            profile.respond_with_json(
                {"error": "InvalidRequest", "message": "Profile not found"}, status=400
            )
            expect = r"No Bluesky account"
        elif case == "bluesky-opted-out":
            profile.respond_with_json(
                bsky_profile(labels=[{"val": "!no-unauthenticated", "src": "did:plc:alice123"}])
            )
            feed.respond_with_json({"feed": [{"post": {"uri": "at://x/app.bsky.feed.post/1"}}]})
            expect = r"not be shown to logged-out apps"
        else:
            profile.respond_with_json(
                {"error": "AccountTakedown", "message": "Account has been suspended (Takedown)"},
                status=400,
            )
            expect = r"taken down"
    else:
        source = "@somebody"
        monkeypatch.setenv("X_BEARER_TOKEN", token)
        if case == "x-unknown":
            user.respond_with_json(
                {
                    "errors": [
                        {
                            "title": "Not Found Error",
                            "detail": "Could not find user with username: [somebody].",
                        }
                    ]
                }
            )
            expect = r"No X account @somebody"
        elif case == "x-protected":
            user.respond_with_json(
                {"data": {"id": "5", "name": "S", "username": "somebody", "protected": True}}
            )
            expect = r"protected.*archive"
        elif case == "x-suspended":
            user.respond_with_json(
                {
                    "errors": [
                        {"title": "Forbidden", "detail": "User has been suspended: [somebody]."}
                    ]
                }
            )
            expect = r"suspended"
        else:
            user.respond_with_json({"title": "Unauthorized", "status": 401}, status=401)
            expect = r"rejected the bearer token.*check it"
    root = sandbox
    before, parent_before = snapshot(root), {p.name for p in root.parent.iterdir()}
    rc, out, err = run_in_process(
        capsys, ["download", source, "--out", str(root / "out"), "--json"]
    )
    line = assert_one_line_error(rc, out, err, expect)
    assert token not in out + err and token not in line
    assert out == ""
    assert not (root / "out").exists()
    check_untouched(root, before, parent_before)


# ----------------------------------------------------------------------------- real processes
SUBPROCESS_CASES = [
    ("zip-not-archive", ["download", "{IN}/random.zip", "--out", "{OUT}"], r"not a zip file"),
    (
        "traversal",
        ["download", "../../../../../../../etc/passwd", "--out", "{OUT}"],
        r"not a file type",
    ),
    (
        "four-sources",
        [
            "download",
            "sample",
            "{IN}/a.txt",
            "{IN}/b.txt",
            "{IN}/c.txt",
            "--out",
            "{OUT}",
            "--json",
        ],
        r"at most 3",
    ),
    ("absurd-number", ["generate", "{IN}/nomodel", "--temperature", "inf"], r"out of range"),
    ("missing-model", ["generate", "{OUT}", "--json"], r"not a folder"),
    ("usage", ["download"], r"required"),
]


@pytest.mark.parametrize(("argv", "expect"), _params(SUBPROCESS_CASES))
def test_subprocess_hostile_input(sandbox, argv, expect):
    root = sandbox
    before, parent_before = snapshot(root), {p.name for p in root.parent.iterdir()}
    env = {k: v for k, v in os.environ.items() if k != "HUGGINGTWEETS_DEBUG"}
    proc = subprocess.run(
        [sys.executable, "-m", "huggingtweets", *fill(argv, root)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root / "cwd",
        env=env,
    )
    assert_one_line_error(proc.returncode, proc.stdout, proc.stderr, expect)
    assert proc.stdout == ""
    assert not (root / "out").exists()
    check_untouched(root, before, parent_before)


def test_subprocess_ctrl_c_during_download_is_one_line(sandbox, server):
    """SIGINT while a download waits on a slow server: one line, exit 1, the cache kept."""
    import signal
    import threading

    b = base(server)
    asked, release = threading.Event(), threading.Event()

    def slow(_request):
        asked.set()
        release.wait(20)
        from werkzeug import Response

        return Response("[]", content_type="application/json")

    server.expect_request("/api/v1/accounts/lookup").respond_with_json(mastodon_account(b))
    server.expect_request("/api/v1/accounts/109/statuses").respond_with_handler(slow)
    root = sandbox
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "huggingtweets",
            "download",
            f"{b}/@alice",
            "--out",
            str(root / "out"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=root / "cwd",
        # As a terminal's Ctrl-C finds it: a runner started in the background (`cmd &` in a
        # script) ignores SIGINT, and its children would inherit that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert asked.wait(60)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=60)
    finally:
        release.set()
    assert_one_line_error(proc.returncode, out, err, r"interrupted.*run the same command again")
    no_partial_files(root)
    assert not (root / "out").exists()  # nothing fetched yet: nothing kept


# ----------------------------------------------------------------------------- the app
APP_SOURCES = [
    ("empty", "   ", r"No account given"),
    ("too-long", "a" * 301, r"not a handle, URL or file name"),
    ("traversal", "../../../../../../../../etc/passwd", r"not a file type"),
    ("script-tag", "<script>alert(1)</script>", r"No file or folder"),
    ("img-onerror", '<img src=x onerror="alert(1)">.txt', r"No file or folder"),
    ("javascript", "javascript:alert(document.cookie)", r"not a source I understand"),
    ("bad-x-handle", "@this_handle_is_far_too_long", r"not an X handle"),
    ("random-zip", "{IN}/random.zip", r"not a zip file"),
    ("escape-zip", "{IN}/escape.zip", r"not an X archive"),
    ("broken-jsonl", "{IN}/broken.jsonl", r"broken JSON"),
    ("csv-no-text", "{IN}/nocol.csv", r"no text column"),
    ("latin1", "{IN}/latin1.txt", r"not UTF-8"),
    ("enormous", "{IN}/huge.txt", r"512 MB"),
    ("too-little", "{IN}/small.txt", r"not have enough posts"),
]


@pytest.fixture
def make_app(sandbox):
    from huggingtweets.app import App

    def make(**kw):
        return App(out_dir=sandbox / "out", wandb_mode="disabled", **kw)

    return make


def assert_app_error(app, widget, expect: str) -> None:
    line = app.last_error
    assert line and "\n" not in line and "Traceback" not in line, line
    assert re.search(expect, line, re.I), line
    shown = widget.value
    assert "<script>" not in shown and "<img " not in shown and 'onerror="' not in shown
    from huggingtweets.app import esc

    assert esc(line) in shown
    assert not app.download_button.disabled  # the buttons come back
    assert app.busy is None


@pytest.mark.parametrize(
    ("text", "expect"), [c[1:] for c in APP_SOURCES], ids=[c[0] for c in APP_SOURCES]
)
def test_app_hostile_sources(sandbox, make_app, text, expect):
    root = sandbox
    app = make_app()
    app.source_boxes[0].value = fill([text], root)[0]
    before, parent_before = snapshot(root), {p.name for p in root.parent.iterdir()}
    assert app.on_download() is False
    assert_app_error(app, app.download_error, expect)
    assert app.train_button.disabled  # no data: the next step stays off
    check_untouched(root, before, parent_before)


def test_app_three_boxes_same_account(make_app):
    app = make_app()
    for box in app.source_boxes:
        box.value = "sample"
    assert app.on_download() is False
    assert_app_error(app, app.download_error, r"same account")


def test_app_upload_hostile_names_stay_in_the_uploads_folder(sandbox, make_app):
    root = sandbox
    app = make_app()
    rng = random.Random(5)
    files = [
        {"name": "../../../evil.zip", "content": rng.randbytes(300)},
        {"name": "/etc/passwd.txt", "content": "\xff\xfe".encode("latin-1") * 10},
        {"name": "..\\..\\win.csv", "content": b"a,b\n1,2\n"},
        {"name": "", "content": b"{}"},
    ]
    app._on_upload({"new": tuple(files)})
    uploads = (root / "out" / "uploads").resolve()
    saved = [p for p in (root / "out").rglob("*") if p.is_file()]
    assert saved and all(p.resolve().parent == uploads for p in saved), saved
    assert not (root / "evil.zip").exists() and not (root.parent / "evil.zip").exists()
    assert "<" not in re.sub(r"</?span[^>]*>", "", app.upload_status.value)
    # The boxes now name the uploads; downloading them fails in one friendly line.
    assert app.on_download() is False
    assert_app_error(
        app, app.download_error, r"not a zip file|not UTF-8|no text column|not an X archive"
    )


def test_app_generate_and_publish_before_training(make_app):
    app = make_app()
    assert app.on_generate() is False
    assert_app_error(app, app.generate_error, r"Train a model first")
    assert app.on_publish() is False
    assert_app_error(app, app.publish_error, r"Train a model first")


@pytest.mark.torch
def test_app_generate_missing_model_folder(sandbox, make_app):
    app = make_app()
    app.model_dir = sandbox / "out" / "gone"  # e.g. deleted from Colab's file panel
    app._refresh_buttons()
    assert app.on_generate() is False
    assert_app_error(app, app.generate_error, r"not a folder")
    assert not app.generate_button.disabled


@pytest.mark.torch
def test_app_generate_garbage_model(sandbox, make_app):
    app = make_app()
    app.model_dir = sandbox / "in" / "garbage-model"
    app._refresh_buttons()
    app.prompt.value = "x" * 200_000
    assert app.on_generate() is False
    assert_app_error(app, app.generate_error, r"not a usable model folder|no model weights")
