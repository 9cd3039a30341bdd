"""One HTTP client for every network source: retries, rate limits, timeouts, one-line errors.

`make_session()` gives a `requests.Session` that
- retries connection errors, read timeouts and HTTP 429/500/502/503/504 with backoff;
- on 429 waits as the server asks: `Retry-After`, else Mastodon's `X-RateLimit-Reset`
  (ISO 8601 date) or X's `x-rate-limit-reset` (epoch seconds);
- never waits longer than `HUGGINGTWEETS_MAX_WAIT` seconds at a time (default 60);
- times out (connect 10 s, read 30 s) and says who it is (`huggingtweets/<version>`).

`get_json()` turns everything that can go wrong on the way into a one-line `UserError`
that names the host and what to do. No message ever holds a header value (tokens).
"""

from __future__ import annotations

import json
import math
import os
import re
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

_ISO_RE = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s*"
    r"(Z|z|[+-]\d{2}:?\d{2})?\s*$"
)


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


def _parse_iso(text: str) -> float | None:
    """Epoch seconds of an ISO 8601 date-time (`2024-05-01T12:00:00.000Z`), or None."""
    m = _ISO_RE.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    frac = float("0." + m.group(7)) if m.group(7) else 0.0
    tz = m.group(8)
    try:
        dt = datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc)
    except ValueError:
        return None
    offset = 0
    if tz and tz not in ("Z", "z"):
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)
    return dt.timestamp() + frac - offset


def reset_wait(headers, now: float | None = None) -> float | None:
    """Seconds until a rate-limit window resets, from the rate-limit reset headers, or None.

    `X-RateLimit-Reset` (Mastodon: ISO 8601 date) and `x-rate-limit-reset` (X: epoch
    seconds). A small number is read as seconds from now. Never negative.
    """
    now = time.time() if now is None else now
    for name in ("x-rate-limit-reset", "X-RateLimit-Reset", "RateLimit-Reset"):
        value = headers.get(name)
        if not value:
            continue
        value = str(value).strip()
        if re.fullmatch(r"\d+(\.\d+)?", value):
            number = float(value)
            at = number if number > 1e9 else now + number  # epoch, or seconds from now
        else:
            at = _parse_iso(value)
            if at is None:
                continue
        return max(0.0, at - now)
    return None


def _retry_after(headers) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date), or None."""
    value = headers.get("Retry-After")
    if not value:
        return None
    value = str(value).strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        import email.utils

        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        return max(0.0, email.utils.mktime_tz(parsed) - time.time())
    except (TypeError, ValueError, OverflowError):
        return None


def requested_wait(headers, status: int | None = None) -> float | None:
    """How long the server asked us to wait (uncapped), or None when it did not say."""
    seconds = _retry_after(headers)
    if seconds is None and status == 429:
        seconds = reset_wait(headers)
    return seconds


class RateLimitRetry(Retry):
    """`Retry` that also reads rate-limit reset headers on 429 and caps every wait."""

    def __init__(self, *args, max_wait: float | None = None, **kwargs):
        self.max_wait = DEFAULT_MAX_WAIT if max_wait is None else float(max_wait)
        kwargs["backoff_max"] = min(kwargs.get("backoff_max", self.max_wait), self.max_wait)
        super().__init__(*args, **kwargs)

    def new(self, **kw):
        kw.setdefault("max_wait", self.max_wait)
        return super().new(**kw)

    def get_retry_after(self, response) -> float | None:
        try:
            seconds = requested_wait(response.headers, getattr(response, "status", None))
        except (InvalidHeader, ValueError):
            seconds = None
        if seconds is None:
            return None
        return min(seconds, self.max_wait)

    def sleep_for_retry(self, response) -> bool:
        seconds = self.get_retry_after(response)
        if seconds is None:
            return False
        if seconds > 0:
            time.sleep(seconds)
        return True


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
    response: requests.Response | None = None
    for attempt in range(2):  # one more try when the body arrives cut off or mangled
        try:
            response = session.get(url, params=params, headers=headers)
        except requests.exceptions.ChunkedEncodingError as e:
            if attempt == 0:
                continue
            raise _request_error(host, e) from None
        except requests.RequestException as e:
            raise _request_error(host, e) from None

        status = response.status_code
        if status == 429 and 429 not in allow:
            raise rate_limited_error(host, response)
        if status >= 500 and status not in allow:
            raise UserError(
                f"{host} is having trouble (HTTP {status}, several tries): try again in a few "
                "minutes with the same command; posts fetched so far are kept."
            )
        if status >= 400 and status not in allow:
            raise UserError(
                f"{host} refused the request (HTTP {status}): check the account name and "
                "address, then run the command again."
            )
        if status in allow:
            try:
                return response.json(), response
            except ValueError:
                return None, response
        try:
            return json.loads(response.content), response
        except (ValueError, UnicodeDecodeError):
            if attempt == 0:
                continue
            raise UserError(
                f"{host} sent an answer that is not valid JSON (cut off, or not the API): check "
                "the address and run the same command again."
            ) from None
    raise UserError(f"{host} sent no usable answer: run the same command again.")


__all__ = [
    "RateLimitRetry",
    "USER_AGENT",
    "get_json",
    "host_of",
    "make_session",
    "max_wait",
    "requested_wait",
    "reset_wait",
]
