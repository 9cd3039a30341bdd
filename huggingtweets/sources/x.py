"""An X account's posts: the official X API v2 with a bearer token (X_BEARER_TOKEN).

    GET {api}/2/users/by/username/NAME?user.fields=name,profile_image_url,protected
    GET {api}/2/users/ID/tweets?max_results=100&tweet.fields=...&pagination_token=...

The API base is HUGGINGTWEETS_X_API (default https://api.x.com). Without a token
we try snscrape if it happens to be installed; X blocks anonymous scraping since
2023, so this nearly always ends in one error naming the sources that work.
The token goes in the Authorization header and nowhere else: no message, no log.
"""

from __future__ import annotations

import os

from huggingtweets.errors import UserError
from huggingtweets.http import get_json, host_of, make_session
from huggingtweets.records import Account, Post
from huggingtweets.sources.base import FetchState, ProgressFn, Source, safe_key

TOKEN_ENV = "X_BEARER_TOKEN"
API_ENV = "HUGGINGTWEETS_X_API"
DEFAULT_API = "https://api.x.com"
PAGE_SIZE = 100
TWEET_FIELDS = "created_at,referenced_tweets,in_reply_to_user_id,note_tweet"


def api_base() -> str:
    return (os.environ.get(API_ENV) or DEFAULT_API).strip().rstrip("/")


def bearer_token() -> str | None:
    token = (os.environ.get(TOKEN_ENV) or "").strip()
    if token:
        return token
    from huggingtweets.secrets import colab_secret

    token = (colab_secret(TOKEN_ENV) or "").strip()
    return token or None


def needs_token_error(username: str) -> UserError:
    return UserError(
        f"Downloading @{username} from X needs an X API bearer token (set {TOKEN_ENV}): "
        "X blocks anonymous scraping. Sources that work without one: your X archive "
        "(.zip from Settings → Download an archive of your data), Mastodon (@user@host), "
        "Bluesky (name.bsky.social), a .jsonl/.csv/.txt file."
    )


