"""`huggingtweets publish` against a local Hub (tests/hub_server.py) with the real huggingface_hub.

The model folder is made once by the real trainer (tiny model, 2 steps). Most tests call the
package in-process with huggingface_hub pointed at the local Hub (`HubServer.patch`); one runs
`python -m huggingtweets publish` in a subprocess with HF_ENDPOINT, exactly as a user would.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from hub_server import HubServer

from huggingtweets import cli
from huggingtweets.card import write_card
from huggingtweets.errors import UserError
from huggingtweets.pipeline import PublishRequest, TrainOptions, publish_model, run
from huggingtweets.publish import PublishResult, publish, repo_name_for, resolve_repo_id

TOKEN = "hf_" + "abcdefghijklmnopqrstuvwxyzABCDEFGH"  # hf_ + 34 letters
BAD_TOKEN = "hf_" + "ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvuts"
assert len(TOKEN) == len(BAD_TOKEN) == 37
USER = "alice"
PUBLISHED = {
    "README.md",
    "config.json",
    "generation_config.json",
    "model.safetensors",
    "predictions.png",
    "tokenizer.json",
    "tokenizer_config.json",
    "training.json",
}

WORDS = (
    "sky clear tonight watched saturn rise over the harbour bread proofed slowly in a warm kitchen "
    "library books coffee rain garden telescope moon neighbours dog walk morning quiet town sea "
    "wind stars notes friends baking tram market bicycle orchard lantern chess violin"
).split()


def write_posts(path: Path, n: int = 100) -> Path:
    rng = random.Random(7)
    lines = []
    for i in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(9, 18))]
        lines.append(f"Note {i}: " + " ".join(words).capitalize() + rng.choice(".!?"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(path.read_text(encoding="utf-8")) >= 6000
    return path


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    """A model folder written by the real trainer (once for this module)."""
    base = tmp_path_factory.mktemp("publish-model")
    mp = pytest.MonkeyPatch()
    mp.setenv("HUGGINGTWEETS_CACHE", str(base / "cache"))
    mp.setenv("WANDB_MODE", "disabled")
    mp.setenv("HF_HUB_OFFLINE", "1")
    try:
        posts = write_posts(base / "posts.txt")
        out = base / "model"
        run(
            [str(posts)],
            out,
            TrainOptions(
                base_model="tiny",
                max_steps=2,
                block_size=32,
                wandb_mode="disabled",
                sample_generations=2,
                sample_max_new_tokens=24,
            ),
        )
    finally:
        mp.undo()
    assert (out / "checkpoints").is_dir() and (out / "data").is_dir()
    return out


@pytest.fixture(scope="module")
def hub():
    with HubServer(tokens={TOKEN: USER}) as server:
        yield server


@pytest.fixture
def env(hub, monkeypatch, tmp_path):
    """huggingface_hub pointed at the local Hub, HF_TOKEN set, no login cache, clean Hub state."""
    from huggingface_hub import constants

    hub.patch(monkeypatch)
    hub.fail_commit = None
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.delenv("HUGGING_FACE_HUB_TOKEN", raising=False)
    monkeypatch.delenv("HF_OIDC_RESOURCE", raising=False)
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-login" / "token"))
    monkeypatch.setattr(
        constants, "HF_STORED_TOKENS_PATH", str(tmp_path / "no-login" / "stored_tokens")
    )
    yield hub
    hub.fail_commit = None


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = cli.main(["publish", *args])
    out, err = capsys.readouterr()
    assert TOKEN not in out + err and BAD_TOKEN not in out + err
    return rc, out, err


def error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, err
    return lines[0]


def publish_as_user(model: Path, repo_id: str | None = None, private: bool = False):
    """What `huggingtweets publish` and the notebook's Publish run: the card written for the
    repo id, then publish.publish's upload."""
    return publish_model(model, PublishRequest(repo_id=repo_id, private=private))


def copy_model(trained: Path, dest: Path) -> Path:
    """A copy without the (large) checkpoints; an empty-ish checkpoints/ stays to be excluded."""
    shutil.copytree(trained, dest, ignore=shutil.ignore_patterns("checkpoints"))
    (dest / "checkpoints" / "checkpoint-1").mkdir(parents=True)
    (dest / "checkpoints" / "checkpoint-1" / "model.safetensors").write_bytes(b"x")
    return dest


# ---------------------------------------------------------------------------- tests


