"""Nothing private leaves the machine (HARDENING.md, "Privacy").

An X archive zip laid out as X sends it, with a unique marker planted in every private file (DMs,
group DMs, e-mail, phone number, login IPs, deleted posts and deleted note tweets), and a Mastodon
account served from 127.0.0.1 with a followers-only and a direct status carrying markers. The real
CLI runs download -> train (tiny model) -> generate -> publish (the local Hub) with W&B offline;
then every W&B record (decoded from the .wandb files), every staged artifact file, every file of
the run folders, every Hub file, every model-folder file and stdout/stderr are searched: no marker,
and no path naming the home folder in anything that is uploaded or published.
"""

from __future__ import annotations

import html
import io
import json
import random
import re
import socket
import zipfile
from pathlib import Path

import pytest
from hub_server import HubServer
from pytest_httpserver import HTTPServer
from test_tracking import run_files, wandb_records

from huggingtweets import cli

TOKEN = "hf_" + "PrivacyTestToken" * 2
USER = "privacy-user"

# One unique marker per private thing; none may appear in any output.
MARKERS = {
    "dm": "dmtext-QX7ZV2",
    "group_dm": "groupdm-M4PLK8",
    "email": "privmail-k8x3@example.org",
    "phone": "+15550199377",
    "ip": "203.0.113.77",
    "deleted_post": "deletedpost-W4NB7R",
    "deleted_note": "deletednote-H6RT2C",
    "mastodon_private": "followersonly-J3KD9F",
    "mastodon_direct": "directmessage-P5LX1S",
}
HOME_MARKER = "home-of-Pq9Vx"  # the home folder's name: it must not be published either

WORDS = (
    "harbour lantern morning bicycle library orchard telescope kettle meadow river "
    "notebook window garden thunder pebble compass sparrow biscuit ladder violin"
).split()


def sentence(rng: random.Random, i: int) -> str:
    return f"Day {i}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 20))) + "."


def ytd(name: str, items: list) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2)


def x_date(i: int) -> str:
    return f"Wed Oct {10 + i % 18:02d} {i % 24:02d}:19:24 +0000 2023"


def write_archive(path: Path, n: int = 80) -> Path:
    """An X archive zip with the real layout: data/<name>.js files, window.YTD prefixes."""
    rng = random.Random(11)
    tweets = [
        {
            "tweet": {
                "id_str": str(1_700_000_000_000_000_000 + i),
                "id": str(1_700_000_000_000_000_000 + i),
                "full_text": sentence(rng, i),
                "created_at": x_date(i),
                "retweeted": False,
                "favorite_count": "1",
                "lang": "en",
            }
        }
        for i in range(n)
    ]
    # A truncated post whose time matches the deleted note tweet: reading deleted-note-tweet.js
    # as notes would put the deleted note's text into this post.
    tweets.append(
        {
            "tweet": {
                "id_str": "1800000000000000001",
                "full_text": "A long thought about lanterns and rivers and compasses that goes on… https://t.co/abc",
                "created_at": "Mon Jan 01 10:00:00 +0000 2024",
            }
        }
    )
    deleted = [
        {
            "tweet": {
                "id_str": "1900000000000000001",
                "full_text": f"I should not have posted this {MARKERS['deleted_post']} about my neighbour at all",
                "created_at": "Tue Jan 02 10:00:00 +0000 2024",
                "deleted_at": "Tue Jan 02 10:05:00 +0000 2024",
            }
        }
    ]
    files = {
        "data/tweets.js": ytd("tweets", tweets),
        "data/account.js": ytd(
            "account",
            [
                {
                    "account": {
                        "email": MARKERS["email"],
                        "createdVia": "web",
                        "username": "priya_writes",
                        "accountId": "123456789",
                        "createdAt": "2012-03-04T05:06:07.000Z",
                        "accountDisplayName": "Priya",
                    }
                }
            ],
        ),
        "data/profile.js": ytd(
            "profile",
            [
                {
                    "profile": {
                        "description": {"bio": "I write about lanterns."},
                        "avatarMediaUrl": "",
                    }
                }
            ],
        ),
        "data/phone-number.js": ytd(
            "phone_number", [{"device": {"phoneNumber": MARKERS["phone"]}}]
        ),
        "data/ip-audit.js": ytd(
            "ip_audit",
            [
                {
                    "ipAudit": {
                        "accountId": "123456789",
                        "createdAt": "2024-01-01T00:00:00.000Z",
                        "loginIp": MARKERS["ip"],
                    }
                }
            ],
        ),
        "data/direct-messages.js": ytd(
            "direct_messages",
            [
                {
                    "dmConversation": {
                        "conversationId": "123456789-987654321",
                        "messages": [
                            {
                                "messageCreate": {
                                    "recipientId": "987654321",
                                    "reactions": [],
                                    "urls": [],
                                    "text": f"my door code is {MARKERS['dm']} see you later friend",
                                    "mediaUrls": [],
                                    "senderId": "123456789",
                                    "id": "1500000000000000001",
                                    "createdAt": "2024-01-03T10:00:00.000Z",
                                }
                            }
                        ],
                    }
                }
            ],
        ),
        "data/direct-messages-group.js": ytd(
            "direct_messages_group",
            [
                {
                    "dmConversation": {
                        "conversationId": "1500000000000000099",
                        "messages": [
                            {
                                "messageCreate": {
                                    "reactions": [],
                                    "urls": [],
                                    "text": f"group plans {MARKERS['group_dm']} for the weekend trip",
                                    "mediaUrls": [],
                                    "senderId": "123456789",
                                    "id": "1500000000000000002",
                                    "createdAt": "2024-01-04T10:00:00.000Z",
                                }
                            }
                        ],
                    }
                }
            ],
        ),
        "data/deleted-tweets.js": ytd("deleted_tweets", deleted),
        "data/deleted-note-tweet.js": ytd(
            "deleted_note_tweet",
            [
                {
                    "noteTweet": {
                        "noteTweetId": "1900000000000000002",
                        "createdAt": "2024-01-01T10:00:01.000Z",
                        "core": {
                            "text": "A long thought about lanterns and rivers and compasses that goes on "
                            f"and on {MARKERS['deleted_note']} until I deleted it",
                            "urls": [],
                            "mentions": [],
                            "hashtags": [],
                        },
                    }
                }
            ],
        ),
        "Your archive.html": "<html><body>Your archive</body></html>",
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)
    return path


