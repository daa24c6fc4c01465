"""The client side of the fault matrix: what a program does with the overlay, and what it got.

Two workloads, each run with `Hotmart` and with `AsyncHotmart`:

- `pager`: export every sale with `history.export`; when a page fails for good (a typed
  error), resume from `pager.checkpoint` with a new pager, as the pager's docs recommend. With
  `stop_every`, it also leaves the loop every N items (mid-page) and resumes the same way.
- `single`: walk the pages by hand with `history(page_token=...)`, calling a failed page again
  (the program's own retry); then refund `REFUNDS` distinct sales, each exactly once.

Every call runs under a watchdog: one that has not returned after `HUNG_AFTER` seconds is hung.
"""

from __future__ import annotations

import asyncio
import functools
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from hotmart_client import AsyncHotmart, Hotmart, HotmartError, RetryPolicy
from hotmart_client.resources import OPERATIONS
from tests.conformance.faults.server import PAGE_SIZE, TOTAL_ITEMS

T = TypeVar("T")

HISTORY = OPERATIONS["getSalesHistory"]
REFUNDS = 8
MAX_RESUMES = 25  # per workload: more would mean the client never gets through (items are then lost)
MAX_STOPS = 50
HUNG_AFTER = 15.0
TIMEOUT = httpx.Timeout(0.6)  # "slow" faults answer after 1.5 s
RETRIES = RetryPolicy(max_retries=3, base_delay=0.01, max_delay=0.05, max_retry_after=2.0)


@dataclass
class Outcome:
    """What one workload saw; the figures of one row of the matrix."""

    calls: int = 0
    typed_errors: Counter[str] = field(default_factory=Counter)
    untyped_errors: list[str] = field(default_factory=list)
    hung: int = 0
    resumes: int = 0
    stops: int = 0  # times the program left the loop on purpose (stop_every)
    transactions: list[str] = field(default_factory=list)  # sale ids received, in order
    refund_codes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def lost(self) -> int:
        return len(expected_transactions() - set(self.transactions))

    @property
    def duplicated(self) -> int:
        return len(self.transactions) - len(set(self.transactions))


def expected_transactions() -> set[str]:
    return {f"HP{n:014d}" for n in range(TOTAL_ITEMS)}


def _sync_guard(outcome: Outcome, call: Callable[[], T]) -> T | None:
    """Run `call` in a thread; count it, and classify how it ended. None when it failed or hung
    (a hung call is left behind in its daemon thread; the workload stops there)."""
    outcome.calls += 1
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:
            error.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HUNG_AFTER)
    if thread.is_alive():
        outcome.hung += 1
        return None
    return _classify(outcome, result, error)


async def _async_guard(outcome: Outcome, call: Callable[[], Awaitable[T]]) -> T | None:
    outcome.calls += 1
    try:
        value = await asyncio.wait_for(call(), HUNG_AFTER)
    except TimeoutError:
        outcome.hung += 1
        return None
    except Exception as exc:
        return _classify(outcome, [], [exc])
    return value


def _classify(outcome: Outcome, result: list[T], error: list[BaseException]) -> T | None:
    if not error:
        return result[0]
    exc = error[0]
    if isinstance(exc, HotmartError):
        outcome.typed_errors[type(exc).__name__] += 1
    else:
        outcome.untyped_errors.append(f"{type(exc).__name__}: {exc}")
    return None


def client_options(url: str) -> dict[str, Any]:
    return {"base_url": url, "token_url": url + "/security/oauth/token", "timeout": TIMEOUT, "retry_policy": RETRIES}


def _transactions(items: list[Any]) -> list[str]:
    return [item.purchase.transaction for item in items]


# -- pager ------------------------------------------------------------------------------------


