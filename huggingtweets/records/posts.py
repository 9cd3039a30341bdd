"""What a source yields and what cleaning counts: posts, accounts and their counts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace

SHORT_RULE_WORDS = "words"  # "short" measured in words (text written with spaces)
SHORT_RULE_CHARACTERS = "words and characters"  # some text without spaces, measured in characters


# --- what a source yields -------------------------------------------------------------------


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

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> Post:
        return cls(
            id=str(d["id"]),
            text=str(d["text"]),
            created_at=d.get("created_at"),
            is_repost=bool(d.get("is_repost", False)),
            is_reply=bool(d.get("is_reply", False)),
            url=d.get("url"),
            not_public=bool(d.get("not_public", False)),
        )


@dataclass
class Counts:
    """What cleaning did with one account's posts: downloaded == the other counts added up.

    The tables (CLI, notebook, card, chart) show these through `clean.COUNT_COLUMNS`.
    """

    downloaded: int = 0
    not_public: int = 0  # followers-only or direct posts: never trained on
    reposts: int = 0
    replies: int = 0  # replies dropped by `drop_replies` (0 by default)
    short: int = 0
    kept: int = 0
    spaceless: int = 0  # posts measured (partly) in characters: written without spaces

    @property
    def short_rule(self) -> str:
        """How "short" was measured (clean.SHORT_RULES explains each)."""
        return SHORT_RULE_CHARACTERS if self.spaceless else SHORT_RULE_WORDS

    def to_json(self) -> dict:
        data = asdict(self)
        del data["spaceless"]  # the JSON says the rule instead
        data["short_rule"] = self.short_rule
        return data

    @classmethod
    def from_json(cls, d: dict) -> Counts:
        def count(key):
            v = d.get(key, 0)
            return v if isinstance(v, int) and not isinstance(v, bool) else 0

        values = {f.name: count(f.name) for f in fields(cls) if f.name != "spaceless"}
        spaceless = count("spaceless") or int(d.get("short_rule") == SHORT_RULE_CHARACTERS)
        return cls(**values, spaceless=spaceless)


@dataclass(frozen=True)
class Account:
    """Who wrote the posts; after `download`, also what became of their posts."""

    source: str  # the source as the user typed it (a local file: by its name once published)
    handle: str  # e.g. "jack", "user@mastodon.social", "name.bsky.social"
    display_name: str
    avatar_url: str | None = None
    kind: str = ""  # the source's kind ('x-archive', 'mastodon', ...), set by download
    counts: Counts = field(default_factory=Counts)
    characters: int = 0  # the kept posts joined by the separator

    def with_counts(self, counts: Counts, characters: int, kind: str) -> Account:
        return replace(self, counts=counts, characters=characters, kind=kind)

    def to_json(self) -> dict:
        """Flat, as `download --json` and training.json have always held an account."""
        return {
            "source": self.source,
            "handle": self.handle,
            "display_name": self.display_name,
            "avatar_url": self.avatar_url,
            **self.counts.to_json(),
            "characters": self.characters,
            "kind": self.kind,
        }

    @classmethod
    def from_json(cls, d: dict) -> Account:
        handle = str(d.get("handle") or "").lstrip("@") or "unknown"
        return cls(
            source=str(d.get("source") or ""),
            handle=handle,
            display_name=str(d.get("display_name") or handle),
            avatar_url=d.get("avatar_url") or None,
            kind=str(d.get("kind") or ""),
            counts=Counts.from_json(d),
            characters=int(d.get("characters") or 0),
        )


@dataclass
class AccountPosts:
    """An account with the raw posts fetched for it (between a source and cleaning)."""

    account: Account
    posts: list[Post] = field(default_factory=list)
