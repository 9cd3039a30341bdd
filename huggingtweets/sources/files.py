"""Your own file of posts: .jsonl, .csv or .txt.

  .jsonl  one JSON object a line with a `text` field; optional `id`, `date` or `created_at`,
          `is_repost`, `is_reply`, `url`. snscrape's JSONL works as it is: `rawContent` (or
          `content`), `retweetedTweet` (a repost when set), `inReplyToTweetId` or `inReplyToUser` (a reply),
          `user.username` / `user.displayname` / `user.profileImageUrl` (the account).
  .csv    a `text` column (any case); optional id, date/created_at, is_repost, is_reply, url.
  .txt    one post a line; blank lines are skipped.

Without an explicit repost flag, a text starting with "RT @" counts as a repost (old X exports).
A row whose `visibility` is `private` or `direct` (Mastodon statuses saved from the API) is not
public: it is counted and never trained on.
The handle is the file's name unless the data names the user.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from huggingtweets.errors import UserError
from huggingtweets.records import Account, Post
from huggingtweets.sources.base import FetchState, ProgressFn, Source, safe_key

MAX_FILE_BYTES = 512 * 1024**2
TEXT_FIELDS = ("text", "rawContent", "content", "full_text")
TEXT_COLUMNS = ("text", "full_text", "content", "rawcontent", "tweet", "post")
DATE_FIELDS = ("date", "created_at", "createdAt", "timestamp")
# Any of these set marks a reply: snscrape (the parent post, or the person replied to),
# X's tweet objects, Mastodon's statuses (the parent's account stays when the parent is gone).
REPLY_FIELDS = (
    "inReplyToTweetId",
    "inReplyToUser",
    "in_reply_to_status_id_str",
    "in_reply_to_status_id",
    "in_reply_to_user_id_str",
    "in_reply_to_user_id",
    "in_reply_to_screen_name",
    "in_reply_to_id",
    "in_reply_to_account_id",
)
_TRUE = {"1", "true", "yes", "y", "t"}
NOT_PUBLIC = {"private", "direct"}  # Mastodon's followers-only and direct visibilities
_HANDLE_CHARS = re.compile(r"[^A-Za-z0-9_.@-]+")


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in _TRUE
    return bool(value)


def _iso_date(value: object) -> str | None:
    """A date as ISO 8601 (UTC when the value says so); None when missing or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value  # epoch seconds or milliseconds
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            d = datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y")
        except ValueError:
            return text or None  # keep what the user wrote
    if d.tzinfo:
        d = d.astimezone(timezone.utc)
    return d.isoformat()


def _sortable(created_at: str | None) -> datetime | None:
    if not created_at:
        return None
    try:
        d = datetime.fromisoformat(created_at)
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