def mastodon_statuses(base: str, n: int = 70) -> list[dict]:
    rng = random.Random(3)
    account = {
        "id": "109",
        "username": "alice",
        "acct": "alice",
        "display_name": "Alice",
        "url": f"{base}/@alice",
        "avatar": "",
    }

    def status(sid: int, text: str, visibility: str) -> dict:
        return {
            "id": str(sid),
            "created_at": f"2024-05-01T12:{sid % 60:02d}:00.000Z",
            "in_reply_to_id": None,
            "visibility": visibility,
            "spoiler_text": "",
            "uri": f"{base}/users/alice/statuses/{sid}",
            "url": f"{base}/@alice/{sid}",
            "content": f"<p>{text}</p>",
            "reblog": None,
            "account": account,
        }

    out = []
    for i in range(n):
        visibility = "unlisted" if i % 5 == 0 else "public"  # unlisted is public: kept
        out.append(status(20_000 - i, sentence(rng, i), visibility))
    out.insert(
        3, status(30_001, f"only for my followers {MARKERS['mastodon_private']} okay", "private")
    )
    out.insert(9, status(30_002, f"just between us {MARKERS['mastodon_direct']} right", "direct"))
    return out


@pytest.fixture
def mastodon():
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    base = f"http://127.0.0.1:{server.port}"
    server.expect_request("/api/v1/accounts/lookup").respond_with_json(
        {"id": "109", "username": "alice", "acct": "alice", "display_name": "Alice"}
    )
    server.expect_request("/api/v1/accounts/109/statuses").respond_with_json(
        mastodon_statuses(base)
    )
    yield server, f"@alice@127.0.0.1:{server.port}"
    server.clear()
    server.stop()


