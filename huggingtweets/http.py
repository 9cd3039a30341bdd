"""One HTTP client for every network source: retries, rate limits, timeouts, one-line errors.

`make_session()` gives a `requests.Session` whose adapter holds urllib3's `Retry`, which
- retries connection errors, read timeouts and HTTP 429/500/502/503/504 with backoff;
- on 429 waits as the server asks: `Retry-After` (urllib3 reads it), else Mastodon's
  `X-RateLimit-Reset` (ISO 8601 date) or X's `x-rate-limit-reset` (epoch seconds);
- never waits longer than `HUGGINGTWEETS_MAX_WAIT` seconds at a time (default 60).
The session times out (connect 10 s, read 30 s) and says who it is (`huggingtweets/<version>`).

`get_json()` and `get_bytes()` turn everything that can go wrong on the way into a one-line
`UserError` that names the host and what to do. No message ever holds a header value (tokens).
"""

from __future__ import annotations

import json
import math
import os
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import (
    InvalidHeader,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    ResponseError,
)
from urllib3.exceptions import (
    SSLError as Urllib3SSLError,
)
from urllib3.util.retry import Retry

from huggingtweets import __version__
from huggingtweets.errors import UserError

USER_AGENT = f"huggingtweets/{__version__}"
TIMEOUT = (10.0, 30.0)  # (connect, read) seconds
RETRIES = 4  # tries after the first one
BACKOFF_FACTOR = 1.0  # 0, 2, 4, 8 s between tries (capped by the max wait)
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_WAIT_ENV = "HUGGINGTWEETS_MAX_WAIT"
DEFAULT_MAX_WAIT = 60.0
DEFAULT_RATE_LIMIT_MINUTES = 15  # X's rate-limit window; Mastodon's is shorter
# X: epoch seconds; Mastodon: an ISO 8601 date; Bluesky (and the IETF draft): either.
RESET_HEADERS = ("x-rate-limit-reset", "X-RateLimit-Reset", "RateLimit-Reset")
_RETRY_AFTER = Retry(0)  # only for its Retry-After parser (seconds, or an HTTP date)


def max_wait() -> float:
    """The longest single wait, from HUGGINGTWEETS_MAX_WAIT (seconds; default 60)."""
    text = os.environ.get(MAX_WAIT_ENV, "").strip()
    if not text:
        return DEFAULT_MAX_WAIT
    try:
        value = float(text)
    except ValueError:
        return DEFAULT_MAX_WAIT
    return value if math.isfinite(value) and value >= 0 else DEFAULT_MAX_WAIT


def _reset_time(value: str, now: float) -> float | None:
    """Epoch seconds of one reset header's value: epoch seconds, seconds from now, or ISO 8601."""
    try:
        number = float(value)
    except ValueError:
        try:  # Python 3.10's fromisoformat reads no 'Z' (3.11's does)
            moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.timestamp()
    if not math.isfinite(number):
        return None
    return number if number > 1e9 else now + number  # epoch, or seconds from now


def reset_wait(headers, now: float | None = None) -> float | None:
    """Seconds until a rate-limit window resets, from the rate-limit reset headers, or None.

    `X-RateLimit-Reset` (Mastodon: ISO 8601 date) and `x-rate-limit-reset` (X: epoch
    seconds). A small number is read as seconds from now. Never negative.
    """
    now = time.time() if now is None else now
    for name in RESET_HEADERS:
        value = str(headers.get(name) or "").strip()
        at = _reset_time(value, now) if value else None
        if at is not None:
            return max(0.0, at - now)
    return None


def requested_wait(headers, status: int | None = None) -> float | None:
    """How long the server asked us to wait, or None when it did not say.

    `Retry-After` as urllib3 reads it, else (on a 429) the rate-limit reset headers."""
    seconds = None
    value = headers.get("Retry-After")
    if value:
        try:
            seconds = float(_RETRY_AFTER.parse_retry_after(str(value)))
        except (InvalidHeader, ValueError, TypeError, OverflowError):
            seconds = None
    if seconds is None and status == 429:
        seconds = reset_wait(headers)
    return seconds


