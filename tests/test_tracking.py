"""W&B offline: decode the runs' .wandb files and check metrics, config, artifacts, the table."""

from __future__ import annotations

import json
import random
import struct
from pathlib import Path

import pytest

from huggingtweets import tracking
from huggingtweets.pipeline import TrainOptions, run

FAKE_KEY = "fakewandbkey" + "0123456789" * 3  # 42 characters, looks like a key
FAKE_HF = "hf_" + "FakeHubToken1234567890abcdef"
FAKE_X = "FakeXBearerToken-1234567890abcdefgh"


def wandb_records(path: Path):
    """Records of a `run-*.wandb` file (W&B's LevelDB-style log of `Record` protobufs).

    wandb 0.31 moved its own reader (`wandb.sdk.internal.datastore.DataStore`) into the Go core,
    so the framing is read here: a 7-byte header, then 32 KiB blocks of chunks
    (crc32, length, type FULL=1 / FIRST=2 / MIDDLE=3 / LAST=4).
    """
    from wandb.proto import wandb_internal_pb2 as pb

    data = path.read_bytes()
    assert data[:4] == b":W&B"
    pos, block, pending = 7, 32768, b""
    while pos + 7 <= len(data):
        left = block - pos % block
        if left < 7:
            pos += left
            continue
        _crc, length, kind = struct.unpack("<IHB", data[pos : pos + 7])
        if kind == 0 and length == 0:
            pos += left
            continue
        chunk = data[pos + 7 : pos + 7 + length]
        pos += 7 + length
        if kind in (1, 4):
            record = pb.Record()
            record.ParseFromString(pending + chunk if kind == 4 else chunk)
            pending = b""
            yield record
        elif kind == 2:
            pending = chunk
        elif kind == 3:
            pending += chunk


def run_files(folder: Path) -> list[Path]:
    """The W&B run files under `folder`, whole. wandb 0.31's `run.finish()` returns before its
    service has written everything (the file may still be a bare header); ending the service
    (`wandb.teardown()`, as at interpreter exit) flushes them. Each file must hold its run."""
    import wandb

    wandb.teardown()
    files = sorted(folder.rglob("run-*.wandb"))
    for f in files:
        kinds = {r.WhichOneof("record_type") for r in wandb_records(f)}
        assert {"run", "exit"} <= kinds, f"{f.name} is not a whole run ({sorted(kinds)})"
    return files


