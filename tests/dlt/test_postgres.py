"""`hotmart sync` into a real PostgreSQL server, started by the test (the `pgserver` package: a
PostgreSQL 16 in a temporary folder, reached through its Unix socket), with the properties the
DuckDB tests check: the mock's data once, refunds merged, a state that names the server but never
the password, one sync of a pipeline at a time, and kills that lose or duplicate nothing.

Each test loads into a database of its own on the module's one server. Skipped without the
`[postgres]` extra (pgserver, psycopg2).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shlex
import signal
import subprocess
import tempfile
import time
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import dlt
import pytest

pytest.importorskip("pgserver", reason="PostgreSQL tests need the [postgres] extra (pgserver)")
pytest.importorskip("psycopg2", reason="PostgreSQL tests need the [postgres] extra (dlt[postgres])")

import pgserver
import psycopg2
from dlt.common.versioned_state import decompress_state

from hotmart_client.dlt import tables
from hotmart_client.mock import MockServer, mock_server
from tests.cli.conftest import command

from .helpers import Account, key_columns
from .killing import ARGS, DATASET, Query, contents, duplicates, kill_test, run_sync, sync_process
from .test_sync import END, UNSCOPED

pytestmark = pytest.mark.postgres

# pgserver's server trusts local connections: any password is accepted, and none may show up.
PASSWORD = "pg-password-3f9c"


class Postgres:
    """A PostgreSQL server in a folder; `database(name)` creates a database on first use. Also the
    kill test's warehouse: each trial folder gets a database of its own."""

    errors: tuple[type[Exception], ...] = (psycopg2.Error,)

    def __init__(self, folder: Path) -> None:
        self.server = pgserver.get_server(str(folder), cleanup_mode=None)  # stopped by stop()
        self.socket = str(folder)  # pgserver listens on a Unix socket in its data folder
        self.created: set[str] = set()

    def database(self, name: str) -> str:
        """The credentials of database `name` (created if new), as dlt takes them; the host is
        the socket's folder, quoted."""
        if name not in self.created:
            self.server.psql(f'CREATE DATABASE "{name}";')
            self.created.add(name)
        return f"postgresql://postgres:{PASSWORD}@{quote(self.socket, safe='')}/{name}"

    def destination(self, name: str) -> Any:
        return dlt.destinations.postgres(self.database(name))

    @staticmethod
    def name_of(folder: Path) -> str:
        return "db_" + hashlib.sha256(str(folder).encode()).hexdigest()[:12]

    def stop(self) -> None:
        """Stop the server at once (SIGQUIT: an immediate shutdown; pg_ctl's waits for
        checkpoints, 10 to 20 s here). Its data go with the folder."""
        pid = self.server.get_pid()
        self.server.cleanup()
        if pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGQUIT)
            deadline = time.monotonic() + 3  # a zombie may wait for a slow reaper: no longer
            while time.monotonic() < deadline:
                os.kill(pid, 0)  # ProcessLookupError once it is gone
                time.sleep(0.1)

    # -- the kill test's Warehouse --
    def arguments(self, folder: Path) -> tuple[list[str], dict[str, str]]:
        credentials = self.database(self.name_of(folder))
        return ["--destination", "postgres"], {"DESTINATION__POSTGRES__CREDENTIALS": credentials}

    @contextlib.contextmanager
    def connect(self, folder: Path | str) -> Iterator[Query]:
        name = folder if isinstance(folder, str) else self.name_of(folder)
        connection = psycopg2.connect(host=self.socket, dbname=name, user="postgres")
        try:
            with connection.cursor() as cursor:

                def query(sql: str) -> tuple[list[str], list[Sequence[Any]]]:
                    cursor.execute(sql)
                    return [d[0] for d in cursor.description or []], cursor.fetchall()

                yield query
        finally:
            connection.close()


@pytest.fixture(scope="module")
def postgres() -> Iterator[Postgres]:
    # Not under pytest's tmp folder: run as root, pgserver runs PostgreSQL as another user, who
    # must reach the folder (and a socket's path must stay short).
    with tempfile.TemporaryDirectory(prefix="hotmart-pg-", ignore_cleanup_errors=True) as folder:
        server = Postgres(Path(folder))
        try:
            yield server
        finally:
            server.stop()


