"""Network sources (Mastodon, Bluesky, X API v2) and the shared HTTP client, end to end.

A real HTTP server on 127.0.0.1 (pytest-httpserver) serves payloads written from the
documented schemas: Mastodon's Account/Status entities, Bluesky's
app.bsky.actor.defs#profileViewDetailed and app.bsky.feed.defs#feedViewPost, and X API v2
users/tweets. The real sources, the real `requests` session and the real CLI talk to it.
"""

from __future__ import annotations

import json
import random
import socket
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from huggingtweets.cli import main
from huggingtweets.errors import UserError
from huggingtweets.http import USER_AGENT, get_json, make_session, reset_wait
from huggingtweets.sources import FetchState, open_source
from huggingtweets.sources.bluesky import BlueskySource, expand_links
from huggingtweets.sources.mastodon import MastodonSource, html_to_text
from huggingtweets.sources.x import XSource

FAKE_TOKEN = "AAAAfake-bearer-token-0123456789abcdefXYZ"


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def _server():
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def server(_server):
    _server.clear()
    yield _server
    _server.clear()


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "0.05")  # no test waits for long
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("HUGGINGTWEETS_BLUESKY_API", raising=False)
    monkeypatch.delenv("HUGGINGTWEETS_X_API", raising=False)


def base(server: HTTPServer) -> str:
    return f"http://127.0.0.1:{server.port}"


def paths(server: HTTPServer) -> list[str]:
    return [req.path for req, _ in server.log]


# --------------------------------------------------------------------------- text makers
SUBJECTS = [
    "My neighbour's cat",
    "The morning train",
    "A tiny robot",
    "Our book club",
    "The old lighthouse",
    "This sourdough starter",
    "The city council",
    "A stubborn pigeon",
    "My first garden",
    "The night shift",
]
VERBS = [
    "quietly rewrote",
    "accidentally discovered",
    "refused to explain",
    "spent all week painting",
    "finally understood",
    "kept humming about",
    "carefully measured",
    "argued loudly about",
]
OBJECTS = [
    "the history of tea kettles",
    "three different maps of the harbour",
    "a recipe for lemon cake",
    "every bridge in the valley",
    "the rules of chess",
    "a song about rainy Tuesdays",
    "the best way to fold origami cranes",
    "an unfinished novel about whales",
]
ENDINGS = [
    "and nobody was surprised.",
    "before lunch, somehow.",
    "which explains a lot honestly.",
    "while the kettle was still warm.",
    "and I have so many questions.",
    "so now we celebrate every Friday.",
]


def sentences(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(ENDINGS)}"
        b = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}, day {i}."
        out.append(f"{a} {b}")
    return out


# --------------------------------------------------------------------------- Mastodon payloads
def mastodon_account(b: str, acct="alice", display_name="Alice Example", **extra) -> dict:
    return {
        "id": "109",
        "username": acct.split("@")[0],
        "acct": acct,
        "display_name": display_name,
        "locked": False,
        "bot": False,
        "created_at": "2022-11-01T00:00:00.000Z",
        "note": "<p>I write about small things.</p>",
        "url": f"{b}/@{acct}",
        "avatar": f"{b}/system/accounts/avatars/109/original/alice.png",
        "avatar_static": f"{b}/system/accounts/avatars/109/original/alice.png",
        "header": f"{b}/headers/original/missing.png",
        "followers_count": 10,
        "following_count": 5,
        "statuses_count": 0,
        "last_status_at": "2024-05-01",
        "emojis": [],
        "fields": [],
        **extra,
    }


def mastodon_status(b: str, sid: int, content: str, *, reply=False, boost=False) -> dict:
    account = mastodon_account(b)
    status = {
        "id": str(sid),
        "created_at": f"2024-05-01T12:{sid % 60:02d}:00.000Z",
        "in_reply_to_id": "99" if reply else None,
        "in_reply_to_account_id": "98" if reply else None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": "en",
        "uri": f"{b}/users/alice/statuses/{sid}",
        "url": f"{b}/@alice/{sid}",
        "replies_count": 0,
        "reblogs_count": 0,
        "favourites_count": 1,
        "content": content,
        "reblog": None,
        "account": account,
        "media_attachments": [],
        "mentions": [],
        "tags": [],
        "emojis": [],
        "card": None,
        "poll": None,
    }
    if boost:
        original = mastodon_status(b, sid + 1_000_000, content)
        original["account"] = mastodon_account(b, acct="bob@elsewhere.example", display_name="Bob")
        status.update(
            content="", url=None, uri=f"{b}/users/alice/statuses/{sid}/activity", reblog=original
        )
    return status


