"""Reading an X archive's files: a zip read in place, an extracted folder, or a bare tweets.js.

Each file is `window.YTD.<name>.partN = [...]`: the prefix is stripped and the rest parsed as
JSON, never evaluated. Zip members that would land outside the archive are never read, and
no file over `MAX_FILE_BYTES` is read at all.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path, PurePosixPath

from huggingtweets.errors import UserError

MAX_FILE_BYTES = 2 * 1024**3  # one archive file (tweets.js of a very busy account is ~0.5 GB)
HOW_TO_GET = "download the archive from Settings → Your account → Download an archive of your data"

_YTD_PREFIX = re.compile(r"^\s*window\.YTD\.([A-Za-z0-9_]+)\.part\d+\s*=\s*")
_POST_FILE_KINDS = {"tweets", "tweet"}  # `window.YTD.<kind>`: the only files read as posts
TWEETS_NAME = re.compile(r"^(tweets?)(?:-part(\d+))?\.js$", re.IGNORECASE)


class ArchiveReader:
    """Files of one archive, whether a zip, a folder, or a single file with its siblings."""

    def __init__(self, path: Path):
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.base = ""  # folder of tweets.js etc. inside the zip ("" or "x/data/")
        self.folder: Path | None = None  # folder of tweets.js etc. on disk

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()

    def names(self) -> list[str]:
        """File names (not paths) available in the data folder."""
        if self.zip is not None:
            out = []
            for name in safe_members(self.zip):
                if name.startswith(self.base) and "/" not in name[len(self.base) :]:
                    out.append(name[len(self.base) :])
            return out
        if self.folder is not None and self.folder.is_dir():
            return [p.name for p in self.folder.iterdir() if p.is_file()]
        return []

    def read(self, name: str) -> str:
        label = name if self.path.name == name else f"{self.path.name}: {name}"
        if self.zip is None:
            assert self.folder is not None
            return read_text(self.folder / name, label)
        info = self.zip.getinfo(self.base + name)
        if info.file_size > MAX_FILE_BYTES:
            raise _too_big(label)
        try:
            data = self.zip.read(info)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as e:
            raise UserError(
                f"'{label}' cannot be read from the zip ({e}): download the archive again."
            ) from None
        return _decode(data, label)


def not_an_archive(path: Path) -> UserError:
    return UserError(f"'{path.name}' is not an X archive: it has no data/tweets.js; {HOW_TO_GET}.")


def open_archive(path: Path) -> ArchiveReader:
    """A reader on a zip, an extracted folder, or the folder of a bare tweets.js."""
    reader = ArchiveReader(path)
    if path.is_dir():
        reader.folder = find_data_folder(path)
        if reader.folder is None:
            raise not_an_archive(path)
    elif path.suffix.lower() == ".js":
        reader.folder = path.parent
    else:
        try:
            reader.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError):
            raise UserError(
                f"'{path.name}' is not a zip file (or it is damaged): {HOW_TO_GET}."
            ) from None
        base = find_zip_base(reader.zip)
        if base is None:
            reader.zip.close()
            raise not_an_archive(path)
        reader.base = base
    return reader


def _too_big(label: str) -> UserError:
    return UserError(
        f"'{label}' is larger than {MAX_FILE_BYTES // 1024**3} GB: too big to read; "
        "check that it is the archive X sent you, or download it again."
    )


def read_text(path: Path, label: str) -> str:
    """A file on disk as text, refused when too big or not UTF-8."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise UserError(f"'{label}' cannot be read ({e.strerror}): check the path.") from None
    if size > MAX_FILE_BYTES:
        raise _too_big(label)
    return _decode(path.read_bytes(), label)


def _decode(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UserError(
            f"'{label}' is not UTF-8 text (bad byte at position {e.start}): "
            "use the files exactly as X sent them."
        ) from None


def safe_members(zf: zipfile.ZipFile) -> list[str]:
    """Member names that stay inside the archive: no absolute paths, no `..`, no drive letters."""
    return [n for n in zf.namelist() if is_safe_member_name(n) and not n.endswith("/")]


def is_safe_member_name(name: str) -> bool:
    """True when a zip member name, extracted, would stay inside the target folder."""
    if not name or "\x00" in name:
        return False
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm):
        return False
    return ".." not in PurePosixPath(norm).parts


def parse_js(text: str, label: str) -> object:
    """`window.YTD.tweets.part0 = [...]` (or plain JSON) -> the parsed JSON value."""
    m = _YTD_PREFIX.match(text)
    body = text[m.end() :] if m else text
    body = body.strip().rstrip(";").strip()
    if not body:
        raise UserError(f"'{label}' is empty: {HOW_TO_GET}.")
    if body[0] not in "[{":
        raise UserError(
            f"'{label}' is not an X archive file (it should start with window.YTD...): {HOW_TO_GET}."
        )
    try:
        return json.loads(body)
    except json.JSONDecodeError as e:
        raise UserError(
            f"'{label}' is damaged: broken JSON at line {e.lineno}, column {e.colno}; "
            "download the archive again."
        ) from None


def check_post_file(name: str, text: str, label: str) -> None:
    """Refuse a file that is not the archive's posts (deleted posts, messages...) given by itself."""
    m = _YTD_PREFIX.match(text)
    kind = m.group(1).lower() if m else None
    if kind in _POST_FILE_KINDS or (kind is None and TWEETS_NAME.match(name)):
        return
    what = f"it holds {kind.replace('_', ' ')}" if kind else "it is not named tweets.js"
    raise UserError(
        f"'{label}' is not the archive's tweets file ({what}): give data/tweets.js or the whole "
        "archive zip; deleted posts and messages are never read."
    )


def tweet_files(names: list[str]) -> list[str]:
    """tweets.js, tweets-part1.js, ... (or the older tweet.js, ...) in reading order."""
    found = []
    for name in names:
        m = TWEETS_NAME.match(name)
        if m:
            found.append((m.group(1).lower() != "tweets", int(m.group(2) or 0), name))
    if not found:
        return []
    newest_style = min(f[0] for f in found)  # prefer tweets*.js when both styles are present
    return [name for style, _, name in sorted(found) if style == newest_style]


def items(value: object, key: str) -> list[dict]:
    """The inner objects of `[{key: {...}}, ...]` (bare objects are accepted too)."""
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        if isinstance(item, dict):
            inner = item.get(key, item)
            if isinstance(inner, dict):
                out.append(inner)
    return out


def find_data_folder(folder: Path) -> Path | None:
    """The folder holding tweets.js: FOLDER/data, FOLDER itself, or FOLDER/<one level>/data."""
    candidates = [folder / "data", folder]
    try:
        candidates += sorted(p / "data" for p in folder.iterdir() if p.is_dir())
    except OSError:
        pass
    for c in candidates:
        if c.is_dir() and any(TWEETS_NAME.match(p.name) for p in c.iterdir() if p.is_file()):
            return c
    return None


def find_zip_base(zf: zipfile.ZipFile) -> str | None:
    """Prefix of the members next to tweets.js ("data/", "twitter-2024-.../data/" or "")."""
    bases = []
    for name in safe_members(zf):
        folder, _, file = name.rpartition("/")
        if TWEETS_NAME.match(file):
            prefix = folder + "/" if folder else ""
            bases.append((not prefix.endswith("data/") and prefix != "", prefix.count("/"), prefix))
    return min(bases)[2] if bases else None
