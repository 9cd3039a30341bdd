"""Pick the source a string names.

sample | sample2                         the bundled fictional accounts (two clearly different voices)
./archive.zip | ./folder | tweets.js     an X "Download an archive of your data" export
archive.json                             a Community Archive export
posts.jsonl | posts.csv | posts.txt      your own file of posts
@user@host | mastodon:@user@host | https://host/@user          Mastodon
name.bsky.social | bluesky:handle | did:plc:... | https://bsky.app/profile/h   Bluesky
@name | x:name | https://x.com/name                            X (needs X_BEARER_TOKEN)
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from huggingtweets.errors import UserError
from huggingtweets.sources.base import FetchState, Source

MAX_SOURCE_LENGTH = 300
ARCHIVE_SUFFIXES = (".zip", ".js", ".json")
FILE_SUFFIXES = (".jsonl", ".csv", ".txt")

SOURCES_HELP = (
    "an X archive (.zip, folder or tweets.js), a Mastodon account (@user@host), "
    "a Bluesky handle (name.bsky.social), a .jsonl/.csv/.txt file, or 'sample'"
)

_X_NAME = re.compile(r"^[A-Za-z0-9_]{1,15}$")
_MASTODON_ACCT = re.compile(r"^@?([A-Za-z0-9_][A-Za-z0-9_.-]*)@([A-Za-z0-9.-]+(?::\d+)?)$")
_DOMAIN_HANDLE = re.compile(
    r"^(?=.{3,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62}$"
)
_DID = re.compile(r"^did:(plc|web):[A-Za-z0-9._:%-]+$")
_X_HOSTS = {"x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"}
_BSKY_HOSTS = {"bsky.app", "www.bsky.app"}


def _is_loopback(host: str) -> bool:
    return host in {"localhost", "127.0.0.1", "::1"} or host.startswith("127.")


def open_source(text: str) -> Source:
    """The `Source` for a user's source string, or a UserError saying what is accepted."""
    from huggingtweets.sources import archive, bluesky, mastodon

    raw = text
    text = (text or "").strip()
    if not text:
        raise UserError(f"The source is empty: give {SOURCES_HELP}.")
    if len(text) > MAX_SOURCE_LENGTH or "\n" in text or "\x00" in text:
        raise UserError(f"The source is not a handle, URL or file name: give {SOURCES_HELP}.")

    if text.lower() in archive.SAMPLES:
        return archive.XArchiveSource(archive.sample_archive_path(text.lower()), source=raw)

    prefix, _, rest = text.partition(":")
    prefix = prefix.lower()
    if prefix in {"mastodon", "bluesky", "bsky", "x", "twitter", "file"} and rest:
        rest = rest.strip()
        if prefix == "mastodon":
            m = _MASTODON_ACCT.match(rest)
            if not m:
                raise UserError(f"'{text}' is not a Mastodon account: write it as @user@host.")
            return mastodon.MastodonSource(m.group(1), m.group(2), f"https://{m.group(2)}", raw)
        if prefix in {"bluesky", "bsky"}:
            return _bluesky(rest, raw)
        if prefix in {"x", "twitter"}:
            return _x(rest.lstrip("@"), raw)
        return _file(Path(rest).expanduser(), raw)

    if re.match(r"^https?://", text, re.I):
        return _url(text, raw)
    if _DID.match(text):
        return bluesky.BlueskySource(text, raw)

    path = Path(text).expanduser()
    if path.exists() or text.lower().endswith(ARCHIVE_SUFFIXES + FILE_SUFFIXES) or "/" in text:
        return _file(path, raw)

    m = _MASTODON_ACCT.match(text)
    if m:
        host = m.group(2)
        scheme = "http" if _is_loopback(host.split(":")[0]) else "https"
        return mastodon.MastodonSource(m.group(1), host, f"{scheme}://{host}", raw)
    if text.startswith("@") and _DOMAIN_HANDLE.match(text[1:]):
        return bluesky.BlueskySource(text[1:].lower(), raw)  # @name.bsky.social
    if text.startswith("@"):
        return _x(text[1:], raw)
    if _DOMAIN_HANDLE.match(text):
        return bluesky.BlueskySource(text.lower(), raw)
    if _X_NAME.match(text):
        return _x(text, raw)
    raise UserError(f"'{text}' is not a source I understand: give {SOURCES_HELP}.")


def _x(name: str, raw: str) -> Source:
    from huggingtweets.sources import x

    if not _X_NAME.match(name):
        raise UserError(
            f"'{name}' is not an X handle (1-15 letters, digits or _): give {SOURCES_HELP}."
        )
    return x.XSource(name, raw)


def _bluesky(handle: str, raw: str) -> Source:
    from huggingtweets.sources import bluesky

    handle = handle.lstrip("@")
    if not (_DOMAIN_HANDLE.match(handle) or _DID.match(handle)):
        raise UserError(
            f"'{handle}' is not a Bluesky handle: write it like name.bsky.social or did:plc:..."
        )
    return bluesky.BlueskySource(handle.lower() if not handle.startswith("did:") else handle, raw)


def _file(path: Path, raw: str) -> Source:
    from huggingtweets.sources import archive, files

    if not path.exists():
        raise UserError(f"No file or folder at '{path}': check the path, or give {SOURCES_HELP}.")
    name = path.name.lower()
    if path.is_dir() or name.endswith(ARCHIVE_SUFFIXES):
        return archive.XArchiveSource(path, source=raw)
    if name.endswith(FILE_SUFFIXES):
        return files.PostFileSource(path, source=raw)
    raise UserError(
        f"'{path.name}' is not a file type I read: use .zip/.js/.json (X archive) or .jsonl/.csv/.txt."
    )


def _url(text: str, raw: str) -> Source:
    from huggingtweets.sources import mastodon

    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    segments = [s for s in parts.path.split("/") if s]
    if parts.scheme.lower() == "http" and not _is_loopback(host):
        raise UserError(f"'{text}' uses plain http: use the https:// address instead.")
    if host in _X_HOSTS:
        if not segments:
            raise UserError(f"'{text}' is not a profile address: use https://x.com/NAME.")
        return _x(segments[0].lstrip("@"), raw)
    if host in _BSKY_HOSTS:
        if len(segments) >= 2 and segments[0] == "profile":
            return _bluesky(segments[1], raw)
        raise UserError(
            f"'{text}' is not a Bluesky profile address: use https://bsky.app/profile/HANDLE."
        )
    if segments and segments[0].startswith("@") and len(segments[0]) > 1:
        base = f"{parts.scheme.lower()}://{parts.netloc}"
        user = segments[0][1:]
        if "@" in user:  # https://host/@user@otherhost: a remote account seen from host
            user, _, remote = user.partition("@")
            return mastodon.MastodonSource(user, remote, base, raw, lookup_acct=f"{user}@{remote}")
        return mastodon.MastodonSource(user, parts.netloc, base, raw)
    raise UserError(
        f"'{text}' is not a profile address I know: use https://HOST/@user (Mastodon), "
        "https://bsky.app/profile/HANDLE or https://x.com/NAME."
    )


__all__ = ["FetchState", "Source", "open_source", "SOURCES_HELP"]