def test_default_repo_name_is_sanitised():
    assert repo_name_for(["Posts"]) == "posts"
    assert repo_name_for(["User@Host.social", "name.bsky.social", "@Zed"]) == (
        "name.bsky.social-user-host.social-zed"
    )
    assert repo_name_for(["a" * 200]) == "a" * 96
    assert repo_name_for(["../../etc"]) == "etc"
    assert repo_name_for(["@@@"]) == "huggingtweets-model"
    assert repo_name_for(["bot.git"]) == "bot-git"  # the Hub refuses a name ending in .git


@pytest.mark.torch
def test_publish_creates_the_repo_and_uploads_one_commit(trained, env):
    hub = env
    result = publish_as_user(trained)
    assert isinstance(result, PublishResult)
    assert result.repo_id == f"{USER}/posts"  # whoami name + the handle
    assert result.url == f"{hub.url}/{USER}/posts"
    repo = hub.repos[result.repo_id]
    assert not repo.private
    assert len(repo.commits) == 1 and result.commit == repo.sha
    assert set(result.files) == PUBLISHED and result.files == sorted(result.files)
    assert sorted(repo.files) == result.files
    assert not any(p.startswith(("checkpoints/", "data/", "wandb/")) for p in repo.files)
    assert "generations.json" not in repo.files
    for name in result.files:
        assert repo.files[name] == (trained / name).read_bytes(), name
    card = repo.files["README.md"].decode()
    assert f"model='{USER}/posts'" in card
    assert f"{hub.url}/{USER}/posts/resolve/main/predictions.png" in card
    commits = [r for r in hub.requests if r[0] == "POST" and "/commit/" in r[1]]
    assert len(commits) == 1


@pytest.mark.torch
def test_publish_again_updates_in_place(trained, env, tmp_path):
    hub = env
    model = copy_model(trained, tmp_path / "model")
    repo_id = f"{USER}/again"
    first = publish_as_user(model, repo_id)
    # Nothing changed: no empty commit, same head.
    same = publish_as_user(model, repo_id)
    assert same.commit == first.commit and len(hub.repos[repo_id].commits) == 1

    # A changed record (and a new tokenizer file): one new commit on the same repo.
    training = json.loads((model / "training.json").read_text(encoding="utf-8"))
    training["accounts"][0]["display_name"] = "Posts Again"
    (model / "training.json").write_text(json.dumps(training), encoding="utf-8")
    (model / "added_tokens.json").write_text("{}", encoding="utf-8")
    second = publish_as_user(model, repo_id)
    repo = hub.repos[repo_id]
    assert second.repo_id == repo_id and second.commit != first.commit
    assert len(repo.commits) == 2 and repo.sha == second.commit
    assert "Posts Again" in repo.files["README.md"].decode()
    assert "added_tokens.json" in repo.files

    # A file it published before and the folder no longer has is removed in the next commit.
    (model / "added_tokens.json").unlink()
    third = publish_as_user(model, repo_id)
    assert "added_tokens.json" not in hub.repos[repo_id].files
    assert third.files == sorted(hub.repos[repo_id].files)
    assert not any(p.startswith("checkpoints/") for p in hub.repos[repo_id].files)


@pytest.mark.torch
def test_private_flag_reaches_the_hub(trained, env, capsys):
    hub = env
    rc, out, err = run_cli(capsys, str(trained), "--repo-id", f"{USER}/secret-bot", "--private")
    assert rc == 0, err
    assert out.strip() == f"published: {hub.url}/{USER}/secret-bot"
    assert hub.repos[f"{USER}/secret-bot"].private is True
    with pytest.raises(urllib.error.HTTPError) as e:  # anonymous: not found, as on the Hub
        urllib.request.urlopen(f"{hub.url}/api/models/{USER}/secret-bot", timeout=10)
    assert e.value.code == 404

    # An existing public repo published again with --private becomes private.
    assert run_cli(capsys, str(trained), "--repo-id", f"{USER}/flip")[0] == 0
    assert hub.repos[f"{USER}/flip"].private is False
    assert run_cli(capsys, str(trained), "--repo-id", f"{USER}/flip", "--private")[0] == 0
    assert hub.repos[f"{USER}/flip"].private is True