@pytest.fixture
def private_home(tmp_path, monkeypatch):
    """A home folder whose name is a marker; the user's files and outputs live in it."""
    home = tmp_path / HOME_MARKER
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("HUGGINGTWEETS_CACHE", str(tmp_path / "ht-cache"))
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "0.05")
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    for var in (
        "WANDB_DIR",
        "WANDB_DATA_DIR",
        "WANDB_CACHE_DIR",
        "WANDB_PROJECT",
        "WANDB_ENTITY",
        "WANDB_API_KEY",
        "HF_TOKEN",
        "HUGGING_FACE_HUB_TOKEN",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("WANDB_CONFIG_DIR", str(tmp_path / "wandb-config"))
    monkeypatch.chdir(home)
    return home


# --------------------------------------------------------------------------- searching outputs


def leaks(data: bytes, *, home: Path | None = None) -> list[str]:
    """Names of the markers (and the home folder, when given) found in some bytes; a zip (an
    archive copied whole) is searched inside, since its members are compressed."""
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            data += b"".join(z.read(name) for name in z.namelist())
    found = [name for name, m in MARKERS.items() if m.encode() in data]
    if home is not None and (HOME_MARKER.encode() in data or str(home).encode() in data):
        found.append("home folder")
    return found


def wandb_outputs(folder: Path, uploaded_only: bool = False) -> dict[str, bytes]:
    """What a `wandb sync` of these runs would send: each decoded record of each .wandb file,
    every file a staged artifact's manifest points at, and the run folders' `files/`; with
    `uploaded_only=False` also W&B's local logs and caches (which never leave the machine)."""
    out: dict[str, bytes] = {}
    runs = run_files(folder)
    assert runs, f"no W&B run under {folder}"
    for run in runs:
        for n, record in enumerate(wandb_records(run)):
            if record.WhichOneof("record_type") == "run":
                assert record.run.host != socket.gethostname(), "the machine's name is uploaded"
            if record.WhichOneof("record_type") == "artifact":
                for entry in record.artifact.manifest.contents:
                    assert not entry.ref.startswith("file:"), f"file:// reference {entry.ref}"
                    if entry.local_path:
                        out[f"artifact {record.artifact.name}/{entry.path}"] = Path(
                            entry.local_path
                        ).read_bytes()
                        # Where the sync reads the file from; W&B leaves it out of the manifest
                        # it uploads (ArtifactManifestV1.to_manifest_json).
                        entry.local_path = ""
            out[f"{run.name}#{n}"] = str(record).encode() + record.SerializeToString()
    for f in folder.rglob("*"):
        if f.is_file() and not f.name.endswith(".wandb"):
            if not uploaded_only or "files" in f.relative_to(folder).parts:
                out[str(f.relative_to(folder))] = f.read_bytes()
    return out


def artifact_files(folder: Path) -> dict[str, dict[str, bytes]]:
    """{artifact name: {path in artifact: bytes}} from the decoded run files."""
    arts: dict[str, dict[str, bytes]] = {}
    for run in run_files(folder):
        for record in wandb_records(run):
            if record.WhichOneof("record_type") == "artifact":
                files = arts.setdefault(record.artifact.name, {})
                for entry in record.artifact.manifest.contents:
                    if entry.local_path:
                        files[entry.path] = Path(entry.local_path).read_bytes()
    return arts


def assert_clean(outputs: dict[str, bytes], home: Path | None = None) -> None:
    bad = {name: found for name, data in outputs.items() if (found := leaks(data, home=home))}
    assert not bad, f"private data found: {bad}"


def run_cli(capfd, *args: str) -> str:
    rc = cli.main(list(args))
    out, err = capfd.readouterr()
    assert rc == 0, err[-3000:]
    return out + err


# --------------------------------------------------------------------------- the tests


def test_archive_reader_reads_posts_only(tmp_path):
    """Deleted posts and the other files are never read; the counts say nothing of them."""
    from huggingtweets.clean import clean_posts
    from huggingtweets.sources import FetchState, open_source

    archive = write_archive(tmp_path / "twitter-2024.zip")
    state = FetchState()
    open_source(str(archive)).fetch(state, None)
    assert len(state.posts) == 81  # the 80 posts and the truncated one; no deleted post
    assert_clean({p.id: json.dumps(p.to_json()).encode() for p in state.posts})
    stats, _ = clean_posts(state.account, state.posts)
    assert stats.downloaded == 81 and stats.not_public == 0


@pytest.mark.parametrize(
    "name, kind",
    [("deleted-tweets.js", "deleted_tweets"), ("direct-messages.js", "direct_messages")],
)
def test_a_private_file_given_alone_is_refused(tmp_path, capsys, name, kind):
    path = tmp_path / "data" / name
    path.parent.mkdir()
    path.write_text(ytd(kind, [{"tweet": {"id_str": "1", "full_text": MARKERS["deleted_post"]}}]))
    rc = cli.main(["download", str(path), "--out", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert rc == 1 and "is not the archive's tweets file" in err and len(err.splitlines()) == 1
    assert_clean({"out": (out + err).encode()})
    assert not (tmp_path / "out").exists()


def test_mastodon_followers_only_and_direct_statuses_are_counted_not_kept(
    tmp_path, mastodon, capsys
):
    _, handle = mastodon
    out = tmp_path / "d"
    rc = cli.main(["download", handle, "--out", str(out), "--json"])
    stdout, _ = capsys.readouterr()
    assert rc == 0
    (a,) = json.loads(stdout)["accounts"]
    assert a["not_public"] == 2  # the private and the direct one; the 14 unlisted are kept
    assert a["downloaded"] == 72 == a["not_public"] + a["reposts"] + a["short"] + a["kept"]
    assert a["kept"] == 70
    assert_clean({str(f): f.read_bytes() for f in out.rglob("*") if f.is_file()})
    rc = cli.main(["download", handle, "--out", str(out)])
    table, _ = capsys.readouterr()
    assert "Not public (left out)" in table


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_file_row_that_is_not_public_is_counted_not_kept(tmp_path, suffix):
    from huggingtweets.clean import clean_posts
    from huggingtweets.sources import FetchState, open_source

    rng = random.Random(2)
    rows = [(str(i), sentence(rng, i), "public") for i in range(5)]
    rows += [("90", MARKERS["mastodon_private"] + " a b c d", "private")]
    rows += [("91", MARKERS["mastodon_direct"] + " a b c d", "direct")]
    path = tmp_path / f"statuses{suffix}"
    if suffix == ".csv":
        path.write_text("id,text,visibility\n" + "".join(f"{i},{t},{v}\n" for i, t, v in rows))
    else:
        path.write_text(
            "".join(json.dumps({"id": i, "text": t, "visibility": v}) + "\n" for i, t, v in rows)
        )
    state = FetchState()
    open_source(str(path)).fetch(state, None)
    stats, kept = clean_posts(state.account, state.posts)
    assert (stats.downloaded, stats.not_public, stats.kept) == (7, 2, 5)
    assert_clean({p.id: json.dumps(p.to_json()).encode() for p in state.posts})


@pytest.mark.torch
def test_archive_and_mastodon_end_to_end(private_home, mastodon, capfd, monkeypatch):
    """download -> train -> generate -> publish with W&B offline: no marker anywhere."""
    _, handle = mastodon
    archive = write_archive(private_home / "Downloads" / "twitter-2024-11-30.zip")
    data, model = private_home / "ht" / "data", private_home / "ht" / "model"
    logs = run_cli(capfd, "download", str(archive), handle, "--out", str(data), "--json")
    accounts = {a["handle"].split("@")[0]: a for a in json.loads(logs.splitlines()[0])["accounts"]}
    assert accounts["priya_writes"]["downloaded"] == 81 and accounts["alice"]["not_public"] == 2
    text = (data / "train.txt").read_text() + (data / "valid.txt").read_text()
    assert "I should not have posted this" not in text  # the deleted post is not trained on
    assert "until I deleted it" not in text
    monkeypatch.setenv("WANDB_MODE", "offline")
    # trains and writes the card; the samples it writes are generated by the model.
    logs += run_cli(
        capfd,
        "train", str(data), "--out", str(model), "--base-model", "tiny", "--max-steps", "3",
        "--block-size", "32", "--batch-size", "2", "--wandb", "offline", "--seed", "1",
    )  # fmt: skip
    logs += run_cli(capfd, "generate", str(model), "--num", "2", "--max-new-tokens", "8")
    with HubServer(tokens={TOKEN: USER}) as hub:
        from huggingface_hub import constants

        hub.patch(monkeypatch)
        monkeypatch.setenv("HF_TOKEN", TOKEN)
        monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(private_home / "no-login" / "token"))
        monkeypatch.setattr(
            constants, "HF_STORED_TOKENS_PATH", str(private_home / "no-login" / "stored")
        )
        logs += run_cli(capfd, "publish", str(model), "--repo-id", f"{USER}/priya-alice")
        hub_files = {
            f"hub:{path}": body for repo in hub.repos.values() for path, body in repo.files.items()
        }
        for repo in hub.repos.values():
            for commit in repo.commits:
                hub_files[f"hub commit {commit.oid}"] = commit.message.encode()
    assert {"hub:README.md", "hub:training.json", "hub:model.safetensors"} <= set(hub_files)

    # What leaves the machine: no marker, and no path naming the home folder.
    uploaded = wandb_outputs(model / "wandb", uploaded_only=True) | hub_files
    for name in ("training.json", "README.md", "generations.json", "predictions.png"):
        uploaded[name] = (model / name).read_bytes()
    assert_clean(uploaded, home=private_home)
    # What stays here: no marker in any model-folder file, data file or log line.
    local = {str(f): f.read_bytes() for f in (private_home / "ht").rglob("*") if f.is_file()}
    assert_clean(local | {"stdout/stderr": logs.encode()})

    arts = artifact_files(model / "wandb")
    raw = arts["raw-dataset"]
    assert not any(p.startswith("source/") for p in raw), sorted(raw)
    sources = json.loads(raw["sources.json"])
    archive_source = next(s for s in sources if s["handle"] == "priya_writes")
    import hashlib

    assert archive_source["source"] == archive.name
    assert archive_source["file"] == {
        "name": archive.name,
        "bytes": archive.stat().st_size,
        "sha256": hashlib.sha256(archive.read_bytes()).hexdigest(),
    }
    archive_bytes = archive.read_bytes()
    for files in arts.values():
        for body in files.values():
            assert archive_bytes not in body
    # The Mastodon posts artifact holds the public posts only.
    (cache,) = [k for k in raw if k.startswith("raw/")]
    posts = json.loads(raw[cache])["posts"]
    assert len(posts) == 70 and all(p["text"] for p in posts)
    assert set(arts["train-dataset"]) == {"train.txt", "valid.txt", "dataset.json"}
    assert arts["train-dataset"]["train.txt"] == (data / "train.txt").read_bytes()


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
@pytest.mark.torch
def test_a_local_file_is_recorded_by_size_and_sha256(private_home, suffix, capfd):
    import hashlib

    from huggingtweets.pipeline import TrainOptions, run

    rng = random.Random(8)
    secret = "filemarker-ZZ81Q"
    path = private_home / "Documents" / f"my-posts{suffix}"
    path.parent.mkdir()
    rows = [sentence(rng, i) for i in range(70)]
    if suffix == ".csv":
        body = "id,text,note\n" + "".join(
            f'{i},"{t}","{secret if i == 0 else ""}"\n' for i, t in enumerate(rows)
        )
    else:
        body = "".join(
            json.dumps({"id": str(i), "text": t, "private_note": secret}) + "\n"
            for i, t in enumerate(rows)
        )
    path.write_text(body, encoding="utf-8")
    out = private_home / "model"
    run(
        [str(path)],
        out,
        TrainOptions(
            base_model="tiny", max_steps=2, block_size=32, batch_size=2, wandb_mode="offline",
            sample_generations=1, sample_max_new_tokens=8, seed=3,
        ),
    )  # fmt: skip
    capfd.readouterr()
    for name, data in wandb_outputs(out / "wandb").items():
        assert body.encode() not in data, f"the source file is in {name}"
        assert secret.encode() not in data, f"a column that is not the post is in {name}"
    for name, data in wandb_outputs(out / "wandb", uploaded_only=True).items():
        assert HOME_MARKER.encode() not in data, f"the home folder is named in {name}"
    raw = artifact_files(out / "wandb")["raw-dataset"]
    (source,) = json.loads(raw["sources.json"])
    assert source["file"] == {
        "name": path.name,
        "bytes": len(body.encode()),
        "sha256": hashlib.sha256(body.encode()).hexdigest(),
    }


class _Sink:
    """A local server that records any request (W&B and the Hub pointed here: none may come)."""

    def __init__(self):
        self.server = HTTPServer(host="127.0.0.1", port=0)
        self.server.start()
        self.server.expect_request(re.compile(".*")).respond_with_data("no", status=500)
        self.url = f"http://127.0.0.1:{self.server.port}"

    def requests(self) -> list[str]:
        return [req.path for req, _ in self.server.log]

    def stop(self):
        self.server.clear()
        self.server.stop()


@pytest.mark.torch
def test_wandb_disabled_uploads_nothing(private_home, tmp_path):
    """`--wandb disabled` with a W&B key present: no W&B folder, no request to W&B or the Hub
    (the real CLI in a fresh process, both pointed at a local server that records requests)."""
    import os
    import subprocess
    import sys

    sink = _Sink()
    try:
        env = dict(os.environ)
        for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "WANDB_MODE"):
            env.pop(name, None)
        env.update(
            WANDB_API_KEY="0123456789abcdef" * 2 + "deadbeef",
            WANDB_BASE_URL=sink.url,
            HF_ENDPOINT=sink.url,
            OMP_NUM_THREADS="1",
        )
        archive = write_archive(private_home / "archive.zip")
        model = private_home / "model"
        done = subprocess.run(
            [
                sys.executable, "-m", "huggingtweets", "train", str(archive), "--out", str(model),
                "--base-model", "tiny", "--max-steps", "2", "--block-size", "32",
                "--wandb", "disabled",
            ],
            env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        assert sink.requests() == []
        assert not (model / "wandb").exists()
        assert "W&B online" not in done.stdout + done.stderr
        assert_clean({"stdout/stderr": (done.stdout + done.stderr).encode()})
        training = json.loads((model / "training.json").read_text())
        assert training["wandb"]["mode"] == "disabled"
        assert "not logged" in (model / "README.md").read_text()
    finally:
        sink.stop()


_ONLINE_RUN = """
import os, sys
from huggingtweets import tracking
tracking.INIT_TIMEOUT = 3.0
tracker = tracking.Tracker.create("online", sys.argv[1])
try:
    run = tracker._init("preprocess", "preprocess-x", {"a": 1}, group="x")
    run.finish()
finally:
    tracker.finish()
print("mode", tracker.mode, flush=True)
sys.stderr.flush()
# wandb 0.28.1 (Colab's) waits at exit for its service, which still retries the unreachable
# server; the check is done, so this process leaves without that wait.
os._exit(0)
"""


def test_online_run_says_where_data_goes_first(private_home, monkeypatch):
    """Before an online run starts, one line names the project, its visibility and what goes."""
    import os
    import subprocess
    import sys

    from huggingtweets import tracking

    with socket.socket() as s:  # a port nothing listens on: the online run cannot start
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("WANDB_BASE_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("WANDB_API_KEY", "0123456789abcdef" * 2 + "deadbeef")
    monkeypatch.setenv("WANDB_PROJECT", "my-bots")
    # In a process of its own: the W&B service it starts ends with it.
    proc = subprocess.run(
        [sys.executable, "-c", _ONLINE_RUN, str(private_home / "m")],
        capture_output=True, text=True, env=dict(os.environ), cwd=private_home, timeout=300,
    )
    err = proc.stderr
    assert proc.returncode == 0, err[-3000:]
    notices = [line for line in err.splitlines() if line.startswith("W&B online:")]
    assert len(notices) == 1, err
    assert "project my-bots" in notices[0] and "visibility Team" in notices[0]
    assert "never your source files" in notices[0]
    assert tracking.upload_notice("my-bots") in err
    assert "mode offline" in proc.stdout  # it could not start online: nothing was uploaded


def test_card_says_what_was_uploaded():
    from huggingtweets.card import render_card
    from huggingtweets.tracking import UPLOADED

    training = {
        "accounts": [{"handle": "a", "display_name": "A", "downloaded": 5, "not_public": 2,
                      "reposts": 1, "short": 1, "kept": 1}],
        "wandb": {"mode": "online", "project": "my-bots", "entity": "me",
                  "preprocess_run_url": "https://wandb.ai/me/my-bots/runs/1"},
    }  # fmt: skip
    card = render_card(training, "me/a")
    data = card.split("## Training data", 1)[1].split("## Training procedure", 1)[0]
    assert "me/my-bots" in data and UPLOADED in data and "visibility Team" in data
    assert "| Not public (left out) | 2 |" in data
    training["wandb"] = {"mode": "offline"}
    training["accounts"][0]["not_public"] = 0
    card = render_card(training, "me/a")
    assert "not uploaded" in card and "Not public" not in card


@pytest.mark.slow
def test_notebook_on_the_archive_shows_nothing_private(private_home, monkeypatch):
    """The notebook, run all under papermill on the archive with W&B offline."""
    import nbformat
    import papermill
    from test_notebook import NOTEBOOK, python3_kernel

    kernel = python3_kernel(private_home.parent, monkeypatch)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TOKENIZERS_PARALLELISM", "false")
    archive = write_archive(private_home / "Downloads" / "twitter-archive.zip")
    out_dir = private_home / "nb-out"
    output = private_home.parent / "executed.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK),
        str(output),
        parameters={
            "sources": [str(archive)],
            "base_model": "tiny",
            "max_steps": 2,
            "num_posts": 2,
            "autorun": True,
            "out_dir": str(out_dir),
            "wandb_mode": "offline",
        },
        kernel_name=kernel,
        cwd=str(private_home),
        progress_bar=False,
        execution_timeout=300,
    )
    nb = nbformat.read(output, as_version=4)
    text = json.dumps([c.get("outputs", []) for c in nb.cells])
    assert "== train" in text
    assert_clean({"executed notebook": output.read_bytes()})
    assert_clean({"notebook outputs": text.encode()}, home=private_home)
    model = out_dir / "model"
    uploaded = wandb_outputs(model / "wandb", uploaded_only=True)
    for name in ("training.json", "README.md", "generations.json"):
        uploaded[name] = (model / name).read_bytes()
    assert_clean(uploaded, home=private_home)
    assert_clean({str(f): f.read_bytes() for f in out_dir.rglob("*") if f.is_file()})


def test_notebook_tracking_choice_says_where_data_goes(tmp_path, monkeypatch):
    from huggingtweets.app import App
    from huggingtweets.tracking import upload_notice

    monkeypatch.setenv("WANDB_PROJECT", "my-bots")
    monkeypatch.delenv("WANDB_ENTITY", raising=False)
    app = App(out_dir=tmp_path / "out", sources=["sample"], wandb_mode="disabled")
    assert "nothing is logged or uploaded" in app.tracking_note.value
    app.tracking.value = "online"
    assert html.escape(upload_notice("my-bots")) in app.tracking_note.value
    app.tracking.value = "offline"
    assert "nothing is uploaded" in app.tracking_note.value


def test_public_names_for_local_things(tmp_path, monkeypatch):
    from huggingtweets.privacy import fingerprint, public_source, scrub_paths

    home = tmp_path / HOME_MARKER
    (home / "x").mkdir(parents=True)
    (home / "x" / "posts.csv").write_text("text\nhello there friend\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home)
    assert public_source(str(home / "archive.zip")) == "archive.zip"
    assert public_source("~/Downloads/twitter.zip") == "twitter.zip"
    assert public_source("file:/home/me/posts.jsonl") == "posts.jsonl"
    assert public_source("file:///home/me/posts.jsonl") == "posts.jsonl"
    assert public_source("x/posts.csv") == "posts.csv"  # relative, and there
    assert public_source(r"C:\Users\me\posts.csv") == "posts.csv"
    for public in ("sample", "@alice@mastodon.social", "https://mastodon.social/@alice",
                   "name.bsky.social", "did:plc:abc123", "jack", "openai-community/gpt2"):  # fmt: skip
        assert public_source(public) == public
    scrubbed = scrub_paths({"a": [str(home / "m" / "checkpoints")], "b": f"saved in {home}/m"})
    assert scrubbed == {"a": ["checkpoints"], "b": "saved in ~/m"}
    record = fingerprint(home / "x" / "posts.csv")
    assert record["name"] == "posts.csv" and record["bytes"] == 24 and len(record["sha256"]) == 64


def test_an_extracted_archive_folder_is_fingerprinted_by_its_data_files(tmp_path):
    from huggingtweets.privacy import folder_fingerprint

    archive = write_archive(tmp_path / "a.zip")
    folder = tmp_path / "twitter-2024"
    with zipfile.ZipFile(archive) as z:
        z.extractall(folder)
    first = folder_fingerprint(folder)
    (folder / "data" / "tweets_media").mkdir()
    (folder / "data" / "tweets_media" / "1-a.jpg").write_bytes(b"\xff\xd8" * 1000)
    assert folder_fingerprint(folder) == first  # media are not hashed
    (folder / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = []")
    changed = folder_fingerprint(folder)
    assert changed["sha256"] != first["sha256"] and changed["name"] == "twitter-2024"