def test_a_sync_into_postgres_holds_what_a_duckdb_sync_holds(
    server: MockServer, postgres: Postgres, tmp_path: Path
) -> None:
    warehouse = Account(server, tmp_path / "pg", destination=postgres.destination("full_sync"))
    report = warehouse.sync(now=END)
    reference = Account(server, tmp_path / "duckdb")
    reference.sync(now=END)

    assert not report.skipped
    for table, collection in UNSCOPED.items():  # the mock's own listings
        assert warehouse.count(table) == len(server.items(collection)), table
    with postgres.connect("full_sync") as query:
        loaded = contents(query)
        assert duplicates(query) == 0  # one row per primary key, and per dlt row id
    assert set(loaded) == set(reference.pipeline().default_schema.data_table_names())
    for table, rows in loaded.items():  # child tables included
        assert sum(rows.values()) == reference.count(table), table
    assert report.table_rows == reference.reports[-1].table_rows
    # The same values, not only as many: sales and their keys as DuckDB holds them.
    assert warehouse.contents("products") == reference.contents("products")
    sales = "SELECT purchase__transaction, purchase__status, purchase__order_date FROM sales_history"
    assert sorted(warehouse.query(sales)) == sorted(reference.query(sales))
    for table in report.tables:
        keys = ", ".join(key_columns(table)) or "*"
        distinct = warehouse.query(f"SELECT COUNT(*) FROM (SELECT DISTINCT {keys} FROM {table}) AS keyed")[0][0]
        assert distinct == warehouse.count(table), table
    assert set(report.tables) == set(tables())


def test_a_refund_reaches_postgres_through_the_merge(server: MockServer, postgres: Postgres, tmp_path: Path) -> None:
    sales = sorted(server.items("SaleHistoryItem"), key=lambda s: -s["purchase"]["order_date"])
    recent = next(s["purchase"] for s in sales if s["purchase"]["status"] == "APPROVED")
    day = dt.datetime.fromtimestamp(recent["order_date"] / 1000, dt.UTC).date()
    account = Account(server, tmp_path, destination=postgres.destination("refund"))
    account.sync(["sales_history"], now=day + dt.timedelta(days=2))
    before = account.count("sales_history")
    with server.client() as hotmart:
        hotmart.sales.refund(recent["transaction"])

    account.sync(["sales_history"], now=END)  # its look-back reaches back to the refunded sale

    where = f"purchase__transaction = '{recent['transaction']}'"
    found = account.query(f"SELECT purchase__status, transaction_status FROM sales_history WHERE {where}")
    assert found == [("REFUNDED", "REFUNDED")]  # updated in place, not a second row
    assert account.count("sales_history") == len(sales) > before  # and the later sales came
    assert account.query("SELECT COUNT(DISTINCT purchase__transaction) FROM sales_history") == [
        (account.count("sales_history"),)
    ]


def test_the_state_names_the_server_and_database_never_the_password(
    server: MockServer, postgres: Postgres, tmp_path: Path
) -> None:
    args = ("--rate-limit", "100000", "sync", "-r", "sales_history")
    first = run_sync(server, tmp_path, *args, warehouse=postgres)
    assert first.returncode == 0, first.stderr
    database = postgres.name_of(tmp_path)
    where = f"postgres {postgres.socket}:5432/{database}, dataset {DATASET}"
    assert where in first.stderr
    (state,) = (tmp_path / ".hotmart").glob("hotmart_*/")
    pipeline = dlt.attach(state.name, pipelines_dir=str(state.parent))
    identity = pipeline.state["sources"]["hotmart"]["identity"]
    assert (identity["destination"], identity["location"]) == ("postgres", f"{postgres.socket}:5432/{database}")
    # Nowhere: not in the output, the state folder, or the state dlt stores in the dataset.
    assert PASSWORD not in first.stdout + first.stderr
    for path in (tmp_path / ".hotmart").rglob("*"):
        assert not path.is_file() or PASSWORD.encode() not in path.read_bytes(), path
    with postgres.connect(database) as query:
        _, rows = query(f"SELECT state FROM {DATASET}._dlt_pipeline_state")
    assert rows
    assert all(PASSWORD not in str(decompress_state(row[0])) for row in rows)

    # The same state folder pointed at another database of the same server: refused before reading.
    moved = {"DESTINATION__POSTGRES__CREDENTIALS": postgres.database("elsewhere")}
    other = run_sync(server, tmp_path, *args, warehouse=_Fixed(moved))
    assert other.returncode == 2, other.stderr
    assert f"belongs to postgres {postgres.socket}:5432/{database}" in other.stderr
    assert PASSWORD not in other.stdout + other.stderr