@pytest.mark.torch
def test_json_contract(trained, env, capsys):
    hub = env
    rc, out, err = run_cli(capsys, str(trained), "--repo-id", f"{USER}/json-bot", "--json")
    assert rc == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert list(data) == ["repo_id", "url", "commit", "files"]
    assert data["repo_id"] == f"{USER}/json-bot"
    assert data["url"] == f"{hub.url}/{USER}/json-bot"
    assert data["commit"] == hub.repos[f"{USER}/json-bot"].sha
    assert data["files"] == sorted(PUBLISHED)


@pytest.mark.torch
def test_bad_token_is_one_clear_line(trained, env, capsys, monkeypatch):
    hub = env
    monkeypatch.setenv("HF_TOKEN", BAD_TOKEN)
    for args in ([str(trained)], [str(trained), "--repo-id", f"{USER}/nope"]):
        rc, out, err = run_cli(capsys, *args)
        assert rc == 1 and out == ""
        assert error_line(err) == (
            "error: The Hugging Face Hub rejected the token (HTTP 401): "
            "check that HF_TOKEN is valid and has write access."
        )
    assert f"{USER}/nope" not in hub.repos


@pytest.mark.torch
def test_no_token_is_one_clear_line(trained, env, capsys, monkeypatch):
    hub = env
    monkeypatch.delenv("HF_TOKEN")
    before = len(hub.requests)
    rc, out, err = run_cli(capsys, str(trained))
    assert rc == 1
    assert error_line(err) == (
        "error: No Hugging Face token: create one with write access at "
        "https://huggingface.co/settings/tokens and set HF_TOKEN "
        "(or add it as a Colab secret named HF_TOKEN)."
    )
    assert len(hub.requests) == before  # nothing was sent


@pytest.mark.torch
def test_failed_commit_publishes_nothing(trained, env, capsys):
    hub = env
    hub.fail_commit = 500
    before = {p.name: p.stat().st_size for p in trained.iterdir() if p.is_file()}
    rc, out, err = run_cli(capsys, str(trained), "--repo-id", f"{USER}/broken")
    assert rc == 1
    line = error_line(err)
    assert line.startswith(f"error: Publishing to {hub.url} failed (HTTP 500)")
    assert f"the model is intact in {trained}" in line
    assert "run the same `huggingtweets publish` again" in line
    assert hub.repos[f"{USER}/broken"].files == {}  # the repo exists, empty: no half model
    assert hub.repos[f"{USER}/broken"].commits == []
    after = {p.name: p.stat().st_size for p in trained.iterdir() if p.is_file()}
    assert after.keys() == before.keys()

    # Running the same command again once the Hub is back finishes the job.
    hub.fail_commit = None
    rc, out, err = run_cli(capsys, str(trained), "--repo-id", f"{USER}/broken")
    assert rc == 0, err
    assert sorted(hub.repos[f"{USER}/broken"].files) == sorted(PUBLISHED)


@pytest.mark.torch
def test_card_refused_by_the_hub_creates_no_repo(trained, env, capsys, monkeypatch):
    """The card is validated against the endpoint (POST /api/validate-yaml) before create_repo."""
    import hub_server

    def refuse(handler, g, body):
        handler._send(400, {"errors": [{"message": "license: not a known licence"}]})

    monkeypatch.setattr(hub_server._Handler, "do_validate_yaml", refuse)
    before = len(env.requests)
    rc, out, err = run_cli(capsys, str(trained), "--repo-id", f"{USER}/refused")
    assert rc == 1
    line = error_line(err)
    assert "refused the model card's metadata" in line and TOKEN not in line
    assert f"{USER}/refused" not in env.repos
    sent = [path for _, path, _ in env.requests[before:]]
    assert "/api/validate-yaml" in sent and "/api/repos/create" not in sent


@pytest.mark.torch
def test_unreachable_hub_is_one_clear_line(trained, env, capsys, monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")  # discard port: refused
    rc, out, err = run_cli(capsys, str(trained), "--repo-id", f"{USER}/offline")
    assert rc == 1
    line = error_line(err)
    assert line.startswith("error: Publishing to http://127.0.0.1:9 failed (")
    assert "the model is intact in" in line


@pytest.mark.parametrize("repo_id", ["../x", "a/b/c", "", "   ", "noslash", "alice/..", "/x"])
@pytest.mark.torch
def test_bad_repo_ids_are_refused_before_any_request(trained, env, repo_id):
    hub = env
    before = len(hub.requests)
    with pytest.raises(UserError, match="is not a Hub repo id"):
        publish(trained, repo_id=repo_id)
    assert len(hub.requests) == before


def test_not_a_model_folder(env, tmp_path):
    with pytest.raises(UserError, match=r"train one with `huggingtweets train`") as e:
        publish(tmp_path / "missing")
    assert "missing" in str(e.value)
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "config.json").write_text("{}")
    with pytest.raises(UserError, match=r"train one with `huggingtweets train`") as e:
        publish(tmp_path / "half")
    assert "half" in str(e.value) and "training.json" in str(e.value)


