"""Cleaning and counting: the original's rules by default, made to work for every language.

Order (see shared/reference/original-pipeline.md):
1. undo `&amp;`, `&lt;`, `&gt;` (one pass, so "&amp;lt;" stays "&lt;" as typed);
2. Unicode spaces that only steer layout (no-break, narrow no-break, thin, figure ...) become
   plain spaces; zero-width spaces go; the ideographic space (U+3000) stays, as Japanese and
   Chinese writers type it;
3. drop every http:/https: token with the whitespace next to it (a line that held only links
   goes with them);
4. collapse spaces; by default fold every whitespace run (newlines too) into one space; with
   `keep_newlines` keep line breaks and paragraphs (at most one empty line in a row);
5. a post with fewer than 3 words free of "http", "@" and "#" is "short" and dropped. Words
   are counted between spaces, as the original did; text in scripts written without spaces
   (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) is measured in characters instead:
   2 Chinese or Japanese characters, or 3 Thai, Lao, Khmer or Myanmar letters (vowel and tone
   marks not counted), make a word. Korean is written with spaces and counted in words.
Posts that are not public (Mastodon `private`/`direct` statuses), then reposts (and replies,
when the user drops them), are counted and dropped before all this.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import regex

from huggingtweets.records import SHORT_RULE_CHARACTERS, SHORT_RULE_WORDS, Account, Counts, Post

_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_ENTITY_RE = re.compile(r"&(?:amp|lt|gt);")
# A link token and the spaces on either side of it (start, middle, end, own line).
_LINK_RE = re.compile(r"[^\S\n\u3000]*https?:\S*[^\S\n\u3000]*")
_MENTION_RE = re.compile(r"(?<![\w@])@[\w.@-]+")
_BORING_MARKS = ("http", "@", "#")
MIN_WORDS = 3  # fewer plain words than this and a post is "short"

# Spaces that only steer layout: no-break (U+00A0), en quad .. hair space (U+2000-200A),
# narrow no-break (U+202F), medium mathematical (U+205F), Ogham (U+1680).
_LAYOUT_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f]")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff]")  # zero-width space, word joiner, BOM
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028]")
IDEOGRAPHIC_SPACE = "\u3000"
_SPACE_RUN = re.compile(r"[^\S\n]+")

# Letters of scripts written without spaces between words (script extensions, so the
# Japanese long-vowel mark and iteration marks count), and how many of them make a word.
# Calibrated on real text: Thai social media posts average 2.9 letters a word (marks not
# counted) in the human word segmentation of wisesight-1000 (tests/data/README.md); Chinese
# words average 1.5-2 characters, Japanese ones about 2.
CJK_CHARS_PER_WORD = 2
SEA_LETTERS_PER_WORD = 3
_CJK = regex.compile(r"[[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]&&\p{L}]", regex.V1)
_SEA = regex.compile(r"[[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]&&\p{L}]", regex.V1)
_SPACELESS = regex.compile(
    r"[[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}"
    r"\p{scx=Myanmar}]&&[\p{L}\p{M}]]+",
    regex.V1,
)

SHORT_RULES = {
    SHORT_RULE_WORDS: "fewer than 3 words, not counting links, mentions and hashtags",
    SHORT_RULE_CHARACTERS: (
        "fewer than 3 words, not counting links, mentions and hashtags; in text written "
        f"without spaces {CJK_CHARS_PER_WORD} Chinese or Japanese characters, or "
        f"{SEA_LETTERS_PER_WORD} Thai, Lao, Khmer or Myanmar letters, count as a word"
    ),
}


@dataclass(frozen=True)
class CleanOptions:
    """Knobs a user may want; the defaults are the original's behaviour."""

    keep_newlines: bool = False  # the original folded them: generations read better without
    drop_replies: bool = False  # replies often make little sense out of their thread
    strip_mentions: bool = False  # remove @handles from kept text (they are kept by default)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class CountColumn:
    """One count every table shows (CLI, notebook, card, chart) and `download --json` holds."""

    key: str  # the field of records.Counts and of the JSON
    label: str  # in the CLI and notebook tables
    card_label: str  # in the model card (the original's words)
    always: bool = True  # False: shown only when an account has some, or its option is on
    option: str | None = None  # the CleanOptions field that makes this count


# Downloaded first, then what was left out in the order it is left out, then what was kept:
# downloaded == sum of the others. A new reason to leave posts out is one more line here
# (and a field of records.Counts).
COUNT_COLUMNS: tuple[CountColumn, ...] = (
    CountColumn("downloaded", "Posts downloaded", "Tweets downloaded"),
    # followers-only or direct posts: never trained on (a public, unlisted status is kept)
    CountColumn("not_public", "Not public (left out)", "Not public (left out)", False),
    CountColumn("reposts", "Reposts", "Retweets"),
    CountColumn("replies", "Replies left out", "Replies left out", False, "drop_replies"),
    CountColumn("short", "Short posts", "Short tweets"),
    CountColumn("kept", "Posts kept", "Tweets kept"),
)
LEFT_OUT = tuple(c.key for c in COUNT_COLUMNS if c.key not in ("downloaded", "kept"))