def mastodon_timeline(b: str, n: int, seed: int = 1) -> tuple[list[dict], dict]:
    """n statuses, newest first: every 9th a boost, every 11th a short post, every 7th a reply."""
    texts = sentences(n, seed)
    statuses, counts = [], {"downloaded": n, "reposts": 0, "short": 0, "kept": 0}
    for i, text in enumerate(texts):
        sid = 10_000 - i
        if i % 9 == 4:
            statuses.append(mastodon_status(b, sid, f"<p>{text}</p>", boost=True))
            counts["reposts"] += 1
        elif i % 11 == 5:
            statuses.append(mastodon_status(b, sid, "<p>&lt;3 <br>yes</p>"))
            counts["short"] += 1
        else:
            html = (
                f"<p>{text.replace('&', '&amp;')}</p><p>via "
                '<a href="https://example.com/some/long/path" rel="nofollow noopener" '
                'target="_blank"><span class="invisible">https://</span><span class="ellipsis">'
                'example.com/some/lo</span><span class="invisible">ng/path</span></a></p>'
            )
            statuses.append(mastodon_status(b, sid, html, reply=(i % 7 == 3)))
            counts["kept"] += 1
    return statuses, counts


def serve_mastodon(server, statuses: list[dict], page=40, fail_page: int | None = None, **acct):
    b = base(server)
    server.expect_request(
        "/api/v1/accounts/lookup", query_string={"acct": "alice"}
    ).respond_with_json(mastodon_account(b, **acct))
    pages = [statuses[i : i + page] for i in range(0, len(statuses), page)] or [[]]
    for n, chunk in enumerate(pages):
        query = {"limit": "40"}
        if n:
            query["max_id"] = pages[n - 1][-1]["id"]
        headers = {}
        if n + 1 < len(pages):
            nxt = f"{b}/api/v1/accounts/109/statuses?limit=40&max_id={chunk[-1]['id']}"
            prev = f"{b}/api/v1/accounts/109/statuses?limit=40&min_id={chunk[0]['id']}"
            headers["Link"] = f'<{nxt}>; rel="next", <{prev}>; rel="prev"'
        handler = server.expect_request("/api/v1/accounts/109/statuses", query_string=query)
        if n == fail_page:
            handler.respond_with_data("upstream exploded", status=500)
        else:
            handler.respond_with_json(chunk, headers=headers)
    return pages


# --------------------------------------------------------------------------- Bluesky payloads
def bsky_author(handle="alice.bsky.social", **extra) -> dict:
    return {
        "did": "did:plc:alice123",
        "handle": handle,
        "displayName": "Alice Sky",
        "avatar": "https://cdn.bsky.app/img/avatar/plain/did:plc:alice123/bafkavatar@jpeg",
        "labels": [],
        "createdAt": "2023-04-01T00:00:00.000Z",
        **extra,
    }


def bsky_profile(**extra) -> dict:
    return {
        **bsky_author(),
        "description": "I write about small things.",
        "banner": "https://cdn.bsky.app/img/banner/plain/did:plc:alice123/bafkbanner@jpeg",
        "followersCount": 12,
        "followsCount": 7,
        "postsCount": 130,
        "indexedAt": "2024-01-01T00:00:00.000Z",
        "associated": {"lists": 0, "feedgens": 0, "starterPacks": 0, "labeler": False},
        **extra,
    }


def bsky_item(n: int, text: str, *, reply=False, repost=False, facets=None) -> dict:
    author = bsky_author() if not repost else bsky_author("bob.example.com", did="did:plc:bob")
    uri = f"at://{author['did']}/app.bsky.feed.post/3kpost{n:05d}"
    record = {
        "$type": "app.bsky.feed.post",
        "text": text,
        "createdAt": f"2024-05-01T10:{n % 60:02d}:00.000Z",
        "langs": ["en"],
    }
    if facets:
        record["facets"] = facets
    parent = {"uri": "at://did:plc:bob/app.bsky.feed.post/3kparent", "cid": "bafyparent"}
    if reply:
        record["reply"] = {"root": parent, "parent": parent}
    item = {
        "post": {
            "uri": uri,
            "cid": f"bafycid{n}",
            "author": author,
            "record": record,
            "replyCount": 0,
            "repostCount": 0,
            "likeCount": 2,
            "quoteCount": 0,
            "indexedAt": record["createdAt"],
            "labels": [],
        }
    }
    if reply:
        item["reply"] = {
            "root": {
                "$type": "app.bsky.feed.defs#notFoundPost",
                "uri": parent["uri"],
                "notFound": True,
            },
            "parent": {
                "$type": "app.bsky.feed.defs#notFoundPost",
                "uri": parent["uri"],
                "notFound": True,
            },
        }
    if repost:
        item["reason"] = {
            "$type": "app.bsky.feed.defs#reasonRepost",
            "by": bsky_author(),
            "uri": f"at://did:plc:alice123/app.bsky.feed.repost/3krepost{n:05d}",
            "indexedAt": record["createdAt"],
        }
    return item


