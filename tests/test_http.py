"""The shared HTTP client (huggingtweets/http.py) against real servers on 127.0.0.1.

pytest-httpserver (the `server` fixture) for well-formed answers; the replay server
(tests/replay_server.py) for what it cannot send: a body cut off half-way.
"""

from __future__ import annotations

import json
import socket
import time
from datetime import datetime, timedelta, timezone
from email.utils import formatdate

import pytest
from payloads import base, paths
from replay_server import Replay, ok
from urllib3 import HTTPResponse
from urllib3.util.retry import Retry

from huggingtweets.errors import UserError
from huggingtweets.http import (
    USER_AGENT,
    RateLimitRetry,
    get_bytes,
    get_json,
    make_session,
    max_wait,
    requested_wait,
    reset_wait,
)


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "0.05")  # no test waits for long


@pytest.fixture
def replay():
    r = Replay()
    yield r
    r.close()


CUT_PAGE = {"posts": ["x" * 2000]}


def answer(status: int, headers: dict) -> HTTPResponse:
    return HTTPResponse(body=b"", headers=headers, status=status, preload_content=True)


# --------------------------------------------------------------------------- the session
def test_session_retries_are_urllib3_retry_with_backoff():
    """Retries come from the library (urllib3 Retry through requests' adapter), not a loop."""
    session = make_session()
    retry = session.get_adapter("https://example.org").max_retries
    assert isinstance(retry, Retry) and isinstance(retry, RateLimitRetry)
    assert retry.total == 4 and retry.backoff_factor > 0
    assert {429, 500, 502, 503, 504} <= set(retry.status_forcelist)
    assert retry.respect_retry_after_header
    assert retry.backoff_max == 0.05  # capped by HUGGINGTWEETS_MAX_WAIT


def test_session_sends_user_agent_and_parses_json(server):
    server.expect_request("/ok").respond_with_json({"hello": "world"})
    data, response = get_json(make_session(), f"{base(server)}/ok")
    assert data == {"hello": "world"} and response.status_code == 200
    request = server.log[0][0]
    assert request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("huggingtweets/")


def test_session_defaults(monkeypatch):
    assert make_session().default_timeout == (10.0, 30.0)
    monkeypatch.delenv("HUGGINGTWEETS_MAX_WAIT")
    assert max_wait() == 60
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "not a number")
    assert max_wait() == 60
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "-3")
    assert max_wait() == 60
    monkeypatch.setenv("HUGGINGTWEETS_MAX_WAIT", "2.5")
    assert max_wait() == 2.5
    assert make_session().get_adapter("http://h").max_retries.max_wait == 2.5


# --------------------------------------------------------------------------- waits
def test_reset_header_parsing():
    now = 1_700_000_000.0
    assert reset_wait({"x-rate-limit-reset": str(int(now) + 90)}, now) == 90
    assert reset_wait({"X-RateLimit-Reset": "2023-11-15T00:13:20.000Z"}, now) == pytest.approx(
        7200, abs=1
    )
    assert reset_wait({"X-RateLimit-Reset": "2023-11-15T00:13:20+02:00"}, now) == pytest.approx(
        0, abs=1
    )
    assert reset_wait({"X-RateLimit-Reset": "2023-11-14T22:43:20"}, now) == 1800  # UTC
    assert reset_wait({"RateLimit-Reset": "30"}, now) == 30  # seconds from now
    assert reset_wait({"x-rate-limit-reset": str(int(now) - 50)}, now) == 0
    assert reset_wait({}, now) is None
    assert reset_wait({"X-RateLimit-Reset": "soon"}, now) is None
    assert reset_wait({"X-RateLimit-Reset": "nan"}, now) is None


def test_requested_wait_reads_retry_after_first_and_reset_headers_on_429_only():
    assert requested_wait({"Retry-After": "120"}) == 120
    in_two_minutes = formatdate(time.time() + 120, usegmt=True)  # an HTTP date
    assert requested_wait({"Retry-After": in_two_minutes}) == pytest.approx(120, abs=2)
    reset = {"x-rate-limit-reset": str(int(time.time()) + 600)}
    assert requested_wait(reset, 503) is None
    assert requested_wait(reset, 429) == pytest.approx(600, abs=2)
    assert requested_wait({"Retry-After": "7", **reset}, 429) == 7
    assert requested_wait({"Retry-After": "whenever", **reset}, 429) == pytest.approx(600, abs=2)
    assert requested_wait({}, 429) is None


