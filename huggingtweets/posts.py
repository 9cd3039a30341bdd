"""The records every source yields. Nothing downstream knows where posts came from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Post:
    """One post as its author wrote it (text not yet cleaned)."""

    id: str
    text: str
    created_at: str | None = None  # ISO 8601, UTC when the source says so
    is_repost: bool = False  # a retweet / boost / repost of someone else's post
    is_reply: bool = False
    url: str | None = None
    # Not public (a Mastodon status for followers only, or a direct message): never trained on,
    # and its text is never kept (it is "" here), only counted.
    not_public: bool = False

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Post:
        return cls(
            id=str(d["id"]),
            text=str(d["text"]),
            created_at=d.get("created_at"),
            is_repost=bool(d.get("is_repost", False)),
            is_reply=bool(d.get("is_reply", False)),
            url=d.get("url"),
            not_public=bool(d.get("not_public", False)),
        )


@dataclass(frozen=True)
class Account:
    """Who wrote the posts."""

    source: str  # the source string as the user typed it
    handle: str  # e.g. "jack", "user@mastodon.social", "name.bsky.social"
    display_name: str
    avatar_url: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Account:
        return cls(
            source=str(d["source"]),
            handle=str(d["handle"]),
            display_name=str(d.get("display_name") or d["handle"]),
            avatar_url=d.get("avatar_url"),
        )


@dataclass
class AccountPosts:
    """An account with the raw posts fetched for it."""

    account: Account
    posts: list[Post] = field(default_factory=list)