def link_facet(text: str, shown: str, uri: str) -> dict:
    data = text.encode("utf-8")
    start = data.index(shown.encode("utf-8"))
    return {
        "index": {"byteStart": start, "byteEnd": start + len(shown.encode("utf-8"))},
        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}],
    }


def bsky_feed(n: int, seed: int = 2) -> tuple[list[dict], dict]:
    texts = sentences(n, seed)
    items, counts = [], {"downloaded": n, "reposts": 0, "short": 0, "kept": 0}
    for i, text in enumerate(texts):
        if i % 8 == 2:
            items.append(bsky_item(i, text, repost=True))
            counts["reposts"] += 1
        elif i % 13 == 6:
            items.append(bsky_item(i, "lol 🎉"))
            counts["short"] += 1
        else:
            shown = "example.org/articles/20..."
            full = f"🎉 {text} {shown}"
            facet = link_facet(full, shown, f"https://example.org/articles/2024/{i}")
            items.append(bsky_item(i, full, reply=(i % 5 == 1), facets=[facet]))
            counts["kept"] += 1
    return items, counts


def serve_bluesky(server, items: list[dict], page=100, profile=None, fail_page=None):
    server.expect_request(
        "/xrpc/app.bsky.actor.getProfile", query_string={"actor": "alice.bsky.social"}
    ).respond_with_json(profile or bsky_profile())
    pages = [items[i : i + page] for i in range(0, len(items), page)] or [[]]
    for n, chunk in enumerate(pages):
        query = {"actor": "alice.bsky.social", "limit": "100"}
        if n:
            query["cursor"] = f"cursor-{n}"
        body = {"feed": chunk}
        if n + 1 < len(pages):
            body["cursor"] = f"cursor-{n + 1}"
        handler = server.expect_request("/xrpc/app.bsky.feed.getAuthorFeed", query_string=query)
        if n == fail_page:
            handler.respond_with_json({"error": "InternalServerError"}, status=502)
        else:
            handler.respond_with_json(body)
    return pages


# --------------------------------------------------------------------------- X payloads
def x_tweets(n: int, seed: int = 3) -> tuple[list[dict], dict]:
    texts = sentences(n, seed)
    tweets, counts = [], {"downloaded": n, "reposts": 0, "short": 0, "kept": 0}
    for i, text in enumerate(texts):
        tid = str(1790000000000000000 - i)
        t = {
            "id": tid,
            "text": text.replace("&", "&amp;"),
            "created_at": "2024-05-01T10:00:00.000Z",
            "edit_history_tweet_ids": [tid],
        }
        if i % 10 == 3:
            t["text"] = f"RT @bob: {text}"[:140]
            t["referenced_tweets"] = [{"type": "retweeted", "id": "1"}]
            counts["reposts"] += 1
        elif i % 12 == 7:
            t["text"] = "@bob agreed https://t.co/abc"
            t["referenced_tweets"] = [{"type": "replied_to", "id": "2"}]
            t["in_reply_to_user_id"] = "22"
            counts["short"] += 1
        elif i % 15 == 0:
            t["text"] = text[:40] + "… https://t.co/long"
            t["note_tweet"] = {"text": f"{text} And the long version goes on for a while."}
            counts["kept"] += 1
        else:
            counts["kept"] += 1
        tweets.append(t)
    return tweets, counts


def serve_x(server, tweets: list[dict], page=100, user=None):
    server.expect_request(
        "/2/users/by/username/somebody",
        query_string={"user.fields": "name,profile_image_url,protected"},
        headers={"Authorization": f"Bearer {FAKE_TOKEN}"},
    ).respond_with_json(
        user
        or {
            "data": {
                "id": "2244994945",
                "name": "Some Body",
                "username": "somebody",
                "protected": False,
                "profile_image_url": "https://pbs.twimg.com/profile_images/1/abc_normal.jpg",
            }
        }
    )
    pages = [tweets[i : i + page] for i in range(0, len(tweets), page)]
    fields = "created_at,referenced_tweets,in_reply_to_user_id,note_tweet"
    for n, chunk in enumerate(pages):
        query = {"max_results": "100", "tweet.fields": fields}
        if n:
            query["pagination_token"] = f"token{n}"
        meta = {
            "result_count": len(chunk),
            "newest_id": chunk[0]["id"],
            "oldest_id": chunk[-1]["id"],
        }
        if n + 1 < len(pages):
            meta["next_token"] = f"token{n + 1}"
        server.expect_request(
            "/2/users/2244994945/tweets",
            query_string=query,
            headers={"Authorization": f"Bearer {FAKE_TOKEN}"},
        ).respond_with_json({"data": chunk, "meta": meta})
    return pages