class RateLimitRetry(Retry):
    """urllib3's `Retry`, also reading the rate-limit reset headers on 429, every wait capped.

    `get_retry_after` is urllib3's hook for how long a response asks to wait; the cap is
    ours because urllib3 before 2.6 (Colab has 2.5) has no `retry_after_max`."""

    def __init__(self, *args, max_wait: float | None = None, **kwargs):
        self.max_wait = DEFAULT_MAX_WAIT if max_wait is None else float(max_wait)
        kwargs["backoff_max"] = min(kwargs.get("backoff_max", self.max_wait), self.max_wait)
        super().__init__(*args, **kwargs)

    def new(self, **kw):
        kw.setdefault("max_wait", self.max_wait)
        return super().new(**kw)

    def get_retry_after(self, response) -> float | None:
        seconds = requested_wait(response.headers, getattr(response, "status", None))
        return None if seconds is None else min(seconds, self.max_wait)


class _Session(requests.Session):
    """A Session whose requests time out unless told otherwise."""

    def __init__(self, timeout: tuple[float, float] = TIMEOUT):
        super().__init__()
        self.default_timeout = timeout

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("timeout", self.default_timeout)
        return super().request(method, url, *args, **kwargs)


def make_session(
    retries: int = RETRIES,
    timeout: tuple[float, float] = TIMEOUT,
    wait: float | None = None,
) -> requests.Session:
    """A Session with retries, backoff, capped rate-limit waits, timeouts and our User-Agent."""
    retry = RateLimitRetry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=BACKOFF_FACTOR,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "HEAD", "OPTIONS"}),
        respect_retry_after_header=True,
        raise_on_status=False,  # the last answer comes back: get_json words the error
        max_wait=max_wait() if wait is None else wait,
    )
    session = _Session(timeout)
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
    return session


def host_of(url: str) -> str:
    return urlsplit(url).netloc or url.split("/")[0] or "the server"


def _reason(exc: BaseException) -> BaseException:
    """The urllib3 error underneath a requests exception (through MaxRetryError)."""
    seen = 0
    while seen < 5:
        seen += 1
        inner = None
        if isinstance(exc, MaxRetryError) and exc.reason is not None:
            inner = exc.reason
        elif exc.args and isinstance(exc.args[0], BaseException):
            inner = exc.args[0]
        if inner is None:
            break
        exc = inner
    return exc


def rate_limited_error(host: str, response: requests.Response | None) -> UserError:
    seconds = None
    if response is not None:
        seconds = requested_wait(response.headers, 429)
    minutes = DEFAULT_RATE_LIMIT_MINUTES if seconds is None else max(1, math.ceil(seconds / 60))
    unit = "minute" if minutes == 1 else "minutes"
    return UserError(
        f"{host} kept answering 429 (rate limited): wait {minutes} {unit} and run the "
        "same command again; posts fetched so far are kept."
    )


def _request_error(host: str, exc: requests.RequestException) -> UserError:
    reason = _reason(exc)
    if isinstance(exc, requests.exceptions.SSLError) or isinstance(reason, Urllib3SSLError):
        return UserError(
            f"The secure connection to {host} failed (certificate problem): check the address, "
            "and your computer's date and network; then run the same command again."
        )
    if isinstance(reason, NameResolutionError) or "Name or service not known" in str(reason):
        return UserError(
            f"Could not find the server {host}: check the spelling of the address and your "
            "internet connection."
        )
    if isinstance(exc, requests.Timeout) or isinstance(reason, (ReadTimeoutError, TimeoutError)):
        return UserError(
            f"{host} did not answer in time: check your internet connection or try again later "
            "with the same command; posts fetched so far are kept."
        )
    if isinstance(reason, ResponseError):
        return UserError(
            f"{host} kept failing: try again in a few minutes with the same command; "
            "posts fetched so far are kept."
        )
    if isinstance(exc, requests.exceptions.ChunkedEncodingError) or isinstance(
        reason, ProtocolError
    ):
        return UserError(
            f"The answer from {host} was cut off: run the same command again; "
            "posts fetched so far are kept."
        )
    if isinstance(reason, (NewConnectionError, ConnectionError, OSError)) or isinstance(
        exc, requests.ConnectionError
    ):
        return UserError(
            f"Could not connect to {host}: check the address and your internet connection, "
            "then run the same command again; posts fetched so far are kept."
        )
    return UserError(
        f"The request to {host} failed ({type(exc).__name__}): check the address and run the "
        "same command again."
    )


