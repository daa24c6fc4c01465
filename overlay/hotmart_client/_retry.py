"""When to retry, and how long to wait. Pure decisions, shared by the sync and async send loops.

Safety rule: a non-idempotent call (POST/PUT/PATCH/DELETE: refund, cancel, coupon create...) is
retried only when it cannot have reached Hotmart (the connection was never made) or when Hotmart
said 429 (the request was refused, not processed). Never after a 5xx or a read timeout, where the
operation may have happened: retrying could refund or create twice.
"""

from __future__ import annotations

import datetime
import email.utils
import random
import time
from dataclasses import dataclass

import httpx

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})

# Failures where the request certainly did not reach the server.
_NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    # A server hint longer than this is not waited for: the error is raised with `retry_after`.
    max_retry_after: float = 60.0
    # Each page of an export: up to this many retries, within this many seconds (see Budget).
    page_max_retries: int = 10
    page_budget: float = 120.0

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter: uniform in [0, min(cap, base * 2**attempt)]."""
        return random.uniform(0.0, min(self.max_delay, self.base_delay * (2**attempt)))

    def delay_after_error(self, exc: Exception, attempt: int, idempotent: bool, max_retries: int) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if attempt >= max_retries:
            return None
        if isinstance(exc, _NOT_SENT_ERRORS):
            return self.backoff(attempt)
        if idempotent and isinstance(exc, httpx.TransportError):
            return self.backoff(attempt)
        return None

    def delay_after_response(
        self, response: httpx.Response, attempt: int, idempotent: bool, max_retries: int
    ) -> float | None:
        """Seconds to wait before retrying after this response, or None to return it."""
        status = response.status_code
        if status not in RETRYABLE_STATUSES or attempt >= max_retries:
            return None
        if status != 429 and not idempotent:
            return None
        hint = server_hint(response)
        if hint is None:
            return self.backoff(attempt)
        if hint > self.max_retry_after:
            return None
        # Add a little jitter so a crowd of clients told the same instant does not return together.
        return hint + random.uniform(0.0, min(1.0, self.base_delay))


def server_hint(response: httpx.Response, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, or None.

    `Retry-After` (seconds or HTTP date) is always an instruction. An HTTP date is a moment on the
    server's clock: it is measured from the response's own `Date` when there is one (the two clocks
    may disagree by minutes), else from this machine's clock (`now`, default: the current time).
    `RateLimit-Reset` is not an instruction: Hotmart sends it on every answer, as information about
    the budget's window. It counts only when the budget is what refused or will refuse the call:
    after a 429, or when `RateLimit-Remaining` is 0.
    """
    retry_after = response.headers.get("retry-after")
    if retry_after is not None:
        sent = _http_date(response.headers.get("date", ""))
        seconds = _seconds(retry_after, sent.timestamp() if sent is not None else now)
        if seconds is not None:
            return seconds
    if response.status_code != 429 and response.headers.get("ratelimit-remaining", "").strip() != "0":
        return None
    reset = response.headers.get("ratelimit-reset")
    if reset is not None:
        try:
            return max(0.0, float(reset))
        except ValueError:
            return None
    return None


def _seconds(value: str, now: float | None) -> float | None:
    """Seconds from `now` (epoch seconds; None: the current time) to a Retry-After value."""
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    when = _http_date(value)
    if when is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def _http_date(value: str) -> datetime.datetime | None:
    """An HTTP date (always GMT) as an aware datetime, or None."""
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=datetime.UTC)


@dataclass(frozen=True, slots=True)
class Budget:
    """How many retries one request may still use, and until when (a monotonic deadline).

    A single call gets `max_retries`. A page of an export gets more (`RetryPolicy.page_max_retries`)
    within a time budget (`RetryPolicy.page_budget` seconds), so a burst of failures on one page
    does not abort an export of thousands; an explicit `max_retries` (client or call) wins.
    """

    retries: int
    deadline: float | None = None

    def allows(self, attempt: int, delay: float | None) -> float | None:
        """`delay` if one more retry after `attempt` fits the budget, else None."""
        if delay is None or attempt >= self.retries:
            return None
        if self.deadline is not None and time.monotonic() + delay > self.deadline:
            return None
        return delay