def run_cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def counts_of(answer: dict) -> dict:
    a = answer["accounts"][0]
    return {k: a[k] for k in ("downloaded", "reposts", "short", "kept")}


# =========================================================================== shared HTTP
def test_session_sends_user_agent_and_parses_json(server):
    server.expect_request("/ok").respond_with_json({"hello": "world"})
    data, response = get_json(make_session(), f"{base(server)}/ok")
    assert data == {"hello": "world"} and response.status_code == 200
    request = server.log[0][0]
    assert request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("huggingtweets/")


def test_session_defaults(monkeypatch):
    from huggingtweets.http import max_wait

    assert make_session().default_timeout == (10.0, 30.0)
    monkeypatch.delenv("HUGGINGTWEETS_MAX_WAIT")
    assert max_wait() == 60
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "not a number")
    assert max_wait() == 60
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "2.5")
    assert max_wait() == 2.5


def test_429_with_retry_after_zero_then_success(server):
    server.expect_oneshot_request("/rl").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "0"}
    )
    server.expect_request("/rl").respond_with_json([1, 2, 3])
    data, _ = get_json(make_session(), f"{base(server)}/rl")
    assert data == [1, 2, 3]
    assert paths(server) == ["/rl", "/rl"]


def test_429_reset_headers_are_honoured_and_capped(server, monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "0.3")
    far = int(time.time()) + 3600  # X: epoch seconds, an hour away: capped at 0.3 s
    server.expect_oneshot_request("/x").respond_with_data(
        "", status=429, headers={"x-rate-limit-reset": str(far)}
    )
    iso = (datetime.now(timezone.utc) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    server.expect_oneshot_request("/x").respond_with_data(
        "", status=429, headers={"X-RateLimit-Reset": iso}
    )
    server.expect_request("/x").respond_with_json({"ok": True})
    start = time.monotonic()
    data, _ = get_json(make_session(), f"{base(server)}/x")
    elapsed = time.monotonic() - start
    assert data == {"ok": True}
    assert 0.5 <= elapsed < 5, elapsed  # two capped waits of 0.3 s, not two hours


def test_reset_header_parsing():
    now = 1_700_000_000.0
    assert reset_wait({"x-rate-limit-reset": str(int(now) + 90)}, now) == 90
    assert reset_wait({"X-RateLimit-Reset": "2023-11-15T00:13:20.000Z"}, now) == pytest.approx(
        7200, abs=1
    )
    assert reset_wait({"X-RateLimit-Reset": "2023-11-15T00:13:20+02:00"}, now) == pytest.approx(
        0, abs=1
    )
    assert reset_wait({"x-rate-limit-reset": str(int(now) - 50)}, now) == 0
    assert reset_wait({}, now) is None
    assert reset_wait({"X-RateLimit-Reset": "soon"}, now) is None


def test_429_forever_is_one_line_user_error(server):
    reset = (datetime.now(timezone.utc) + timedelta(minutes=4, seconds=30)).isoformat()
    server.expect_request("/busy").respond_with_data(
        "", status=429, headers={"X-RateLimit-Reset": reset}
    )
    with pytest.raises(UserError) as e:
        get_json(make_session(), f"{base(server)}/busy")
    msg = str(e.value)
    assert f"127.0.0.1:{server.port} kept answering 429 (rate limited): wait 5 minutes" in msg
    assert "posts fetched so far are kept" in msg and "\n" not in msg
    assert len(server.log) == 5  # the first try and four retries


def test_500_then_success(server):
    server.expect_oneshot_request("/flaky").respond_with_data("oops", status=500)
    server.expect_oneshot_request("/flaky").respond_with_data("bad gateway", status=502)
    server.expect_request("/flaky").respond_with_json({"fine": 1})
    data, _ = get_json(make_session(), f"{base(server)}/flaky")
    assert data == {"fine": 1}


def test_truncated_and_invalid_json_name_the_host(server):
    server.expect_request("/cut").respond_with_data(
        '{"feed": [{"post": ', content_type="application/json"
    )
    with pytest.raises(UserError, match=rf"127\.0\.0\.1:{server.port} sent an answer that is not"):
        get_json(make_session(), f"{base(server)}/cut")


def test_connection_refused_names_the_host():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(UserError, match=rf"Could not connect to 127\.0\.0\.1:{port}"):
        get_json(make_session(), f"http://127.0.0.1:{port}/x")


def test_read_timeout_names_the_host():
    with socket.socket() as listener:  # accepts connections (backlog) and never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        port = listener.getsockname()[1]
        session = make_session(retries=1, timeout=(2, 0.2))
        with pytest.raises(UserError, match=rf"127\.0\.0\.1:{port} did not answer in time"):
            get_json(session, f"http://127.0.0.1:{port}/slow")


# =========================================================================== Mastodon
@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            '<p>Hello <span class="h-card" translate="no"><a href="https://mastodon.social/@Gargron"'
            ' class="u-url mention">@<span>Gargron</span></a></span> &amp; friends!</p>',
            "Hello @Gargron & friends!",
        ),
        (
            '<p>Read <a href="https://example.com/a/very/long/path?x=1&amp;y=2" rel="nofollow '
            'noopener" target="_blank"><span class="invisible">https://</span><span class='
            '"ellipsis">example.com/a/very/lo</span><span class="invisible">ng/path?x=1&amp;y=2'
            "</span></a> now</p>",
            "Read https://example.com/a/very/long/path?x=1&y=2 now",
        ),
        (
            "<p>first paragraph</p><p>second<br />line<br>third</p>",
            "first paragraph\n\nsecond\nline\nthird",
        ),
        (
            "<p>&lt;3 &quot;quoted&quot; &#39;single&#39; caf&eacute; &#x1F600; a&amp;b</p>",
            "<3 \"quoted\" 'single' café 😀 a&b",
        ),
        (
            '<p>Loving <a href="https://m.example/tags/cats" class="mention hashtag" rel="tag">'
            "#<span>cats</span></a> today</p>",
            "Loving #cats today",
        ),
        ('<p>see <a href="https://example.com/page">this page</a></p>', "see this page"),
        ("plain &amp; simple", "plain & simple"),
        ("<p>  spaced\n   out   words </p>", "spaced out words"),
    ],
)
def test_mastodon_html_to_text(html, text):
    assert html_to_text(html) == text