def test_a_second_sync_of_a_postgres_dataset_refuses_while_one_runs(
    server: MockServer, postgres: Postgres, tmp_path: Path
) -> None:
    slow = ("--rate-limit", "30", "sync", "-r", "sales_history")  # a request every 2 s: still running
    running = sync_process(server, tmp_path, *slow, warehouse=postgres)
    try:
        # The pipeline's lock file appears when the sync takes it (and it stays taken while it runs).
        lock = _wait_for(lambda: next((tmp_path / ".hotmart").glob("hotmart_*.lock"), None))
        time.sleep(0.5)
        assert running.poll() is None
        second = run_sync(server, tmp_path, *ARGS, warehouse=postgres)
    finally:
        running.kill()
        running.communicate(timeout=60)
    assert second.returncode == 75, second.stderr
    assert "another sync of this pipeline is running" in second.stderr
    assert str(lock) in second.stderr  # the lock in the project's state folder
    # Once it is gone (killed), the next one runs and continues it.
    after = run_sync(server, tmp_path, "--rate-limit", "100000", "sync", "-r", "sales_history", warehouse=postgres)
    assert after.returncode == 0, after.stderr
    with postgres.connect(tmp_path) as query:
        assert duplicates(query) == 0
        assert sum(contents(query)["sales_history"].values()) == len(server.items("SaleHistoryItem"))


def test_a_sync_into_postgres_killed_at_random_moments_ends_with_every_row_once(
    postgres: Postgres, tmp_path: Path
) -> None:
    with mock_server(seed=18, items=40) as server:
        counts = kill_test(server, tmp_path, kills=2, seed=18, per_trial=2, warehouse=postgres)
    print(f"postgres kill test: {counts}")
    assert counts.kills == 2
    assert (counts.lost, counts.extra, counts.duplicated, counts.corrupted) == (0, 0, 0, 0), counts.failures


DOCS_BLOCK = re.compile(r"<!-- docs-test: run by tests/dlt/test_postgres.py -->\n```bash\n(.*?)^```", re.S | re.M)


def test_the_warehouse_pages_postgresql_commands_run(postgres: Postgres, tmp_path: Path) -> None:
    """docs/warehouse.md's PostgreSQL block, as a reader runs it, against this server."""
    page = Path(__file__).parents[2] / "docs" / "warehouse.md"
    (block,) = DOCS_BLOCK.findall(page.read_text(encoding="utf-8"))
    extras = tomllib.loads((page.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HOTMART_", "DESTINATION__"))}
    env |= {"DLT_DATA_DIR": str(tmp_path / "dlt-user"), "RUNTIME__DLTHUB_TELEMETRY": "false"}
    outputs = []
    for line in block.splitlines():
        words = shlex.split(line)
        if words[:2] == ["pip", "install"]:  # the extras it names exist
            named = re.fullmatch(r"hotmart-client\[(?P<extras>[a-z,]+)\]", words[2])
            assert named and set(named["extras"].split(",")) <= set(extras["optional-dependencies"]), line
        elif words[0] == "export":
            name, _, _ = words[1].partition("=")
            assert name == "DESTINATION__POSTGRES__CREDENTIALS", line
            env[name] = postgres.database("docs")  # this server's, in place of the page's example
        else:
            assert words[0] == "hotmart", line
            run = {"cwd": tmp_path, "env": env, "capture_output": True, "text": True, "timeout": 300}
            done = subprocess.run(command(*words[1:]), check=False, **run)
            assert done.returncode == 0, f"{line}\n{done.stderr}"
            outputs.append(done.stdout)
    assert len(outputs) == 2
    with postgres.connect("docs") as query:
        assert query("SELECT COUNT(*) FROM hotmart.sales_history")[1][0][0] > 0
        assert duplicates_in(query, "hotmart") == 0
    first, second = (int(re.search(r"^sales_history +([\d,]+)", out, re.M)[1].replace(",", "")) for out in outputs)
    assert first == second  # the second sync merged: no sale twice


def duplicates_in(query: Query, dataset: str) -> int:
    keys = ", ".join(key_columns("sales_history"))
    total = query(f"SELECT COUNT(*) FROM {dataset}.sales_history")[1][0][0]
    distinct = query(f"SELECT COUNT(*) FROM (SELECT DISTINCT {keys} FROM {dataset}.sales_history) AS keyed")[1][0][0]
    return int(total - distinct)


class _Fixed:
    """A warehouse whose arguments are given (another database than the folder's)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def arguments(self, folder: Path) -> tuple[list[str], dict[str, str]]:
        return ["--destination", "postgres"], self.env


def _wait_for(found: Any, timeout: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := found():
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")
