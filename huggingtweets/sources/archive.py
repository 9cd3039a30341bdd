"""X "Download an archive of your data" exports, and Community Archive `archive.json` files.

Accepted:
  archive.zip           the zip X sends (read in place: nothing is extracted)
  a folder              the extracted zip (the folder holding `data/`, or `data/` itself)
  tweets.js / tweet.js  a bare tweets file (account.js etc. beside it are used when present)
  archive.json          a Community Archive export (same inner shapes as the X archive)

Inside an archive, posts are in `data/tweets.js` (split archives: `tweets-part1.js`, ...; older
archives: `tweet.js`, `tweet-part1.js`, ...). Each file is `window.YTD.<name>.partN = [...]`: the
prefix is stripped and the rest parsed as JSON, never evaluated. Long posts ("note tweets") are
truncated in tweets.js; their full text comes from `data/note-tweet.js`.

Nothing else is read but `account.js` and `profile.js` (the handle, display name and avatar):
never direct messages, e-mail, phone, IP logs, and never the posts the person deleted
(`deleted-tweets.js`, `deleted-note-tweet.js`), which are not posts to train on and are not counted.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from huggingtweets.errors import UserError
from huggingtweets.records import Account, Post
from huggingtweets.sources.base import FetchState, ProgressFn, Source, safe_key

MAX_FILE_BYTES = 2 * 1024**3  # one archive file (tweets.js of a very busy account is ~0.5 GB)
HOW_TO_GET = "download the archive from Settings → Your account → Download an archive of your data"
NOTE_MATCH_SECONDS = 10  # a note tweet and its truncated post are stamped within a few seconds

_YTD_PREFIX = re.compile(r"^\s*window\.YTD\.([A-Za-z0-9_]+)\.part\d+\s*=\s*")
_POST_FILE_KINDS = {"tweets", "tweet"}  # `window.YTD.<kind>`: the only files read as posts
_TWEETS_NAME = re.compile(r"^(tweets?)(?:-part(\d+))?\.js$", re.IGNORECASE)
_TCO_TAIL = re.compile(r"(?:\s*https?://t\.co/\S+)+\s*$")
_ELLIPSIS_TAIL = re.compile(r"\s*(?:…|\.\.\.)\s*$")
_HANDLE_CHARS = re.compile(r"[^A-Za-z0-9_]+")


SAMPLES = ("sample", "sample2")  # the bundled fictional accounts (scripts/make_sample.py)


def sample_archive_path(name: str = "sample") -> Path:
    """A bundled fictional account (`sample` or `sample2`), laid out as an extracted X archive."""
    if name not in SAMPLES:
        raise ValueError(f"no bundled sample '{name}'")
    return Path(__file__).resolve().parent.parent / "data" / name


# --------------------------------------------------------------------------- reading files


class _Reader:
    """Files of one archive, whether a zip, a folder, or a single file with its siblings."""

    def __init__(self, path: Path):
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.base = ""  # folder of tweets.js etc. inside the zip ("" or "x/data/")
        self.folder: Path | None = None  # folder of tweets.js etc. on disk

    def names(self) -> list[str]:
        """File names (not paths) available in the data folder."""
        if self.zip is not None:
            out = []
            for name in _safe_members(self.zip):
                if name.startswith(self.base) and "/" not in name[len(self.base) :]:
                    out.append(name[len(self.base) :])
            return out
        if self.folder is not None and self.folder.is_dir():
            return [p.name for p in self.folder.iterdir() if p.is_file()]
        return []

    def read(self, name: str) -> str:
        label = name if self.path.name == name else f"{self.path.name}: {name}"
        if self.zip is not None:
            info = self.zip.getinfo(self.base + name)
            if info.file_size > MAX_FILE_BYTES:
                raise UserError(
                    f"'{label}' is larger than {MAX_FILE_BYTES // 1024**3} GB: too big to read; "
                    "check that it is the archive X sent you, or download it again."
                )
            try:
                data = self.zip.read(info)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as e:
                raise UserError(
                    f"'{label}' cannot be read from the zip ({e}): download the archive again."
                ) from None
        else:
            assert self.folder is not None
            data = _read_bytes(self.folder / name, label)
        return _decode(data, label)


def _read_bytes(path: Path, label: str) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise UserError(f"'{label}' cannot be read ({e.strerror}): check the path.") from None
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"'{label}' is larger than {MAX_FILE_BYTES // 1024**3} GB: too big to read; "
            "check that it is the archive X sent you, or download it again."
        )
    return path.read_bytes()


def _decode(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UserError(
            f"'{label}' is not UTF-8 text (bad byte at position {e.start}): "
            "use the files exactly as X sent them."
        ) from None


def _safe_members(zf: zipfile.ZipFile) -> list[str]:
    """Member names that stay inside the archive: no absolute paths, no `..`, no drive letters."""
    out = []
    for name in zf.namelist():
        if not is_safe_member_name(name) or name.endswith("/"):
            continue
        out.append(name)
    return out


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


def _check_post_file(name: str, text: str, label: str) -> None:
    """Refuse a file that is not the archive's posts (deleted posts, messages...) given by itself."""
    m = _YTD_PREFIX.match(text)
    kind = m.group(1).lower() if m else None
    if kind in _POST_FILE_KINDS or (kind is None and _TWEETS_NAME.match(name)):
        return
    what = f"it holds {kind.replace('_', ' ')}" if kind else "it is not named tweets.js"
    raise UserError(
        f"'{label}' is not the archive's tweets file ({what}): give data/tweets.js or the whole "
        "archive zip; deleted posts and messages are never read."
    )