def test_mastodon_pages_boosts_replies_and_account(server):
    b = base(server)
    statuses, counts = mastodon_timeline(b, 95)
    serve_mastodon(server, statuses)
    source = open_source(f"{b}/@alice")
    assert isinstance(source, MastodonSource) and source.kind == "mastodon"
    state = FetchState()
    seen = []
    source.fetch(state, None, lambda n, lim: seen.append(n))
    assert state.complete and seen == [40, 80, 95]
    assert len(state.posts) == 95
    assert sum(p.is_repost for p in state.posts) == counts["reposts"]
    assert sum(p.is_reply for p in state.posts) == sum(
        1 for i in range(95) if i % 7 == 3 and i % 9 != 4 and i % 11 != 5
    )
    acc = state.account
    assert acc.handle == f"alice@127.0.0.1:{server.port}"
    assert acc.display_name == "Alice Example"
    assert acc.avatar_url.endswith("/avatars/109/original/alice.png")
    first = state.posts[0]
    assert first.id == "10000" and first.url == f"{b}/@alice/10000"
    assert first.created_at == "2024-05-01T12:40:00.000Z"
    assert first.text.endswith("\n\nvia https://example.com/some/long/path")
    assert paths(server) == ["/api/v1/accounts/lookup"] + ["/api/v1/accounts/109/statuses"] * 3


def test_mastodon_limit_stops_early(server):
    b = base(server)
    statuses, _ = mastodon_timeline(b, 120)
    serve_mastodon(server, statuses)
    state = FetchState()
    MastodonSource("alice", f"127.0.0.1:{server.port}", b, "x").fetch(state, 50)
    assert len(state.posts) == 50 and state.complete
    assert len(paths(server)) == 3  # lookup + 2 pages, not 3


def test_mastodon_display_name_falls_back_and_remote_acct(server):
    b = base(server)
    server.expect_request(
        "/api/v1/accounts/lookup", query_string={"acct": "carol@far.example"}
    ).respond_with_json(mastodon_account(b, acct="carol@far.example", display_name=""))
    server.expect_request("/api/v1/accounts/109/statuses").respond_with_json([])
    source = open_source(f"{b}/@carol@far.example")
    state = FetchState()
    source.fetch(state, None)
    assert state.account.handle == "carol@far.example"
    assert state.account.display_name == "carol"
    assert state.posts == [] and state.complete  # an empty account is fine here


