"""The W&B artifacts of a training, built from what may leave the machine.

A local source file is recorded by name, size and sha256, never by content or file://
reference; a network source by its public posts (no resume cursor); dataset.json with file
names for paths; the base model by its https address or, when small and local, its files.
"""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path

from huggingtweets.privacy import fingerprint, folder_fingerprint, public_source, scrub_config
from huggingtweets.publish import MODEL_FILE_PATTERNS

MAX_ARTIFACT_COPY_BYTES = 200 * 1024**2  # bigger local base models are listed, not copied


def public_account(account) -> dict:
    """One account's counts as uploaded: its local source file named, not placed."""
    if isinstance(account, dict):
        data = dict(account)
    elif hasattr(account, "to_json"):  # records.Account: flat, as training.json holds it
        data = account.to_json()
    else:
        data = dict(vars(account))
    data["source"] = public_source(str(data.get("source", "")))
    return data


def public_dataset_json(data_dir: Path) -> dict:
    """dataset.json as uploaded: file names instead of local paths, sources by name."""
    data = json.loads((data_dir / "dataset.json").read_text(encoding="utf-8"))
    data["accounts"] = [public_account(a) for a in data.get("accounts", [])]
    details = data.get("details") or {}
    if isinstance(details.get("accounts"), list):
        details["accounts"] = [public_account(a) for a in details["accounts"]]
    for key in ("train_file", "valid_file"):
        if isinstance(data.get(key), str):
            data[key] = Path(data[key]).name
    return scrub_config(data)


def source_record(account) -> dict:
    """What the raw-dataset artifact says of one source: kind, handle, and for a local file its
    name, size and sha256 (the file itself stays on this machine)."""
    from huggingtweets.sources import open_source

    record = {
        "kind": getattr(account, "kind", ""),
        "handle": account.handle,
        "source": public_source(account.source),
    }
    try:
        src = open_source(account.source)
    except Exception:  # the file has moved since the download: its name is all we know
        return record
    path = getattr(src, "path", None)
    if path is not None and not src.cacheable:
        path = Path(path)
        if path.is_file():
            record["file"] = fingerprint(path)
        elif path.is_dir():
            record["file"] = folder_fingerprint(path)
    return record


def public_raw_cache(path: Path) -> dict | None:
    """A network source's cache as uploaded: its account and public posts, no resume cursor."""
    from huggingtweets.sources.base import FetchState

    state = FetchState.load(path)
    if state.account is None:
        return None
    account = state.account.to_json()
    account["source"] = public_source(account.get("source", ""))
    return {
        "account": account,
        "posts": [p.to_json() for p in state.posts if not getattr(p, "not_public", False)],
    }


def add_json(artifact, name: str, data) -> None:
    """A JSON file written into an artifact (from memory: no local file is referenced)."""
    with artifact.new_file(name, mode="w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)


def raw_dataset_artifact(data_dir: Path, meta: dict, sources: list[dict], dataset_json: dict):
    """`raw-dataset`: per source its record (`sources.json`), a network source's public posts
    (`raw/`), and dataset.json. The user's own files are never copied."""
    import wandb

    raw = wandb.Artifact(
        "raw-dataset", type="raw-dataset", metadata=scrub_config({**meta, "sources": sources})
    )
    add_json(raw, "sources.json", scrub_config(sources))
    for f in sorted((data_dir / "raw").glob("*.json")):
        cache = public_raw_cache(f)
        if cache is not None:
            add_json(raw, f"raw/{f.name}", scrub_config(cache))
    add_json(raw, "dataset.json", dataset_json)
    return raw


def train_dataset_artifact(data_dir: Path, meta: dict, dataset_json: dict):
    """`train-dataset`: the training and validation text, and dataset.json."""
    import wandb

    train = wandb.Artifact("train-dataset", type="train-dataset", metadata=scrub_config(meta))
    for fname in ("train.txt", "valid.txt"):
        if (data_dir / fname).is_file():
            train.add_file(str(data_dir / fname), name=fname)
    add_json(train, "dataset.json", dataset_json)
    return train


def pretrained_artifact(base):
    """The base model: a Hub model by its https address, a local one by its model files
    (small) or their names and sizes (big); never a file:// reference or a local path."""
    import wandb

    from huggingtweets.models import SMOLLM2, TINY

    folder = Path(base.path) if base.path else None
    model_files = []
    if folder is not None and folder.is_dir():
        model_files = sorted(
            f
            for f in folder.iterdir()
            if f.is_file() and any(fnmatch.fnmatchcase(f.name, p) for p in MODEL_FILE_PATTERNS)
        )
    meta = {
        "base_model": base.name,
        "name": base.display_name,
        "hub_id": base.hub_id,
        "url": base.url,
    }
    if base.name != TINY and not (base.hub_id or base.url) and model_files:
        meta["files"] = [{"name": f.name, "bytes": f.stat().st_size} for f in model_files]
    art = wandb.Artifact("pretrained-model", type="pretrained-model", metadata=scrub_config(meta))
    small = sum(f.stat().st_size for f in model_files) <= MAX_ARTIFACT_COPY_BYTES
    if base.name == TINY or (model_files and base.name != SMOLLM2 and small):
        for f in model_files:
            art.add_file(str(f), name=f.name, policy="immutable")
    elif base.hub_id or base.url:  # a Hub model: a reference, no download
        art.add_reference(base.url or f"https://huggingface.co/{base.hub_id}", checksum=False)
    # else: a big local folder is described by its file names and sizes in the metadata
    return art


def finetuned_artifact(model_dir: Path, files: list[str], metadata: dict):
    """`finetuned-model`: what the Hub gets (publish's allow-list), and the samples."""
    import wandb

    from huggingtweets.publish import publishable_files

    art = wandb.Artifact("finetuned-model", type="finetuned-model", metadata=scrub_config(metadata))
    allowed = set(publishable_files(model_dir)) | {"generations.json"}
    for name in [n for n in files if n in allowed]:
        path = model_dir / name
        if path.is_file():
            art.add_file(str(path), name=name, policy="immutable")
    return art
