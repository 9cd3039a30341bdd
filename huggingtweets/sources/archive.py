"""X "Download an archive of your data" exports, and Community Archive `archive.json` files.

Accepted:
  archive.zip           the zip X sends (read in place: nothing is extracted)
  a folder              the extracted zip (the folder holding `data/`, or `data/` itself)
  tweets.js / tweet.js  a bare tweets file (account.js etc. beside it are used when present)
  archive.json          a Community Archive export (same inner shapes as the X archive)

Inside an archive, posts are in `data/tweets.js` (split archives: `tweets-part1.js`, ...; older
archives: `tweet.js`, `tweet-part1.js`, ...); long posts' full text is in `data/note-tweet.js`.
Reading the files: `archive_files`; turning their JSON into posts: `archive_posts`.

Nothing else is read but `account.js` and `profile.js` (the handle, display name and avatar):
never direct messages, e-mail, phone, IP logs, and never the posts the person deleted
(`deleted-tweets.js`, `deleted-note-tweet.js`), which are not posts to train on and are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from huggingtweets.errors import UserError
from huggingtweets.records import Account, Post
from huggingtweets.sources.archive_files import (
    HOW_TO_GET,
    ArchiveReader,
    check_post_file,
    items,
    not_an_archive,
    open_archive,
    parse_js,
    read_text,
    tweet_files,
)
from huggingtweets.sources.archive_posts import Note, account_triple, notes_of, tweets_to_posts
from huggingtweets.sources.base import FetchState, ProgressFn, Source, safe_key

SAMPLES = ("sample", "sample2")  # the bundled fictional accounts (scripts/make_sample.py)
NOTE_FILES = ("note-tweet.js", "note_tweet.js")


def sample_archive_path(name: str = "sample") -> Path:
    """A bundled fictional account (`sample` or `sample2`), laid out as an extracted X archive."""
    if name not in SAMPLES:
        raise ValueError(f"no bundled sample '{name}'")
    return Path(__file__).resolve().parent.parent / "data" / name


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
        if self._is_community():
            return self._read_community()
        with open_archive(self.path) as reader:
            tweets = self._read_tweets(reader)
            handle, display, avatar = self._account_info(reader)
            notes = self._read_notes(reader)
        posts = tweets_to_posts(tweets, notes, handle)
        if not posts:
            raise UserError(
                f"'{self.path.name}' holds no posts: check that it is the right archive, or {HOW_TO_GET}."
            )
        return _Parsed(Account(self.source, handle, display, avatar), posts)

    def _is_community(self) -> bool:
        return self.path.is_file() and self.path.suffix.lower() == ".json"

    def _bare_file(self) -> bool:
        return self.path.is_file() and self.path.suffix.lower() == ".js"

    def _read_tweets(self, reader: ArchiveReader) -> list[dict]:
        """The tweet objects of tweets.js (all its parts), each file checked to be posts."""
        files = [reader.path.name] if self._bare_file() else tweet_files(reader.names())
        if not files:
            raise not_an_archive(self.path)
        tweets: list[dict] = []
        for name in files:
            label = name if self._bare_file() else f"{self.path.name}: {name}"
            text = reader.read(name)
            check_post_file(name, text, label)
            tweets.extend(items(parse_js(text, label), "tweet"))
        return tweets

    def _read_notes(self, reader: ArchiveReader) -> list[Note]:
        names = reader.names()
        for name in NOTE_FILES:
            if name in names:
                return notes_of(parse_js(reader.read(name), f"{self.path.name}: {name}"))
        return []

    def _account_info(self, reader: ArchiveReader | None = None) -> tuple[str, str, str | None]:
        """(handle, display name, avatar url) from account.js / profile.js, else the file name."""
        if self._account_cache is not None:
            return self._account_cache
        if self._is_community():
            self._read_community()
            assert self._account_cache is not None
            return self._account_cache
        if reader is None:
            with open_archive(self.path) as own:
                return self._account_info(own)
        names = reader.names()
        found: dict[str, dict] = {}
        for key in ("account", "profile"):
            if f"{key}.js" in names:
                values = items(parse_js(reader.read(f"{key}.js"), f"{key}.js"), key)
                found[key] = values[0] if values else {}
        account, profile = found.get("account", {}), found.get("profile", {})
        self._account_cache = account_triple(account, profile, self.path)
        return self._account_cache

    def _read_community(self) -> _Parsed:
        label = self.path.name
        data = parse_js(read_text(self.path, label), label)
        if not isinstance(data, dict) or not isinstance(data.get("tweets"), list):
            raise UserError(
                f"'{label}' is not a Community Archive export: it has no \"tweets\" list; "
                "give the archive.json from the Community Archive or your X archive's zip."
            )
        accounts = items(data.get("account"), "account")
        profiles = items(data.get("profile"), "profile")
        handle, display, avatar = account_triple(
            accounts[0] if accounts else {}, profiles[0] if profiles else {}, self.path
        )
        self._account_cache = (handle, display, avatar)
        notes = notes_of(data.get("note-tweet") or data.get("note_tweet") or data.get("noteTweet"))
        posts = tweets_to_posts(items(data["tweets"], "tweet"), notes, handle)
        if not posts:
            raise UserError(f"'{label}' holds no posts: check that it is the right export.")
        return _Parsed(Account(self.source, handle, display, avatar), posts)
