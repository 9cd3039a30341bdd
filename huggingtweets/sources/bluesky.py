"""A Bluesky account's posts, through the public AppView API (no login).

    GET {api}/xrpc/app.bsky.actor.getProfile?actor=HANDLE
    GET {api}/xrpc/app.bsky.feed.getAuthorFeed?actor=HANDLE&limit=100&cursor=...

The API base is HUGGINGTWEETS_BLUESKY_API (default https://public.api.bsky.app).
People who set "discourage apps from showing my account to logged-out users"
(the `!no-unauthenticated` label) are not downloaded.
"""

from __future__ import annotations

import os
import re

from huggingtweets.errors import UserError
from huggingtweets.http import get_json, host_of, make_session
from huggingtweets.records import Account, Post
from huggingtweets.sources.base import FetchState, ProgressFn, Source, safe_key

API_ENV = "HUGGINGTWEETS_BLUESKY_API"
DEFAULT_API = "https://public.api.bsky.app"
PAGE_SIZE = 100  # the most getAuthorFeed gives per page
REPOST = "app.bsky.feed.defs#reasonRepost"
LINK = "app.bsky.richtext.facet#link"
NO_UNAUTHENTICATED = "!no-unauthenticated"
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def api_base() -> str:
    return (os.environ.get(API_ENV) or DEFAULT_API).strip().rstrip("/")


def rkey(uri: str) -> str:
    """`at://did:plc:x/app.bsky.feed.post/3k2a` -> `3k2a`."""
    return uri.rstrip("/").rsplit("/", 1)[-1] if uri else ""


def _strip_scheme(url: str) -> str:
    return _SCHEME.sub("", url.strip()).lower()


def _looks_shortened(shown: str, uri: str) -> bool:
    """True when a link's text is (a shortened form of) its URI, as Bluesky apps write it."""
    visible = shown.strip().rstrip("…").rstrip(".")
    if not visible:
        return True
    if _strip_scheme(uri).startswith(_strip_scheme(visible)):
        return True
    return not any(c.isspace() for c in visible) and "." in visible


def expand_links(text: str, facets: list | None) -> str:
    """`text` with each link facet's (shortened) text replaced by its full URI.

    Facet ranges are byte offsets into the UTF-8 encoding of `text`.
    """
    if not facets or not isinstance(facets, list):
        return text
    data = text.encode("utf-8")
    spans: list[tuple[int, int, str]] = []
    for facet in facets:
        if not isinstance(facet, dict):
            continue
        index = facet.get("index") or {}
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end:
            continue
        if end > len(data):
            continue
        for feature in facet.get("features") or []:
            if isinstance(feature, dict) and feature.get("$type") == LINK and feature.get("uri"):
                spans.append((start, end, str(feature["uri"])))
                break
    out: list[bytes] = []
    pos = 0
    for start, end, uri in sorted(spans):
        if start < pos:
            continue  # overlaps the previous link: leave it
        try:
            shown = data[start:end].decode("utf-8")
            data[pos:start].decode("utf-8")
        except UnicodeDecodeError:
            continue  # a range that cuts a character in two: leave the text as it is
        if not _looks_shortened(shown, uri):
            continue
        out.append(data[pos:start])
        out.append(uri.encode("utf-8"))
        pos = end
    out.append(data[pos:])
    return b"".join(out).decode("utf-8", errors="replace")