def _tweet_files(names: list[str]) -> list[str]:
    """tweets.js, tweets-part1.js, ... (or the older tweet.js, ...) in reading order."""
    found = []
    for name in names:
        m = _TWEETS_NAME.match(name)
        if m:
            found.append((m.group(1).lower() != "tweets", int(m.group(2) or 0), name))
    if not found:
        return []
    newest_style = min(f[0] for f in found)  # prefer tweets*.js when both styles are present
    return [name for style, _, name in sorted(found) if style == newest_style]


def _items(value: object, key: str) -> list[dict]:
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


# --------------------------------------------------------------------------- turning JSON into posts


def parse_x_date(text: object) -> datetime | None:
    """'Wed Oct 10 20:19:24 +0000 2018' (or ISO 8601) -> an aware datetime; None if unreadable."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    try:
        return datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y").astimezone(timezone.utc)
    except ValueError:
        pass
    try:
        d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (d if d.tzinfo else d.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def _iso(d: datetime | None) -> str | None:
    return d.isoformat() if d else None


def _norm(text: str) -> str:
    return " ".join(html.unescape(text).split())


def _truncated_stem(text: str) -> tuple[str, bool]:
    """A post's text without a trailing t.co link and ellipsis; and whether it looked cut."""
    stripped = _TCO_TAIL.sub("", text)
    cut = _ELLIPSIS_TAIL.search(stripped) is not None
    stripped = _ELLIPSIS_TAIL.sub("", stripped)
    return _norm(stripped), cut


@dataclass
class _Note:
    text: str
    created: datetime | None
    used: bool = False


def _notes(value: object) -> list[_Note]:
    out = []
    for n in _items(value, "noteTweet"):
        core = n.get("core") if isinstance(n.get("core"), dict) else {}
        text = core.get("text") if isinstance(core, dict) else None
        if isinstance(text, str) and text.strip():
            out.append(_Note(text, parse_x_date(n.get("createdAt"))))
    return out


def _match_note(text: str, created: datetime | None, notes: list[_Note]) -> _Note | None:
    """The note tweet holding the full text of a truncated post, if any."""
    stem, cut = _truncated_stem(text)
    by_prefix = by_time = None
    for note in notes:
        if note.used:
            continue
        near = (
            created is not None
            and note.created is not None
            and abs((note.created - created).total_seconds()) <= NOTE_MATCH_SECONDS
        )
        prefix = len(stem) >= 20 and _norm(note.text).startswith(stem)
        if near and prefix:
            return note
        if prefix and by_prefix is None:
            by_prefix = note
        if near and cut and by_time is None:
            by_time = note
    return by_prefix or by_time


REPLY_FIELDS = (
    "in_reply_to_status_id_str",
    "in_reply_to_status_id",
    "in_reply_to_user_id_str",
    "in_reply_to_user_id",
    "in_reply_to_screen_name",
)


def _is_set(value: object) -> bool:
    return value not in (None, "", "null", 0, "0")


