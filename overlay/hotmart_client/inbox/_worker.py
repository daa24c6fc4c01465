"""The worker: runs the handlers of journaled events, at least once, with retries.

A worker claims a few due events at a time under a lease (see `_journal`), runs the handlers
that have not succeeded for each, and commits the outcome with the event's new state. While it
works, a heartbeat thread renews its leases, so a long handler is not taken over by another
worker; only the leases of a worker that stopped renewing them (it died) run out. Several
workers, in threads or processes, can share one journal: under normal operation none runs an
event another holds. A handler can still run twice for one event (its process dies after the
handler but before the commit, or a lease runs out while a heartbeat is stuck): that is the
"at least once", and why handlers key their effects on `event.id`.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._webhook_events import HOTTOK_HEADER, WebhookEvent
from ._journal import Claimed, JournalError, now_ms
from ._logs import log

if TYPE_CHECKING:
    from ._inbox import Inbox, RegisteredHandler

# Journaled bodies were verified when they arrived; they are parsed again with a stand-in token
# (the same `webhooks.parse`, so the worker sees exactly the event the receiver accepted).
_JOURNALED = "journaled-delivery"


def parse_journaled(body: bytes) -> WebhookEvent:
    from .. import webhooks  # noqa: PLC0415 - webhooks imports this package lazily

    return webhooks.parse(body, [(HOTTOK_HEADER, _JOURNALED)], hottok=_JOURNALED)


@dataclass
class ProcessReport:
    """What a worker did: events finished per outcome, and handler runs."""

    done: int = 0
    retried: int = 0  # failed, will run again
    dead: int = 0  # failed for the last allowed time
    lost_lease: int = 0  # another worker took the event over before this one finished
    handler_runs: dict[str, int] = field(default_factory=dict)  # handler -> successful runs
    handler_failures: dict[str, int] = field(default_factory=dict)

    @property
    def events(self) -> int:
        return self.done + self.retried + self.dead + self.lost_lease


class Worker:
    """Runs `inbox`'s handlers over its journal.

    `start()` runs it in a background thread until `stop()`; `drain()` runs it in the calling
    thread until nothing is due. `batch`: events claimed at a time; `poll_interval`: seconds
    between looks at the journal when nothing is due.
    """

    def __init__(self, inbox: Inbox, *, batch: int = 10, poll_interval: float = 0.2, owner: str | None = None) -> None:
        self.inbox = inbox
        self.batch = batch
        self.poll_interval = poll_interval
        self.owner = owner or f"worker-{uuid.uuid4().hex[:12]}"
        self.report = ProcessReport()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return f"Worker({self.owner!r}, {self.inbox!r})"

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Worker:
        if self.alive:
            return self
        self._stop.clear()
        self._thread = threading.Thread(target=self._run_forever, name=f"hotmart-inbox-{self.owner}", daemon=True)
        self._thread.start()
        log(logging.INFO, "worker started", owner=self.owner, handlers=len(self.inbox.handlers))
        return self

    def stop(self, timeout: float = 30.0) -> bool:
        """Let the running handler finish, give back the events claimed but not started, and
        stop. False when the thread was still running after `timeout` seconds."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log(logging.WARNING, "worker still running a handler at shutdown", owner=self.owner)
                return False
        return True

    def drain(self, *, limit: int | None = None) -> ProcessReport:
        """Process due events in this thread until none is due (or `limit` were processed)."""
        with contextlib.closing(self.inbox.journal.connect()) as db, self._heartbeat():
            try:
                while (limit is None or self.report.events < limit) and not self._stop.is_set():
                    size = self.batch if limit is None else min(self.batch, limit - self.report.events)
                    if not self._run_batch(db, size):
                        break
            finally:
                self._close_loop()
        return self.report

    # -- the loop ------------------------------------------------------------------------------

    def _run_forever(self) -> None:
        try:
            with contextlib.closing(self.inbox.journal.connect()) as db, self._heartbeat():
                while not self._stop.is_set():
                    try:
                        busy = self._run_batch(db, self.batch)
                    except (sqlite3.Error, JournalError) as exc:  # a locked or full disk: wait, retry
                        log(logging.ERROR, "worker cannot use the journal", owner=self.owner, error=str(exc))
                        busy = False
                    if not busy:
                        self._stop.wait(self.poll_interval)
        except Exception as exc:
            log(logging.ERROR, "worker stopped", owner=self.owner, error=f"{type(exc).__name__}: {exc}")
            raise
        finally:
            self._close_loop()
            log(logging.INFO, "worker stopped", owner=self.owner, **_totals(self.report))

    def _run_batch(self, db: sqlite3.Connection, size: int) -> bool:
        """Claim and process up to `size` events; False when none was due."""
        lease_ms = int(self.inbox.lease * 1000)
        claimed = self.inbox.journal.claim(
            db, self.owner, limit=size, lease_ms=lease_ms, events=self.inbox.handled_events()
        )
        if not claimed:
            return self._finish_unhandled(db)
        for index, item in enumerate(claimed):
            if self._stop.is_set():  # stopping: the rest go back, their attempt not counted
                self.inbox.journal.release(db, self.owner, [c.seq for c in claimed[index:]])
                break
            self._process(db, item)
        return True

    def _finish_unhandled(self, db: sqlite3.Connection) -> bool:
        """Events no handler of this inbox takes are done at once (they stay in the journal, and
        `load` lands them like any other)."""
        names = self.inbox.handled_events()
        if names is None:
            return False
        count = self.inbox.journal.skip_unhandled(db, names)
        self.report.done += count
        return count > 0

    def _process(self, db: sqlite3.Connection, claimed: Claimed) -> None:
        started = time.perf_counter()
        errors: list[str] = []
        succeeded: list[str] = []
        try:
            event: WebhookEvent | None = parse_journaled(claimed.body)
        except Exception as exc:  # a newer parse refusing an old body: retried, then dead
            event = None
            errors.append(f"the journaled body no longer parses: {type(exc).__name__}: {exc}")
        handlers = [h for h in self.inbox.handlers_for(claimed.event) if h.name not in claimed.done_handlers]
        for handler in handlers:
            if event is None:
                break
            try:
                self._call(handler, event)
            except Exception as exc:
                errors.append(f"{handler.name}: {type(exc).__name__}: {exc}")
                self.report.handler_failures[handler.name] = self.report.handler_failures.get(handler.name, 0) + 1
                log(
                    logging.WARNING, "handler failed", id=claimed.id, event_name=claimed.event,
                    handler=handler.name, attempt=claimed.attempts, error=f"{type(exc).__name__}: {exc}",
                )  # fmt: skip
            else:
                succeeded.append(handler.name)
        error = "; ".join(errors) or None
        retry_at = None
        if error is not None and claimed.attempts < self.inbox.max_attempts:
            retry_at = now_ms() + int(self.inbox.next_delay(claimed.attempts) * 1000)
        if not self.inbox.journal.finish(db, self.owner, claimed, succeeded, error=error, retry_at=retry_at):
            self.report.lost_lease += 1
            log(logging.WARNING, "lease lost: another worker took the event over", id=claimed.id, owner=self.owner)
            return
        for name in succeeded:
            self.report.handler_runs[name] = self.report.handler_runs.get(name, 0) + 1
        outcome = "done" if error is None else ("retry" if retry_at is not None else "dead")
        if outcome == "done":
            self.report.done += 1
        elif outcome == "retry":
            self.report.retried += 1
        else:
            self.report.dead += 1
        level = logging.ERROR if outcome == "dead" else logging.INFO
        log(
            level, "processed", id=claimed.id, event_name=claimed.event, outcome=outcome, attempt=claimed.attempts,
            handlers=len(succeeded), ms=round((time.perf_counter() - started) * 1000, 1),
        )  # fmt: skip

    def _call(self, handler: RegisteredHandler, event: WebhookEvent) -> None:
        result = handler.function(event)
        if inspect.isawaitable(result):
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(_awaited(result))

    def _close_loop(self) -> None:
        if self._loop is not None:
            self._loop.close()
            self._loop = None

    @contextlib.contextmanager
    def _heartbeat(self) -> Iterator[None]:
        """Renew this worker's leases every third of the lease while the block runs."""
        stop = threading.Event()
        lease_ms = int(self.inbox.lease * 1000)

        def beat() -> None:
            with contextlib.closing(self.inbox.journal.connect()) as db:
                while not stop.wait(self.inbox.lease / 3):
                    try:
                        self.inbox.journal.renew(db, self.owner, lease_ms)
                    except (sqlite3.Error, JournalError) as exc:
                        log(logging.ERROR, "cannot renew leases", owner=self.owner, error=str(exc))

        thread = threading.Thread(target=beat, name=f"hotmart-inbox-heartbeat-{self.owner}", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()


async def _awaited(awaitable: Any) -> None:
    await awaitable


def _totals(report: ProcessReport) -> dict[str, int]:
    return {"done": report.done, "retried": report.retried, "dead": report.dead, "lost_lease": report.lost_lease}
