"""Kill `hotmart sync` (a real process) with SIGKILL at random moments, run it again to the end,
and count what the warehouse holds against an uninterrupted sync of the same account.

Used by tests/dlt/test_kill.py: a few kills in the test suite, many under `nox -s sync_kill_test`.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import duckdb

from hotmart_client.dlt import column, tables
from hotmart_client.mock import MockServer
from tests.cli.conftest import command, environment

DATASET = "hotmart_data"
DATABASE = "hotmart.duckdb"
# Incremental (sales_history), a snapshot (sales_summary), a parent with a child table
# (subscriptions_summary and its unpaid_recurrencies: the copies of dlt-hub/dlt#3023) and a table
# read per item of another (coupons per product); a commit every 20 rows gives two rounds.
# Unpaced: against the local mock, Hotmart's 500 requests per minute would only make it slow.
ARGS = (
    "--rate-limit", "100000",
    "sync", "-r", "sales_history,sales_summary,subscriptions_summary,coupons", "--commit-every", "20",
)  # fmt: skip


@dataclass
class KillCounts:
    runs: int = 0  # processes started, the final ones included
    kills: int = 0  # of which killed while running
    lost: int = 0  # rows of the uninterrupted sync missing from the killed one at the end
    extra: int = 0  # rows the killed one holds and the uninterrupted one does not
    duplicated: int = 0  # rows beyond one per primary key (or per dlt row id, in child tables)
    corrupted: int = 0  # warehouses a sync could not continue, or that could not be read
    pending: int = 0  # kills that left a package read but not loaded (the next run loads it first)
    resumed: int = 0  # runs that began by loading what a killed one had read, and said so
    copies_removed: int = 0  # rows a resumed load had written twice, removed by the sync
    failures: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.kills} kills in {self.runs} runs: lost {self.lost}, extra {self.extra}, "
            f"duplicated {self.duplicated}, corrupted {self.corrupted} ({self.pending} kills left a package "
            f"unloaded, {self.resumed} final runs loaded one first, {self.copies_removed} copies removed)"
        )

    def read(self, output: str) -> None:
        """What a sync that ran to its end said about the load it resumed."""
        self.resumed += "First loaded what the interrupted sync had read." in output
        found = re.search(r"^Removed ([\d,]+) rows", output, re.MULTILINE)
        self.copies_removed += int(found[1].replace(",", "")) if found else 0


class Warehouse(Protocol):
    """Where a trial's syncs load, and how to read it back: a DuckDB file in the trial's folder,
    or a database of a PostgreSQL server (tests/dlt/test_postgres.py)."""

    errors: tuple[type[Exception], ...]  # what reading a broken warehouse raises

    def arguments(self, folder: Path) -> tuple[list[str], dict[str, str]]:
        """The `hotmart sync` options and environment that load into `folder`'s warehouse."""
        ...

    def connect(self, folder: Path) -> contextlib.AbstractContextManager[Query]:
        """A read-only way to run SQL on `folder`'s warehouse."""
        ...


# Runs a statement, returns its column names and rows.
Query = Callable[[str], tuple[list[str], list[Sequence[Any]]]]


class DuckDBFile:
    """A DuckDB file in the trial's folder (what `hotmart sync` writes by default)."""

    errors: tuple[type[Exception], ...] = (duckdb.Error,)

    def arguments(self, folder: Path) -> tuple[list[str], dict[str, str]]:
        return [], {}

    @contextlib.contextmanager
    def connect(self, folder: Path) -> Any:
        with duckdb.connect(str(folder / DATABASE), read_only=True) as connection:

            def query(sql: str) -> tuple[list[str], list[Sequence[Any]]]:
                cursor = connection.execute(sql)
                return [d[0] for d in cursor.description or []], cursor.fetchall()

            yield query


DUCKDB = DuckDBFile()