def _get(session: requests.Session, url: str, **kwargs) -> requests.Response:
    """`session.get(url)` (the body read, unless `stream=True`), or a one-line `UserError`.

    requests reads the body after urllib3 has handed the response back, so a body cut off
    half-way never reaches the adapter's `Retry`: it is retried here by that same `Retry`
    (its read count and backoff), not by a count of our own."""
    host = host_of(url)
    try:
        retry = getattr(session.get_adapter(url), "max_retries", None)
    except requests.RequestException:  # no adapter for this scheme: session.get words it
        retry = None
    while True:
        try:
            return session.get(url, **kwargs)
        except requests.exceptions.ChunkedEncodingError as e:
            if not isinstance(retry, Retry):
                raise _request_error(host, e) from None
            try:
                retry = retry.increment("GET", url, error=ProtocolError("body cut off", e))
            except (MaxRetryError, ProtocolError):
                raise _request_error(host, e) from None
            retry.sleep()
        except requests.RequestException as e:
            raise _request_error(host, e) from None


def _check_status(host: str, response: requests.Response, allow: tuple[int, ...]) -> None:
    """A one-line `UserError` for a 4xx/5xx status not in `allow` (retries are already spent)."""
    status = response.status_code
    if status in allow or status < 400:
        return
    if status == 429:
        raise rate_limited_error(host, response)
    if status >= 500:
        raise UserError(
            f"{host} is having trouble (HTTP {status}, several tries): try again in a few "
            "minutes with the same command; posts fetched so far are kept."
        )
    raise UserError(
        f"{host} refused the request (HTTP {status}): check the account name and "
        "address, then run the command again."
    )


def get_json(
    session: requests.Session,
    url: str,
    params: dict | None = None,
    headers: dict | None = None,
    allow: tuple[int, ...] = (),
) -> tuple[object, requests.Response]:
    """GET `url` and parse its JSON: `(data, response)`.

    Retries and rate-limit waits happen in the session. A 429 or 5xx that outlasts them,
    a failed connection, a timeout, a cut-off or non-JSON answer, or any other 4xx status
    not listed in `allow` raises a one-line `UserError` naming the host. For a status in
    `allow`, `data` is the parsed error body (or None when it is not JSON): the caller
    words that error itself.
    """
    host = host_of(url)
    response = _get(session, url, params=params, headers=headers)
    _check_status(host, response, allow)
    try:
        return json.loads(response.content), response
    except (ValueError, UnicodeDecodeError):
        if response.status_code in allow:
            return None, response
        raise UserError(
            f"{host} sent an answer that is not valid JSON (cut off, or not the API): check "
            "the address and run the same command again."
        ) from None


def get_bytes(
    url: str,
    max_bytes: int,
    session: requests.Session | None = None,
    accept: str = "*/*",
) -> bytes:
    """The body of `url` (an avatar, say) through the shared client: retries, timeouts, our
    User-Agent. A one-line `UserError` when the address is not http(s), the server cannot be
    reached or refuses, or the body is larger than `max_bytes` (read no further than that)."""
    if urlsplit(str(url)).scheme.lower() not in ("http", "https"):
        raise UserError(f"'{str(url)[:80]}' is not an http(s) address: give one that is.")
    host = host_of(url)
    session = session or make_session()
    response = _get(session, url, headers={"Accept": accept}, stream=True)
    with response:
        _check_status(host, response, ())
        data = bytearray()
        try:
            for chunk in response.iter_content(64 * 1024):
                data += chunk
                if len(data) > max_bytes:
                    raise UserError(
                        f"The file at {host} is larger than {max_bytes:,} bytes: "
                        "give a smaller one."
                    )
        except requests.RequestException as e:
            raise _request_error(host, e) from None
    return bytes(data)


__all__ = [
    "RateLimitRetry",
    "USER_AGENT",
    "get_bytes",
    "get_json",
    "host_of",
    "make_session",
    "max_wait",
    "requested_wait",
    "reset_wait",
]
