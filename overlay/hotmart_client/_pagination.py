"""Pages and exports: one paginator for every list operation, sync and async.

- A list method returns a *page* (`SyncPage`, `AsyncPage`): its `items` and `page_info`, and,
  when iterated, every item from that page to the end of the listing.
- `<method>.export(...)` returns a *pager* (`SyncPager`, `AsyncPager`): a lazy walk with `limit`,
  `resume` (from `pager.checkpoint`, exact to the item) and `concurrency` (time windows fetched in
  parallel). Iterating a page is an export that starts from that page.

Stopping a walk stops its work: leaving the loop (`break`, an exception, Ctrl-C), `close()`, a
`with` block or garbage collection cancels the prefetch and the window workers; no request starts
after that, and retry sleeps are cut short. Sync helpers are daemon threads, so an interrupted
export never holds up the process's exit. `close()` during the loop ends it quietly, as a `break`
would: at once when called from the loop itself (or, async, from any task), at the end of the page
in hand when called from another thread. Nothing is raised into the loop.

Checkpoints: `pager.checkpoint` is valid at any moment; it resumes at the first item not yet
handed out (an item counts as handed out when the loop receives it; a page, when `iter_pages`
yields it). When a walk stops on an error, the error carries `.checkpoint` as well.

Snapshots: an export pins the open ends of its time range (`_windows.pins`) and a parallel one
reads the seams between its windows first, leaving their items out of the windows (`_workers`);
both travel in the checkpoint (`_checkpoint`).
"""

from __future__ import annotations

import asyncio
import operator
import queue
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _checkpoint, _coerce, _windows
from ._checkpoint import Stream
from ._errors import ExportCancelledError, HotmartError, InvalidParameterError, PaginationError
from ._operation import Operation, RequestOptions
from ._workers import POLL, WORKER_DONE, AsyncWindows, Failure, SyncWindows

if TYPE_CHECKING:
    from hotmart_api.models import PageInfo

    from ._client import AsyncHotmart, Hotmart

ItemT = TypeVar("ItemT")

# Prefetch (sync) only when the previous page waited at least this long on the network: with the
# GIL, a helper thread competing with a CPU-bound consumer at zero latency only slows it down.
PREFETCH_MIN_WAIT = 0.005

# What a source yields for each page: its stream, the token that fetched it, the page model,
# the next token and whether that token was already seen (the API is looping).
_Fetched = tuple[Stream, str | None, Any, str | None, bool]


