"""Copy a Hotmart account into a warehouse with dlt (extra `[dlt]`): DuckDB by default, or any
destination dlt loads (Postgres, BigQuery, Snowflake, Parquet files...).

    import dlt
    from hotmart_client.dlt import sync

    pipeline = dlt.pipeline("hotmart", destination="duckdb", dataset_name="hotmart")
    report = sync(pipeline)            # every table; again later: only what changed
    print(report.rows)

One table per listing of the API, derived from the spec (`x-hotmart-primary-key`,
`x-hotmart-parent`, `x-hotmart-pagination`): see `tables()`. `hotmart_source()` is the plain dlt
source, for your own pipelines; `sync()` loads in rounds that commit as they go and resume at the
exact next item after a crash (the `hotmart sync` command).
"""

from __future__ import annotations

from ._catalog import Parent, Table
from ._extract import DEFAULT_SINCE, Options
from ._source import column, hotmart_source, tables
from ._sync import RequestCounter, SyncReport, select, sync

__all__ = [
    "DEFAULT_SINCE",
    "Options",
    "Parent",
    "RequestCounter",
    "SyncReport",
    "Table",
    "column",
    "hotmart_source",
    "select",
    "sync",
    "tables",
]
