"""Scenario (issue 22): the same `hotmart_client.dlt.sync` into PostgreSQL and into DuckDB.

`warehouses_items` sales (`sales_history`), unpaced (no latency, no rate limit: what is left is
the sync's own work, loading included; at Hotmart's 500 requests a minute both wait on the limit
and the ratio tends to 1), synced twice into each warehouse: a first sync (everything) and a
second (the look-back read again and merged on the key). Each sync runs in a fresh interpreter;
PostgreSQL 16 is a `pgserver` server in a temporary folder, reached through its socket, a new
database per run. The cases alternate (duckdb, postgres, duckdb...) `warehouses_repeats` times;
the medians' ratio postgres / duckdb is reported for both syncs. The PostgreSQL server's own
memory is not in the peak RSS (the client process's only). dlt loads PostgreSQL with INSERT
statements unless adbc-driver-postgresql is installed (not here), DuckDB with Parquet files.

`python -m bench.scenarios.warehouses --server URL --items N --destination duckdb` is one case
(`--credentials URL` for postgres); `python -m bench --only warehouses [--quick]` runs them all.
Needs the [postgres] extra; without it the scenario says so and measures nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import signal
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..clients import CLIENT_ID, CLIENT_SECRET
from ..config import Scale
from ..data import date_bounds
from ..server import TOKEN_PATH, Server
from . import run_case
from .memory import MB, _status_bytes

CONCURRENCY = 4
DESTINATIONS = ("duckdb", "postgres")


def sync_twice(url: str, total: int, directory: Path, destination: str, credentials: str | None) -> dict[str, Any]:
    """Two syncs of the `total` newest sales through `sync_pipeline`, as `hotmart sync` makes it."""
    from hotmart_client import Hotmart  # noqa: PLC0415
    from hotmart_client.dlt import Options, RequestCounter, sync, sync_pipeline  # noqa: PLC0415

    start, end = date_bounds(total)
    if credentials:
        os.environ["DESTINATION__POSTGRES__CREDENTIALS"] = credentials
    row: dict[str, Any] = {}
    for name in ("first", "second"):
        counter = RequestCounter()
        with Hotmart(CLIENT_ID, CLIENT_SECRET, base_url=url, token_url=url + TOKEN_PATH, transport=counter) as client:
            duckdb_file = directory / "bench.duckdb" if destination == "duckdb" else None
            pipeline = sync_pipeline(client, destination, duckdb_file=duckdb_file, pipelines_dir=directory / ".hotmart")
            options = Options(since=start, now=lambda: end, concurrency=CONCURRENCY)
            started = time.perf_counter()
            report = sync(pipeline, client=client, counter=counter, resources=["sales_history"], options=options)
            wall = time.perf_counter() - started
        row[name] = {
            "wall_s": wall,
            "rows_loaded": report.rows.get("sales_history", 0),
            "rows": report.table_rows.get("sales_history", 0),
            "requests": report.requests,
        }
    row["peak_rss_mb"] = _status_bytes("VmHWM") / MB
    return row


class _Postgres:
    """A pgserver PostgreSQL in a temporary folder; a new database per case."""

    def __init__(self, folder: Path) -> None:
        import pgserver  # noqa: PLC0415

        self.folder = folder
        self.server = pgserver.get_server(str(folder), cleanup_mode=None)
        self.count = 0

    def new_database(self) -> str:
        self.count += 1
        name = f"bench_{self.count}"
        self.server.psql(f"CREATE DATABASE {name};")
        # dlt asks for a password; the server trusts connections through its socket.
        return f"postgresql://postgres:trusted@{quote(str(self.folder), safe='')}/{name}"

    def stop(self) -> None:
        pid = self.server.get_pid()
        self.server.cleanup()
        if pid is not None:  # an immediate shutdown: nothing in it is kept
            os.kill(pid, signal.SIGQUIT)


def _case(server: Server, items: int, destination: str, credentials: str | None) -> dict[str, Any]:
    server.configure(total=items)  # no latency, no limit
    args = ["--server", server.url, "--items", str(items), "--destination", destination]
    row = run_case("bench.scenarios.warehouses", *args, *(["--credentials", credentials] if credentials else []),
                   timeout=3600)  # fmt: skip
    for name in ("first", "second"):
        if row[name]["rows"] != items:
            raise RuntimeError(f"warehouses scenario {destination} {name}: {row[name]['rows']} rows, expected {items}")
    return row


def run(server: Server, scale: Scale) -> dict[str, Any]:
    items, repeats = scale.warehouses_items, scale.warehouses_repeats
    if importlib.util.find_spec("pgserver") is None or importlib.util.find_spec("psycopg2") is None:
        return {"skipped": "needs the [postgres] extra (pgserver, psycopg2): pip install -e '.[postgres]'"}
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in DESTINATIONS}
    with tempfile.TemporaryDirectory(prefix="bench-pg-", ignore_cleanup_errors=True) as folder:
        postgres = _Postgres(Path(folder))
        try:
            for _ in range(repeats):
                runs["duckdb"].append(_case(server, items, "duckdb", None))
                runs["postgres"].append(_case(server, items, "postgres", postgres.new_database()))
        finally:
            postgres.stop()
    medians = {
        name: {step: statistics.median(row[step]["wall_s"] for row in rows) for step in ("first", "second")}
        for name, rows in runs.items()
    }
    return {
        "items": items,
        "repeats": repeats,
        "runs": runs,
        "median_s": medians,
        "postgres_over_duckdb_first": medians["postgres"]["first"] / medians["duckdb"]["first"],
        "postgres_over_duckdb_second": medians["postgres"]["second"] / medians["duckdb"]["second"],
        "peak_rss_mb": {name: max(row["peak_rss_mb"] for row in rows) for name, rows in runs.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="One case of the warehouses scenario against a running bench server.")
    parser.add_argument("--server", required=True)
    parser.add_argument("--items", type=int, required=True)
    parser.add_argument("--destination", choices=DESTINATIONS, required=True)
    parser.add_argument("--credentials", help="postgres: the database's URL")
    args = parser.parse_args()
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    with tempfile.TemporaryDirectory() as scratch:
        row = sync_twice(args.server, args.items, Path(scratch), args.destination, args.credentials)
    print(json.dumps(row))


if __name__ == "__main__":
    main()