class _Export:
    """Consumer-side bookkeeping shared by SyncPager and AsyncPager: streams, limit, checkpoint."""

    def __init__(
        self,
        operation: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions,
        *,
        limit: int | None,
        resume: str | None,
        concurrency: int | None,
        first: tuple[str | None, Any] | None,
        now: int,
    ) -> None:
        pagination = operation.pagination
        if pagination is None:
            raise TypeError(f"{operation.operation_id} is not a paginated operation")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
            raise InvalidParameterError("limit", f"must be a whole number >= 0, got {limit!r}")
        if concurrency is not None and (not isinstance(concurrency, int) or concurrency < 1):
            raise InvalidParameterError("concurrency", f"must be a whole number >= 1, got {concurrency!r}")
        self.operation = operation
        self.options = options
        self.limit = limit
        self.concurrency = concurrency or 1
        self.items_yielded = 0
        self.pages_fetched = 0  # pages handed to this walk's consumer
        self.seam_duplicates = 0  # window items left out: their seam handed them out
        self.prefetch = True
        self.prefetch_min_wait = PREFETCH_MIN_WAIT
        self._waited = 0.0
        operation.check_ranges(args, now)  # a reversed range fails here, before anything is sent
        self._digest = _checkpoint.fingerprint(_defining(operation, args, options))
        self._first = first
        # The page the item loop is in: its stream, the stream's offset before it, the number of
        # items to hand out, their iterator and list (cut short by a close() from the loop), and
        # their places in the page when the page's seam items were left out.
        self._current: _InHand | None = None
        self._seam_keys: set[Any] = set()  # keys of the seams' items, once every seam was read
        self.pins: dict[str, int] = {}
        """The ends of the range this export pinned to the moment it started (`_windows.pins`)."""
        self.streams = self._initial_streams(args, resume, first, now)

    def _initial_streams(
        self, args: dict[str, Any], resume: str | None, first: tuple[str | None, Any] | None, now: int
    ) -> list[Stream]:
        self.args = args
        if first is not None:  # the walk of a page already fetched: its own arguments
            return [Stream(token=first[0])]
        if resume is not None:
            streams, pinned = _checkpoint.decode(resume, self.operation.operation_id, self._digest)
            self.pins = _windows.check_pins(self.operation, args, pinned)
            self.args = {**args, **self.pins}
            _checkpoint.check(streams, self._range(), self._page_size())
            return streams
        self.pins = _windows.pins(self.operation, args, now)
        self.args = {**args, **self.pins}
        if self.concurrency == 1:
            return [Stream()]
        windows = _windows.plan(self.operation, self.args, self.concurrency)
        seams = [Stream(low, high, seam=True) for low, high in _windows.seams(windows)]
        return [*seams, *(Stream(low, high) for low, high in windows)]

    def _range(self) -> tuple[int, int] | None:
        """The (start, end) of the listing's time window in the arguments, when both are given."""
        window = self.operation.pagination.window if self.operation.pagination else None
        if window is None or any(self.args.get(name) is None for name in window):
            return None
        start, end = (self.operation.param(name).coerce(self.args[name]) for name in window)
        return start, end

    def _page_size(self) -> int | None:
        size = self.args.get("max_results")
        return None if size is None else int(self.operation.param("max_results").coerce(size))

    @property
    def parallel(self) -> bool:
        return any(s.low is not None for s in self.streams)

    @property
    def done(self) -> bool:
        return all(s.done for s in self.streams)

    @property
    def checkpoint(self) -> str:
        """An opaque string: `resume=` it on the same method, with the same arguments, to continue
        at the first item this walk has not handed out yet."""
        streams = self.streams
        if self._current is not None:
            stream, base, count, iterator, _, places = self._current
            offset = _offset(base, count - operator.length_hint(iterator), places)
            here = Stream(stream.low, stream.high, stream.token, offset, False, stream.avoid, stream.seam)
            streams = [here if s is stream else s for s in streams]
        return _checkpoint.encode(self.operation.operation_id, self._digest, streams, self.pins)

    # -- per page: what the consumer gets, and the stream's position afterwards ---------------

    def _take(self, stream: Stream, page: Any) -> tuple[list[Any], bool, list[int] | None]:
        """The items of `page` to hand out (after a resume offset, without the seams' items,
        within the limit), whether they are all of the page's remaining items, and, when seam
        items were left out, the place in the page of each item handed out."""
        items = self.operation.page_items(page)
        skip = stream.offset
        if skip > len(items):  # only a resumed checkpoint can say so: never skip items silently
            error = InvalidParameterError(
                "resume",
                f"the checkpoint's position (item {skip} of its page) is past the end of the page "
                f"Hotmart sent ({len(items)} items): the listing changed, or the checkpoint is damaged",
            )
            self._stamp(error)
            raise error
        places: list[int] | None = None
        if self._seam_keys and stream.low is not None and not stream.seam:
            key, seams = self.operation.item_key, self._seam_keys
            places = [place for place in range(skip, len(items)) if key(items[place]) not in seams]
            self.seam_duplicates += len(items) - skip - len(places)
            items = [items[place] for place in places]
        elif skip:
            items = items[skip:]
        if self.limit is not None and self.items_yielded + len(items) > self.limit:
            kept = max(0, self.limit - self.items_yielded)
            return items[:kept], False, None if places is None else places[:kept]
        return items, True, places

    def _settle(self) -> None:
        """Fold the item loop's position into its stream (the loop finished or was left)."""
        if self._current is None:
            return
        stream, base, count, iterator, _, places = self._current
        left = operator.length_hint(iterator)
        stream.offset = _offset(base, count - left, places)
        self.items_yielded -= left  # counted per page in advance
        self._current = None

    def _cut_page(self) -> None:
        """End the item loop at its next step (a close() from the loop): drop the page's items not
        handed out yet, so the loop ends and the checkpoint stays at the first of them."""
        if self._current is None:
            return
        stream, base, count, iterator, items, places = self._current
        consumed = count - operator.length_hint(iterator)
        del items[consumed:]
        self.items_yielded -= count - consumed
        self._current = (stream, base, consumed, iterator, items, places)

    def _page_done(self, stream: Stream, whole: bool, next_token: str | None, repeated: bool) -> None:
        """After the consumer got every item to hand out from a page of `stream`."""
        self.pages_fetched += 1
        if not whole:  # stopped by the limit: the stream stays on this page
            return
        if next_token is None:
            stream.done = True
        elif repeated:
            stream.avoid = next_token
        else:
            stream.token, stream.offset, stream.avoid = next_token, 0, None

    def _hand_out_page(
        self,
        stream: Stream,
        items: list[Any],
        whole: bool,
        next_token: str | None,
        repeated: bool,
        *,
        places: list[int] | None,
    ) -> None:
        self.items_yielded += len(items)
        stream.offset = _offset(stream.offset, len(items), places)
        self._page_done(stream, whole, next_token, repeated)

    def _limit_reached(self) -> bool:
        return self.limit is not None and self.items_yielded >= self.limit

    def _wants_after(self, stream: Stream, page: Any) -> bool:
        """Once `page` is handed out, will the consumer want this stream's next page?"""
        if self.limit is None:
            return True
        remaining = len(self.operation.page_items(page)) - stream.offset
        return self.items_yielded + remaining < self.limit

    def _inspect(self, stream: Stream, token: str | None, page: Any, seen: set[str]) -> tuple[str | None, bool]:
        """The next token of a fetched page, and whether it repeats one this walk of the stream has
        fetched (`seen`: one set per walk, so the workers of an earlier run, which may have gone
        ahead of the consumer, never make a token fetched again look like a loop)."""
        if token is not None:
            seen.add(token)
        next_token = self.operation.next_page_token(page)
        if next_token is None:
            return None, False
        repeated = next_token in seen or next_token == stream.avoid
        return next_token, repeated

    def _looping(self, next_token: str | None) -> PaginationError:
        return PaginationError(
            f"{self.operation.operation_id}: the API returned page token {next_token!r} twice; "
            "stopping instead of looping forever"
        )

    def _lost_seam(self, stream: Stream) -> InvalidParameterError:
        return InvalidParameterError(
            "resume",
            f"the page the checkpoint stands on in the seam {stream.low}..{stream.high} is not in the listing "
            "any more (its page tokens changed): start the export again",
        )

    def _fetch_args(self, stream: Stream, token: str | None) -> dict[str, Any]:
        assert self.operation.pagination is not None
        args = {**self.args, self.operation.pagination.token_parameter: token}
        if stream.low is not None:
            start, end = _windows.names(self.operation)
            args[start], args[end] = stream.low, stream.high
        return args

    def _stamp(self, error: HotmartError) -> None:
        error.checkpoint = self.checkpoint

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self.operation.operation_id} pages={self.pages_fetched} "
            f"items={self.items_yielded} done={self.done}>"
        )


