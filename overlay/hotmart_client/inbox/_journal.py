"""The journal: one SQLite file that holds every verified delivery and what became of it.

It is the inbox's only state. A delivery is answered 200 only after the transaction that
inserted it has committed, in WAL mode with `synchronous=FULL` (the commit waits for the write-ahead
log to reach the disk), so killing the process at any moment loses nothing that was acknowledged.
The event id is unique: a redelivery inserts nothing.

Rows move `pending` -> `done`, or -> `dead` after too many failed attempts (`replay` puts them
back). A worker claims due pending rows by writing a lease (owner, expiry) in the same statement
that selects them; SQLite lets one writer in at a time, so two workers never claim the same row
while its lease runs. A worker that dies keeps its rows until their lease expires, then any
worker claims them again. Each handler that succeeds for an event gets a `handled` row, committed
with the event's new state, so a retry runs only the handlers that have not succeeded yet.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass
from pathlib import Path
from queue import SimpleQueue
from typing import Any, cast

from .._errors import HotmartError

SCHEMA_VERSION = 1
BUSY_TIMEOUT = 10.0  # seconds a writer waits for another one's lock before failing
MAX_ERROR_CHARS = 500
WRITER_BATCH = 512  # deliveries per group commit at most

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY,            -- arrival order
    id TEXT NOT NULL UNIQUE,            -- the event id: a redelivery of it inserts nothing
    event TEXT NOT NULL,
    creation_date INTEGER NOT NULL,     -- epoch ms, as webhooks.parse normalised it
    received_at INTEGER NOT NULL,       -- epoch ms
    body BLOB NOT NULL,                 -- the delivery's body, as received
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    due_at INTEGER NOT NULL,            -- epoch ms before which no worker claims it
    lease_owner TEXT,
    lease_until INTEGER,                -- epoch ms; a lease that has run out can be taken over
    last_error TEXT,
    finished_at INTEGER,
    loaded_at INTEGER                   -- when `load` last copied it into the warehouse
);
CREATE INDEX IF NOT EXISTS events_due ON events (state, due_at);
CREATE INDEX IF NOT EXISTS events_unloaded ON events (seq) WHERE loaded_at IS NULL;
CREATE TABLE IF NOT EXISTS handled (
    seq INTEGER NOT NULL REFERENCES events (seq),
    handler TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (seq, handler)
);
"""

STATES = ("pending", "done", "dead")


class JournalError(HotmartError):
    """The journal cannot be opened, read or written (a disk, permission or version problem)."""


def now_ms() -> int:
    return int(time.time() * 1000)


@dataclass(frozen=True)
class Delivery:
    """A verified delivery, as the journal keeps it."""

    id: str
    event: str
    creation_date: int
    received_at: int
    body: bytes


@dataclass(frozen=True)
class Claimed:
    """A pending event a worker holds the lease of."""

    seq: int
    id: str
    event: str
    body: bytes
    attempts: int  # this claim included
    done_handlers: frozenset[str]


@dataclass(frozen=True)
class StoredEvent:
    """A journaled event, for `status`, `replay` and `load`."""

    seq: int
    id: str
    event: str
    creation_date: int
    received_at: int
    state: str
    attempts: int
    last_error: str | None
    body: bytes | None = None


@dataclass(frozen=True)
class Status:
    """Counts of the journal (`hotmart webhooks status`)."""

    path: str
    total: int
    by_state: dict[str, int]
    by_event: dict[str, dict[str, int]]  # event name -> state -> count
    due: int  # pending and due now
    leased: int  # pending and held by a live lease
    not_loaded: int
    oldest_pending_ms: int | None  # received_at of the oldest pending event
    handler_runs: dict[str, int]  # handler -> events it succeeded for
    dead: list[StoredEvent]  # the newest dead letters


