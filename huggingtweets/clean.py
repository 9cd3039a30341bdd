"""Cleaning and counting, exactly as the original did by default.

Order (see shared/reference/original-pipeline.md):
1. undo `&amp;`, `&lt;`, `&gt;` (one pass, so "&amp;lt;" stays "&lt;" as typed);
2. drop every http:/https: token with the whitespace next to it;
3. collapse spaces; by default fold every whitespace run (newlines too) into one space;
4. a post with fewer than 3 words free of "http", "@" and "#" is "short" and dropped.
Reposts are counted and dropped before all this.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from huggingtweets.posts import Account, Post

_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_ENTITY_RE = re.compile(r"&(?:amp|lt|gt);")
# A link token and the whitespace on either side of it (start, middle, end, own line).
_LINK_RE = re.compile(r"[ \t]*https?:\S*[ \t]*")
_MENTION_RE = re.compile(r"(?<![\w@])@[\w.@-]+")
_BORING_MARKS = ("http", "@", "#")
MIN_WORDS = 3  # fewer plain words than this and a post is "short"


@dataclass(frozen=True)
class CleanOptions:
    """Knobs a user may want; the defaults are the original's behaviour."""

    keep_newlines: bool = False  # the original folded them: generations read better without
    drop_replies: bool = False  # replies often make little sense out of their thread
    strip_mentions: bool = False  # remove @handles from kept text (they are kept by default)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class AccountStats:
    """The four counts of the card's table (plus replies, when the user drops them).

    downloaded == reposts + replies + short + kept
    """

    handle: str
    downloaded: int = 0
    reposts: int = 0
    replies: int = 0  # replies dropped by `drop_replies` (0 by default)
    short: int = 0
    kept: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


def unescape(text: str) -> str:
    return _ENTITY_RE.sub(lambda m: _ENTITIES[m.group(0)], text)


def clean_text(text: str, options: CleanOptions = CleanOptions()) -> str:
    """The text we train on, from the text as posted."""
    text = unescape(text)
    # Links go with the spaces around them; a lone newline next to them survives
    # (it is folded below unless the user keeps line breaks).
    text = _LINK_RE.sub(" ", text)
    if options.strip_mentions:
        text = _MENTION_RE.sub(" ", text)
    if options.keep_newlines:
        lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
    else:
        text = " ".join(text.split())
    return text.strip()


def is_short(text: str) -> bool:
    """True when fewer than MIN_WORDS words are free of http, @ and # (the "boring" rule)."""
    words = [w for w in text.split() if not any(mark in w.lower() for mark in _BORING_MARKS)]
    return len(words) < MIN_WORDS


def clean_posts(
    account: Account, posts: list[Post], options: CleanOptions = CleanOptions()
) -> tuple[AccountStats, list[str]]:
    """Count and clean one account's posts; returns the stats and the kept texts in order."""
    stats = AccountStats(handle=account.handle, downloaded=len(posts))
    kept: list[str] = []
    for post in posts:
        if post.is_repost:
            stats.reposts += 1
            continue
        if options.drop_replies and post.is_reply:
            stats.replies += 1
            continue
        text = clean_text(post.text, options)
        if is_short(text):
            stats.short += 1
            continue
        kept.append(text)
    stats.kept = len(kept)
    return stats, kept