_InHand = tuple[Stream, int, int, Iterator[Any], list[Any], list[int] | None]


def _offset(base: int, consumed: int, places: list[int] | None) -> int:
    """A stream's offset in its page once `consumed` items were handed out from `base` on: one
    per item, or, when seam items were left out of the page, just after the last one handed out."""
    if places is None:
        return base + consumed
    return places[consumed - 1] + 1 if consumed else base


class SyncPager(_Export, Generic[ItemT]):
    """A lazy walk over a listing: `for item in pager`, or `for page in pager.iter_pages()`."""

    def __init__(
        self,
        client: Hotmart,
        operation: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions,
        *,
        limit: int | None = None,
        resume: str | None = None,
        concurrency: int | None = None,
        first: tuple[str | None, Any] | None = None,
    ) -> None:
        self._stop = threading.Event()  # first: __del__ runs even when the checks below raise
        self._consumer: int | None = None  # the thread iterating, while it iterates
        super().__init__(
            operation,
            args,
            options,
            limit=limit,
            resume=resume,
            concurrency=concurrency,
            first=first,
            now=client._now_millis(),
        )
        self._client = client

    def close(self) -> None:
        """Stop the walk: cancel prefetched pages and window workers. A loop over the pager ends
        quietly: at once when close() is called from the loop, at the end of the page in hand from
        another thread. Iterating again continues from the checkpoint."""
        self._stop.set()
        if self._consumer == threading.get_ident():
            self._cut_page()

    def __enter__(self) -> SyncPager[ItemT]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        self._stop.set()

    def __iter__(self) -> Iterator[ItemT]:
        for stream, _token, page, next_token, repeated in self._run():
            items, whole, places = self._take(stream, page)
            # Counted per page, not per item: this loop is the hot path of every export.
            self.items_yielded += len(items)
            iterator = iter(items)
            self._current = (stream, stream.offset, len(items), iterator, items, places)
            try:
                yield from iterator
            finally:
                self._settle()
            if self._stop.is_set():  # closed meanwhile: the page may not have been handed out whole
                return
            self._page_done(stream, whole, next_token, repeated)
            if self._limit_reached():
                return

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        """Pages in order (within `limit`: the last page may hold fewer items than fetched)."""
        for stream, token, page, next_token, repeated in self._run():
            items, whole, places = self._take(stream, page)
            self._hand_out_page(stream, items, whole, next_token, repeated, places=places)
            yield SyncPage(
                self._client, self.operation, self.args, self.options, model=page, page_token=token, items=items
            )
            if self._limit_reached():
                return

    # -- the run: one source of pages, stopped whatever way the consumer leaves -----------------

    def _run(self) -> Generator[_Fetched, None, None]:
        if self.done or self._limit_reached():
            return
        self._stop = stop = threading.Event()
        self._consumer = threading.get_ident()
        todo = [s for s in self.streams if not s.done]
        source = self._windowed(todo, stop) if self.parallel else self._sequential(todo[0], stop)
        try:
            for fetched in source:
                if stop.is_set():  # closed while the page was on its way: not handed out
                    return
                yield fetched
        except ExportCancelledError:
            if not stop.is_set():
                raise
            # close() stopped the walk while a page was being fetched: the loop just ends.
        except HotmartError as error:
            self._stamp(error)
            raise
        finally:
            self._consumer = None
            stop.set()
            source.close()

    def _fetch(self, stream: Stream, token: str | None, stop: threading.Event) -> Any:
        wall, cpu = time.perf_counter(), time.thread_time()
        page = self._client._fetch_page(self.operation, self._fetch_args(stream, token), self.options, stop)
        self._waited = (time.perf_counter() - wall) - (time.thread_time() - cpu)
        return page

    def _sequential(self, stream: Stream, stop: threading.Event) -> Generator[_Fetched, None, None]:
        token = stream.token
        first, self._first = self._first, None
        pending: Future[Any] | None = None
        seen: set[str] = set()
        while True:
            if first is not None:
                page = first[1]
                first = None
            else:
                page = pending.result() if pending is not None else self._fetch(stream, token, stop)
                pending = None
            next_token, repeated = self._inspect(stream, token, page, seen)
            if (
                next_token is not None
                and not repeated
                and self.prefetch
                and self._waited >= self.prefetch_min_wait
                and self._wants_after(stream, page)
            ):
                pending = _in_background(self._fetch, stream, next_token, stop)
            yield stream, token, page, next_token, repeated
            if next_token is None:
                return
            if repeated:
                raise self._looping(next_token)
            token = next_token

    def _windowed(self, todo: list[Stream], stop: threading.Event) -> Generator[_Fetched, None, None]:
        run = SyncWindows(self, todo, stop)
        remaining = run.start()
        while remaining:
            # Polled: once the walk is closed the workers stop without a word, and nothing else
            # would wake this wait.
            if stop.is_set():
                return
            try:
                item = run.pages.get(timeout=POLL)
            except queue.Empty:
                continue
            if item is WORKER_DONE:
                remaining -= 1
            elif isinstance(item, Failure):
                raise item.error
            else:
                yield item
                if item[4]:  # this window's API repeated a token
                    raise self._looping(item[3])


