"""Network sources (Mastodon, Bluesky, X API v2), end to end.

A real HTTP server on 127.0.0.1 (pytest-httpserver, the `server` fixture) serves the payloads
of tests/payloads.py, written from the documented schemas. The real sources, the real
`requests` session and the real CLI talk to it. The shared HTTP client: tests/test_http.py.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from payloads import (
    FAKE_TOKEN,
    base,
    bsky_feed,
    bsky_profile,
    link_facet,
    mastodon_account,
    mastodon_timeline,
    paths,
    serve_bluesky,
    serve_mastodon,
    serve_x,
    x_tweets,
)

from huggingtweets.cli import main
from huggingtweets.errors import UserError
from huggingtweets.sources import FetchState, open_source
from huggingtweets.sources.bluesky import BlueskySource, expand_links
from huggingtweets.sources.mastodon import MastodonSource, html_to_text
from huggingtweets.sources.x import XSource


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "0.05")  # no test waits for long
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("HUGGINGTWEETS_BLUESKY_API", raising=False)
    monkeypatch.delenv("HUGGINGTWEETS_X_API", raising=False)


def run_cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def counts_of(answer: dict) -> dict:
    a = answer["accounts"][0]
    return {k: a[k] for k in ("downloaded", "reposts", "short", "kept")}


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
