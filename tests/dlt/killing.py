"""Kill `hotmart sync` (a real process) with SIGKILL at random moments, run it again to the end,
and count what the warehouse holds against an uninterrupted sync of the same account.

Used by tests/dlt/test_kill.py: a few kills in the test suite, many under `nox -s sync_kill_test`.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import signal
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def sync_process(server: MockServer, folder: Path, *args: str) -> subprocess.Popen[str]:
    env = environment(server, DLT_DATA_DIR=str(folder / "dlt-user"), RUNTIME__DLTHUB_TELEMETRY="false")
    return subprocess.Popen(
        command(*args), cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def run_sync(server: MockServer, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    process = sync_process(server, folder, *args)
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def data_tables(connection: duckdb.DuckDBPyConnection) -> list[str]:
    query = "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
    query += " AND NOT starts_with(table_name, '_dlt')"
    return [str(row[0]) for row in connection.execute(query, [DATASET]).fetchall()]


def pending(folder: Path) -> bool:
    """Whether the state holds a package read but not loaded (dlt's working folders)."""
    packages = [*folder.glob(".hotmart/*/normalize/extracted/*"), *folder.glob(".hotmart/*/load/normalized/*")]
    return bool(packages)


def contents(database: Path) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every table's rows without dlt's own columns, as a multiset."""
    found: dict[str, Counter[tuple[Any, ...]]] = {}
    with duckdb.connect(str(database), read_only=True) as connection:
        names = data_tables(connection)
        for name in names:
            cursor = connection.execute(f"SELECT * FROM {DATASET}.{name}")
            keep = [i for i, d in enumerate(cursor.description) if not d[0].startswith("_dlt")]
            found[name] = Counter(tuple(row[i] for i in keep) for row in cursor.fetchall())
    return found


def duplicates(database: Path) -> int:
    """Rows beyond one per primary key in each table of the catalog, and beyond one per `_dlt_id`
    in every table (child tables have no key of their own)."""
    extra = 0
    catalog = tables()
    with duckdb.connect(str(database), read_only=True) as connection:
        names = data_tables(connection)
        for name in names:
            total = connection.execute(f"SELECT COUNT(*) FROM {DATASET}.{name}").fetchall()[0][0]
            ids = connection.execute(f"SELECT COUNT(DISTINCT _dlt_id) FROM {DATASET}.{name}").fetchall()[0][0]
            extra += total - ids
            if name in catalog:
                keys = ", ".join(column(key) for key in catalog[name].primary_key)
                distinct = connection.execute(f"SELECT COUNT(*) FROM (SELECT DISTINCT {keys} FROM {DATASET}.{name})")
                extra += total - distinct.fetchall()[0][0]
    return extra


def kill_test(server: MockServer, root: Path, *, kills: int, seed: int, per_trial: int = 3) -> KillCounts:
    """Trials in fresh folders: a sync killed at a random moment, up to `per_trial` times in a
    row (each kill may land in the resumed load of the one before), then run to the end and once
    more; `kills` kills in all. Counted against an uninterrupted sync in `root / "reference"`."""
    rng = random.Random(seed)
    counts = KillCounts()
    reference = root / "reference"
    reference.mkdir()
    started = time.monotonic()
    done = run_sync(server, reference, *ARGS)
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    expected = contents(reference / DATABASE)
    trial = 0
    while counts.kills < kills:
        trial += 1
        folder = root / f"trial-{trial}"
        folder.mkdir()
        for _ in range(min(per_trial, kills - counts.kills)):
            process = sync_process(server, folder, *ARGS)
            counts.runs += 1
            with contextlib.suppress(subprocess.TimeoutExpired):  # a run may end before its moment
                process.wait(timeout=rng.uniform(0.2, duration))
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                counts.kills += 1
                process.wait(timeout=60)
                counts.pending += pending(folder)
            counts.read(process.communicate(timeout=300)[0])
        _finish(server, folder, expected, counts)
    return counts


def _finish(
    server: MockServer, folder: Path, expected: dict[str, Counter[tuple[Any, ...]]], counts: KillCounts
) -> None:
    for attempt in ("final", "next"):  # to the end, then the next sync on the same warehouse
        result = run_sync(server, folder, *ARGS)
        counts.runs += 1
        counts.read(result.stdout)
        if result.returncode != 0:
            counts.corrupted += 1
            counts.failures.append(f"{folder.name} {attempt}: {result.stderr.strip()[-400:]}")
            return
    try:
        found = contents(folder / DATABASE)
        counts.duplicated += duplicates(folder / DATABASE)
    except duckdb.Error as exc:
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