class AsyncPager(_Export, Generic[ItemT]):
    """`async for item in pager`, or `async for page in pager.iter_pages()`."""

    def __init__(
        self,
        client: AsyncHotmart,
        operation: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions,
        *,
        limit: int | None = None,
        resume: str | None = None,
        concurrency: int | None = None,
        first: tuple[str | None, Any] | None = None,
    ) -> None:
        super().__init__(
            operation,
            args,
            options,
            limit=limit,
            resume=resume,
            concurrency=concurrency,
            first=first,
            now=client._now_millis(),
        )
        self._client = client
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    async def close(self) -> None:
        """Stop the walk: cancel prefetched pages and window workers. A loop over the pager, in
        this task or another, ends quietly at its next item. Iterating again continues from the
        checkpoint."""
        self._closed = True
        self._cut_page()  # the loop is suspended at an item: exactly where it is
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    aclose = close

    async def __aenter__(self) -> AsyncPager[ItemT]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        run = self._run()
        try:
            async for stream, _token, page, next_token, repeated in run:
                items, whole, places = self._take(stream, page)
                self.items_yielded += len(items)
                iterator = iter(items)
                self._current = (stream, stream.offset, len(items), iterator, items, places)
                try:
                    for item in iterator:
                        yield item
                finally:
                    self._settle()
                if self._closed:
                    return
                self._page_done(stream, whole, next_token, repeated)
                if self._limit_reached():
                    return
        finally:
            await run.aclose()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        """Pages in order (within `limit`: the last page may hold fewer items than fetched)."""
        run = self._run()
        try:
            async for stream, token, page, next_token, repeated in run:
                items, whole, places = self._take(stream, page)
                self._hand_out_page(stream, items, whole, next_token, repeated, places=places)
                yield AsyncPage(
                    self._client, self.operation, self.args, self.options, model=page, page_token=token, items=items
                )
                if self._limit_reached():
                    return
        finally:
            await run.aclose()

    async def _run(self) -> AsyncGenerator[_Fetched, None]:
        if self.done or self._limit_reached():
            return
        self._closed = False
        todo = [s for s in self.streams if not s.done]
        source = self._windowed(todo) if self.parallel else self._sequential(todo[0])
        try:
            async for fetched in source:
                if self._closed:
                    return
                yield fetched
        except _Closed:
            pass  # close() cancelled what the walk was waiting for: the loop just ends
        except HotmartError as error:
            self._stamp(error)
            raise
        finally:
            await source.aclose()
            await self.close()

    async def _fetch(self, stream: Stream, token: str | None) -> Any:
        return await self._client._fetch_page(self.operation, self._fetch_args(stream, token), self.options)

    async def _wait(self, task: asyncio.Future[Any]) -> Any:
        """The result of a task close() may cancel: `_Closed` when it did, not a CancelledError
        into a consumer that nobody cancelled. The consumer's own cancellation goes through."""
        try:
            return await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if self._closed and (current is None or not current.cancelling()):
                raise _Closed from None
            raise

    def _spawn(self, stream: Stream, token: str | None) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(self._fetch(stream, token))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        # A prefetch nobody awaits (the consumer left) must not log "exception never retrieved".
        task.add_done_callback(lambda done: done.cancelled() or done.exception())
        return task

    async def _sequential(self, stream: Stream) -> AsyncGenerator[_Fetched, None]:
        token = stream.token
        first, self._first = self._first, None
        pending: asyncio.Task[Any] | None = None
        seen: set[str] = set()
        while True:
            if first is not None:
                page = first[1]
                first = None
            else:
                # A task even without prefetch: close() from another task can cancel it.
                page = await self._wait(pending if pending is not None else self._spawn(stream, token))
                pending = None
            next_token, repeated = self._inspect(stream, token, page, seen)
            if next_token is not None and not repeated and self.prefetch and self._wants_after(stream, page):
                pending = self._spawn(stream, next_token)
            yield stream, token, page, next_token, repeated
            if next_token is None:
                return
            if repeated:
                raise self._looping(next_token)
            token = next_token

    async def _windowed(self, todo: list[Stream]) -> AsyncGenerator[_Fetched, None]:
        run = AsyncWindows(self, todo)
        remaining = run.start()
        while remaining:
            # Through a task: close() cancels the workers, which then send nothing more, and
            # cancelling this wait is what ends it.
            getter = asyncio.ensure_future(run.pages.get())
            self._tasks.add(getter)
            getter.add_done_callback(self._tasks.discard)
            item = await self._wait(getter)
            if item is WORKER_DONE:
                remaining -= 1
            elif isinstance(item, Failure):
                raise item.error
            else:
                yield item
                if item[4]:
                    raise self._looping(item[3])