def sync_process(server: MockServer, folder: Path, *args: str, warehouse: Warehouse = DUCKDB) -> subprocess.Popen[str]:
    options, extra = warehouse.arguments(folder)
    env = environment(server, DLT_DATA_DIR=str(folder / "dlt-user"), RUNTIME__DLTHUB_TELEMETRY="false", **extra)
    return subprocess.Popen(
        command(*args, *options), cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def run_sync(
    server: MockServer, folder: Path, *args: str, warehouse: Warehouse = DUCKDB
) -> subprocess.CompletedProcess[str]:
    process = sync_process(server, folder, *args, warehouse=warehouse)
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def data_tables(query: Query) -> list[str]:
    _, rows = query(f"SELECT table_name FROM information_schema.tables WHERE table_schema = '{DATASET}'")
    return [str(row[0]) for row in rows if not str(row[0]).startswith("_dlt")]


def pending(folder: Path) -> bool:
    """Whether the state holds a package read but not loaded (dlt's working folders)."""
    packages = [*folder.glob(".hotmart/*/normalize/extracted/*"), *folder.glob(".hotmart/*/load/normalized/*")]
    return bool(packages)


def _hashable(value: Any) -> Any:
    """JSON columns come back as dicts and lists from some databases: compare them as text."""
    return json.dumps(value, sort_keys=True, default=str) if isinstance(value, dict | list) else value


def contents(query: Query) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every table's rows without dlt's own columns, as a multiset."""
    found: dict[str, Counter[tuple[Any, ...]]] = {}
    for name in data_tables(query):
        names, rows = query(f"SELECT * FROM {DATASET}.{name}")
        keep = [i for i, column_name in enumerate(names) if not column_name.startswith("_dlt")]
        found[name] = Counter(tuple(_hashable(row[i]) for i in keep) for row in rows)
    return found


def duplicates(query: Query) -> int:
    """Rows beyond one per primary key in each table of the catalog, and beyond one per `_dlt_id`
    in every table (child tables have no key of their own)."""
    extra = 0
    catalog = tables()
    for name in data_tables(query):
        total = query(f"SELECT COUNT(*) FROM {DATASET}.{name}")[1][0][0]
        ids = query(f"SELECT COUNT(DISTINCT _dlt_id) FROM {DATASET}.{name}")[1][0][0]
        extra += total - ids
        if name in catalog:
            keys = ", ".join(column(key) for key in catalog[name].primary_key)
            distinct = query(f"SELECT COUNT(*) FROM (SELECT DISTINCT {keys} FROM {DATASET}.{name}) AS keyed")
            extra += total - distinct[1][0][0]
    return extra


def kill_test(
    server: MockServer,
    root: Path,
    *,
    kills: int,
    seed: int,
    per_trial: int = 3,
    warehouse: Warehouse = DUCKDB,
    args: Sequence[str] = ARGS,
) -> KillCounts:
    """Trials in fresh folders: a sync killed at a random moment, up to `per_trial` times in a
    row (each kill may land in the resumed load of the one before), then run to the end and once
    more; `kills` kills in all. Counted against an uninterrupted sync in `root / "reference"`,
    each folder with its own `warehouse`."""
    rng = random.Random(seed)
    counts = KillCounts()
    reference = root / "reference"
    reference.mkdir()
    started = time.monotonic()
    done = run_sync(server, reference, *args, warehouse=warehouse)
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    with warehouse.connect(reference) as query:
        expected = contents(query)
    trial = 0
    while counts.kills < kills:
        trial += 1
        folder = root / f"trial-{trial}"
        folder.mkdir()
        for _ in range(min(per_trial, kills - counts.kills)):
            process = sync_process(server, folder, *args, warehouse=warehouse)
            counts.runs += 1
            with contextlib.suppress(subprocess.TimeoutExpired):  # a run may end before its moment
                process.wait(timeout=rng.uniform(0.2, duration))
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                counts.kills += 1
                process.wait(timeout=60)
                counts.pending += pending(folder)
            counts.read(process.communicate(timeout=300)[0])
        _finish(server, folder, expected, counts, warehouse=warehouse, args=args)
    return counts


def _finish(
    server: MockServer,
    folder: Path,
    expected: dict[str, Counter[tuple[Any, ...]]],
    counts: KillCounts,
    *,
    warehouse: Warehouse,
    args: Sequence[str],
) -> None:
    for attempt in ("final", "next"):  # to the end, then the next sync on the same warehouse
        result = run_sync(server, folder, *args, warehouse=warehouse)
        counts.runs += 1
        counts.read(result.stdout)
        if result.returncode != 0:
            counts.corrupted += 1
            counts.failures.append(f"{folder.name} {attempt}: {result.stderr.strip()[-400:]}")
            return
    try:
        with warehouse.connect(folder) as query:
            found = contents(query)
            counts.duplicated += duplicates(query)
    except warehouse.errors as exc:
        counts.corrupted += 1
        counts.failures.append(f"{folder.name}: {exc}")
        return
    for table in expected.keys() | found.keys():
        want, got = expected.get(table, Counter()), found.get(table, Counter())
        lost, extra = sum((want - got).values()), sum((got - want).values())
        counts.lost += lost
        counts.extra += extra
        if lost or extra:
            counts.failures.append(f"{folder.name} {table}: {lost} lost, {extra} extra")
