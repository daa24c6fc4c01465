"""Running `hotmart_client.dlt.sync` against the mock, and reading back what it loaded."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import dlt
import httpx

from hotmart_client import Hotmart
from hotmart_client.dlt import Options, RequestCounter, SyncReport, column, sync, tables
from hotmart_client.mock import MockServer

ITEMS = 60  # items per list: small, so a full sync takes seconds
SEED = 5
PARAMETERS = {"subdomain": ["escola"], "event_id": [4812], "product_id": [2125812]}


def millis(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp() * 1000)


class Recorder(RequestCounter):
    """Counts like `RequestCounter`, and keeps each API request's path and query."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, dict[str, str]]] = []
        self._sent_lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._sent_lock:
            self.sent.append((request.url.path, dict(parse_qsl(request.url.query.decode()))))
        return super().handle_request(request)

    def queries(self, path_end: str) -> list[dict[str, str]]:
        return [query for path, query in self.sent if path.endswith(path_end)]


@dataclass
class Account:
    """A dlt pipeline (its own DuckDB file and state directory) synced from the mock."""

    server: MockServer
    root: Path
    name: str = "hotmart"
    destination: Any = None
    reports: list[SyncReport] = field(default_factory=list)

    def pipeline(self) -> Any:
        destination = self.destination or dlt.destinations.duckdb(str(self.root / f"{self.name}.duckdb"))
        return dlt.pipeline(
            pipeline_name=self.name,
            destination=destination,
            dataset_name="hotmart_data",
            pipelines_dir=str(self.root / "pipelines"),
        )

    def sync(
        self,
        resources: Iterable[str] | None = None,
        *,
        now: dt.date | int | None = None,  # a day, or epoch milliseconds
        recorder: Recorder | None = None,
        max_retries: int | None = None,
        on_progress: Any = None,
        full_refresh: bool = False,
        loader_file_format: Any = None,
        **options: Any,
    ) -> SyncReport:
        recorder = recorder or Recorder()
        options.setdefault("parameters", PARAMETERS)
        if now is not None:
            moment = now if isinstance(now, int) else millis(now)
            options["now"] = lambda: moment
        pipeline = self.pipeline()
        with Hotmart(
            self.server.client_id,
            self.server.client_secret,
            base_url=self.server.url,
            token_url=self.server.token_url,
            transport=recorder,
            max_retries=max_retries,
        ) as client:
            report = sync(
                pipeline,
                client=client,
                counter=recorder,
                resources=resources,
                options=Options(**options),
                on_progress=on_progress,
                full_refresh=full_refresh,
                loader_file_format=loader_file_format,
            )
        self.reports.append(report)
        return report

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        with self.pipeline().sql_client() as client:
            return [tuple(row) for row in client.execute_sql(sql)]

    def count(self, table: str) -> int:
        return int(self.query(f"SELECT COUNT(*) FROM {table}")[0][0])

    def contents(self, table: str) -> list[tuple[Any, ...]]:
        """Every row of `table` without dlt's own columns, sorted: comparable across pipelines."""
        with self.pipeline().sql_client() as client, client.execute_query(f"SELECT * FROM {table}") as cursor:
            names = [column[0] for column in cursor.description]
            rows = cursor.fetchall()
        keep = sorted((name, i) for i, name in enumerate(names) if not name.startswith("_dlt"))
        return sorted((tuple(row[i] for _, i in keep) for row in rows), key=repr)


def key_columns(table: str) -> list[str]:
    return [column(key) for key in tables()[table].primary_key]
