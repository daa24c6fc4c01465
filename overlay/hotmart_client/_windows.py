"""Parallel export: split a time range into windows and paginate them concurrently.

Hotmart's latency (hundreds of ms per page) bounds a sequential export far below the rate limit.
Splitting `[start, end]` into disjoint windows and paginating several at once fills the budget;
the client's one rate limiter paces every worker. Every item is yielded exactly once because the
windows do not overlap (both bounds are inclusive, in milliseconds). Pages are yielded as they
arrive, so items of different windows interleave (each page keeps the API's own order): waiting
for windows in order would leave most workers idle behind the slowest window.

Memory stays bounded: workers hand pages over through one queue of `BUFFERED_PAGES_PER_WORKER`
pages per worker, so a slow consumer slows the workers down instead of filling memory.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ._errors import InvalidParameterError
from ._operation import Operation
from ._pagination import _PagerState

BUFFERED_PAGES_PER_WORKER = 2
WINDOWS_PER_WORKER = 4  # more windows than workers evens out ranges where sales cluster

FetchWindow = Callable[[int, int, str | None], Any]
AsyncFetchWindow = Callable[[int, int, str | None], Awaitable[Any]]


class _WindowDone:
    pass


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


_DONE = _WindowDone()


def split(start: int, end: int, parts: int) -> list[tuple[int, int]]:
    """Disjoint inclusive windows covering [start, end] exactly, oldest first."""
    if end < start:
        raise InvalidParameterError("end", f"must not be before start ({end} < {start})")
    step = max(1, -(-(end - start + 1) // parts))
    return [(low, min(low + step - 1, end)) for low in range(start, end + 1, step)]


def plan(start: int | None, end: int | None, concurrency: int, names: tuple[str, str]) -> list[tuple[int, int]]:
    if start is None or end is None:
        raise InvalidParameterError(
            names[0] if start is None else names[1],
            f"concurrency needs both {names[0]} and {names[1]}: the range is split into windows",
        )
    return split(start, end, concurrency * WINDOWS_PER_WORKER)


def sync_pages(
    operation: Operation[Any], fetch: FetchWindow, windows: list[tuple[int, int]], concurrency: int
) -> Iterator[Any]:
    pages: queue.Queue[Any] = queue.Queue(maxsize=concurrency * BUFFERED_PAGES_PER_WORKER)
    stop = threading.Event()

    def put(item: Any) -> bool:
        while not stop.is_set():
            try:
                pages.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def work(low: int, high: int) -> None:
        window = _PagerState(operation, None, None)  # the pager's own token bookkeeping, per window
        try:
            while not stop.is_set():
                page = fetch(low, high, window.next_page_token)
                if not put(page):
                    return
                if not window.advance(page):
                    break
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, who raises it
            put(_Failure(exc))

    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="hotmart-export")
    try:
        for low, high in windows:
            pool.submit(work, low, high)
        remaining = len(windows)
        while remaining:
            item = pages.get()
            if isinstance(item, _WindowDone):
                remaining -= 1
            elif isinstance(item, _Failure):
                raise item.error
            else:
                yield item
    finally:
        stop.set()
        pool.shutdown(wait=False, cancel_futures=True)


async def async_pages(
    operation: Operation[Any], fetch: AsyncFetchWindow, windows: list[tuple[int, int]], concurrency: int
) -> AsyncGenerator[Any, None]:
    pages: asyncio.Queue[Any] = asyncio.Queue(maxsize=concurrency * BUFFERED_PAGES_PER_WORKER)
    slots = asyncio.Semaphore(concurrency)

    async def work(low: int, high: int) -> None:
        window = _PagerState(operation, None, None)
        async with slots:
            try:
                while True:
                    page = await fetch(low, high, window.next_page_token)
                    await pages.put(page)
                    if not window.advance(page):
                        break
                await pages.put(_DONE)
            except asyncio.CancelledError:
                raise
            except BaseException as exc:
                await pages.put(_Failure(exc))

    tasks = [asyncio.ensure_future(work(low, high)) for low, high in windows]
    try:
        remaining = len(windows)
        while remaining:
            item = await pages.get()
            if isinstance(item, _WindowDone):
                remaining -= 1
            elif isinstance(item, _Failure):
                raise item.error
            else:
                yield item
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
