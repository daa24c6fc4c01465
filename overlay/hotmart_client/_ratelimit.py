"""Client-side rate limiter: a token bucket shared by all threads and tasks of one client."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable


class RateLimiter:
    """Never more than `requests` in any `per`-second window, whatever the traffic pattern.

    A token bucket of `burst` slots refilled at `(requests - burst) / per` per second: the worst
    window sees the full burst plus the refill, i.e. exactly `requests`, so a server enforcing the
    limit over fixed or sliding windows never answers 429 because of this client.

    Callers reserve a slot under a lock and then sleep outside it, so threads and asyncio tasks can
    share one limiter and nobody holds the lock while waiting. Hotmart allows 500 requests per
    minute per token; the budget is configurable, e.g. to leave room for other programs.
    """

    def __init__(
        self,
        requests: int = 500,
        per: float = 60.0,
        *,
        burst: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if requests < 1 or per <= 0:
            raise ValueError("RateLimiter needs requests >= 1 and per > 0")
        capacity = burst if burst is not None else max(1, min(10, requests // 10))
        if not 1 <= capacity <= requests:
            raise ValueError("burst must be between 1 and requests")
        self.requests = requests
        self.per = per
        self.capacity = float(capacity)
        self.rate = max(requests - capacity, 1) / per
        self._clock = clock
        self._tokens = self.capacity
        self._last = clock()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        # The budget as given; `rate` is only the bucket's refill speed, which is lower by the burst.
        return f"RateLimiter(requests={self.requests}, per={self.per:g}s, burst={self.capacity:.0f})"

    def reserve(self) -> float:
        """Take one slot; return how many seconds the caller must wait before using it."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
            self._last = now
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def acquire(self) -> None:
        wait = self.reserve()
        if wait > 0:
            time.sleep(wait)

    async def acquire_async(self) -> None:
        wait = self.reserve()
        if wait > 0:
            await asyncio.sleep(wait)
