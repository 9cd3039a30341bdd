"""Payloads for the network sources, written from the documented schemas, and how to serve them.

Mastodon's Account/Status entities, Bluesky's app.bsky.actor.defs#profileViewDetailed and
app.bsky.feed.defs#feedViewPost, and X API v2 users/tweets; each `serve_*` puts one account's
pages on a pytest-httpserver `HTTPServer` (the `server` fixture in conftest.py) the way the
real API pages them. The builders return the payloads and the counts cleaning should give.
"""

from __future__ import annotations

import random

from pytest_httpserver import HTTPServer

FAKE_TOKEN = "AAAAfake-bearer-token-0123456789abcdefXYZ"


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