class _PageBase(Generic[ItemT]):
    """What a page of a list operation holds, sync or async."""

    def __init__(
        self,
        operation: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions,
        *,
        model: Any,
        page_token: str | None,
        items: list[ItemT] | None = None,
    ) -> None:
        self._operation = operation
        self._args = args
        self._options = options
        self.model: Any = model
        """The page as the generated model (e.g. `SalesHistoryPage`), with every field Hotmart sent."""
        self.page_token = page_token
        """The token this page was fetched with (None: the first page)."""
        self.items: list[ItemT] = operation.page_items(model) if items is None else items

    @property
    def page_info(self) -> PageInfo | None:
        info = getattr(self.model, "page_info", None)
        return info if hasattr(info, "additional_properties") else None

    @property
    def next_page_token(self) -> str | None:
        return self._operation.next_page_token(self.model)

    def has_next_page(self) -> bool:
        return self.next_page_token is not None

    def _next_args(self) -> dict[str, Any] | None:
        token = self.next_page_token
        if token is None:
            return None
        assert self._operation.pagination is not None
        return {**self._args, self._operation.pagination.token_parameter: token}

    def __repr__(self) -> str:
        name, operation = type(self).__name__, self._operation.operation_id
        return f"<{name} {operation} items={len(self.items)} next={self.has_next_page()}>"


