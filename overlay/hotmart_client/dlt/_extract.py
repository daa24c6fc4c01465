"""Reading the tables of the catalog through the client, in rounds that resume exactly.

A *run* of a top-level table reads one time window (or the whole listing) as a list of *calls*: one
per value of each enumerated parameter (every sale status) and per configured value (each
Members Area `subdomain`). Its progress lives in the table's state (dlt's resource state, committed
with the rows it goes with):

    {"cursor": 1767225600000,                   # incremental tables: the end of the last window read
     "run": {"window": [start, end],            # the run under way, if any
             "calls": [{"transaction_status": "APPROVED"}, ...],
             "call": 3,                         # calls before this one are done
             "checkpoint": "...",               # the pager's checkpoint inside that call
             "parallel": true}}

A round hands out at most `chunk_items` rows of a table (at a page boundary), then
keeps the pager alive for the next round of the same process; a new process resumes from the
checkpoint. Child tables (coupons per product...) are read in full for the rows their parent hands
out in the same round, so what a round commits is always consistent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from .. import _windows
from .._client import Hotmart
from .._coerce import to_millis
from .._errors import NotFoundError
from .._operation import RequestOptions
from .._pagination import SyncPage, SyncPager
from ._catalog import Table

DAY_MS = 86_400_000
CURSOR_OVERLAP_MS = 1  # a later window starts this much before the last one's end, look-back aside
# When nothing says where a first sync starts: Hotmart opened in 2011, so this covers any account.
DEFAULT_SINCE = datetime(2011, 1, 1, tzinfo=UTC)
DEFAULT_SINCE_MS = int(DEFAULT_SINCE.timestamp() * 1000)

State = dict[str, Any]
Progress = Callable[[str, int, int, bool], None]  # table, rows, pages (this sync, so far), finished


@dataclass
class Options:
    """How a sync reads. `now` gives the end of this sync's windows (epoch ms); by default the
    client's clock (`Hotmart(wall_clock=...)`), the one its exports pin their open ends to, so the
    cursor a sync stores is where its reads really ended."""

    since: datetime | date | str | int | None = None  # start of the windows; overrides the cursor
    lookback_days: float = 30.0
    concurrency: int = 4
    page_size: int | None = None  # None: the largest the spec allows
    chunk_items: int | None = 50_000  # rows of one table per round (None: no limit)
    parameters: Mapping[str, Sequence[Any]] = field(default_factory=dict)  # configured values
    now: Callable[[], int] | None = None


def since_millis(since: datetime | date | str | int | None) -> int | None:
    return None if since is None else to_millis(since, "since")


ACCOUNT_COLUMN = "account"  # in a dataset shared by several accounts: which account a row is from


class Extractor:
    """Reads tables for one sync: shared by every round, so pagers live across rounds.

    With `account` (an account key), every row carries it in `ACCOUNT_COLUMN`: the rows of
    several accounts can then share a dataset."""

    def __init__(
        self, client: Hotmart, tables: Mapping[str, Table], options: Options, *, account: str | None = None
    ) -> None:
        self.client = client
        self.tables = tables
        self.options = options
        self.account = account
        self.now = options.now() if options.now is not None else client._now_millis()
        self.since = since_millis(options.since)
        self.finished: set[str] = set()
        self.rows: dict[str, int] = {}
        self.pages: dict[str, int] = {}
        self.on_progress: Progress | None = None
        self._live: dict[str, _Walk] = {}  # table -> the walk a round stopped in
        self._ahead: dict[str, dict[int, _Walk]] = {}  # table -> call index -> walk fetching its first page
        self._round_rows: dict[str, int] = {}
        self._lock = threading.Lock()

    def new_round(self) -> None:
        self._round_rows.clear()

    def missing_configuration(self, table: Table) -> list[str]:
        """Configured parameters without a value (the table cannot be read)."""
        return [name for name in table.configured if not self.options.parameters.get(name)]

    # -- top-level tables ---------------------------------------------------------------------

    def read(self, table: Table, state: State) -> Iterator[list[dict[str, Any]]]:
        """The rows of `table` for this round, page by page; `state` says where to go on."""
        run = state.get("run")
        if run is None or not self._resumable(table, run):
            run = state["run"] = self._plan(table, state)
            self._ahead.pop(table.name, None)
        calls: list[dict[str, Any]] = run["calls"]
        ahead = self._ahead.setdefault(table.name, {})
        while run["call"] < len(calls):
            index = run["call"]
            context = calls[index]
            walk = ahead.pop(index, None) or self._walk(table, run, context)
            # The next calls' first pages are fetched meanwhile: most calls are one short page
            # (a rare sale status), and one after the other they would leave the budget unused.
            for later in range(index + 1, min(len(calls), index + 1 + self.options.concurrency)):
                if later not in ahead:
                    ahead[later] = self._fresh_walk(table, run, calls[later]).prime()
            while (items := walk.next_page()) is not None:
                rows = self._rows(table, items, context)
                run["checkpoint"], run["parallel"] = walk.checkpoint, walk.parallel
                self._count(table, len(rows), 1)
                self._round_rows[table.name] = self._round_rows.get(table.name, 0) + len(rows)
                if rows:
                    yield rows
                if not walk.done and self._round_over(table):
                    self._live[table.name] = walk  # the next round goes on from here
                    return
            self._live.pop(table.name, None)
            run.update(call=run["call"] + 1, checkpoint=None, parallel=False)
            if run["call"] < len(calls) and self._round_over(table):
                return
        if table.incremental and run["window"] is not None:
            state["cursor"] = run["window"][1]
        del state["run"]
        self._ahead.pop(table.name, None)
        self.finished.add(table.name)
        self._count(table, 0, 0, finished=True)

    def _resumable(self, table: Table, run: State) -> bool:
        """A run under way goes on, unless `since` asks for another start."""
        window = run.get("window")
        return self.since is None or window is None or window[0] == self.since

    def _plan(self, table: Table, state: State) -> State:
        window = None
        if table.window is not None:
            start = self.since
            if start is None and table.incremental and state.get("cursor") is not None:
                # One millisecond more than the look-back: with no look-back, the last window's end
                # and this one's start would be one millisecond, which bounds exclusive on both
                # sides would leave out of both. The merge on keys drops what is read twice.
                start = int(state["cursor"]) - int(self.options.lookback_days * DAY_MS) - CURSOR_OVERLAP_MS
            if start is None:
                start = DEFAULT_SINCE_MS
            window = [start, max(start, self.now)]
        return {"window": window, "calls": self._calls(table, {}), "call": 0, "checkpoint": None, "parallel": False}

    def _calls(self, table: Table, given: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Every combination of configured and enumerated values (JSON values: they go in the state)."""
        calls: list[dict[str, Any]] = [dict(given)]
        choices = {name: list(self.options.parameters.get(name) or ()) for name in table.configured}
        choices.update({name: list(values) for name, values in table.enumerated.items()})
        for name, values in choices.items():
            calls = [{**call, name: value} for call in calls for value in values]
        return calls

    def _args(self, table: Table, context: Mapping[str, Any], window: Sequence[int] | None) -> dict[str, Any]:
        args = dict(context)
        if table.page_size is not None:
            args["max_results"] = self.options.page_size or table.page_size
        if window is not None and table.window is not None:
            args[table.window[0]], args[table.window[1]] = window
        start = self.since if self.since is not None else DEFAULT_SINCE_MS
        for name in table.since_parameters:
            args[name] = start
        return args

    def _walk(self, table: Table, run: State, context: Mapping[str, Any]) -> _Walk:
        live = self._live.get(table.name)
        if live is not None and live.checkpoint == run["checkpoint"]:
            return live
        if run["checkpoint"] is None:
            return self._fresh_walk(table, run, context)
        args = self._args(table, context, run["window"])
        concurrency = self.options.concurrency if table.window is not None else 1
        return _Walk(
            self.client, table, args, resume=run["checkpoint"], parallel=run["parallel"], concurrency=concurrency
        )

    def _fresh_walk(self, table: Table, run: State, context: Mapping[str, Any]) -> _Walk:
        args = self._args(table, context, run["window"])
        concurrency = self.options.concurrency if table.window is not None else 1
        return _Walk(self.client, table, args, resume=None, parallel=False, concurrency=concurrency)

    def _round_over(self, table: Table) -> bool:
        if table.snapshot:
            return False  # each load replaces a snapshot's rows: it is read whole in one round
        count = self._round_rows.get(table.name, 0)
        limit = self.options.chunk_items
        return limit is not None and count >= limit

    # -- child tables -------------------------------------------------------------------------

    def read_children(self, table: Table, parents: Any) -> Iterator[list[dict[str, Any]]]:
        """The rows of `table` for each parent row (a list of rows, or one row)."""
        assert table.parent is not None
        parent_table = self.tables[table.parent.table]
        for parent in parents if isinstance(parents, list) else [parents]:
            given = {param: _get(parent, dotted) for param, dotted in table.parent.parameters.items()}
            given.update({name: parent.get(name) for name in parent_table.context if name in table.context})
            if any(value is None for value in given.values()):
                continue  # the parent lacks the field: nothing to ask for
            for context in self._calls(table, given):
                try:
                    items, pages = self._read_all(table, self._args(table, context, None))
                except NotFoundError:
                    continue  # the parent went away between the two reads
                rows = self._rows(table, items, context)
                self._count(table, len(rows), pages)
                if rows:
                    yield rows

    def _read_all(self, table: Table, args: dict[str, Any]) -> tuple[list[Any], int]:
        if not table.paginated:
            result = self.client._call(table.operation, args, RequestOptions())
            return (result if isinstance(result, list) else [result] if result is not None else []), 1
        pager: SyncPager[Any] = self.client._export(
            table.operation, args, RequestOptions(), limit=None, resume=None, concurrency=None
        )
        items: list[Any] = []
        pages = 0
        for page in pager.iter_pages():
            items.extend(page.items)
            pages += 1
        return items, pages

    # -- shared -------------------------------------------------------------------------------

    def _rows(self, table: Table, items: list[Any], context: Mapping[str, Any]) -> list[dict[str, Any]]:
        rows = []
        for item in items:
            row = _json(item)
            for name in table.context:
                if name in context:
                    row.setdefault(name, context[name])
            if self.account is not None:
                row[ACCOUNT_COLUMN] = self.account
            table.convert(row)
            rows.append(row)
        return rows

    def _count(self, table: Table, rows: int, pages: int, *, finished: bool = False) -> None:
        with self._lock:
            total = self.rows[table.name] = self.rows.get(table.name, 0) + rows
            pages = self.pages[table.name] = self.pages.get(table.name, 0) + pages
        if self.on_progress is not None:
            self.on_progress(table.name, total, pages, finished)