def tweets_to_posts(tweets: list[dict], notes: list[_Note], handle: str) -> list[Post]:
    """Archive tweet objects -> posts, newest first."""
    posts: list[tuple[datetime | None, int, Post]] = []
    seen: set[str] = set()
    for t in tweets:
        if t.get("deleted_at"):  # a deleted post (deleted-tweets.js's shape): never a post
            continue
        tid = t.get("id_str") or t.get("id")
        text = t.get("full_text")
        if text is None:
            text = t.get("text")
        if tid is None or not isinstance(text, str):
            continue
        tid = str(tid)
        if tid in seen:
            continue
        seen.add(tid)
        created = parse_x_date(t.get("created_at"))
        is_repost = text.startswith("RT @") or bool(t.get("retweeted_status"))
        if not is_repost and notes:
            note = _match_note(text, created, notes)
            if note is not None and len(note.text) >= len(_truncated_stem(text)[0]):
                note.used = True
                text = note.text
        # A reply to a post, or to a person (a tweet addressed to them, or one whose parent
        # is gone): any of the archive's reply fields.
        is_reply = any(_is_set(t.get(k)) for k in REPLY_FIELDS)
        url = f"https://x.com/{handle}/status/{tid}" if handle else None
        order = int(tid) if tid.isdigit() else 0
        posts.append((created, order, Post(tid, text, _iso(created), is_repost, is_reply, url)))
    epoch = datetime.min.replace(tzinfo=timezone.utc)
    posts.sort(key=lambda x: (x[0] or epoch, x[1]), reverse=True)
    return [p for _, _, p in posts]


def _handle_from_name(path: Path) -> str:
    """A handle when the archive does not name its account: from the file or folder name."""
    p = path
    if p.is_file() or p.suffix.lower() in {".js", ".json", ".zip"}:
        if _TWEETS_NAME.match(p.name) or p.name.lower() == "archive.json":
            p = p.parent
        else:
            return _clean_handle(p.stem)
    if p.name.lower() == "data":
        p = p.parent
    return _clean_handle(p.name)


def _clean_handle(text: str) -> str:
    return _HANDLE_CHARS.sub("_", text).strip("_")[:50] or "archive"


# --------------------------------------------------------------------------- the source


@dataclass
class _Parsed:
    account: Account
    posts: list[Post]