def test_mastodon_unknown_account(server):
    server.expect_request("/api/v1/accounts/lookup").respond_with_json(
        {"error": "Record not found"}, status=404
    )
    source = MastodonSource("nobody", f"127.0.0.1:{server.port}", base(server), "s")
    with pytest.raises(
        UserError, match=r"No Mastodon account @nobody@127\.0\.0\.1:\d+: check the spelling"
    ):
        source.fetch(FetchState(), None)


@pytest.mark.parametrize(
    ("extra", "status", "match"),
    [
        ({"suspended": True}, 200, "is suspended"),
        ({"limited": True}, 200, "have limited"),
        ({}, 403, "logged-out apps"),
        ({}, 401, "logged-out apps"),
        ({}, 404, "no longer shows"),
    ],
)
def test_mastodon_hidden_accounts(server, extra, status, match):
    b = base(server)
    server.expect_request("/api/v1/accounts/lookup").respond_with_json(mastodon_account(b, **extra))
    server.expect_request("/api/v1/accounts/109/statuses").respond_with_json(
        {"error": "This action is not allowed"}, status=status
    )
    source = MastodonSource("alice", f"127.0.0.1:{server.port}", b, "s")
    with pytest.raises(UserError, match=match):
        source.fetch(FetchState(), None)


def test_mastodon_cli_end_to_end(server, capsys, tmp_path):
    b = base(server)
    statuses, counts = mastodon_timeline(b, 130)
    serve_mastodon(server, statuses)
    out = tmp_path / "out"
    rc, stdout, err = run_cli(capsys, "download", f"{b}/@alice", "--out", str(out), "--json")
    assert rc == 0, err
    answer = json.loads(stdout)
    assert counts_of(answer) == counts
    acc = answer["accounts"][0]
    assert acc["handle"] == f"alice@127.0.0.1:{server.port}"
    assert acc["display_name"] == "Alice Example"
    assert answer["characters"] > 6000
    train = Path(answer["train_file"]).read_text(encoding="utf-8")
    assert "https://" not in train and "<p>" not in train and "&amp;" not in train
    assert list((out / "raw").glob("mastodon_alice@127.0.0.1*.json"))


def test_mastodon_resume_after_failure_half_way(server, capsys, tmp_path):
    b = base(server)
    statuses, counts = mastodon_timeline(b, 75)
    pages = serve_mastodon(server, statuses, fail_page=1)
    out = tmp_path / "out"
    rc, stdout, err = run_cli(capsys, "download", f"{b}/@alice", "--out", str(out), "--json")
    assert rc == 1 and stdout == ""
    lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert (
        len(lines) == 1 and "HTTP 500" in lines[0] and "posts fetched so far are kept" in lines[0]
    )
    [cache] = (out / "raw").glob("mastodon_*.json")
    saved = json.loads(cache.read_text(encoding="utf-8"))
    assert len(saved["posts"]) == 40 and not saved["complete"]
    assert saved["cursor"].endswith(f"max_id={pages[0][-1]['id']}")

    server.clear()  # the server recovers; page 2 only (the lookup would now fail)
    server.expect_request(
        "/api/v1/accounts/109/statuses", query_string={"limit": "40", "max_id": pages[0][-1]["id"]}
    ).respond_with_json(pages[1])
    rc, stdout, err = run_cli(capsys, "download", f"{b}/@alice", "--out", str(out), "--json")
    assert rc == 0, err
    assert counts_of(json.loads(stdout)) == counts
    assert paths(server) == ["/api/v1/accounts/109/statuses"]
    assert json.loads(cache.read_text(encoding="utf-8"))["complete"] is True


# =========================================================================== Bluesky
def test_bluesky_facets_with_multibyte_text_before_a_link():
    text = "Café 🎉👩‍👩‍👧 read bsky.app/profile/a… and example.com/x"
    facets = [
        link_facet(text, "bsky.app/profile/a…", "https://bsky.app/profile/alice.bsky.social"),
        link_facet(text, "example.com/x", "https://example.com/x?full=1"),
    ]
    assert expand_links(text, facets) == (
        "Café 🎉👩‍👩‍👧 read https://bsky.app/profile/alice.bsky.social and "
        "https://example.com/x?full=1"
    )
    # A range that cuts an emoji in half, or runs past the end, leaves the text alone.
    bad = [{"index": {"byteStart": 5, "byteEnd": 7}, "features": facets[0]["features"]}]
    assert expand_links(text, bad) == text
    past = [{"index": {"byteStart": 0, "byteEnd": 10_000}, "features": facets[0]["features"]}]
    assert expand_links(text, past) == text


