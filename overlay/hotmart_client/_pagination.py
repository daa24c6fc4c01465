"""Autopagination: one mechanism for every paginated operation, sync and async.

A pager is lazy: it fetches a page only when the previous one has been consumed, keeps one page
in memory, stops when `next_page_token` is absent, and raises `PaginationError` if the API hands
back a token it already gave (instead of looping forever).

Checkpointing a long export: after a page is fully processed, save `pager.next_page_token`; pass it
as `page_token=` to a new pager to resume with the following page. `pager.page_token` is the token
of the page currently being consumed (resuming from it re-delivers that page: at-least-once).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from ._errors import PaginationError
from ._operation import Operation

ItemT = TypeVar("ItemT")

# Prefetch (sync pagers) when the previous page took at least this long waiting for the network.
PREFETCH_MIN_WAIT = 0.005


class _PagerState:
    def __init__(self, operation: Operation[Any], page_token: str | None, limit: int | None) -> None:
        if limit is not None and limit < 0:
            raise ValueError("limit must be >= 0")
        self.operation = operation
        self.limit = limit
        self.page_token: str | None = page_token
        self.next_page_token: str | None = page_token
        self.pages_fetched = 0
        self.items_yielded = 0
        self.done = False
        self._seen: set[str] = set() if page_token is None else {page_token}

    def advance(self, page: Any) -> bool:
        """Record a fetched page; return True when there is another page to fetch."""
        self.pages_fetched += 1
        token = self.operation.next_page_token(page)
        self.next_page_token = token
        if token is None:
            self.done = True
            return False
        if token in self._seen:
            raise PaginationError(
                f"{self.operation.operation_id}: the API returned page token {token!r} twice; "
                "stopping instead of looping forever"
            )
        self._seen.add(token)
        return True

    def want_more(self) -> bool:
        return self.limit is None or self.items_yielded < self.limit

    def will_want_next(self, page: Any) -> bool:
        """After `page`, will the consumer need the next page? (Decides whether to prefetch it.)"""
        if self.done:
            return False
        if self.limit is None:
            return True
        return self.items_yielded + len(self.operation.page_items(page)) < self.limit

    def __repr__(self) -> str:
        return (
            f"<pager {self.operation.operation_id} pages={self.pages_fetched} items={self.items_yielded} "
            f"next_page_token={self.next_page_token!r}>"
        )


class SyncPager(_PagerState, Generic[ItemT]):
    """Iterate over items (`for item in pager`) or pages (`pager.pages()`) of a list operation."""

    def __init__(
        self,
        operation: Operation[Any],
        fetch: Callable[[str | None], Any],
        *,
        page_token: str | None = None,
        limit: int | None = None,
        prefetch: bool = True,
        source: Callable[[], Iterator[Any]] | None = None,
    ) -> None:
        super().__init__(operation, page_token, limit)
        self._fetch = fetch
        self._source = source
        self.prefetch = prefetch
        self._waited = 0.0  # seconds the last fetch spent waiting (not on CPU)
        self.prefetch_min_wait = PREFETCH_MIN_WAIT

    def pages(self) -> Iterator[Any]:
        """Pages in order. With prefetch, page N+1 is requested (in one helper thread) as soon as
        page N's token is known, so the network wait overlaps parsing and the caller's own work.

        Prefetching pays only while fetching is mostly waiting: with the GIL, a fetch that is mostly
        CPU (a server on the same machine) just competes with the caller. So a page is prefetched
        when the previous fetch waited at least `prefetch_min_wait` seconds (wall minus CPU time;
        default `PREFETCH_MIN_WAIT`).
        """
        if self.done or not self.want_more():
            return
        if self._source is not None:  # a parallel export (see _windows.py)
            for page in self._source():
                self.pages_fetched += 1
                yield page
                if not self.want_more():
                    return
            self.done = True
            return
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hotmart-prefetch") if self.prefetch else None
        try:
            pending: Future[Any] | None = _submit(None, self._timed_fetch, self.next_page_token)
            while pending is not None:
                self.page_token = self.next_page_token
                page = pending.result()
                self.advance(page)
                waited = self._waited >= self.prefetch_min_wait
                prefetch = pool is not None and waited and self.will_want_next(page)
                pending = _submit(pool, self._timed_fetch, self.next_page_token) if prefetch else None
                yield page
                if pending is None and not self.done and self.want_more():
                    pending = _submit(None, self._timed_fetch, self.next_page_token)
        finally:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)

    def _timed_fetch(self, token: str | None) -> Any:
        wall, cpu = time.perf_counter(), time.thread_time()
        page = self._fetch(token)
        self._waited = (time.perf_counter() - wall) - (time.thread_time() - cpu)
        return page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            items = self.operation.page_items(page)
            if self.limit is not None:
                items = items[: self.limit - self.items_yielded]
            # Counted per page, before its items are handed out: this loop is the hot path of
            # every export, so it does no per-item bookkeeping.
            self.items_yielded += len(items)
            yield from items


class AsyncPager(_PagerState, Generic[ItemT]):
    """`async for item in pager`, or `async for page in pager.pages()`."""

    def __init__(
        self,
        operation: Operation[Any],
        fetch: Callable[[str | None], Awaitable[Any]],
        *,
        page_token: str | None = None,
        limit: int | None = None,
        prefetch: bool = True,
        source: Callable[[], AsyncGenerator[Any, None]] | None = None,
    ) -> None:
        super().__init__(operation, page_token, limit)
        self._fetch = fetch
        self._source = source
        self.prefetch = prefetch

    async def pages(self) -> AsyncGenerator[Any, None]:
        """Pages in order; with prefetch, the next page is requested in a task while this one is used."""
        if self.done or not self.want_more():
            return
        if self._source is not None:  # a parallel export (see _windows.py)
            pages = self._source()
            try:
                async for page in pages:
                    self.pages_fetched += 1
                    yield page
                    if not self.want_more():
                        return
            finally:
                await pages.aclose()
            self.done = True
            return
        pending: asyncio.Future[Any] | None = asyncio.ensure_future(self._fetch(self.next_page_token))
        try:
            while pending is not None:
                self.page_token = self.next_page_token
                page = await pending
                self.advance(page)
                wanted = self.will_want_next(page)
                pending = _prefetch(self._fetch(self.next_page_token)) if wanted and self.prefetch else None
                yield page
                if pending is None and not self.done and self.want_more():
                    pending = asyncio.ensure_future(self._fetch(self.next_page_token))
        finally:
            if pending is not None and not pending.done():
                pending.cancel()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        pages = self.pages()
        try:
            async for page in pages:
                items = self.operation.page_items(page)
                if self.limit is not None:
                    items = items[: self.limit - self.items_yielded]
                self.items_yielded += len(items)  # per page, as in SyncPager.__iter__
                for item in items:
                    yield item
        finally:
            await pages.aclose()  # cancels a prefetch still in flight


def _submit(pool: ThreadPoolExecutor | None, fetch: Callable[[str | None], Any], token: str | None) -> Future[Any]:
    """Run `fetch(token)` on the pool, or right here (as an already-completed future) without one."""
    if pool is not None:
        return pool.submit(fetch, token)
    future: Future[Any] = Future()
    try:
        future.set_result(fetch(token))
    except BaseException as exc:
        future.set_exception(exc)
    return future


def _prefetch(fetch: Awaitable[Any]) -> asyncio.Future[Any]:
    """Start fetching the next page in a task. If the consumer walks away without closing the
    pager, the task's failure is marked retrieved, so asyncio does not warn about it."""
    task = asyncio.ensure_future(fetch)
    task.add_done_callback(lambda done: done.cancelled() or done.exception())
    return task