class _Walk:
    """One call's pages through the client's export: sequential, or in parallel time windows.

    A fresh call over a window starts sequentially: its first page says how many items there are
    (`page_info.total_results`). A listing spanning many pages is restarted as a parallel export
    (the first page is read again: one request); a short one goes on from its first page, and
    costs no request per empty window. Most calls of a sync are short: the rare sale statuses.
    """

    def __init__(
        self,
        client: Hotmart,
        table: Table,
        args: dict[str, Any],
        *,
        resume: str | None,
        parallel: bool,
        concurrency: int,
    ) -> None:
        self.client = client
        self.table = table
        self.args = args
        self.concurrency = concurrency
        self.parallel = parallel and concurrency > 1
        self.done = False
        self.pager: SyncPager[Any] | None = None
        self._primed: Future[Any] | None = None
        if not table.paginated:
            self._probing = False
            return
        self.pager = self._export(resume, self.parallel)
        self._pages: Iterator[SyncPage[Any]] = self.pager.iter_pages()
        self._probing = resume is None and table.window is not None and concurrency > 1
        if self._probing:
            self.pager.prefetch = False  # the next page may not be wanted

    @property
    def checkpoint(self) -> str | None:
        return self.pager.checkpoint if self.pager is not None else None

    def _export(self, resume: str | None, parallel: bool) -> SyncPager[Any]:
        return self.client._export(
            self.table.operation,
            self.args,
            RequestOptions(),
            limit=None,
            resume=resume,
            concurrency=self.concurrency if parallel else None,
        )

    def prime(self) -> _Walk:
        """Fetch the first page now, in a daemon thread (an interrupted sync must not wait for
        it); `next_page` hands it out in its turn, or raises what fetching it raised."""
        future: Future[Any] = Future()
        self._primed = future

        def fetch() -> None:
            try:
                future.set_result(self._first_answer())
            except BaseException as exc:  # handed to the consumer
                future.set_exception(exc)

        threading.Thread(target=fetch, name="hotmart-sync-prime", daemon=True).start()
        return self

    def _first_answer(self) -> Any:
        if self.pager is None:
            return self.client._call(self.table.operation, self.args, RequestOptions())
        return next(self._pages, None)

    def next_page(self) -> list[Any] | None:
        """The next page's items, or None after the last page."""
        primed, self._primed = self._primed, None
        if self.pager is None:  # a listing in one answer (a bare array)
            if self.done:
                return None
            self.done = True
            result = primed.result() if primed is not None else self._first_answer()
            return result if isinstance(result, list) else [result] if result is not None else []
        page = primed.result() if primed is not None else next(self._pages, None)
        if page is None:
            self.done = True
            return None
        if self._probing:
            self._probing = False
            if self._worth_parallel(page):
                self._pages.close()  # type: ignore[attr-defined]
                self.pager.close()
                self.parallel = True
                self.pager = self._export(None, True)
                self._pages = self.pager.iter_pages()
                return self.next_page()
            self.pager.prefetch = True
        self.done = self.pager.done
        return page.items

    def _worth_parallel(self, first: SyncPage[Any]) -> bool:
        """More pages than windows: the windows' partial pages and the re-read first page then
        cost less than the time a sequential walk would take."""
        if not first.has_next_page():
            return False
        info = first.page_info
        total = getattr(info, "total_results", None) if info is not None else None
        if not isinstance(total, int):
            return True
        windows = self.concurrency * _windows.WINDOWS_PER_WORKER
        return total > len(first.items) * windows


def _json(item: Any) -> dict[str, Any]:
    """An item as the JSON Hotmart sent: the raw object a model wraps (never re-serialised, so a
    field of an unexpected type is loaded as it came), else its `to_dict()`."""
    raw = getattr(item, "__dict__", {}).get("_raw")
    if isinstance(raw, dict):
        return raw
    if isinstance(item, dict):
        return item
    to_dict = getattr(item, "to_dict", None)
    data = to_dict() if callable(to_dict) else {"value": item}
    return data if isinstance(data, dict) else {"value": data}


def _get(row: Mapping[str, Any], dotted: str) -> Any:
    value: Any = row
    for key in dotted.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value
