"""The workers of a parallel export's run, sync (threads) and async (tasks), and what they share.

A run's jobs are every seam of the export first (a finished one too: its items must be left out of
the windows), then the windows not finished yet. A worker takes the next job and puts each page it
fetches on the run's queue, which the pager's consumer empties; a window's pages wait until every
seam was read, so that the consumer leaves the seams' items out of them (`_Export._take`).
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections import deque
from typing import TYPE_CHECKING, Any

from ._checkpoint import Stream

if TYPE_CHECKING:
    from ._pagination import AsyncPager, SyncPager, _Export

BUFFERED_PAGES_PER_WORKER = 2
POLL = 0.05  # seconds between checks of the stop flag while a worker or the consumer waits
WORKER_DONE = object()  # what a worker puts on the queue when it has no job left


class Failure:
    """What a worker puts on the queue when it fails: the consumer raises `error`."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Windows:
    """What one run of a parallel export's workers share, sync or async: the jobs (every seam
    first, a finished one too, as its items must be left out of the windows; then the windows
    not finished) and the seams' keys, given to the export once every seam is read."""

    def __init__(self, export: _Export, todo: list[Stream]) -> None:
        self.export = export
        seams = [s for s in export.streams if s.seam]
        self.jobs = deque([*((True, s) for s in seams), *((False, s) for s in todo if not s.seam)])
        self.workers = min(export.concurrency, len(self.jobs))
        self.unread = len(seams)
        self.keys: set[Any] = set()
        self.handing: set[int] = set()  # seams whose pages are handed out from here on

    def seam_page(self, stream: Stream, position: str | None, token: str | None, page: Any) -> bool:
        """Note the keys of a page of seam `stream` (fetched with `token`); whether the consumer
        gets it: from the page its checkpoint stands on (`position`) on. A seam is read whole,
        from its first page, even when the checkpoint stands further in it."""
        operation = self.export.operation
        self.keys.update(map(operation.item_key, operation.page_items(page)))
        if token == position:
            self.handing.add(id(stream))
        return id(stream) in self.handing

    def seam_read(self, stream: Stream) -> bool:
        """Seam `stream` was read to its end; True when it was the last (its keys are given)."""
        if id(stream) not in self.handing:
            raise self.export._lost_seam(stream)
        self.unread -= 1
        if self.unread:
            return False
        self.export._seam_keys = self.keys
        return True


class SyncWindows(Windows):
    """The worker threads of one run of a parallel export, and the queue of pages they fill."""

    def __init__(self, pager: SyncPager[Any], todo: list[Stream], stop: threading.Event) -> None:
        super().__init__(pager, todo)
        self.pager = pager
        self.stop = stop
        self.pages: queue.Queue[Any] = queue.Queue(maxsize=self.workers * BUFFERED_PAGES_PER_WORKER)
        self.lock = threading.Lock()
        self.known = threading.Event()  # every seam read: window pages may go to the consumer
        if not self.unread:
            self.known.set()

    def start(self) -> int:
        for number in range(self.workers):
            threading.Thread(target=self.work, name=f"hotmart-export-{number}", daemon=True).start()
        return self.workers

    def put(self, item: Any) -> bool:
        while not self.stop.is_set():
            try:
                self.pages.put(item, timeout=POLL)
                return True
            except queue.Full:
                continue
        return False

    def work(self) -> None:
        try:
            while not self.stop.is_set():
                with self.lock:
                    if not self.jobs:
                        break
                    seam, stream = self.jobs.popleft()
                (self.read_seam if seam else self.walk)(stream)
            self.put(WORKER_DONE)
        except BaseException as exc:  # handed to the consumer, who raises it
            self.put(Failure(exc))

    def read_seam(self, stream: Stream) -> None:
        position, finished = stream.token, stream.done
        token: str | None = None
        seen: set[str] = set()
        while not self.stop.is_set():
            page = self.pager._fetch(stream, token, self.stop)
            next_token, repeated = self.pager._inspect(stream, token, page, seen)
            with self.lock:
                handing = self.seam_page(stream, position, token, page)
            if handing and not finished and not self.put((stream, token, page, next_token, repeated)):
                return
            if next_token is None or repeated:
                with self.lock:
                    if self.seam_read(stream):
                        self.known.set()
                return
            token = next_token

    def walk(self, stream: Stream) -> None:
        token = stream.token
        seen: set[str] = set()
        while not self.stop.is_set():
            page = self.pager._fetch(stream, token, self.stop)
            next_token, repeated = self.pager._inspect(stream, token, page, seen)
            while not self.known.wait(POLL):
                if self.stop.is_set():
                    return
            if not self.put((stream, token, page, next_token, repeated)) or next_token is None or repeated:
                return
            token = next_token


class AsyncWindows(Windows):
    """The worker tasks of one run of a parallel export, and the queue of pages they fill."""

    def __init__(self, pager: AsyncPager[Any], todo: list[Stream]) -> None:
        super().__init__(pager, todo)
        self.pager = pager
        self.pages: asyncio.Queue[Any] = asyncio.Queue(maxsize=self.workers * BUFFERED_PAGES_PER_WORKER)
        self.known = asyncio.Event()
        if not self.unread:
            self.known.set()

    def start(self) -> int:
        for _ in range(self.workers):
            task = asyncio.ensure_future(self.work())
            self.pager._tasks.add(task)
            task.add_done_callback(self.pager._tasks.discard)
        return self.workers

    async def work(self) -> None:
        try:
            while self.jobs:
                seam, stream = self.jobs.popleft()
                await (self.read_seam(stream) if seam else self.walk(stream))
            await self.pages.put(WORKER_DONE)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:
            await self.pages.put(Failure(exc))

    async def read_seam(self, stream: Stream) -> None:
        position, finished = stream.token, stream.done
        token: str | None = None
        seen: set[str] = set()
        while True:
            page = await self.pager._fetch(stream, token)
            next_token, repeated = self.pager._inspect(stream, token, page, seen)
            if self.seam_page(stream, position, token, page) and not finished:
                await self.pages.put((stream, token, page, next_token, repeated))
            if next_token is None or repeated:
                if self.seam_read(stream):
                    self.known.set()
                return
            token = next_token

    async def walk(self, stream: Stream) -> None:
        token = stream.token
        seen: set[str] = set()
        while True:
            page = await self.pager._fetch(stream, token)
            next_token, repeated = self.pager._inspect(stream, token, page, seen)
            await self.known.wait()
            await self.pages.put((stream, token, page, next_token, repeated))
            if next_token is None or repeated:
                return
            token = next_token
