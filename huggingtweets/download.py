"""Step 1: sources -> raw posts (cached) -> cleaned posts -> training text on disk.

The output folder holds:
  raw/<account>.json   raw posts per network account (the cache; `refresh` fetches again)
  train.txt            the training text (epochs built in)
  valid.txt            held-out posts, never in train.txt
  dataset.json         counts, options, seed, warnings: the `download --json` answer
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from huggingtweets.atomic import atomic_write_text
from huggingtweets.clean import (
    COUNT_COLUMNS,
    SHORT_RULE_WORDS,
    AccountStats,
    CleanOptions,
    clean_posts,
    counts_line,
)
from huggingtweets.dataset import (
    AUTHORS_FILE,
    DEFAULT_EPOCHS,
    MIN_CHARACTERS,
    SEPARATOR,
    VALID_FRACTION,
    WARN_CHARACTERS,
    data_advice,
    joined_characters,
    make_training_text,
)
from huggingtweets.errors import UserError
from huggingtweets.records import AccountPosts
from huggingtweets.sources import FetchState, open_source

MAX_SOURCES = 3  # the card's header has room for three avatars
DATASET_FILE = "dataset.json"

# Called as (account index, posts fetched so far, limit or None).
DownloadProgress = Callable[[int, int, "int | None"], None]


@dataclass
class DownloadOptions:
    limit: int | None = None  # most recent N posts per account (None: all the source gives)
    refresh: bool = False  # fetch again even when raw posts are cached
    clean: CleanOptions = field(default_factory=CleanOptions)
    epochs: int = DEFAULT_EPOCHS  # passes built into the training text
    seed: int | None = None  # shuffle seed; random (and recorded) when None
    valid_fraction: float = VALID_FRACTION


@dataclass
class AccountSummary:
    """One account's line of the `download --json` answer and of the card's table.

    downloaded == reposts + replies + short + kept (clean.COUNT_COLUMNS, in that order).
    """

    source: str
    handle: str
    display_name: str
    avatar_url: str | None
    downloaded: int
    reposts: int
    short: int
    kept: int
    replies: int = 0
    characters: int = 0  # kept posts joined by the separator
    kind: str = ""
    short_rule: str = SHORT_RULE_WORDS  # how "short" was measured (clean.SHORT_RULES)
    not_public: int = 0  # followers-only / direct posts left out (never trained on)

    @classmethod
    def of(cls, fetched: AccountPosts, stats: AccountStats, characters: int, kind: str):
        a = fetched.account
        return cls(
            source=a.source,
            handle=a.handle,
            display_name=a.display_name,
            avatar_url=a.avatar_url,
            downloaded=stats.downloaded,
            reposts=stats.reposts,
            short=stats.short,
            kept=stats.kept,
            replies=stats.replies,
            characters=characters,
            kind=kind,
            short_rule=stats.short_rule,
            not_public=stats.not_public,
        )


@dataclass
class DatasetInfo:
    """What `download` made: the JSON contract plus what later steps need."""

    accounts: list[AccountSummary]
    train_file: str
    valid_file: str
    characters: int  # characters of the training text
    seed: int
    warnings: list[str]
    epochs: int = DEFAULT_EPOCHS
    clean: dict = field(default_factory=dict)
    train_posts: int = 0
    valid_posts: int = 0
    separator: str = SEPARATOR

    def to_json(self) -> dict:
        """Exactly the documented `download --json` object (plus nothing the contract forbids)."""
        return {
            "accounts": [
                {
                    "source": a.source,
                    "handle": a.handle,
                    "display_name": a.display_name,
                    "avatar_url": a.avatar_url,
                    **{c.key: getattr(a, c.key) for c in COUNT_COLUMNS},
                    "short_rule": a.short_rule,
                }
                for a in self.accounts
            ],
            "train_file": self.train_file,
            "valid_file": self.valid_file,
            "characters": self.characters,
            "seed": self.seed,
            "warnings": list(self.warnings),
        }

    def save(self, out_dir: Path) -> None:
        data = self.to_json()
        data["details"] = {
            "accounts": [a.__dict__ for a in self.accounts],
            "epochs": self.epochs,
            "clean": self.clean,
            "train_posts": self.train_posts,
            "valid_posts": self.valid_posts,
            "separator": self.separator,
        }
        atomic_write_text(out_dir / DATASET_FILE, json.dumps(data, indent=2, ensure_ascii=False))

    @classmethod
    def load(cls, out_dir: Path) -> DatasetInfo:
        path = Path(out_dir) / DATASET_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            details = data.get("details", {})
            return cls(
                accounts=[AccountSummary(**a) for a in details["accounts"]],
                train_file=data["train_file"],
                valid_file=data["valid_file"],
                characters=int(data["characters"]),
                seed=int(data["seed"]),
                warnings=list(data.get("warnings", [])),
                epochs=int(details.get("epochs", DEFAULT_EPOCHS)),
                clean=details.get("clean", {}),
                train_posts=int(details.get("train_posts", 0)),
                valid_posts=int(details.get("valid_posts", 0)),
                separator=details.get("separator", SEPARATOR),
            )
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise UserError(
                f"'{path}' is missing or damaged ({type(e).__name__}): run `huggingtweets download` again."
            ) from None

    @property
    def handles(self) -> list[str]:
        return [a.handle for a in self.accounts]


def is_dataset_dir(path: str | Path) -> bool:
    return (Path(path) / DATASET_FILE).is_file()


def fetch_account(
    source_text: str,
    out_dir: Path,
    options: DownloadOptions,
    progress: Callable[[int, int | None], None] | None = None,
) -> tuple[AccountPosts, str]:
    """Raw posts of one source, from the cache when it is complete; returns (posts, kind)."""
    source = open_source(source_text)
    cache = out_dir / "raw" / f"{source.key}.json" if source.cacheable else None
    state = FetchState.load(cache) if cache is not None else FetchState()
    if options.refresh or (state.limit != options.limit and state.complete):
        state = FetchState(cache)  # asked to fetch again, or the cache answers another question
    if not state.complete:
        state.limit = options.limit
        source.fetch(state, options.limit, progress)
    if state.account is None:
        raise UserError(f"{source_text}: the source gave no account; check the address.")
    posts = state.posts[: options.limit] if options.limit else state.posts
    return AccountPosts(state.account, list(posts)), source.kind


def download(
    sources: list[str],
    out_dir: str | Path,
    options: DownloadOptions | None = None,
    progress: DownloadProgress | None = None,
) -> DatasetInfo:
    """Fetch, clean, check and write the training text for 1 to 3 sources."""
    options = options or DownloadOptions()
    check_sources(sources)
    check_options(options)
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"'{out_dir}' is a file: give a folder for --out.")
    created = not out_dir.exists()
    try:
        return _download(sources, out_dir, options, progress)
    except BaseException:
        # Leave no half-made folder behind, unless it holds a partial fetch to resume from.
        if created and out_dir.is_dir() and not _has_partial_fetch(out_dir):
            shutil.rmtree(out_dir, ignore_errors=True)
        raise


def _has_partial_fetch(out_dir: Path) -> bool:
    for path in (out_dir / "raw").glob("*.json"):
        state = FetchState.load(path)
        if not state.complete and state.posts:
            return True
    return False


def _download(
    sources: list[str], out_dir: Path, options: DownloadOptions, progress: DownloadProgress | None
) -> DatasetInfo:
    fetched: list[tuple[AccountPosts, str]] = []
    for i, text in enumerate(sources):
        cb = (lambda n, lim, i=i: progress(i, n, lim)) if progress else None
        fetched.append(fetch_account(text, out_dir, options, cb))

    handles = [f.account.handle.lower() for f, _ in fetched]
    if len(set(handles)) != len(handles):
        raise UserError("The same account is given twice: give each account once.")

    summaries, kept_lists, warnings = [], [], []
    for f, kind in fetched:
        stats, kept = clean_posts(f.account, f.posts, options.clean)
        chars = joined_characters(kept) if kept else 0
        counts = f"{counts_line(stats, options.clean.to_dict())} ({chars:,} characters)"
        if chars < MIN_CHARACTERS:
            advice = (
                ("raise --limit, " if options.limit else "")
                + "add an archive or another source for this person, or choose an account that posts more"
            )
            raise UserError(
                f"@{f.account.handle} does not have enough posts to train on: {counts}; "
                f"at least {MIN_CHARACTERS:,} characters are needed — {advice}."
            )
        if chars < WARN_CHARACTERS:
            warnings.append(
                f"@{f.account.handle} has little text ({counts}); results may suffer under "
                f"{WARN_CHARACTERS:,} characters — {data_advice(chars)}."
            )
        summaries.append(AccountSummary.of(f, stats, chars, kind))
        kept_lists.append(kept)

    text = make_training_text(
        kept_lists,
        options.epochs,
        options.seed,
        options.valid_fraction,
        handles=[s.handle for s in summaries],
    )
    train_file, valid_file = out_dir / "train.txt", out_dir / "valid.txt"
    atomic_write_text(train_file, text.train)
    atomic_write_text(valid_file, text.valid)
    authors_file = out_dir / AUTHORS_FILE  # several accounts: who wrote what (the evaluation's)
    if text.authors is not None:
        atomic_write_text(authors_file, json.dumps(text.authors.to_json(), ensure_ascii=False))
    else:
        authors_file.unlink(missing_ok=True)  # left by an earlier several-account download
    info = DatasetInfo(
        accounts=summaries,
        train_file=str(train_file),
        valid_file=str(valid_file),
        characters=len(text.train),
        seed=text.seed,
        warnings=warnings,
        epochs=options.epochs,
        clean=options.clean.to_dict(),
        train_posts=text.train_posts,
        valid_posts=text.valid_posts,
    )
    info.save(out_dir)
    return info


def check_sources(sources: list[str]) -> None:
    if not sources:
        raise UserError("No source given: name 1 to 3 accounts, archives or files.")
    if len(sources) > MAX_SOURCES:
        raise UserError(
            f"{len(sources)} sources given: a model learns from at most {MAX_SOURCES} accounts; drop some."
        )


def check_options(options: DownloadOptions) -> None:
    if options.limit is not None and not (1 <= options.limit <= 1_000_000):
        raise UserError(f"--limit {options.limit} is out of range: use 1 to 1000000 posts.")
    if not (1 <= options.epochs <= 100):
        raise UserError(
            f"--epochs {options.epochs} is out of range: use 1 to 100 (4 is the default)."
        )
    if not (0 <= options.valid_fraction < 0.5):
        raise UserError("The held-out fraction must be from 0 to 0.5.")
