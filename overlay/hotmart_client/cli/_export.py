"""Running one read operation: a page, `--limit` items or `--all` of them, sync or async.

The export remembers where to resume: after each page is written, `checkpoint` is the pager's
checkpoint, so Ctrl-C, SIGTERM (or `--limit`) can print the `--resume` that continues at the exact
next item; an export to a file also saves it beside the file (`Sink`), so `--append` continues
after `kill -9` too.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from dataclasses import dataclass, field
from types import FrameType
from typing import Any, cast

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .. import _checkpoint
from .._client import AsyncHotmart, Hotmart
from .._operation import Operation, RequestOptions
from .._pagination import AsyncPager, SyncPager
from . import _outfile
from ._outfile import OutputFile, OutputPlan
from ._output import Writer


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT) or SIGTERM (systemd, `docker stop`, a CI cancel) stopped the export."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class Interrupts:
    """SIGINT and SIGTERM that never land in the middle of writing a page.

    A KeyboardInterrupt raised inside a write can leave half a page (and half a line) in the output
    while `checkpoint` already points past it. While a page is written and its checkpoint saved,
    a signal is only noted, and raised once both are done; everywhere else (waiting for Hotmart)
    it stops at once. SIGTERM is handled as SIGINT is, so the export ends the same way (the output
    closed, the resume command printed) whichever stopped it.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.writing = False
        self.pending: int | None = None

    def handler(self, signum: int, frame: FrameType | None) -> None:
        if self.writing:
            self.pending = self.pending or signum
            return
        raise Interrupted(signum)

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending is not None:
            signum, self.pending = self.pending, None
            raise Interrupted(signum)

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {signum: signal.signal(signum, self.handler) for signum in self.SIGNALS}
        try:
            yield
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)


@dataclass
class Sink:
    """Where an export's items go: a writer on stdout or on the `--output` file and, for a file,
    the checkpoint saved beside it after every page (`_outfile`: the file is fsynced first)."""

    plan: OutputPlan
    new_writer: Callable[[OutputFile | None], Writer]
    writer: Writer | None = None
    file: OutputFile | None = None
    items: int = 0  # in the file, with those of the runs it continues

    def open(self, checkpoint: str | None) -> None:
        """Open the output (cutting a continued file back to its saved length) once the export
        has accepted where it starts, and save that position."""
        if self.file is not None or self.writer is not None:
            return
        self.file = self.plan.open()
        for note in self.plan.notes:
            print(f"note: {note}", file=sys.stderr)
        self.writer = self.new_writer(self.file)
        self.items = self.plan.saved.items if self.plan.saved else 0
        self._save(checkpoint)

    def write(self, items: list[Any], checkpoint: str | None) -> None:
        assert self.writer is not None
        self.writer.write(items)
        self.items += len(items)
        self._save(checkpoint)

    def _save(self, checkpoint: str | None) -> None:
        if checkpoint is None or self.file is None or self.file.path is None or not self.plan.resumable:
            return
        size = self.file.sync()
        _outfile.save(self.file.path, _outfile.Saved(checkpoint, size, self.items, self.plan.fmt))

    def close(self, *, finished: bool) -> None:
        """Finish the output (a JSON array is closed); with `finished` (the listing was read to its
        end), remove the saved checkpoint: there is nothing left to continue."""
        if self.writer is None:
            return
        writer, self.writer = self.writer, None
        writer.close()
        if self.file is None:
            return
        if self.plan.resumable:
            self.file.sync()
        self.file.stream.close()
        if finished and self.plan.resumable and self.file.path is not None:
            _outfile.discard(self.file.path)


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
    sink: Sink
    resume: str | None = None  # continue at a checkpoint (--resume, --page-token, or the saved one)
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
                resume=self.resume,
                concurrency=self.concurrency,
            )
            self._start(pager)
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
                resume=self.resume,
                concurrency=self.concurrency,
            )
            self._start(pager)
            async with contextlib.aclosing(cast(AsyncGenerator[Any, None], pager.iter_pages())) as pages:
                async for page in pages:
                    if not self._take(page, pager):
                        break

    # -- shared steps -------------------------------------------------------------------------

    def _start(self, pager: SyncPager[Any] | AsyncPager[Any]) -> None:
        """The pager accepted where to start (a bad checkpoint raised before the output was touched):
        open the output there."""
        pager.prefetch = self._wants_more_than_one_page()
        self.checkpoint, self.more = pager.checkpoint, not pager.done
        with self.interrupts.deferred():
            self.sink.open(self.checkpoint)

    def _wants_more_than_one_page(self) -> bool:
        return self.all_pages or self.limit is not None or self.parallel

    @property
    def parallel(self) -> bool:
        return self.concurrency is not None and self.concurrency > 1

    def _write_result(self, result: Any) -> None:
        data = to_json(result)
        if isinstance(data, list):
            data = data if self.limit is None else data[: self.limit]
        else:
            data = [] if data is None else [data]
        with self.interrupts.deferred():
            self.sink.open(None)
            self.sink.write(data, None)
            self.count = len(data)

    def _take(self, page: Any, pager: SyncPager[Any] | AsyncPager[Any]) -> bool:
        """Write one page; return whether to fetch the next one."""
        with self.interrupts.deferred():
            self.checkpoint = pager.checkpoint
            self.sink.write([to_json(item) for item in page.items], self.checkpoint)
            self.count += len(page.items)
            self.pages += 1
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


def page_token_checkpoint(operation: Operation[Any], args: dict[str, Any], token: str) -> str:
    """`--page-token TOKEN` as a checkpoint at that page's first item."""
    digest = _checkpoint.fingerprint(operation.fingerprint_values(args))
    return _checkpoint.encode(operation.operation_id, digest, [_checkpoint.Stream(token=token)])


def run_export(export: Export, target: dict[str, Any], use_async: bool) -> None:
    """Run the export (its caller holds `export.interrupts.installed()`)."""
    if use_async:

        async def main() -> None:
            async with AsyncHotmart(**target) as client:
                await export.run_async(client)

        asyncio.run(main())
        return
    with Hotmart(**target) as client:
        export.run(client)
