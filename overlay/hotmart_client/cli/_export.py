"""Running one read operation: a page, `--limit` items or `--all` of them, sync or async.

The export remembers where to resume: after each page is written, `checkpoint` is the pager's
checkpoint, so Ctrl-C (or `--limit`) can print the `--resume` that continues at the exact next item.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import threading
import time
from collections.abc import AsyncGenerator, Generator, Iterator
from dataclasses import dataclass, field
from types import FrameType
from typing import Any, cast

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .. import _checkpoint
from .._client import AsyncHotmart, Hotmart
from .._operation import Operation, RequestOptions
from .._pagination import AsyncPager, SyncPager
from ._output import Writer


class Interrupts:
    """Ctrl-C that never lands in the middle of writing a page.

    A KeyboardInterrupt raised inside a write can leave half a page (and half a line) in the output
    while `checkpoint` already points past it. While a page is written, Ctrl-C is only noted,
    and raised once the page is complete; everywhere else (waiting for Hotmart) it stops at once.
    """

    def __init__(self) -> None:
        self.writing = False
        self.pending = False

    def handler(self, signum: int, frame: FrameType | None) -> None:
        if self.writing:
            self.pending = True
            return
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.signal(signal.SIGINT, self.handler)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def to_json(value: Any) -> Any:
    """A generated model (or list of them) as plain JSON data."""
    if isinstance(value, list):
        return [to_json(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


@dataclass
class Export:
    operation: Operation[Any]
    args: dict[str, Any]
    writer: Writer
    page_token: str | None = None  # --page-token: start at this page
    resume: str | None = None  # --resume: continue at a checkpoint
    limit: int | None = None
    all_pages: bool = False
    concurrency: int | None = None  # > 1: parallel export by time windows
    show_progress: bool = False
    interrupts: Interrupts = field(default_factory=Interrupts)
    count: int = 0
    pages: int = 0
    checkpoint: str | None = None  # where a new run should start to continue this one
    more: bool = False  # stopped (by --limit, one-page default, or Ctrl-C) before the last page
    _progress: Progress | None = field(default=None, repr=False)
    _task: Any = field(default=None, repr=False)
    _started: float = field(default_factory=time.perf_counter, repr=False)

    # -- sync and async drivers ---------------------------------------------------------------

    def run(self, client: Hotmart) -> None:
        with self._progress_bar():
            if self.operation.pagination is None:
                self._write_result(client._call(self.operation, self.args, RequestOptions()))
                return
            pager: SyncPager[Any] = client._export(
                self.operation,
                self.args,
                RequestOptions(),
                limit=self.limit,
                resume=self._resume(),
                concurrency=self.concurrency,
            )
            pager.prefetch = self._wants_more_than_one_page()
            with contextlib.closing(cast(Generator[Any, None, None], pager.iter_pages())) as pages:
                for page in pages:
                    if not self._take(page, pager):
                        break

    async def run_async(self, client: AsyncHotmart) -> None:
        with self._progress_bar():
            if self.operation.pagination is None:
                self._write_result(await client._call(self.operation, self.args, RequestOptions()))
                return
            pager: AsyncPager[Any] = client._export(
                self.operation,
                self.args,
                RequestOptions(),
                limit=self.limit,
                resume=self._resume(),
                concurrency=self.concurrency,
            )
            pager.prefetch = self._wants_more_than_one_page()
            async with contextlib.aclosing(cast(AsyncGenerator[Any, None], pager.iter_pages())) as pages:
                async for page in pages:
                    if not self._take(page, pager):
                        break

    def _resume(self) -> str | None:
        if self.page_token is None:
            return self.resume
        digest = _checkpoint.fingerprint(self.operation.fingerprint_values(self.args))
        return _checkpoint.encode(self.operation.operation_id, digest, [_checkpoint.Stream(token=self.page_token)])

    # -- shared steps -------------------------------------------------------------------------

    def _wants_more_than_one_page(self) -> bool:
        return self.all_pages or self.limit is not None or self.parallel

    @property
    def parallel(self) -> bool:
        return self.concurrency is not None and self.concurrency > 1

    def _write_result(self, result: Any) -> None:
        data = to_json(result)
        if isinstance(data, list):
            data = data if self.limit is None else data[: self.limit]
            self.writer.write(data)
            self.count = len(data)
        elif data is not None:
            self.writer.write([data])
            self.count = 1

    def _take(self, page: Any, pager: SyncPager[Any] | AsyncPager[Any]) -> bool:
        """Write one page; return whether to fetch the next one."""
        with self.interrupts.deferred():
            self.writer.write([to_json(item) for item in page.items])
            self.count += len(page.items)
            self.pages += 1
            self.checkpoint = pager.checkpoint
            self.more = not pager.done
        self._advance(page.model)
        if pager.done or (self.limit is not None and self.count >= self.limit):
            return False
        return self._wants_more_than_one_page()

    # -- progress -----------------------------------------------------------------------------

    def _progress_bar(self) -> Progress:
        """A transient bar on stderr when it is a terminal; otherwise an inert one."""
        enabled = self.show_progress and self.operation.pagination is not None and sys.stderr.isatty()
        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[pages]} pages · {task.fields[rate]} items/s"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
            disable=not enabled,
        )
        self._progress = progress
        self._task = progress.add_task(self.operation.operation_id, total=self.limit, pages=0, rate="0")
        return progress

    def _advance(self, page: Any) -> None:
        if self._progress is None:
            return
        total = getattr(getattr(page, "page_info", None), "total_results", None)
        if isinstance(total, int) and self.limit is None:
            self._progress.update(self._task, total=total)
        rate = self.count / max(time.perf_counter() - self._started, 1e-6)
        self._progress.update(self._task, completed=self.count, pages=self.pages, rate=f"{rate:.0f}")


def run_export(export: Export, target: dict[str, Any], use_async: bool) -> None:
    with export.interrupts.installed():
        _run(export, target, use_async)


def _run(export: Export, target: dict[str, Any], use_async: bool) -> None:
    if use_async:

        async def main() -> None:
            async with AsyncHotmart(**target) as client:
                await export.run_async(client)

        asyncio.run(main())
        return
    with Hotmart(**target) as client:
        export.run(client)
