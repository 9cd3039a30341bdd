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

from huggingtweets import defaults
from huggingtweets.atomic import atomic_write_text
from huggingtweets.clean import CleanOptions, clean_posts, counts_line
from huggingtweets.dataset import (
    AUTHORS_FILE,
    MIN_CHARACTERS,
    WARN_CHARACTERS,
    data_advice,
    joined_characters,
    make_training_text,
)
from huggingtweets.errors import UserError
from huggingtweets.records import DATASET_FILE, AccountPosts, DatasetInfo
from huggingtweets.sources import FetchState, open_source

__all__ = ["DatasetInfo", "DownloadOptions", "download", "fetch_account", "is_dataset_dir"]

# Called as (account index, posts fetched so far, limit or None).
DownloadProgress = Callable[[int, int, "int | None"], None]


@dataclass
class DownloadOptions:
    limit: int | None = None  # most recent N posts per account (None: all the source gives)
    refresh: bool = False  # fetch again even when raw posts are cached
    clean: CleanOptions = field(default_factory=CleanOptions)
    epochs: int = defaults.EPOCHS  # passes built into the training text
    seed: int | None = None  # shuffle seed; random (and recorded) when None
    valid_fraction: float = defaults.VALID_FRACTION


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

    accounts, kept_lists, warnings = [], [], []
    for f, kind in fetched:
        account, kept, warning = _clean_account(f, kind, options)
        accounts.append(account)
        kept_lists.append(kept)
        warnings.extend([warning] if warning else [])

    text = make_training_text(
        kept_lists,
        options.epochs,
        options.seed,
        options.valid_fraction,
        handles=[a.handle for a in accounts],
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
        accounts=accounts,
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


def _clean_account(fetched: AccountPosts, kind: str, options: DownloadOptions):
    """(the account with its counts, its kept posts, a warning or None); too little text stops."""
    counts, kept = clean_posts(fetched.account, fetched.posts, options.clean)
    handle = fetched.account.handle
    chars = joined_characters(kept) if kept else 0
    line = f"{counts_line(counts, options.clean.to_dict())} ({chars:,} characters)"
    if chars < MIN_CHARACTERS:
        advice = (
            "raise --limit, " if options.limit else ""
        ) + "add an archive or another source for this person, or choose an account that posts more"
        raise UserError(
            f"@{handle} does not have enough posts to train on: {line}; "
            f"at least {MIN_CHARACTERS:,} characters are needed — {advice}."
        )
    warning = None
    if chars < WARN_CHARACTERS:
        warning = (
            f"@{handle} has little text ({line}); results may suffer under "
            f"{WARN_CHARACTERS:,} characters — {data_advice(chars)}."
        )
    return fetched.account.with_counts(counts, chars, kind), kept, warning


def check_sources(sources: list[str]) -> None:
    if not sources:
        raise UserError("No source given: name 1 to 3 accounts, archives or files.")
    if len(sources) > defaults.MAX_ACCOUNTS:
        raise UserError(
            f"{len(sources)} sources given: a model learns from at most {defaults.MAX_ACCOUNTS} "
            "accounts; drop some."
        )


def check_options(options: DownloadOptions) -> None:
    if options.limit is not None and not (1 <= options.limit <= 1_000_000):
        raise UserError(f"--limit {options.limit} is out of range: use 1 to 1000000 posts.")
    if not (1 <= options.epochs <= 100):
        raise UserError(
            f"--epochs {options.epochs} is out of range: use 1 to 100 ({defaults.EPOCHS} is the default)."
        )
    if not (0 <= options.valid_fraction < 0.5):
        raise UserError("The held-out fraction must be from 0 to 0.5.")