class PostFileSource(Source):
    """Posts from a .jsonl, .csv or .txt file."""

    kind = "file"
    cacheable = False  # a local file: read again every time

    def __init__(self, path: str | Path, source: str):
        super().__init__(source)
        self.path = Path(path)

    @property
    def key(self) -> str:
        return safe_key("file", self.path.stem)

    def fetch(
        self, state: FetchState, limit: int | None, progress: ProgressFn | None = None
    ) -> None:
        account, posts = self.read()
        state.account = account
        state.posts = []
        state.add_page(posts[:limit] if limit else posts, None)
        if progress:
            progress(len(state.posts), limit)
        state.finish()

    def read(self) -> tuple[Account, list[Post]]:
        """The account and its posts (newest first when every post has a date, else file order)."""
        text = self._text()
        suffix = self.path.suffix.lower()
        users: Counter = Counter()
        profiles: dict[str, tuple[str, str | None]] = {}
        if suffix == ".jsonl":
            posts = self._jsonl(text, users, profiles)
        elif suffix == ".csv":
            posts = self._csv(text)
        elif suffix == ".txt":
            posts = self._txt(text)
        else:
            raise UserError(
                f"'{self.path.name}' is not a file type I read: use .jsonl, .csv or .txt."
            )
        if not posts:
            raise UserError(f"'{self.path.name}' holds no posts: {self._format_help()}")
        dated = [_sortable(p.created_at) for p in posts]
        if all(d is not None for d in dated):
            order = sorted(range(len(posts)), key=lambda i: dated[i], reverse=True)
            posts = [posts[i] for i in order]
        handle, display, avatar = self.path.stem, self.path.stem, None
        if users:
            handle = users.most_common(1)[0][0]
            display, avatar = profiles.get(handle, (handle, None))
        handle = _HANDLE_CHARS.sub("_", handle).strip("_") or "posts"
        return Account(self.source, handle, display or handle, avatar), posts

    def _format_help(self) -> str:
        return {
            ".jsonl": 'write one JSON object a line with a "text" field.',
            ".csv": "give it a header row with a text column.",
        }.get(self.path.suffix.lower(), "write one post a line.")

    def _text(self) -> str:
        name = self.path.name
        try:
            size = self.path.stat().st_size
        except OSError as e:
            raise UserError(f"'{name}' cannot be read ({e.strerror}): check the path.") from None
        if not self.path.is_file():
            raise UserError(f"'{name}' is not a file: give a .jsonl, .csv or .txt file.")
        if size > MAX_FILE_BYTES:
            raise UserError(
                f"'{name}' is {size / 1024**2:,.0f} MB: files over {MAX_FILE_BYTES // 1024**2} MB "
                "are not read; keep the most recent posts (or use --limit on a smaller file)."
            )
        if size == 0:
            raise UserError(f"'{name}' is empty: {self._format_help()}")
        data = self.path.read_bytes()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise UserError(
                f"'{name}' is not UTF-8 text (bad byte on line {line}): save it as UTF-8."
            ) from None

    def _post(self, n: int, text: str, **kw) -> Post:
        if "is_repost" not in kw or kw["is_repost"] is None:
            kw["is_repost"] = text.startswith("RT @")
        pid = kw.pop("id", None)
        pid = str(pid) if pid not in (None, "") else str(n)
        if str(kw.get("visibility") or "").strip().lower() in NOT_PUBLIC:
            return Post(id=pid, text="", not_public=True)  # counted, never read
        return Post(
            id=pid,
            text=text,
            created_at=kw.get("created_at"),
            is_repost=bool(kw["is_repost"]),
            is_reply=bool(kw.get("is_reply")),
            url=kw.get("url") or None,
        )

    def _jsonl(self, text: str, users: Counter, profiles: dict) -> list[Post]:
        posts = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise UserError(
                    f"'{self.path.name}' has broken JSON on line {n} (column {e.colno}): "
                    "fix that line; each line must be one JSON object."
                ) from None
            if not isinstance(obj, dict):
                raise UserError(
                    f"'{self.path.name}' line {n} is not a JSON object: write one object "
                    'a line with a "text" field.'
                )
            body = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str)), None)
            if body is None:
                raise UserError(
                    f"'{self.path.name}' line {n} has no text: give each object a \"text\" field "
                    f"(fields found: {', '.join(list(obj)[:8]) or 'none'})."
                )
            if "is_repost" in obj:
                is_repost = _bool(obj["is_repost"])
            elif "retweetedTweet" in obj:
                is_repost = obj["retweetedTweet"] is not None
            else:
                is_repost = None
            if "is_reply" in obj:
                is_reply = _bool(obj["is_reply"])
            else:
                is_reply = any(obj.get(k) not in (None, "", 0, "0") for k in REPLY_FIELDS)
            user = obj.get("user")
            if isinstance(user, dict) and isinstance(user.get("username"), str):
                name = user["username"]
                users[name] += 1
                if name not in profiles:
                    avatar = user.get("profileImageUrl")
                    profiles[name] = (
                        user.get("displayname") or name,
                        avatar
                        if isinstance(avatar, str) and avatar.startswith("https://")
                        else None,
                    )
            date = next((obj[k] for k in DATE_FIELDS if obj.get(k) not in (None, "")), None)
            url = obj.get("url")
            posts.append(
                self._post(
                    n,
                    body,
                    id=obj.get("id_str") or obj.get("id"),
                    created_at=_iso_date(date),
                    is_repost=is_repost,
                    is_reply=is_reply,
                    url=url if isinstance(url, str) else None,
                    visibility=obj.get("visibility"),
                )
            )
        return posts

    def _csv(self, text: str) -> list[Post]:
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader, None)
            if header is None:
                raise UserError(f"'{self.path.name}' is empty: {self._format_help()}")
            cols = {h.strip().lower(): i for i, h in reversed(list(enumerate(header)))}
            text_col = next((cols[c] for c in TEXT_COLUMNS if c in cols), None)
            if text_col is None:
                found = ", ".join(h.strip() for h in header if h.strip()) or "none"
                raise UserError(
                    f"'{self.path.name}' has no text column (columns found: {found}): "
                    "name the column holding the posts 'text'."
                )

            def col(row: list[str], *names: str) -> str | None:
                for name in names:
                    i = cols.get(name)
                    if i is not None and i < len(row) and row[i].strip():
                        return row[i].strip()
                return None

            posts = []
            for row in reader:
                n = reader.line_num
                if text_col >= len(row) or not row[text_col].strip():
                    continue
                repost = col(row, "is_repost", "is_retweet", "retweet")
                reply = col(row, "is_reply", "reply")
                posts.append(
                    self._post(
                        n,
                        row[text_col],
                        id=col(row, "id", "id_str", "tweet_id"),
                        created_at=_iso_date(col(row, "date", "created_at", "timestamp")),
                        is_repost=_bool(repost) if repost is not None else None,
                        is_reply=_bool(reply)
                        if reply is not None
                        else col(row, *(k.lower() for k in REPLY_FIELDS)) not in (None, "0"),
                        url=col(row, "url", "link"),
                        visibility=col(row, "visibility"),
                    )
                )
        except csv.Error as e:
            raise UserError(
                f"'{self.path.name}' is not valid CSV near line {reader.line_num} ({e}): "
                "save it again as CSV with a header row."
            ) from None
        return posts

    def _txt(self, text: str) -> list[Post]:
        return [
            self._post(n, line.strip())
            for n, line in enumerate(text.splitlines(), 1)
            if line.strip()
        ]