class XSource(Source):
    kind = "x"

    def __init__(self, username: str, source: str):
        super().__init__(source)
        self.username = username

    @property
    def key(self) -> str:
        return safe_key("x", self.username.lower())

    def fetch(self, state: FetchState, limit: int | None, progress: ProgressFn | None = None):
        token = bearer_token()
        if token:
            self._fetch_api(state, limit, progress, token)
        else:
            self._fetch_scraper(state, limit, progress)

    # -- X API v2 ------------------------------------------------------------------
    def _fetch_api(self, state, limit, progress, token: str) -> None:
        base = api_base()
        headers = {"Authorization": f"Bearer {token}"}
        session = make_session()
        try:
            if state.account is None or not state.cursor:
                state.account, user_id = self._user(session, base, headers)
                state.posts = []
                cursor = None
            else:
                # cursor is "USER_ID NEXT_TOKEN": the user id saves a request on resume.
                user_id, _, cursor = state.cursor.partition(" ")
            while True:
                if limit is not None and len(state.posts) >= limit:
                    break
                params = {"max_results": PAGE_SIZE, "tweet.fields": TWEET_FIELDS}
                if cursor:
                    params["pagination_token"] = cursor
                data, response = get_json(
                    session,
                    f"{base}/2/users/{user_id}/tweets",
                    params=params,
                    headers=headers,
                    allow=(400, 401, 403, 404),
                )
                if response.status_code != 200:
                    raise self._error(data, response.status_code, base)
                if not isinstance(data, dict):
                    raise UserError(
                        f"{host_of(base)} did not answer like the X API: check {API_ENV}."
                    )
                if "data" not in data and data.get("errors") and not data.get("meta"):
                    raise self._error(data, response.status_code, base)
                tweets = data.get("data") or []
                posts = [p for p in (self._post(t) for t in tweets) if p]
                if limit is not None:
                    posts = posts[: max(0, limit - len(state.posts))]
                meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
                next_token = meta.get("next_token") if tweets else None
                if next_token == cursor:
                    next_token = None
                state.add_page(posts, f"{user_id} {next_token}" if next_token else None)
                if progress:
                    progress(len(state.posts), limit)
                if not next_token:
                    break
                cursor = next_token
            state.finish()
        finally:
            session.close()

    def _user(self, session, base: str, headers: dict) -> tuple[Account, str]:
        data, response = get_json(
            session,
            f"{base}/2/users/by/username/{self.username}",
            params={"user.fields": "name,profile_image_url,protected"},
            headers=headers,
            allow=(400, 401, 403, 404),
        )
        if response.status_code != 200:
            raise self._error(data, response.status_code, base)
        user = data.get("data") if isinstance(data, dict) else None
        if not isinstance(user, dict) or not user.get("id"):
            raise self._error(data, 404, base)
        handle = str(user.get("username") or self.username)
        if user.get("protected"):
            raise UserError(
                f"@{handle}'s posts on X are protected (only approved followers see them), so "
                "they can't be downloaded: use their X archive instead, with their consent."
            )
        avatar = user.get("profile_image_url") or None
        if avatar:
            avatar = str(avatar).replace("_normal.", "_400x400.")  # the larger picture
        account = Account(
            source=self.source,
            handle=handle,
            display_name=str(user.get("name") or "").strip() or handle,
            avatar_url=avatar,
        )
        return account, str(user["id"])

    def _error(self, data, status: int, base: str) -> UserError:
        details = []
        if isinstance(data, dict):
            for e in data.get("errors") or []:
                if isinstance(e, dict):
                    details.append(
                        f"{e.get('title', '')} {e.get('detail', '')} {e.get('type', '')}"
                    )
            details.append(f"{data.get('title', '')} {data.get('detail', '')}")
        words = " ".join(details).lower()
        if status == 401:
            return UserError(f"X rejected the bearer token in {TOKEN_ENV}: check it.")
        if "suspended" in words:
            return UserError(f"@{self.username} is suspended on X: there are no posts to download.")
        if "not found" in words or "could not find" in words or "resource-not-found" in words:
            return UserError(f"No X account @{self.username}: check the spelling.")
        if "not authorized" in words or ("authoriz" in words and "protected" in words):
            return UserError(
                f"@{self.username}'s posts on X are protected, so they can't be downloaded: use "
                "their X archive instead, with their consent."
            )
        if status == 403:
            return UserError(
                f"X refused to give the posts of @{self.username} (HTTP 403): your X API access "
                "level may not include reading posts; check your plan on developer.x.com."
            )
        if status == 404:
            return UserError(f"No X account @{self.username}: check the spelling.")
        return UserError(
            f"{host_of(base)} refused the request for @{self.username} (HTTP {status}): check the "
            "name and run the command again."
        )

    def _post(self, tweet: dict) -> Post | None:
        if not isinstance(tweet, dict) or not tweet.get("id"):
            return None
        text = str(tweet.get("text") or "")
        note = tweet.get("note_tweet")
        if isinstance(note, dict) and note.get("text"):
            text = str(note["text"])  # long posts: the full text
        refs = [r.get("type") for r in tweet.get("referenced_tweets") or [] if isinstance(r, dict)]
        is_repost = "retweeted" in refs or text.startswith("RT @")
        is_reply = "replied_to" in refs or tweet.get("in_reply_to_user_id") not in (None, "")
        tid = str(tweet["id"])
        return Post(
            id=tid,
            text=text,
            created_at=tweet.get("created_at"),
            is_repost=is_repost,
            is_reply=is_reply,
            url=f"https://x.com/{self.username}/status/{tid}",
        )

    # -- without a token -----------------------------------------------------------
    def _fetch_scraper(self, state, limit, progress) -> None:
        try:
            import snscrape.modules.twitter as sntwitter  # type: ignore[import-not-found]
        except Exception:  # not installed, or fails to import on this Python
            raise needs_token_error(self.username) from None
        try:
            scraper = sntwitter.TwitterUserScraper(self.username)
            posts: list[Post] = []
            account = None
            for tweet in scraper.get_items():
                if account is None:
                    user = getattr(tweet, "user", None)
                    handle = getattr(user, "username", None) or self.username
                    account = Account(
                        source=self.source,
                        handle=str(handle),
                        display_name=str(getattr(user, "displayname", None) or handle),
                        avatar_url=getattr(user, "profileImageUrl", None),
                    )
                text = getattr(tweet, "rawContent", None) or getattr(tweet, "content", "") or ""
                tid = str(tweet.id)
                date = getattr(tweet, "date", None)
                posts.append(
                    Post(
                        id=tid,
                        text=str(text),
                        created_at=date.isoformat() if date is not None else None,
                        is_repost=getattr(tweet, "retweetedTweet", None) is not None
                        or str(text).startswith("RT @"),
                        is_reply=getattr(tweet, "inReplyToTweetId", None) is not None
                        or getattr(tweet, "inReplyToUser", None) is not None,
                        url=getattr(tweet, "url", None)
                        or f"https://x.com/{self.username}/status/{tid}",
                    )
                )
                if progress and len(posts) % 100 == 0:
                    progress(len(posts), limit)
                if limit is not None and len(posts) >= limit:
                    break
        except UserError:
            raise
        except Exception:  # X answers anonymous scrapers with errors or nothing at all
            raise needs_token_error(self.username) from None
        if account is None:
            raise needs_token_error(self.username)
        state.account = account
        state.posts = []
        state.add_page(posts, None)
        if progress:
            progress(len(state.posts), limit)
        state.finish()