class Journal:
    """The SQLite journal at `path` (created with its directory if missing).

    Each thread gets its own connection (`connect()`); `writer()` starts the group-commit thread
    the receiver appends through. `busy_timeout`: seconds a write waits while another connection
    (a worker, `replay`) holds the lock, before it fails (the receiver then answers 503).
    """

    def __init__(self, path: str | Path, *, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):  # readable by its owner only: payloads are personal data
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            with contextlib.closing(self.connect()) as db:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise JournalError(
                        f"{self.path} was written by a newer hotmart-client (journal version {version}, "
                        f"this one knows {SCHEMA_VERSION}): upgrade hotmart-client"
                    )
                db.executescript(_SCHEMA)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (sqlite3.Error, OSError) as exc:
            raise JournalError(f"cannot open the journal {self.path}: {exc}") from exc

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    def connect(self) -> sqlite3.Connection:
        """A new connection: WAL, synchronous=FULL, transactions opened explicitly."""
        db = sqlite3.connect(self.path, isolation_level=None, timeout=self.busy_timeout, check_same_thread=False)
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            db.close()
            raise JournalError(f"{self.path}: SQLite refused WAL mode ({mode}); put the journal on a local disk")
        db.execute("PRAGMA synchronous=FULL")
        return db

    # -- receiving -----------------------------------------------------------------------------

    def append(self, deliveries: Sequence[Delivery], db: sqlite3.Connection | None = None) -> list[bool]:
        """Insert deliveries in one committed transaction; for each, whether it was new (False: its
        id was already journaled, nothing was written)."""
        with _maybe(db, self) as conn, _transaction(conn):
            return [_insert(conn, delivery) for delivery in deliveries]

    def writer(self) -> JournalWriter:
        """A started group-commit writer (see `JournalWriter`)."""
        return JournalWriter(self)

    # -- processing ----------------------------------------------------------------------------

    def claim(
        self, db: sqlite3.Connection, owner: str, *, limit: int, lease_ms: int, events: Iterable[str] | None = None
    ) -> list[Claimed]:
        """Lease up to `limit` due pending events to `owner`, oldest first, counting an attempt
        for each (a process that dies in a handler still uses up attempts: poison events end dead).
        `events`: only these event names (None: any)."""
        now = now_ms()
        names = None if events is None else sorted(set(events))
        where = "state = 'pending' AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?)"
        params: list[Any] = [now, now]
        if names is not None:
            if not names:
                return []
            where += f" AND event IN ({', '.join('?' * len(names))})"
            params += names
        # A read first: an idle worker polls without taking the write lock the receiver commits under.
        if db.execute(f"SELECT 1 FROM events WHERE {where} LIMIT 1", params).fetchone() is None:
            return []
        with _transaction(db):
            rows = db.execute(
                f"UPDATE events SET lease_owner = ?, lease_until = ?, attempts = attempts + 1 "
                f"WHERE seq IN (SELECT seq FROM events WHERE {where} ORDER BY due_at, seq LIMIT ?) "
                "RETURNING seq, id, event, body, attempts",
                [owner, now + lease_ms, *params, limit],
            ).fetchall()
            claimed = []
            for seq, event_id, name, body, attempts in sorted(rows):
                done = db.execute("SELECT handler FROM handled WHERE seq = ?", (seq,)).fetchall()
                claimed.append(Claimed(seq, event_id, name, body, attempts, frozenset(h for (h,) in done)))
        return claimed

    def finish(
        self,
        db: sqlite3.Connection,
        owner: str,
        claimed: Claimed,
        succeeded: Sequence[str],
        *,
        error: str | None,
        retry_at: int | None,
    ) -> bool:
        """Record an attempt: the handlers that succeeded, and the event's new state (`done` when
        `error` is None; else `pending` again at `retry_at`, or `dead` when `retry_at` is None).
        False when `owner` no longer held the lease (another worker took the event over after the
        lease ran out): nothing is written then, that worker decides."""
        now = now_ms()
        with _transaction(db):
            if (
                db.execute(
                    "SELECT 1 FROM events WHERE seq = ? AND lease_owner = ? AND state = 'pending'", (claimed.seq, owner)
                ).fetchone()
                is None
            ):
                return False
            db.executemany(
                "INSERT OR IGNORE INTO handled (seq, handler, attempt, at) VALUES (?, ?, ?, ?)",
                [(claimed.seq, name, claimed.attempts, now) for name in succeeded],
            )
            state, due, finished = "done", now, cast("int | None", now)
            if error is not None:
                state, due, finished = ("dead", now, now) if retry_at is None else ("pending", retry_at, None)
            db.execute(
                "UPDATE events SET state = ?, due_at = ?, finished_at = ?, last_error = ?, lease_owner = NULL, "
                "lease_until = NULL WHERE seq = ?",
                (state, due, finished, None if error is None else error[:MAX_ERROR_CHARS], claimed.seq),
            )
        return True

    def skip_unhandled(self, db: sqlite3.Connection, handled: Iterable[str]) -> int:
        """Mark done the due pending events whose name is not in `handled` (nothing to run for
        them); how many."""
        now, names = now_ms(), sorted(set(handled))
        where = "state = 'pending' AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?) AND " + (
            f"event NOT IN ({', '.join('?' * len(names))})" if names else "1"
        )
        if db.execute(f"SELECT 1 FROM events WHERE {where} LIMIT 1", [now, now, *names]).fetchone() is None:
            return 0
        with _transaction(db):
            cursor = db.execute(
                f"UPDATE events SET state = 'done', finished_at = ? WHERE {where}", [now, now, now, *names]
            )
            return cursor.rowcount

    def renew(self, db: sqlite3.Connection, owner: str, lease_ms: int) -> int:
        """Extend every lease `owner` holds (the worker's heartbeat); how many."""
        with _transaction(db):
            cursor = db.execute(
                "UPDATE events SET lease_until = ? WHERE lease_owner = ? AND state = 'pending'",
                (now_ms() + lease_ms, owner),
            )
            return cursor.rowcount

    def release(self, db: sqlite3.Connection, owner: str, seqs: Iterable[int]) -> None:
        """Give back claimed events whose handlers never started (a stopping worker): claimable at
        once, and the attempt is not counted."""
        with _transaction(db):
            db.executemany(
                "UPDATE events SET lease_owner = NULL, lease_until = NULL, attempts = MAX(attempts - 1, 0) "
                "WHERE seq = ? AND lease_owner = ? AND state = 'pending'",
                [(seq, owner) for seq in seqs],
            )

    # -- operating -----------------------------------------------------------------------------

    def status(self, *, dead_limit: int = 20) -> Status:
        with contextlib.closing(self.connect()) as db:
            now = now_ms()
            by_event: dict[str, dict[str, int]] = {}
            by_state = dict.fromkeys(STATES, 0)
            for name, state, count in db.execute("SELECT event, state, COUNT(*) FROM events GROUP BY event, state"):
                by_event.setdefault(name, dict.fromkeys(STATES, 0))[state] = count
                by_state[state] += count
            due, leased, oldest = db.execute(
                "SELECT SUM(due_at <= ? AND (lease_until IS NULL OR lease_until < ?)), SUM(lease_until >= ?), "
                "MIN(received_at) FROM events WHERE state = 'pending'",
                (now, now, now),
            ).fetchone()
            not_loaded = db.execute("SELECT COUNT(*) FROM events WHERE loaded_at IS NULL").fetchone()[0]
            runs = dict(db.execute("SELECT handler, COUNT(*) FROM handled GROUP BY handler ORDER BY handler"))
            dead = self._select(db, "state = 'dead'", (), order="seq DESC", limit=dead_limit)
        return Status(
            path=str(self.path),
            total=sum(by_state.values()),
            by_state=by_state,
            by_event=dict(sorted(by_event.items())),
            due=due or 0,
            leased=leased or 0,
            not_loaded=not_loaded,
            oldest_pending_ms=oldest,
            handler_runs=runs,
            dead=dead,
        )

    def replay(
        self, *, ids: Sequence[str] = (), event: str | None = None, include_done: bool = False
    ) -> tuple[list[str], dict[str, str]]:
        """Put dead events (and with `include_done`, done ones: every handler runs again) back to
        pending, due now, with their attempts reset. `ids` and `event` narrow the selection.
        Returns (ids replayed, {id asked for: why it was not}) ."""
        states = ("dead", "done") if include_done else ("dead",)
        skipped: dict[str, str] = {}
        with contextlib.closing(self.connect()) as db, _transaction(db):
            where, params = f"state IN ({', '.join('?' * len(states))})", list(states)
            if event is not None:
                where += " AND event = ?"
                params.append(event)
            if ids:
                found = dict(
                    db.execute(f"SELECT id, state FROM events WHERE id IN ({', '.join('?' * len(ids))})", list(ids))
                )
                for wanted in ids:
                    state = found.get(wanted)
                    if state is None:
                        skipped[wanted] = "not in the journal"
                    elif state not in states:
                        skipped[wanted] = f"is {state}" + ("" if state == "pending" else " (--include-done replays it)")
                where += f" AND id IN ({', '.join('?' * len(ids))})"
                params += list(ids)
            rows = db.execute(f"SELECT seq, id, state FROM events WHERE {where} ORDER BY seq", params).fetchall()
            if event is not None:
                for wanted in ids:
                    if wanted not in skipped and wanted not in {row[1] for row in rows}:
                        skipped[wanted] = f"is not a {event} event"
            done = [seq for seq, _, state in rows if state == "done"]
            db.executemany("DELETE FROM handled WHERE seq = ?", [(seq,) for seq in done])
            db.executemany(
                "UPDATE events SET state = 'pending', attempts = 0, due_at = ?, lease_owner = NULL, "
                "lease_until = NULL, finished_at = NULL WHERE seq = ?",
                [(now_ms(), seq) for seq, _, _ in rows],
            )
        return [event_id for _, event_id, _ in rows], skipped

    # -- landing -------------------------------------------------------------------------------

    def unloaded(self, db: sqlite3.Connection, *, after: int = 0, limit: int = 5000) -> list[StoredEvent]:
        """Events not loaded into the warehouse yet, oldest first, from `seq > after`."""
        return self._select(db, "loaded_at IS NULL AND seq > ?", (after,), order="seq", limit=limit, body=True)

    def mark_loaded(self, db: sqlite3.Connection, seqs: Sequence[int]) -> None:
        with _transaction(db):
            now = now_ms()
            db.executemany("UPDATE events SET loaded_at = ? WHERE seq = ?", [(now, seq) for seq in seqs])

    def events(self, *, state: str | None = None) -> list[StoredEvent]:
        """Every journaled event (without bodies), in arrival order; for tests and tools."""
        with contextlib.closing(self.connect()) as db:
            if state is None:
                return self._select(db, "1", (), order="seq")
            return self._select(db, "state = ?", (state,), order="seq")

    def handled(self) -> list[tuple[str, str, int]]:
        """(event id, handler, attempt that succeeded) of every handler success."""
        with contextlib.closing(self.connect()) as db:
            return db.execute(
                "SELECT events.id, handled.handler, handled.attempt FROM handled JOIN events USING (seq) ORDER BY seq"
            ).fetchall()

    @staticmethod
    def _select(
        db: sqlite3.Connection, where: str, params: Sequence[Any], *, order: str, limit: int = -1, body: bool = False
    ) -> list[StoredEvent]:
        columns = "seq, id, event, creation_date, received_at, state, attempts, last_error" + (", body" if body else "")
        rows = db.execute(f"SELECT {columns} FROM events WHERE {where} ORDER BY {order} LIMIT ?", [*params, limit])
        return [StoredEvent(*row) for row in rows]


