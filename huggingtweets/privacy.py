"""What may leave the machine: public names for local things, fingerprints instead of files.

Everything that is published or uploaded (the W&B runs and artifacts, `training.json`, the card, the
Hub commit) names a local file by its file name only and describes it by size and sha256, never by
content, by a file:// reference, or by a path that names the user's home folder.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path, PurePosixPath, PureWindowsPath

from huggingtweets.secrets import SECRET_ENV_VARS, known_secrets, redact

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_WINDOWS_ABS = re.compile(r"^[A-Za-z]:[\\/]")
_HASH_CHUNK = 1 << 20


def is_local_path(text: str) -> bool:
    """True for a string that names a place on this machine (absolute, ~, file:// or an existing path)."""
    if not isinstance(text, str) or not text.strip() or "\n" in text:
        return False
    text = text.strip()
    if text.lower().startswith("file:"):
        return True
    if _URL.match(text):
        return False
    if text.startswith(("/", "~", "\\\\")) or _WINDOWS_ABS.match(text):
        return True
    if text.lower().startswith(("mastodon:", "bluesky:", "bsky:", "x:", "twitter:", "did:")):
        return False
    try:
        return os.sep in text and Path(text).expanduser().exists()
    except OSError:
        return False


def public_name(text: str) -> str:
    """A local path as the world may see it: the file or folder name, nothing above it."""
    text = text.strip()
    if text.lower().startswith("file:"):
        text = re.sub(r"^file:(//)?", "", text, flags=re.I)
    name = PureWindowsPath(text).name if _WINDOWS_ABS.match(text) else PurePosixPath(text).name
    return name or "file"


def public_source(source: str) -> str:
    """A source string as published: handles and URLs as typed, a local file by its name only."""
    source = str(source)
    return public_name(source) if is_local_path(source) else source


def _home_roots() -> list[str]:
    """The home folder as written and as resolved: a path inside it names the user."""
    roots = set()
    home = str(Path.home()).rstrip("/")
    if len(home) > 1:
        roots.add(home)
        try:
            roots.add(str(Path(home).resolve()).rstrip("/"))
        except OSError:
            pass
    return sorted(roots, key=len, reverse=True)


def scrub_paths(value):
    """A copy of a JSON-like value where local paths are names only and home folders say `~`."""
    if isinstance(value, dict):
        return {str(k): scrub_paths(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [scrub_paths(v) for v in value]
    if isinstance(value, str):
        if is_local_path(value):
            return public_name(value)
        for root in _home_roots():
            if root in value:
                value = value.replace(root, "~")
        return value
    return value


def fingerprint(path: str | Path) -> dict:
    """A local file as an artifact records it: name, size and sha256 (its bytes stay here)."""
    path = Path(path)
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_HASH_CHUNK):
            digest.update(chunk)
    return {"name": path.name, "bytes": path.stat().st_size, "sha256": digest.hexdigest()}


def folder_fingerprint(path: str | Path) -> dict:
    """An extracted archive folder: its name, and the size and a sha256 of its data files
    (`*.js`, `*.json`; its photos and videos, gigabytes in a busy account, are left out)."""
    path = Path(path)
    digest = hashlib.sha256()
    total = 0
    files = sorted(
        p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".js", ".json")
    )
    for f in files:
        digest.update(f.relative_to(path).as_posix().encode("utf-8") + b"\0")
        with f.open("rb") as fh:
            while chunk := fh.read(_HASH_CHUNK):
                digest.update(chunk)
        total += f.stat().st_size
    return {"name": path.name, "bytes": total, "sha256": digest.hexdigest(), "folder": True}


# Config keys that name credentials: dropped from anything uploaded, whatever their value.
SECRET_KEY_WORDS = ("token", "api_key", "apikey", "secret", "password", "credential", "bearer")


def scrub_config(value, secrets: list[str] | None = None):
    """A copy of a config with credential-like keys dropped, secret values blanked, and local
    paths reduced to their names (see `scrub_paths`)."""
    return scrub_paths(_scrub_secrets(value, secrets))


def _scrub_secrets(value, secrets: list[str] | None = None):
    secrets = secrets if secrets is not None else known_secrets()
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            key = str(k).lower()
            if any(w in key for w in SECRET_KEY_WORDS) or str(k) in SECRET_ENV_VARS:
                continue
            out[str(k)] = _scrub_secrets(v, secrets)
        return out
    if isinstance(value, list | tuple):
        return [_scrub_secrets(v, secrets) for v in value]
    if isinstance(value, str):
        return redact(value, secrets)
    if value is None or isinstance(value, bool | int | float):
        return value
    return redact(str(value), secrets)
