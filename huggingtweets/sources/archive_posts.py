"""Turning an X archive's tweet objects into posts, and its account files into an account.

Long posts ("note tweets") are truncated in tweets.js; their full text comes from
`note-tweet.js`, matched to the truncated post by its text and time. Deleted posts are never
posts. Replies are any tweet with one of the archive's reply fields set.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from huggingtweets.records import Post
from huggingtweets.sources.archive_files import TWEETS_NAME, items

NOTE_MATCH_SECONDS = 10  # a note tweet and its truncated post are stamped within a few seconds
REPLY_FIELDS = (
    "in_reply_to_status_id_str",
    "in_reply_to_status_id",
    "in_reply_to_user_id_str",
    "in_reply_to_user_id",
    "in_reply_to_screen_name",
)

_TCO_TAIL = re.compile(r"(?:\s*https?://t\.co/\S+)+\s*$")
_ELLIPSIS_TAIL = re.compile(r"\s*(?:…|\.\.\.)\s*$")
_HANDLE_CHARS = re.compile(r"[^A-Za-z0-9_]+")


def parse_x_date(text: object) -> datetime | None:
    """'Wed Oct 10 20:19:24 +0000 2018' (or ISO 8601) -> an aware datetime; None if unreadable."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    try:
        return datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y").astimezone(timezone.utc)
    except ValueError:
        pass
    try:  # Python 3.10's fromisoformat reads no 'Z'
        d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (d if d.tzinfo else d.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def _norm(text: str) -> str:
    return " ".join(html.unescape(text).split())


def _truncated_stem(text: str) -> tuple[str, bool]:
    """A post's text without a trailing t.co link and ellipsis; and whether it looked cut."""
    stripped = _TCO_TAIL.sub("", text)
    cut = _ELLIPSIS_TAIL.search(stripped) is not None
    stripped = _ELLIPSIS_TAIL.sub("", stripped)
    return _norm(stripped), cut


@dataclass
class Note:
    """One note tweet: the full text of a long post."""

    text: str
    created: datetime | None
    used: bool = False


def notes_of(value: object) -> list[Note]:
    """The note tweets in note-tweet.js's parsed value."""
    out = []
    for n in items(value, "noteTweet"):
        core = n.get("core") if isinstance(n.get("core"), dict) else {}
        text = core.get("text") if isinstance(core, dict) else None
        if isinstance(text, str) and text.strip():
            out.append(Note(text, parse_x_date(n.get("createdAt"))))
    return out


def _match_note(text: str, created: datetime | None, notes: list[Note]) -> Note | None:
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


def _is_set(value: object) -> bool:
    return value not in (None, "", "null", 0, "0")


def _full_text(text: str, created: datetime | None, notes: list[Note]) -> str:
    """The post's text, or the note tweet's when the post is its truncated start."""
    note = _match_note(text, created, notes) if notes else None
    if note is None or len(note.text) < len(_truncated_stem(text)[0]):
        return text
    note.used = True
    return note.text


def _post(t: dict, notes: list[Note], handle: str) -> tuple[datetime | None, int, Post] | None:
    """One tweet object as (time, id order, post); None when it is not a post."""
    if t.get("deleted_at"):  # a deleted post (deleted-tweets.js's shape): never a post
        return None
    tid = t.get("id_str") or t.get("id")
    text = t.get("full_text")
    if text is None:
        text = t.get("text")
    if tid is None or not isinstance(text, str):
        return None
    tid = str(tid)
    created = parse_x_date(t.get("created_at"))
    is_repost = text.startswith("RT @") or bool(t.get("retweeted_status"))
    if not is_repost:
        text = _full_text(text, created, notes)
    # A reply to a post, or to a person (a tweet addressed to them, or one whose parent
    # is gone): any of the archive's reply fields.
    is_reply = any(_is_set(t.get(k)) for k in REPLY_FIELDS)
    url = f"https://x.com/{handle}/status/{tid}" if handle else None
    order = int(tid) if tid.isdigit() else 0
    when = created.isoformat() if created else None
    return created, order, Post(tid, text, when, is_repost, is_reply, url)


def tweets_to_posts(tweets: list[dict], notes: list[Note], handle: str) -> list[Post]:
    """Archive tweet objects -> posts, newest first (each id once)."""
    posts: list[tuple[datetime | None, int, Post]] = []
    seen: set[str] = set()
    for t in tweets:
        tid = t.get("id_str") or t.get("id")
        if tid is not None and str(tid) in seen:
            continue
        made = _post(t, notes, handle)
        if made is not None:
            seen.add(made[2].id)
            posts.append(made)
    epoch = datetime.min.replace(tzinfo=timezone.utc)
    posts.sort(key=lambda x: (x[0] or epoch, x[1]), reverse=True)
    return [p for _, _, p in posts]


def account_triple(account: dict, profile: dict, path: Path) -> tuple[str, str, str | None]:
    """(handle, display name, avatar url) from account.js / profile.js, else the file name."""
    username = account.get("username")
    handle = username.strip().lstrip("@") if isinstance(username, str) and username.strip() else ""
    handle = handle or _handle_from_name(path)
    display = account.get("accountDisplayName")
    display = display.strip() if isinstance(display, str) and display.strip() else handle
    avatar = profile.get("avatarMediaUrl")
    avatar = avatar if isinstance(avatar, str) and avatar.startswith("https://") else None
    return handle, display, avatar


def _handle_from_name(path: Path) -> str:
    """A handle when the archive does not name its account: from the file or folder name."""
    p = path
    if p.is_file() or p.suffix.lower() in {".js", ".json", ".zip"}:
        if TWEETS_NAME.match(p.name) or p.name.lower() == "archive.json":
            p = p.parent
        else:
            return _clean_handle(p.stem)
    if p.name.lower() == "data":
        p = p.parent
    return _clean_handle(p.name)


def _clean_handle(text: str) -> str:
    return _HANDLE_CHARS.sub("_", text).strip("_")[:50] or "archive"