class JournalWriter:
    """Group commit: the receiver's deliveries go through one thread that inserts all the
    deliveries waiting, commits once (one fsync for all of them) and then resolves each one's
    future. A request waits for the commit of its own delivery, never for a later one, and under
    load a single fsync acknowledges many deliveries."""

    _STOP: Any = object()

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.error: BaseException | None = None  # what stopped the thread, if anything did
        self._queue: SimpleQueue[Any] = SimpleQueue()
        self._lock = threading.Lock()  # submit and close: nothing is queued after the stop
        self._closed = False
        self._db = journal.connect()
        self._thread = threading.Thread(target=self._run, name="hotmart-inbox-journal", daemon=True)
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def submit(self, delivery: Delivery) -> Future[bool]:
        """A future of whether the delivery was new, set once it is committed (or of the
        JournalError that prevented it)."""
        future: Future[bool] = Future()
        with self._lock:
            if self._closed or not self.alive:
                future.set_exception(JournalError(f"the journal writer of {self.journal.path} has stopped"))
            else:
                self._queue.put((delivery, future))
        return future

    def close(self, timeout: float = 30.0) -> None:
        """Commit what was submitted, then stop the thread and close its connection."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._queue.put(self._STOP)
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            while True:
                first = self._queue.get()
                if first is self._STOP:
                    break
                batch = [first]
                while len(batch) < WRITER_BATCH and not self._queue.empty():
                    item = self._queue.get()
                    if item is self._STOP:
                        self._queue.put(item)  # after this batch
                        break
                    batch.append(item)
                self._commit(batch)
        except BaseException as exc:  # never leave a request waiting on a dead thread
            self.error = exc
            raise
        finally:
            self._fail_waiting()
            self._db.close()

    def _commit(self, batch: list[tuple[Delivery, Future[bool]]]) -> None:
        try:
            results = self.journal.append([delivery for delivery, _ in batch], self._db)
        except (sqlite3.Error, OSError, ValueError) as exc:  # ValueError: text SQLite cannot store
            if len(batch) > 1:  # one at a time, so that a delivery SQLite refuses fails alone
                for item in batch:
                    self._commit([item])
                return
            error = JournalError(f"cannot write to the journal {self.journal.path}: {exc}")
            _settle(batch[0][1], error=error)
            return
        for (_, future), new in zip(batch, results, strict=True):
            _settle(future, result=new)

    def _fail_waiting(self) -> None:
        error = JournalError(f"the journal writer of {self.journal.path} has stopped")
        while not self._queue.empty():
            item = self._queue.get()
            if item is not self._STOP:
                _settle(item[1], error=error)


def _settle(future: Future[bool], *, result: bool = False, error: BaseException | None = None) -> None:
    """Resolve a request's future, unless it gave up waiting (a timed-out request was answered 503;
    its delivery, if committed, is a duplicate when Hotmart sends it again)."""
    with contextlib.suppress(InvalidStateError):
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)


def _insert(db: sqlite3.Connection, delivery: Delivery) -> bool:
    cursor = db.execute(
        "INSERT OR IGNORE INTO events (id, event, creation_date, received_at, body, due_at) VALUES (?, ?, ?, ?, ?, ?)",
        (
            delivery.id,
            delivery.event,
            delivery.creation_date,
            delivery.received_at,
            delivery.body,
            delivery.received_at,
        ),
    )
    return cursor.rowcount == 1


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE (the write lock up front, so no deadlock between readers turned writers)
    ... COMMIT, or ROLLBACK on any error."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise


@contextlib.contextmanager
def _maybe(db: sqlite3.Connection | None, journal: Journal) -> Iterator[sqlite3.Connection]:
    if db is not None:
        yield db
        return
    with contextlib.closing(journal.connect()) as own:
        yield own