@pytest.mark.torch
def test_published_model_loads_and_generates(trained, env, tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    repo_id = f"{USER}/loadable"
    publish_as_user(trained, repo_id, private=True)
    cache = tmp_path / "hf-cache"
    model = AutoModelForCausalLM.from_pretrained(repo_id, token=TOKEN, cache_dir=cache)
    tok = AutoTokenizer.from_pretrained(repo_id, token=TOKEN, cache_dir=cache)
    ids = tok("My dream is", return_tensors="pt")
    out = model.generate(
        **ids, max_new_tokens=5, min_new_tokens=5, do_sample=False, pad_token_id=tok.eos_token_id
    )
    text = tok.decode(out[0], skip_special_tokens=True)
    assert text.startswith("My dream is") and out.shape[1] == ids["input_ids"].shape[1] + 5
    # The weights that came back are the trained ones.
    from safetensors.torch import load_file

    local = load_file(str(trained / "model.safetensors"))
    name = next(iter(local))
    assert model.state_dict()[name].equal(local[name]) or any(
        t.equal(local[name]) for t in model.state_dict().values()
    )


@pytest.mark.torch
def test_cli_in_a_subprocess_with_hf_endpoint(trained, hub, tmp_path):
    """What a user runs: `python -m huggingtweets publish --json` with HF_ENDPOINT."""
    env = hub.subprocess_env(
        HF_TOKEN=TOKEN,
        HF_HOME=str(tmp_path / "hf-home"),
        HUGGINGTWEETS_CACHE=str(tmp_path / "cache"),
    )
    proc = subprocess.run(
        [sys.executable, "-m", "huggingtweets", "publish", str(trained), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert TOKEN not in proc.stdout + proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"repo_id", "url", "commit", "files"}
    assert data["repo_id"] == f"{USER}/posts" and data["url"] == f"{hub.url}/{USER}/posts"
    assert data["commit"] == hub.repos[data["repo_id"]].sha
    assert data["files"] == sorted(PUBLISHED)


@pytest.mark.slow  # trains and samples twice (~30-60 s on 2 CPUs); CI runs it
def test_notebook_app_publishes_for_real(env, tmp_path, monkeypatch):
    """The app's four steps with the real functions: download, train (tiny), generate, then
    publish through the password box to the local Hub; the token is kept in no widget."""
    from huggingtweets.app import App

    monkeypatch.setenv("HUGGINGTWEETS_CACHE", str(tmp_path / "cache"))
    posts = write_posts(tmp_path / "friend.txt")
    app = App(
        out_dir=tmp_path / "nb",
        sources=[str(posts)],
        base_model="tiny",
        max_steps=2,
        wandb_mode="disabled",
        num_posts=2,
    )
    assert app.on_download() is True, app.last_error
    assert app.on_train() is True, app.last_error
    assert app.on_generate() is True, app.last_error
    app.token.value = TOKEN
    assert app.on_publish() is True, app.last_error
    repo_id = f"{USER}/friend"
    assert repo_id in env.repos
    assert {"README.md", "model.safetensors", "config.json"} <= set(env.repos[repo_id].files)
    assert f"{env.url}/{repo_id}" in app.publish_html.value
    assert app.token.value == ""
    for widget_value in (app.publish_html.value, app.publish_error.value, app.repo_id.value):
        assert TOKEN not in widget_value


@pytest.mark.torch
def test_publish_uploads_the_card_the_caller_wrote(trained, env, tmp_path):
    """The pipeline writes the card for the repo id, then publishes: publish only uploads it
    (no second rendering of the card or the picture)."""
    hub = env
    model = copy_model(trained, tmp_path / "model")
    repo_id = f"{USER}/written-first"
    path = write_card(model, repo_id)
    text = path.read_text(encoding="utf-8") + "\nA line the caller added.\n"
    path.write_text(text, encoding="utf-8")
    picture = model / "predictions.png"
    before = (picture.read_bytes(), picture.stat().st_mtime_ns)
    publish(model, repo_id=repo_id)
    assert hub.repos[repo_id].files["README.md"].decode() == text
    assert (model / "README.md").read_text(encoding="utf-8") == text
    assert (picture.read_bytes(), picture.stat().st_mtime_ns) == before


@pytest.mark.torch
def test_publish_command_writes_the_card_when_it_names_another_repo(trained, env, tmp_path, capsys):
    hub = env
    model = copy_model(trained, tmp_path / "model")
    write_card(model, f"{USER}/old-name")
    (model / "predictions.png").unlink()
    rc, out, err = run_cli(capsys, str(model), "--repo-id", f"{USER}/new-name")
    assert rc == 0, err
    card = hub.repos[f"{USER}/new-name"].files["README.md"].decode()
    assert f"model='{USER}/new-name'" in card and "old-name" not in card
    assert (model / "README.md").read_text(encoding="utf-8") == card
    assert "predictions.png" in hub.repos[f"{USER}/new-name"].files  # drawn, as it was missing


@pytest.mark.torch
def test_publish_alone_refuses_a_card_it_was_not_given(trained, env, tmp_path):
    """publish.publish only uploads: a card for another repo, an out-of-date one or none is
    refused in one line naming the command that writes it, and nothing reaches the Hub."""
    hub = env
    model = copy_model(trained, tmp_path / "model")
    repo_id = f"{USER}/not-this-card"
    old = write_card(model, f"{USER}/old-name").read_text(encoding="utf-8")
    before = len(hub.requests)
    with pytest.raises(UserError) as e:
        publish(model, repo_id=repo_id)
    message = str(e.value)
    assert "\n" not in message and f"written for another repo than {repo_id}" in message
    assert f"huggingtweets publish {model} --repo-id {repo_id}" in message
    assert (model / "README.md").read_text(encoding="utf-8") == old  # not rendered here

    write_card(model, repo_id)
    training = model / "training.json"
    # The record changed after the card was written (the card's own time: the module's model may
    # have been trained minutes before this test runs).
    later = (model / "README.md").stat().st_mtime + 60
    os.utime(training, (later, later))
    with pytest.raises(UserError, match="is older than its training.json"):
        publish(model, repo_id=repo_id)
    (model / "README.md").unlink()
    with pytest.raises(UserError, match=r"has no model card \(README.md\)"):
        publish(model, repo_id=repo_id)
    assert not (model / "README.md").exists()
    assert len(hub.requests) == before and repo_id not in hub.repos


@pytest.mark.torch
def test_a_card_that_cannot_be_written_stops_the_publish(trained, env, tmp_path, monkeypatch):
    from huggingtweets import card

    hub = env
    model = copy_model(trained, tmp_path / "model")

    def disk_full(model_dir, repo_id=None):
        raise OSError("No space left on device")

    monkeypatch.setattr(card, "write_card", disk_full)
    before = len(hub.requests)
    with pytest.raises(UserError) as e:
        publish_as_user(model, f"{USER}/no-card")
    message = str(e.value)
    assert "\n" not in message
    assert message.startswith(f"Could not write the model card for {USER}/no-card (OSError")
    assert "nothing was published" in message
    assert len(hub.requests) == before and f"{USER}/no-card" not in hub.repos


@pytest.mark.torch
def test_resolve_repo_id_is_the_one_publish_uses(trained, env):
    hub = env
    before = len(hub.requests)
    assert resolve_repo_id(trained, f"{USER}/given") == f"{USER}/given"
    assert len(hub.requests) == before  # a given id needs no request
    assert resolve_repo_id(trained) == f"{USER}/posts"  # whoami's name + the handles
    with pytest.raises(UserError, match="is not a Hub repo id"):
        resolve_repo_id(trained, "a/b/c")


@pytest.mark.torch
def test_token_is_in_no_file(trained, hub):
    """Runs last: the token never landed in the model folder or on the Hub."""
    for path in trained.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert TOKEN.encode() not in data and BAD_TOKEN.encode() not in data, path
    for repo in hub.repos.values():
        for commit in repo.commits:
            for name, data in commit.files.items():
                assert TOKEN.encode() not in data, (repo.repo_id, name)