class BlueskySource(Source):
    kind = "bluesky"

    def __init__(self, actor: str, source: str):
        super().__init__(source)
        self.actor = actor

    @property
    def key(self) -> str:
        return safe_key("bluesky", self.actor)

    def fetch(self, state: FetchState, limit: int | None, progress: ProgressFn | None = None):
        base = api_base()
        session = make_session()
        try:
            # The profile is read on every run, a resumed one too: the person may have
            # asked since that logged-out apps not show their posts.
            account = self._profile(session, base)
            resume = state.account is not None and bool(state.cursor)
            state.account = account
            cursor = state.cursor if resume else None
            if not resume:
                state.posts = []
            while True:
                if limit is not None and len(state.posts) >= limit:
                    break
                params = {"actor": self.actor, "limit": PAGE_SIZE}
                if cursor:
                    params["cursor"] = cursor
                data, response = get_json(
                    session,
                    f"{base}/xrpc/app.bsky.feed.getAuthorFeed",
                    params=params,
                    allow=(400, 401, 403, 404),
                )
                if response.status_code != 200:
                    raise self._error(data, response.status_code, base)
                if not isinstance(data, dict) or not isinstance(data.get("feed"), list):
                    raise UserError(
                        f"{host_of(base)} did not answer like the Bluesky API: check "
                        f"{API_ENV} or run the same command again."
                    )
                posts = [p for p in (self._post(item) for item in data["feed"]) if p]
                if limit is not None:
                    posts = posts[: max(0, limit - len(state.posts))]
                next_cursor = data.get("cursor") if data["feed"] else None
                if next_cursor == cursor:
                    next_cursor = None  # a server that repeats itself: stop
                state.add_page(posts, next_cursor or None)
                if progress:
                    progress(len(state.posts), limit)
                if not next_cursor:
                    break
                cursor = next_cursor
            state.finish()
        finally:
            session.close()

    # -- helpers -----------------------------------------------------------------
    def _profile(self, session, base: str) -> Account:
        data, response = get_json(
            session,
            f"{base}/xrpc/app.bsky.actor.getProfile",
            params={"actor": self.actor},
            allow=(400, 401, 403, 404),
        )
        if response.status_code != 200:
            raise self._error(data, response.status_code, base)
        if not isinstance(data, dict) or not data.get("did"):
            raise UserError(
                f"{host_of(base)} did not answer like the Bluesky API: check {API_ENV} "
                "or run the same command again."
            )
        handle = str(data.get("handle") or self.actor)
        labels = data.get("labels") or []
        if any(isinstance(lb, dict) and lb.get("val") == NO_UNAUTHENTICATED for lb in labels):
            raise UserError(
                f"@{handle} asked that their posts not be shown to logged-out apps, so "
                "huggingtweets does not download them: choose another account, or use "
                "their own export of the posts with their consent."
            )
        display = str(data.get("displayName") or "").strip() or handle
        return Account(
            source=self.source,
            handle=handle,
            display_name=display,
            avatar_url=data.get("avatar") or None,
        )

    def _error(self, data, status: int, base: str) -> UserError:
        error = message = ""
        if isinstance(data, dict):
            error = str(data.get("error") or "")
            message = str(data.get("message") or "")
        words = f"{error} {message}".lower()
        if "not found" in words or "could not find" in words or "unable to resolve" in words:
            return UserError(f"No Bluesky account '{self.actor}': check the handle's spelling.")
        if "takedown" in words or "suspended" in words:
            return UserError(
                f"The Bluesky account '{self.actor}' was taken down: there are no posts to "
                "download."
            )
        if "deactivated" in words:
            return UserError(
                f"The Bluesky account '{self.actor}' is deactivated: there are no posts to "
                "download."
            )
        if error == "InvalidRequest" or status == 404:
            return UserError(f"No Bluesky account '{self.actor}': check the handle's spelling.")
        detail = (error or f"HTTP {status}")[:60]
        return UserError(
            f"{host_of(base)} refused the posts of '{self.actor}' ({detail}): check the "
            "handle, or choose another account."
        )

    def _post(self, item: dict) -> Post | None:
        if not isinstance(item, dict) or not isinstance(item.get("post"), dict):
            return None
        post = item["post"]
        uri = str(post.get("uri") or "")
        record = post.get("record") if isinstance(post.get("record"), dict) else {}
        reason = item.get("reason") if isinstance(item.get("reason"), dict) else None
        is_repost = bool(reason and reason.get("$type") == REPOST)
        if not uri:
            return None
        key = rkey(uri)
        post_id = key or uri
        if is_repost:
            # Its own id: someone who reposts their own post must not lose the original.
            repost_uri = str(reason.get("uri") or "")
            post_id = f"repost-{rkey(repost_uri) if repost_uri else uri}"
        author = post.get("author") if isinstance(post.get("author"), dict) else {}
        profile = author.get("handle") or author.get("did") or self.actor
        text = expand_links(str(record.get("text") or ""), record.get("facets"))
        return Post(
            id=post_id,
            text=text,
            created_at=record.get("createdAt") or post.get("indexedAt"),
            is_repost=is_repost,
            # The record's reply ref, or the feed's reply context (its parent may be a
            # notFoundPost once deleted): either marks a reply.
            is_reply=bool(record.get("reply")) or isinstance(item.get("reply"), dict),
            url=f"https://bsky.app/profile/{profile}/post/{key}" if key else None,
        )
