"""What every source implements, and the on-disk cache that lets a fetch resume."""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path

from huggingtweets.atomic import atomic_write_text  # noqa: F401  (re-exported)
from huggingtweets.records import Account, Post

# Sources that fetch pages call this after each page: (posts so far, limit or None).
ProgressFn = Callable[[int, "int | None"], None]


class FetchState:
    """Progress of one account's download: saved after every page so a failed fetch resumes.

    `cursor` is whatever the source needs to continue (a next-page URL, a cursor token).
    `complete` is set once the source has nothing more to give (or the limit is reached).
    """

    def __init__(self, path: Path | None = None):
        self.path = path
        self.account: Account | None = None
        self.posts: list[Post] = []
        self.cursor: str | None = None
        self.complete = False
        self.limit: int | None = None  # the limit the cached fetch was made with

    @classmethod
    def load(cls, path: Path) -> FetchState:
        state = cls(path)
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                state.account = Account.from_json(data["account"]) if data.get("account") else None
                state.posts = [Post.from_json(p) for p in data.get("posts", [])]
                state.cursor = data.get("cursor")
                state.complete = bool(data.get("complete"))
                state.limit = data.get("limit")
            except (ValueError, KeyError, TypeError):
                return cls(path)  # a damaged cache is simply fetched again
        return state

    def add_page(self, posts: list[Post], cursor: str | None) -> None:
        """Record one fetched page and where to continue, and save (resume point)."""
        seen = {p.id for p in self.posts}
        self.posts.extend(p for p in posts if p.id not in seen)
        self.cursor = cursor
        self.save()

    def finish(self) -> None:
        self.complete = True
        self.cursor = None
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        data = {
            "account": self.account.to_json() if self.account else None,
            "posts": [p.to_json() for p in self.posts],
            "cursor": self.cursor,
            "complete": self.complete,
            "limit": self.limit,
        }
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False))


class Source(ABC):
    """One place posts come from, chosen by `huggingtweets.sources.open_source`."""

    kind: str = "source"  # short name shown to users: "x-archive", "mastodon", ...
    cacheable: bool = True  # network sources cache raw posts; local files are re-read

    def __init__(self, source: str):
        self.source = source  # as the user typed it

    @property
    @abstractmethod
    def key(self) -> str:
        """A file-system-safe name for this account's cache file."""

    @abstractmethod
    def fetch(
        self, state: FetchState, limit: int | None, progress: ProgressFn | None = None
    ) -> None:
        """Fill `state.account` and `state.posts` (newest first is fine).

        Network sources continue from `state.cursor` when it is set, call
        `state.add_page(...)` after every page and `state.finish()` at the end.
        Stop once `limit` posts are held. Raise `UserError` for anything the
        user can fix (unknown account, protected, rate limited for too long).
        """


def safe_key(*parts: str) -> str:
    """`mastodon`, `user@host` -> `mastodon_user@host`, with nothing that can escape a folder."""
    text = "_".join(parts)
    text = re.sub(r"[^A-Za-z0-9@._-]+", "-", text).strip(".-")
    return text[:120] or "account"