class XArchiveSource(Source):
    """Posts from an X archive (zip, folder, tweets.js) or a Community Archive archive.json."""

    kind = "x-archive"
    cacheable = False  # a local file: read again every time

    def __init__(self, path: str | Path, source: str):
        super().__init__(source)
        self.path = Path(path)
        self._account_cache: tuple[str, str, str | None] | None = None

    @property
    def key(self) -> str:
        handle, _, _ = self._account_info()
        return safe_key("x-archive", handle)

    def fetch(
        self, state: FetchState, limit: int | None, progress: ProgressFn | None = None
    ) -> None:
        parsed = self.read()
        posts = parsed.posts[:limit] if limit else parsed.posts
        state.account = parsed.account
        state.posts = []
        state.add_page(posts, None)
        if progress:
            progress(len(state.posts), limit)
        state.finish()

    # -- reading

    def read(self) -> _Parsed:
        """Account and all posts (newest first)."""
        if not self.path.exists():
            raise UserError(f"No file or folder at '{self.path}': check the path.")
        if self.path.is_file() and self.path.suffix.lower() == ".json":
            return self._read_community()
        reader = self._reader()
        try:
            names = reader.names()
            files = [reader.path.name] if self._bare_file() else _tweet_files(names)
            if not files:
                raise self._not_archive()
            tweets: list[dict] = []
            for name in files:
                label = name if self._bare_file() else f"{self.path.name}: {name}"
                text = reader.read(name)
                _check_post_file(name, text, label)
                tweets.extend(_items(parse_js(text, label), "tweet"))
            handle, display, avatar = self._account_info(reader)
            notes: list[_Note] = []
            for name in ("note-tweet.js", "note_tweet.js"):
                if name in names:
                    notes = _notes(parse_js(reader.read(name), f"{self.path.name}: {name}"))
                    break
        finally:
            if reader.zip is not None:
                reader.zip.close()
        posts = tweets_to_posts(tweets, notes, handle)
        if not posts:
            raise UserError(
                f"'{self.path.name}' holds no posts: check that it is the right archive, or {HOW_TO_GET}."
            )
        return _Parsed(Account(self.source, handle, display, avatar), posts)

    def _bare_file(self) -> bool:
        return self.path.is_file() and self.path.suffix.lower() == ".js"

    def _not_archive(self) -> UserError:
        return UserError(
            f"'{self.path.name}' is not an X archive: it has no data/tweets.js; {HOW_TO_GET}."
        )

    def _reader(self) -> _Reader:
        reader = _Reader(self.path)
        if self.path.is_dir():
            reader.folder = _find_data_folder(self.path)
            if reader.folder is None:
                raise self._not_archive()
        elif self.path.suffix.lower() == ".js":
            reader.folder = self.path.parent
        else:
            try:
                reader.zip = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError, EOFError):
                raise UserError(
                    f"'{self.path.name}' is not a zip file (or it is damaged): {HOW_TO_GET}."
                ) from None
            base = _find_zip_base(reader.zip)
            if base is None:
                reader.zip.close()
                raise self._not_archive()
            reader.base = base
        return reader

    def _account_info(self, reader: _Reader | None = None) -> tuple[str, str, str | None]:
        """(handle, display name, avatar url) from account.js / profile.js, else the file name."""
        if self._account_cache is not None:
            return self._account_cache
        if self.path.is_file() and self.path.suffix.lower() == ".json":
            self._read_community()
            assert self._account_cache is not None
            return self._account_cache
        own = reader is None
        if own:
            reader = self._reader()
        try:
            names = reader.names()
            account: dict = {}
            profile: dict = {}
            if "account.js" in names:
                found = _items(parse_js(reader.read("account.js"), "account.js"), "account")
                account = found[0] if found else {}
            if "profile.js" in names:
                found = _items(parse_js(reader.read("profile.js"), "profile.js"), "profile")
                profile = found[0] if found else {}
        finally:
            if own and reader.zip is not None:
                reader.zip.close()
        self._account_cache = _account_triple(account, profile, self.path)
        return self._account_cache

    def _read_community(self) -> _Parsed:
        label = self.path.name
        data = parse_js(_decode(_read_bytes(self.path, label), label), label)
        if not isinstance(data, dict) or not isinstance(data.get("tweets"), list):
            raise UserError(
                f"'{label}' is not a Community Archive export: it has no \"tweets\" list; "
                "give the archive.json from the Community Archive or your X archive's zip."
            )
        accounts = _items(data.get("account"), "account")
        profiles = _items(data.get("profile"), "profile")
        handle, display, avatar = _account_triple(
            accounts[0] if accounts else {}, profiles[0] if profiles else {}, self.path
        )
        self._account_cache = (handle, display, avatar)
        notes = _notes(data.get("note-tweet") or data.get("note_tweet") or data.get("noteTweet"))
        posts = tweets_to_posts(_items(data["tweets"], "tweet"), notes, handle)
        if not posts:
            raise UserError(f"'{label}' holds no posts: check that it is the right export.")
        return _Parsed(Account(self.source, handle, display, avatar), posts)


def _account_triple(account: dict, profile: dict, path: Path) -> tuple[str, str, str | None]:
    username = account.get("username")
    handle = username.strip().lstrip("@") if isinstance(username, str) and username.strip() else ""
    handle = handle or _handle_from_name(path)
    display = account.get("accountDisplayName")
    display = display.strip() if isinstance(display, str) and display.strip() else handle
    avatar = profile.get("avatarMediaUrl")
    avatar = avatar if isinstance(avatar, str) and avatar.startswith("https://") else None
    return handle, display, avatar


def _find_data_folder(folder: Path) -> Path | None:
    """The folder holding tweets.js: FOLDER/data, FOLDER itself, or FOLDER/<one level>/data."""
    candidates = [folder / "data", folder]
    try:
        candidates += sorted(p / "data" for p in folder.iterdir() if p.is_dir())
    except OSError:
        pass
    for c in candidates:
        if c.is_dir() and any(_TWEETS_NAME.match(p.name) for p in c.iterdir() if p.is_file()):
            return c
    return None


def _find_zip_base(zf: zipfile.ZipFile) -> str | None:
    """Prefix of the members next to tweets.js ("data/", "twitter-2024-.../data/" or "")."""
    bases = []
    for name in _safe_members(zf):
        folder, _, file = name.rpartition("/")
        if _TWEETS_NAME.match(file):
            prefix = folder + "/" if folder else ""
            bases.append((not prefix.endswith("data/") and prefix != "", prefix.count("/"), prefix))
    return min(bases)[2] if bases else None