def test_retry_caps_every_wait_at_the_max():
    retry = RateLimitRetry(total=2, max_wait=3)
    far = str(int(time.time()) + 3600)
    assert retry.get_retry_after(answer(429, {"Retry-After": "3600"})) == 3
    assert retry.get_retry_after(answer(429, {"x-rate-limit-reset": far})) == 3
    assert retry.get_retry_after(answer(429, {"Retry-After": "1"})) == 1
    assert retry.get_retry_after(answer(503, {"x-rate-limit-reset": far})) is None
    assert retry.new(total=1).max_wait == 3  # kept through urllib3's copies


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


def test_429_forever_without_a_reset_says_the_usual_window(server):
    server.expect_request("/busy").respond_with_data("", status=429)
    with pytest.raises(UserError, match=r"kept answering 429 \(rate limited\): wait 15 minutes"):
        get_json(make_session(retries=1), f"{base(server)}/busy")
    assert len(server.log) == 2


# --------------------------------------------------------------------------- failures
def test_500_then_success(server):
    server.expect_oneshot_request("/flaky").respond_with_data("oops", status=500)
    server.expect_oneshot_request("/flaky").respond_with_data("bad gateway", status=502)
    server.expect_request("/flaky").respond_with_json({"fine": 1})
    data, _ = get_json(make_session(), f"{base(server)}/flaky")
    assert data == {"fine": 1}


def test_4xx_is_refused_unless_allowed(server):
    server.expect_request("/gone").respond_with_json({"error": "Record not found"}, status=404)
    with pytest.raises(UserError, match=r"refused the request \(HTTP 404\)"):
        get_json(make_session(), f"{base(server)}/gone")
    data, response = get_json(make_session(), f"{base(server)}/gone", allow=(404,))
    assert data == {"error": "Record not found"} and response.status_code == 404
    assert len(server.log) == 2  # a 404 is not retried


def test_truncated_and_invalid_json_name_the_host(server):
    server.expect_request("/cut").respond_with_data(
        '{"feed": [{"post": ', content_type="application/json"
    )
    with pytest.raises(UserError, match=rf"127\.0\.0\.1:{server.port} sent an answer that is not"):
        get_json(make_session(), f"{base(server)}/cut")


def test_body_cut_off_is_retried_by_the_sessions_retry(replay):
    cut = ("cut", json.dumps(CUT_PAGE).encode())
    replay.set("/page", cut, cut, ok(CUT_PAGE))
    data, _ = get_json(make_session(), f"{replay.base}/page")
    assert data == CUT_PAGE
    assert replay.log == ["/page"] * 3


def test_body_cut_off_for_good_spends_the_retries_then_one_line(replay):
    replay.set("/page", ("cut", json.dumps(CUT_PAGE).encode()))
    with pytest.raises(UserError, match=rf"The answer from 127\.0\.0\.1:{replay.port} was cut off"):
        get_json(make_session(retries=2), f"{replay.base}/page")
    assert replay.log == ["/page"] * 3  # the first try and the two retries the session allows


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


# --------------------------------------------------------------------------- get_bytes
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def test_get_bytes_through_the_shared_session(server):
    server.expect_oneshot_request("/a.png").respond_with_data("busy", status=503)
    server.expect_request("/a.png").respond_with_data(PNG, content_type="image/png")
    assert get_bytes(f"{base(server)}/a.png", max_bytes=10_000, accept="image/*") == PNG
    assert paths(server) == ["/a.png", "/a.png"]  # retried like every request
    request = server.log[-1][0]
    assert request.headers["User-Agent"] == USER_AGENT
    assert request.headers["Accept"] == "image/*"


def test_get_bytes_refuses_a_body_over_the_limit(server):
    server.expect_request("/big.png").respond_with_data(PNG, content_type="image/png")
    with pytest.raises(UserError, match=r"larger than 1,000 bytes"):
        get_bytes(f"{base(server)}/big.png", max_bytes=1000)
    assert get_bytes(f"{base(server)}/big.png", max_bytes=len(PNG)) == PNG


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.png", "a.png", ""])
def test_get_bytes_only_over_http(url):
    with pytest.raises(UserError, match="is not an http"):
        get_bytes(url, max_bytes=1000)


def test_get_bytes_errors_name_the_host(server):
    server.expect_request("/missing.png").respond_with_data("no", status=404)
    with pytest.raises(UserError, match=rf"127\.0\.0\.1:{server.port} refused the request"):
        get_bytes(f"{base(server)}/missing.png", max_bytes=1000)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(UserError, match=rf"Could not connect to 127\.0\.0\.1:{port}"):
        get_bytes(f"http://127.0.0.1:{port}/a.png", max_bytes=1000, session=make_session(0))


def test_an_address_no_adapter_takes_is_one_line():
    with pytest.raises(UserError, match=r"^Could not connect to example\.org: check the address"):
        get_json(make_session(), "gopher://example.org/feed")