class SyncPage(_PageBase[ItemT]):
    """One page of a list operation. Iterating it yields every item from this page to the end of
    the listing, fetching the following pages lazily (with prefetch)."""

    def __init__(
        self,
        client: Hotmart,
        operation: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions,
        *,
        model: Any,
        page_token: str | None,
        items: list[ItemT] | None = None,
    ) -> None:
        super().__init__(operation, args, options, model=model, page_token=page_token, items=items)
        self._client = client

    def get_next_page(self) -> SyncPage[ItemT] | None:
        args = self._next_args()
        return None if args is None else self._client._list(self._operation, args, self._options)

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        """This page, then each following page."""
        return self._walk().iter_pages()

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self._walk())

    def _walk(self) -> SyncPager[ItemT]:
        first = (self.page_token, self.model)
        return SyncPager(self._client, self._operation, self._args, self._options, first=first)


class AsyncPage(_PageBase[ItemT]):
    """One page of a list operation. `async for` yields every item from this page to the end of
    the listing, fetching the following pages lazily (with prefetch)."""

    def __init__(
        self,
        client: AsyncHotmart,
        operation: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions,
        *,
        model: Any,
        page_token: str | None,
        items: list[ItemT] | None = None,
    ) -> None:
        super().__init__(operation, args, options, model=model, page_token=page_token, items=items)
        self._client = client

    async def get_next_page(self) -> AsyncPage[ItemT] | None:
        args = self._next_args()
        return None if args is None else await self._client._list(self._operation, args, self._options)

    def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        """This page, then each following page."""
        return self._walk().iter_pages()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._walk().__aiter__()

    def _walk(self) -> AsyncPager[ItemT]:
        first = (self.page_token, self.model)
        return AsyncPager(self._client, self._operation, self._args, self._options, first=first)


class AsyncPageRequest(Generic[ItemT]):
    """What a list method of `AsyncHotmart` returns: `await` it for the first page, or
    `async for` over it for every item of every page."""

    def __init__(
        self, client: AsyncHotmart, operation: Operation[Any], args: dict[str, Any], options: RequestOptions
    ) -> None:
        self._client = client
        self._operation = operation
        self._args = args
        self._options = options

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        page: AsyncPage[ItemT] = yield from self._client._list(self._operation, self._args, self._options).__await__()
        return page

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._walk().__aiter__()

    def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        """The first page, then each following page."""
        return self._walk().iter_pages()

    def _walk(self) -> AsyncPager[ItemT]:
        return AsyncPager(self._client, self._operation, self._args, self._options)


def _defining(operation: Operation[Any], args: dict[str, Any], options: RequestOptions) -> dict[str, Any]:
    """What defines the listing an export walks (its fingerprint): the arguments but the page
    token, coerced, and the `extra_query` parameters sent with them."""
    values = operation.fingerprint_values(args)
    if options.extra_query:
        values["extra_query"] = {
            str(name): _coerce.to_query_value(value, str(name))
            for name, value in options.extra_query.items()
            if value is not None
        }
    return values


class _Closed(Exception):
    """Internal: close() cancelled what an async walk was waiting for."""


def _in_background(fetch: Callable[..., Any], *args: Any) -> Future[Any]:
    """Run `fetch(*args)` in a daemon thread (an interrupted export must not delay exit)."""
    future: Future[Any] = Future()

    def run() -> None:
        try:
            future.set_result(fetch(*args))
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name="hotmart-prefetch", daemon=True).start()
    return future
