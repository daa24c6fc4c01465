"""Parallel export: split a time range into windows and paginate them concurrently.

Hotmart's latency (hundreds of ms per page) bounds a sequential export far below the rate limit.
Splitting `[start, end]` into disjoint windows and paginating several at once fills the budget;
the client's one rate limiter paces every worker. Pages are yielded window by window, oldest window
first, each window in the API's own order: every item is yielded exactly once because the windows
do not overlap (both bounds are inclusive, in milliseconds).

Memory stays bounded: each window buffers at most `BUFFERED_PAGES` pages until the consumer
reaches it, so a slow consumer slows the workers down instead of filling memory.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ._errors import InvalidParameterError, PaginationError
from ._operation import Operation

BUFFERED_PAGES = 2
WINDOWS_PER_WORKER = 4  # more windows than workers evens out ranges where sales cluster
_DONE = object()

FetchWindow = Callable[[int, int, str | None], Any]
AsyncFetchWindow = Callable[[int, int, str | None], Awaitable[Any]]


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


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


def _window_tokens(operation: Operation[Any], page: Any, seen: set[str]) -> str | None:
    token = operation.next_page_token(page)
    if token is not None:
        if token in seen:
            raise PaginationError(f"{operation.operation_id}: page token {token!r} repeated inside a window")
        seen.add(token)
    return token


def sync_pages(
    operation: Operation[Any], fetch: FetchWindow, windows: list[tuple[int, int]], concurrency: int
) -> Iterator[Any]:
    buffers: list[queue.Queue[Any]] = [queue.Queue(maxsize=BUFFERED_PAGES) for _ in windows]
    stop = threading.Event()

    def put(buffer: queue.Queue[Any], item: Any) -> bool:
        while not stop.is_set():
            try:
                buffer.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def work(index: int) -> None:
        low, high = windows[index]
        token: str | None = None
        seen: set[str] = set()
        try:
            while not stop.is_set():
                page = fetch(low, high, token)
                if not put(buffers[index], page):
                    return
                token = _window_tokens(operation, page, seen)
                if token is None:
                    break
            put(buffers[index], _DONE)
        except BaseException as exc:  # handed to the consumer, who raises it in order
            put(buffers[index], _Failure(exc))

    # Windows are submitted in order and workers take them FIFO, so the window the consumer waits
    # for has always been started: no deadlock however slow the consumer is.
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="hotmart-export")
    try:
        for index in range(len(windows)):
            pool.submit(work, index)
        for buffer in buffers:
            while (item := buffer.get()) is not _DONE:
                if isinstance(item, _Failure):
                    raise item.error
                yield item
    finally:
        stop.set()
        pool.shutdown(wait=False, cancel_futures=True)


async def async_pages(
    operation: Operation[Any], fetch: AsyncFetchWindow, windows: list[tuple[int, int]], concurrency: int
) -> AsyncGenerator[Any, None]:
    buffers: list[asyncio.Queue[Any]] = [asyncio.Queue(maxsize=BUFFERED_PAGES) for _ in windows]
    slots = asyncio.Semaphore(concurrency)

    async def work(index: int) -> None:
        low, high = windows[index]
        token: str | None = None
        seen: set[str] = set()
        async with slots:
            try:
                while True:
                    page = await fetch(low, high, token)
                    await buffers[index].put(page)
                    token = _window_tokens(operation, page, seen)
                    if token is None:
                        break
                await buffers[index].put(_DONE)
            except asyncio.CancelledError:
                raise
            except BaseException as exc:
                await buffers[index].put(_Failure(exc))

    # Tasks are created in window order and asyncio.Semaphore wakes waiters FIFO.
    tasks = [asyncio.ensure_future(work(index)) for index in range(len(windows))]
    try:
        for buffer in buffers:
            while (item := await buffer.get()) is not _DONE:
                if isinstance(item, _Failure):
                    raise item.error
                yield item
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