def test_bluesky_pages_reposts_replies_and_account(server, monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_BLUESKY_API", base(server))
    items, counts = bsky_feed(230)
    serve_bluesky(server, items)
    source = open_source("alice.bsky.social")
    assert isinstance(source, BlueskySource) and source.kind == "bluesky"
    state = FetchState()
    source.fetch(state, None)
    assert state.complete and len(state.posts) == 230
    assert sum(p.is_repost for p in state.posts) == counts["reposts"]
    assert any(p.is_reply for p in state.posts)
    acc = state.account
    assert (acc.handle, acc.display_name) == ("alice.bsky.social", "Alice Sky")
    assert acc.avatar_url.startswith("https://cdn.bsky.app/img/avatar/")
    first = state.posts[0]
    assert first.id == "3kpost00000"
    assert first.url == "https://bsky.app/profile/alice.bsky.social/post/3kpost00000"
    assert first.created_at == "2024-05-01T10:00:00.000Z"
    assert first.text.startswith("🎉 ") and first.text.endswith(
        " https://example.org/articles/2024/0"
    )
    repost = next(p for p in state.posts if p.is_repost)
    assert repost.id.startswith("repost-") and "bob.example.com" in repost.url
    assert paths(server).count("/xrpc/app.bsky.feed.getAuthorFeed") == 3


def test_bluesky_display_name_fallback_and_empty_feed(server, monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_BLUESKY_API", base(server))
    profile = bsky_profile(displayName="")
    del profile["avatar"]
    serve_bluesky(server, [], profile=profile)
    state = FetchState()
    BlueskySource("alice.bsky.social", "alice.bsky.social").fetch(state, None)
    assert state.account.display_name == "alice.bsky.social" and state.account.avatar_url is None
    assert state.posts == [] and state.complete


def test_bluesky_unknown_account(server, monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_BLUESKY_API", base(server))
    server.expect_request("/xrpc/app.bsky.actor.getProfile").respond_with_json(
        {"error": "InvalidRequest", "message": "Profile not found"}, status=400
    )
    with pytest.raises(UserError, match="No Bluesky account 'ghost.bsky.social'"):
        BlueskySource("ghost.bsky.social", "s").fetch(FetchState(), None)


def test_bluesky_refuses_no_unauthenticated(server, monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_BLUESKY_API", base(server))
    label = {
        "src": "did:plc:alice123",
        "uri": "at://did:plc:alice123/app.bsky.actor.profile/self",
        "val": "!no-unauthenticated",
        "cts": "2024-01-01T00:00:00.000Z",
    }
    serve_bluesky(server, bsky_feed(10)[0], profile=bsky_profile(labels=[label]))
    with pytest.raises(UserError, match="asked that their posts not be shown to logged-out apps"):
        BlueskySource("alice.bsky.social", "s").fetch(FetchState(), None)
    assert "/xrpc/app.bsky.feed.getAuthorFeed" not in paths(server)


def test_bluesky_429_and_500_then_success(server, monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_BLUESKY_API", base(server))
    items, _ = bsky_feed(150)
    server.expect_oneshot_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_data(
        "", status=429, headers={"RateLimit-Reset": str(int(time.time()) + 600)}
    )
    server.expect_oneshot_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_data(
        "", status=500
    )
    serve_bluesky(server, items)
    state = FetchState()
    BlueskySource("alice.bsky.social", "s").fetch(state, None)
    assert len(state.posts) == 150 and state.complete


def test_bluesky_cli_end_to_end_and_resume(server, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("HUGGINGTWEETS_BLUESKY_API", base(server))
    items, counts = bsky_feed(230)
    pages = serve_bluesky(server, items, fail_page=2)
    out = tmp_path / "out"
    rc, stdout, err = run_cli(capsys, "download", "alice.bsky.social", "--out", str(out), "--json")
    assert rc == 1 and "kept" in err
    [cache] = (out / "raw").glob("bluesky_*.json")
    saved = json.loads(cache.read_text(encoding="utf-8"))
    assert len(saved["posts"]) == 200 and saved["cursor"] == "cursor-2"

    server.clear()
    serve_bluesky(server, items)
    rc, stdout, err = run_cli(capsys, "download", "alice.bsky.social", "--out", str(out), "--json")
    assert rc == 0, err
    answer = json.loads(stdout)
    assert counts_of(answer) == counts
    assert answer["accounts"][0]["handle"] == "alice.bsky.social"
    feed_queries = [r.args.get("cursor") for r, _ in server.log if "getAuthorFeed" in r.path]
    assert feed_queries == ["cursor-2"]  # resumed at the cursor; the profile is checked again
    assert len(pages) == 3
    train = Path(answer["train_file"]).read_text(encoding="utf-8")
    assert "example.org" not in train  # links expanded, then removed by cleaning


# =========================================================================== X
def test_x_without_token_is_one_clear_line(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "snscrape", None)  # as when it is not installed
    monkeypatch.setitem(sys.modules, "snscrape.modules", None)
    monkeypatch.setitem(sys.modules, "snscrape.modules.twitter", None)
    rc, stdout, err = run_cli(capsys, "download", "@somebody", "--out", str(tmp_path / "o"))
    assert rc == 1 and stdout == ""
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("error: Downloading @somebody from X needs an X API bearer token")
    for word in ("X_BEARER_TOKEN", "X archive", "Mastodon", "Bluesky", ".jsonl"):
        assert word in line
    assert not (tmp_path / "o").exists()


def test_x_api_v2_end_to_end_keeps_token_secret(server, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("X_BEARER_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("HUGGINGTWEETS_X_API", base(server))
    tweets, counts = x_tweets(140)
    server.expect_oneshot_request("/2/users/2244994945/tweets").respond_with_data(
        "", status=429, headers={"x-rate-limit-reset": str(int(time.time()) + 900)}
    )
    serve_x(server, tweets)
    out = tmp_path / "out"
    rc, stdout, err = run_cli(capsys, "download", "@somebody", "--out", str(out), "--json")
    assert rc == 0, err
    answer = json.loads(stdout)
    assert counts_of(answer) == counts
    acc = answer["accounts"][0]
    assert (acc["handle"], acc["display_name"]) == ("somebody", "Some Body")
    assert acc["avatar_url"].endswith("abc_400x400.jpg")
    assert FAKE_TOKEN not in stdout + err
    for path in out.rglob("*"):
        if path.is_file():
            assert FAKE_TOKEN not in path.read_text(encoding="utf-8")
    auth = {r.headers.get("Authorization") for r, _ in server.log}
    assert auth == {f"Bearer {FAKE_TOKEN}"}
    cache = json.loads(next((out / "raw").glob("x_somebody.json")).read_text(encoding="utf-8"))
    long_post = cache["posts"][0]
    assert long_post["text"].endswith("And the long version goes on for a while.")
    assert long_post["url"] == f"https://x.com/somebody/status/{tweets[0]['id']}"


def test_x_rejected_token(server, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("X_BEARER_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("HUGGINGTWEETS_X_API", base(server))
    server.expect_request("/2/users/by/username/somebody").respond_with_json(
        {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"},
        status=401,
    )
    rc, stdout, err = run_cli(capsys, "download", "x:somebody", "--out", str(tmp_path / "o"))
    assert rc == 1
    assert err.strip() == "error: X rejected the bearer token in X_BEARER_TOKEN: check it."
    assert FAKE_TOKEN not in err


@pytest.mark.parametrize(
    ("status", "body", "match"),
    [
        (
            200,
            {
                "errors": [
                    {
                        "value": "somebody",
                        "detail": "Could not find user with username: [somebody].",
                        "title": "Not Found Error",
                        "resource_type": "user",
                        "parameter": "username",
                        "resource_id": "somebody",
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    }
                ]
            },
            "No X account @somebody",
        ),
        (404, {"title": "Not Found Error", "detail": "Not Found"}, "No X account @somebody"),
        (
            200,
            {"data": {"id": "5", "name": "S", "username": "somebody", "protected": True}},
            "protected",
        ),
        (
            200,
            {
                "errors": [
                    {
                        "title": "Forbidden",
                        "detail": "User has been suspended: [somebody].",
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    }
                ]
            },
            "suspended",
        ),
    ],
)
def test_x_unknown_protected_suspended(server, monkeypatch, status, body, match):
    monkeypatch.setenv("X_BEARER_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("HUGGINGTWEETS_X_API", base(server))
    server.expect_request("/2/users/by/username/somebody").respond_with_json(body, status=status)
    with pytest.raises(UserError, match=match) as e:
        XSource("somebody", "@somebody").fetch(FetchState(), None)
    assert FAKE_TOKEN not in str(e.value)
    assert "/2/users/5/tweets" not in paths(server)
