"""Copy a Hotmart account into a warehouse with dlt (extra `[dlt]`): DuckDB by default, or any
destination dlt loads (Postgres, BigQuery, Snowflake, Parquet files...).

    from hotmart_client import Hotmart
    from hotmart_client.dlt import sync, sync_pipeline

    with Hotmart() as hotmart:
        pipeline = sync_pipeline(hotmart)  # hotmart.duckdb here, its state in .hotmart/
        report = sync(pipeline, client=hotmart)  # every table; again later: only what changed
    print(report.rows)

One table per listing of the API, derived from the spec (`x-hotmart-primary-key`,
`x-hotmart-parent`, `x-hotmart-pagination`): see `tables()`. `hotmart_source()` is the plain dlt
source, for your own pipelines; `sync()` loads in rounds that commit as they go and resume at the
exact next item after a crash (the `hotmart sync` command). `sync_pipeline()` names the pipeline
after the account and the destination and keeps its state with the project; `sync()` locks it and
refuses a state or dataset of another account or destination.
"""

from __future__ import annotations

from ._accounts import Account, AccountsFileError, ReadableSecretsWarning, load_accounts
from ._catalog import Parent, Table
from ._copies import remove_copies
from ._extract import DEFAULT_SINCE, Options
from ._many import DEFAULT_WORKERS, AccountResult, AccountsReport, FixedClock, sync_accounts
from ._pipeline import (
    DEFAULT_DATASET,
    IdentityMismatchError,
    SyncError,
    SyncLockedError,
    account_key,
    destination_lock,
    landing_pipeline,
    pipeline_lock,
    repair,
    sync_lock,
    sync_pipeline,
)
from ._source import column, hotmart_source, tables
from ._sync import RequestCounter, SyncReport, failure_line, select, sync

__all__ = [
    "DEFAULT_DATASET",
    "DEFAULT_WORKERS",
    "Account",
    "AccountResult",
    "AccountsFileError",
    "AccountsReport",
    "DEFAULT_SINCE",
    "FixedClock",
    "IdentityMismatchError",
    "Options",
    "Parent",
    "ReadableSecretsWarning",
    "RequestCounter",
    "SyncError",
    "SyncLockedError",
    "SyncReport",
    "Table",
    "account_key",
    "column",
    "destination_lock",
    "failure_line",
    "hotmart_source",
    "landing_pipeline",
    "load_accounts",
    "pipeline_lock",
    "remove_copies",
    "repair",
    "select",
    "sync",
    "sync_accounts",
    "sync_lock",
    "sync_pipeline",
    "tables",
]