def count_value(account, key: str) -> int:
    """One count of a `Counts`, an `Account` (its counts) or the JSON of one (0 when absent)."""
    if isinstance(account, Account):
        account = account.counts
    value = account.get(key) if isinstance(account, dict) else getattr(account, key, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def shown_columns(accounts: list, clean: dict | None = None) -> list[CountColumn]:
    """The count columns a table shows for these accounts; every face shows the same."""
    clean = clean or {}
    return [
        c
        for c in COUNT_COLUMNS
        if c.always or bool(clean.get(c.option)) or any(count_value(a, c.key) for a in accounts)
    ]


def counts_line(account, clean: dict | None = None) -> str:
    """`downloaded 10, reposts 2, short 1, kept 7`: the shown columns, in order."""
    return ", ".join(
        f"{c.key} {count_value(account, c.key)}" for c in shown_columns([account], clean)
    )


def unescape(text: str) -> str:
    return _ENTITY_RE.sub(lambda m: _ENTITIES[m.group(0)], text)


def normalise_spaces(text: str) -> str:
    """Layout spaces -> plain spaces, invisible ones removed, every line break a `\\n`."""
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    return _LAYOUT_SPACES.sub(" ", text)


def _fold_spaces(line: str) -> str:
    """Runs of spaces in one line -> one space (one ideographic space if the run holds one)."""
    if IDEOGRAPHIC_SPACE not in line:
        return " ".join(line.split())
    return _SPACE_RUN.sub(
        lambda m: IDEOGRAPHIC_SPACE if IDEOGRAPHIC_SPACE in m.group(0) else " ", line
    ).strip()


def clean_text(text: str, options: CleanOptions = CleanOptions()) -> str:
    """The text we train on, from the text as posted."""
    text = normalise_spaces(unescape(text))
    lines = []
    for line in text.split("\n"):
        had_text = bool(line.strip())
        line = _LINK_RE.sub(" ", line)
        if options.strip_mentions:
            line = _MENTION_RE.sub(" ", line)
        line = _fold_spaces(line)
        if line or not had_text:  # a line of links only goes; an empty line marks a paragraph
            lines.append(line)
    if not options.keep_newlines:
        return _fold_spaces(" ".join(lines))
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def words(text: str) -> tuple[float, bool]:
    """(how many words, whether any were measured in characters) by the short-post rule."""
    if not _SPACELESS.search(text):  # the original's rule, exactly (and fast)
        plain = [
            w for w in text.lower().split() if "http" not in w and "@" not in w and "#" not in w
        ]
        return float(len(plain)), False
    count = 0.0
    spaceless = False
    for token in text.split():
        low = token.lower()
        if "http" in low or token.startswith(("@", "#")):
            continue  # a link, mention or hashtag runs to the next space
        if not _SPACELESS.search(token):
            if not any(mark in low for mark in _BORING_MARKS):
                count += 1  # the original's rule, exactly
            continue
        spaceless = True
        count += len(_CJK.findall(token)) / CJK_CHARS_PER_WORD
        count += len(_SEA.findall(token)) / SEA_LETTERS_PER_WORD
        # What sits between those letters (a Latin word, a number) counts as the original would.
        for piece in _SPACELESS.split(token):
            if regex.search(r"\w", piece) and not any(m in piece.lower() for m in _BORING_MARKS):
                count += 1
    return count, spaceless


def is_short(text: str) -> bool:
    """True when fewer than MIN_WORDS words are free of http, @ and # (the "boring" rule);
    text written without spaces counts its characters toward words (see `words`)."""
    return words(text)[0] < MIN_WORDS


def clean_posts(
    account: Account, posts: list[Post], options: CleanOptions = CleanOptions()
) -> tuple[Counts, list[str]]:
    """Count and clean one account's posts; returns the counts and the kept texts in order."""
    stats = Counts(downloaded=len(posts))
    kept: list[str] = []
    for post in posts:
        if post.not_public:
            stats.not_public += 1
            continue
        if post.is_repost:
            stats.reposts += 1
            continue
        if options.drop_replies and post.is_reply:
            stats.replies += 1
            continue
        text = clean_text(post.text, options)
        count, spaceless = words(text)
        stats.spaceless += spaceless
        if count < MIN_WORDS:
            stats.short += 1
            continue
        kept.append(text)
    stats.kept = len(kept)
    return stats, kept