def sync_pager(url: str, stop_every: int | None = None) -> Outcome:
    outcome = Outcome()
    checkpoint: str | None = None
    with Hotmart("fault-id", "fault-secret", **client_options(url)) as client:
        while not outcome.hung:
            pager = client.sales.history.export(max_results=PAGE_SIZE, resume=checkpoint)
            items: list[Any] = []
            done = _sync_guard(outcome, functools.partial(_drain, pager, items, stop_every))
            outcome.calls += pager.pages_fetched - (1 if done else 0)  # one call per page asked for
            outcome.transactions += _transactions(items)
            if done or outcome.resumes == MAX_RESUMES or outcome.stops == MAX_STOPS:
                break
            if done is False:  # left the loop on purpose
                outcome.stops += 1
            else:  # a typed error outlasted the retries
                outcome.resumes += 1
            checkpoint = pager.checkpoint
    return outcome


def _drain(pager: Any, items: list[Any], stop_every: int | None) -> bool:
    """Take every item; False when the program stopped on purpose after `stop_every` items."""
    for item in pager:
        items.append(item)
        if stop_every and len(items) == stop_every:
            return False
    return True


async def async_pager(url: str, stop_every: int | None = None) -> Outcome:
    outcome = Outcome()
    checkpoint: str | None = None
    async with AsyncHotmart("fault-id", "fault-secret", **client_options(url)) as client:
        while not outcome.hung:
            pager = client.sales.history.export(max_results=PAGE_SIZE, resume=checkpoint)
            items: list[Any] = []
            done = await _async_guard(outcome, functools.partial(_adrain, pager, items, stop_every))
            outcome.calls += pager.pages_fetched - (1 if done else 0)  # one call per page asked for
            outcome.transactions += _transactions(items)
            if done or outcome.resumes == MAX_RESUMES or outcome.stops == MAX_STOPS:
                break
            if done is False:  # left the loop on purpose
                outcome.stops += 1
            else:  # a typed error outlasted the retries
                outcome.resumes += 1
            checkpoint = pager.checkpoint
    return outcome


async def _adrain(pager: Any, items: list[Any], stop_every: int | None) -> bool:
    async for item in pager:
        items.append(item)
        if stop_every and len(items) == stop_every:
            return False
    return True


# -- single calls -----------------------------------------------------------------------------


def sync_single(url: str, refund_prefix: str) -> Outcome:
    outcome = Outcome()
    with Hotmart("fault-id", "fault-secret", **client_options(url)) as client:
        token: str | None = None
        for _ in range(MAX_RESUMES + TOTAL_ITEMS // PAGE_SIZE):
            page = _sync_guard(
                outcome, functools.partial(client.sales.history, max_results=PAGE_SIZE, page_token=token)
            )
            if outcome.hung:
                return outcome
            if page is None:
                outcome.resumes += 1
                continue
            outcome.transactions += _transactions(page.items)
            token = page.next_page_token
            if token is None:
                break
        for n in range(REFUNDS):
            code = f"{refund_prefix}{n:03d}"
            outcome.refund_codes.append(code)
            _sync_guard(outcome, functools.partial(client.sales.refund, code))
    return outcome


async def async_single(url: str, refund_prefix: str) -> Outcome:
    outcome = Outcome()
    async with AsyncHotmart("fault-id", "fault-secret", **client_options(url)) as client:
        token: str | None = None
        for _ in range(MAX_RESUMES + TOTAL_ITEMS // PAGE_SIZE):
            page = await _async_guard(
                outcome, functools.partial(client.sales.history, max_results=PAGE_SIZE, page_token=token)
            )
            if outcome.hung:
                return outcome
            if page is None:
                outcome.resumes += 1
                continue
            outcome.transactions += _transactions(page.items)
            token = page.next_page_token
            if token is None:
                break
        for n in range(REFUNDS):
            code = f"{refund_prefix}{n:03d}"
            outcome.refund_codes.append(code)
            await _async_guard(outcome, functools.partial(client.sales.refund, code))
    return outcome


def timed(run: Callable[[], Outcome]) -> Outcome:
    started = time.perf_counter()
    outcome = run()
    outcome.seconds = time.perf_counter() - started
    return outcome