@pytest.fixture(scope="module")
def tracked_run(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    base = tmp_path_factory.getbasetemp()
    mp.setenv("HUGGINGTWEETS_CACHE", str(base / "ht-cache"))
    mp.setenv("HF_HUB_OFFLINE", "1")
    for var in ("WANDB_DIR", "WANDB_DATA_DIR", "WANDB_CACHE_DIR", "WANDB_MODE", "WANDB_PROJECT"):
        mp.delenv(var, raising=False)
    mp.setenv("WANDB_API_KEY", FAKE_KEY)
    mp.setenv("HF_TOKEN", FAKE_HF)
    mp.setenv("X_BEARER_TOKEN", FAKE_X)
    src = tmp_path_factory.mktemp("src") / "mara.txt"
    rng = random.Random(5)
    words = "stars bread harbour library telescope rain morning dog moon coffee quiet sea".split()
    src.write_text(
        "\n".join(
            f"Note {i}: " + " ".join(rng.choice(words) for _ in range(rng.randint(12, 20)))
            for i in range(60)
        )
    )
    out = tmp_path_factory.mktemp("model")
    options = TrainOptions(
        base_model="tiny",
        max_steps=10,
        block_size=32,
        batch_size=2,
        eval_steps=5,
        wandb_mode="offline",
        seed=2,
        sample_generations=3,
        sample_max_new_tokens=12,
        card=False,
    )
    try:
        result = run([str(src)], out, options)
    finally:
        mp.undo()
    runs = {}
    for f in run_files(out / "wandb"):
        runs[f] = list(wandb_records(f))
    return out, result, runs


def _job_type(records) -> str:
    return next(r.run.job_type for r in records if r.WhichOneof("record_type") == "run")


def _by_job(runs, job):
    found = [recs for recs in runs.values() if _job_type(recs) == job]
    assert len(found) == 1, f"{len(found)} {job} runs"
    return found[0]


def _config(records) -> dict:
    out = {}
    for r in records:
        kind = r.WhichOneof("record_type")
        items = (
            r.run.config.update if kind == "run" else r.config.update if kind == "config" else []
        )
        for item in items:
            key = "/".join(item.nested_key) if item.nested_key else item.key
            out[key] = json.loads(item.value_json)
    return out


def _history(records) -> list[dict]:
    rows = []
    for r in records:
        if r.WhichOneof("record_type") == "history":
            rows.append(
                {
                    ("/".join(i.nested_key) if i.nested_key else i.key): json.loads(i.value_json)
                    for i in r.history.item
                }
            )
    return rows


def _artifacts(records) -> dict:
    return {
        r.artifact.name: r.artifact for r in records if r.WhichOneof("record_type") == "artifact"
    }


@pytest.mark.torch
def test_runs_live_inside_out_dir(tracked_run):
    out, _, runs = tracked_run
    assert len(runs) == 2  # preprocess + train
    for path in runs:
        assert out / "wandb" in path.parents
    record = json.loads((out / "training.json").read_text())
    w = record["wandb"]
    assert w["mode"] == "offline" and w["project"] == "huggingtweets"
    assert w["preprocess_run_url"] is None and w["train_run_url"] is None
    # Relative to the model folder: training.json is published, local paths are not.
    assert w["run_dir"] and not Path(w["run_dir"]).is_absolute() and (out / w["run_dir"]).is_dir()


@pytest.mark.torch
def test_loss_history(tracked_run):
    _, result, runs = tracked_run
    rows = _history(_by_job(runs, "train"))
    train_losses = [r["train/loss"] for r in rows if "train/loss" in r]
    eval_losses = [r["eval/loss"] for r in rows if "eval/loss" in r]
    assert len(train_losses) >= 2  # every 5 steps, plus the first
    assert len(eval_losses) >= 2
    assert all(isinstance(x, float) for x in train_losses + eval_losses)
    assert eval_losses[-1] == pytest.approx(result.eval_loss, rel=1e-5)


@pytest.mark.torch
def test_config_has_hyperparameters_and_versions_but_no_secret(tracked_run):
    out, _, runs = tracked_run
    config = _config(_by_job(runs, "train"))
    assert config["base_model"] == "tiny"
    assert config["hyperparameters"]["learning_rate"] == pytest.approx(1.372e-4)
    assert config["hyperparameters"]["block_size"] == 32
    assert config["options"]["seed"] == 2
    assert set(config["versions"]) >= {
        "huggingtweets",
        "transformers",
        "torch",
        "datasets",
        "python",
    }
    for path in runs:
        raw = path.read_bytes()
        for secret in (FAKE_KEY, FAKE_HF, FAKE_X):
            assert secret.encode() not in raw, f"a secret leaked into {path.name}"
    for f in out.rglob("*"):
        if f.is_file() and f.stat().st_size < 5_000_000:
            data = f.read_bytes()
            for secret in (FAKE_KEY, FAKE_HF, FAKE_X):
                assert secret.encode() not in data, f"a secret leaked into {f}"


@pytest.mark.torch
def test_artifacts(tracked_run):
    _, _, runs = tracked_run
    pre = _artifacts(_by_job(runs, "preprocess"))
    assert {"raw-dataset", "train-dataset"} <= set(pre)
    meta = json.loads(pre["train-dataset"].metadata)
    assert meta["handles"] == ["mara"] and meta["epochs"] == 4 and meta["seed"] == 2
    files = {e.path for e in pre["train-dataset"].manifest.contents}
    assert {"train.txt", "valid.txt", "dataset.json"} <= files
    raw_files = {e.path for e in pre["raw-dataset"].manifest.contents}
    assert "sources.json" in raw_files and not any(p.startswith("source/") for p in raw_files)
    sources = json.loads(pre["raw-dataset"].metadata)["sources"]  # the file by its fingerprint
    assert sources[0]["source"] == "mara.txt" and len(sources[0]["file"]["sha256"]) == 64
    # W&B cannot use_artifact offline: the pretrained model is logged by the preprocess run.
    assert "pretrained-model" in pre
    assert "config.json" in {e.path for e in pre["pretrained-model"].manifest.contents}
    train_arts = _artifacts(_by_job(runs, "train"))
    assert "finetuned-model" in train_arts
    model_files = {e.path for e in train_arts["finetuned-model"].manifest.contents}
    assert {"model.safetensors", "config.json", "training.json", "tokenizer.json"} <= model_files


@pytest.mark.torch
def test_generations_table(tracked_run):
    out, _, runs = tracked_run
    records = _by_job(runs, "train")
    table_meta = {}
    for r in records:  # W&B flattens a logged table into one history item per field
        if r.WhichOneof("record_type") == "history":
            for i in r.history.item:
                if list(i.nested_key[:1]) == ["generations"]:
                    table_meta["/".join(i.nested_key[1:])] = json.loads(i.value_json)
    assert table_meta["_type"] == "table-file"
    assert table_meta["nrows"] == 3
    assert any(a.type == "run_table" for a in _artifacts(records).values())
    table_file = next((out / "wandb").rglob("generations_*.table.json"))
    table = json.loads(table_file.read_text())
    assert table["columns"][:2] == ["input", "prediction"]
    assert all(
        row[0] == "My dream is" and row[1].startswith("My dream is") for row in table["data"]
    )


def test_mode_resolution(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NETRC", str(tmp_path / ".netrc"))
    for var in ("WANDB_API_KEY", "WANDB_MODE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(tracking, "api_key_available", lambda: False)
    assert tracking.resolve_mode(None) == "offline"
    assert tracking.resolve_mode("disabled") == "disabled"
    monkeypatch.setattr(tracking, "api_key_available", lambda: True)
    assert tracking.resolve_mode(None) == "online"
    monkeypatch.setenv("WANDB_MODE", "dryrun")
    assert tracking.resolve_mode(None) == "offline"


def test_api_key_from_env_or_netrc(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("WANDB_API_KEY", raising=False)
    monkeypatch.delenv("WANDB_BASE_URL", raising=False)
    monkeypatch.setenv("WANDB_CONFIG_DIR", str(tmp_path / "wb"))
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine api.wandb.ai\n  login user\n  password " + FAKE_KEY + "\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    assert tracking.api_key_available()
    monkeypatch.setenv("WANDB_API_KEY", FAKE_KEY)
    assert tracking.api_key_available()


def test_scrub_config(monkeypatch):
    monkeypatch.setenv("HF_TOKEN", FAKE_HF)
    cleaned = tracking.scrub_config(
        {"hub_token": FAKE_HF, "nested": {"api_key": "x", "note": f"uses {FAKE_HF}"}, "lr": 0.1}
    )
    assert cleaned == {"nested": {"note": "uses ***"}, "lr": 0.1}


def test_public_account_is_flat_and_names_its_file_only(tmp_path):
    from huggingtweets.records import Account, Counts

    account = Account(
        str(tmp_path / "private" / "tweets.js"),
        "alice",
        "Alice",
        kind="x-archive",
        counts=Counts(downloaded=5, reposts=1, kept=4),
        characters=99,
    )
    data = tracking.public_account(account)
    assert data["source"] == "tweets.js" and data["handle"] == "alice"
    assert (data["downloaded"], data["reposts"], data["kept"], data["characters"]) == (5, 1, 4, 99)
    assert str(tmp_path) not in json.dumps(data)
    assert tracking.public_account(account.to_json()) == data  # a dict (training.json's) alike
