"""Dagster assets for `hotmart sync` (extra `[dagster]`): one asset per account and table.

    # definitions.py
    import dagster as dg
    from hotmart_client.dagster import hotmart_assets

    defs = dg.Definitions(assets=hotmart_assets("accounts.toml", destination="postgres"))

Each account of the accounts file (`hotmart sync --accounts`, see `hotmart_client.dlt.load_accounts`)
becomes one `dagster-dlt` multi-asset (`@dlt_assets`) whose assets are its tables, keyed
`hotmart/<account>/<table>`, a table with a parent depending on its parent's asset. Materializing
them runs `hotmart_client.dlt.sync` for the selected tables: the same pipeline, state, identity
checks, lock, rounds and resume as the command, so a run Dagster retries after a crash continues
at the exact next item, and a run of the command and one of Dagster never write at once.
"""

# No `from __future__ import annotations`: Dagster reads the asset function's `context`
# annotation at definition time and refuses it as a string.
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from dagster import AssetExecutionContext, AssetKey, AssetsDefinition, AssetSpec, MaterializeResult
from dagster_dlt import DagsterDltTranslator, dlt_assets
from dagster_dlt.translator import DltResourceTranslatorData

from ._client import Hotmart
from .dlt import DEFAULT_DATASET, Account, Options, RequestCounter, load_accounts, sync, sync_pipeline, tables
from .dlt._extract import Extractor
from .dlt._source import _readable, build_source

__all__ = ["KEY_PREFIX", "asset_key", "hotmart_assets"]

KEY_PREFIX = "hotmart"

# Builds the client an account's assets read with; the default signs in with the account's
# credentials at Hotmart, paced at its documented 500 requests per minute.
ClientFactory = Callable[[Account, RequestCounter], Hotmart]


def asset_key(account: str, table: str) -> AssetKey:
    """The key of `table`'s asset for the account named `account`: `hotmart/<account>/<table>`."""
    return AssetKey([KEY_PREFIX, account, table])


def hotmart_assets(
    accounts: str | os.PathLike[str] | Sequence[Account],
    *,
    destination: Any = "duckdb",
    duckdb_file: str | os.PathLike[str] | None = None,
    pipelines_dir: str | os.PathLike[str] | None = None,
    shared_dataset: bool = False,
    dataset: str = DEFAULT_DATASET,
    options: Options | None = None,
    wait: float = 0.0,
    client: ClientFactory | None = None,
) -> list[AssetsDefinition]:
    """One `@dlt_assets` definition per account: an accounts file's path, or its `Account`s.

    `destination`, `duckdb_file`, `pipelines_dir`, `shared_dataset` and `dataset` mean what they
    mean to `hotmart sync --accounts`: each account loads into a dataset of its own
    (`hotmart_<name>`, or its `dataset`) unless `shared_dataset`, then all into `dataset`.
    `options` are the sync's (`parameters` decides which tables exist: a table that needs a
    `subdomain` or an `event_id` is left out without one). `wait`: seconds a run waits for a
    sync of the same pipeline that is running (0: it fails at once, `SyncLockedError`).
    `client(account, counter)` builds the `Hotmart` client a run reads with (default: the
    account's credentials, 500 requests per minute, counted by `counter`).
    """
    chosen = load_accounts(accounts) if isinstance(accounts, str | os.PathLike) else list(accounts)
    make_client = client or _default_client
    return [
        _account_assets(
            account,
            make_client,
            destination=destination,
            duckdb_file=duckdb_file,
            pipelines_dir=pipelines_dir,
            dataset=dataset if shared_dataset else account.own_dataset,
            shared=shared_dataset,
            options=options or Options(),
            wait=wait,
        )
        for account in chosen
    ]


def _default_client(account: Account, counter: RequestCounter) -> Hotmart:
    return Hotmart(
        account.client_id, account.client_secret, account.basic, sandbox=account.sandbox, rate_limit=500,
        transport=counter,
    )  # fmt: skip


class _Translator(DagsterDltTranslator):
    """Keys a table's asset by account and table; a child table depends on its parent's asset."""

    def __init__(self, account: str) -> None:
        self.account = account

    def get_asset_spec(self, data: DltResourceTranslatorData) -> AssetSpec:
        spec = super().get_asset_spec(data)
        table = tables()[data.resource.name]
        parents = [asset_key(self.account, table.parent.table)] if table.parent is not None else []
        return spec.replace_attributes(
            key=asset_key(self.account, table.name),
            deps=parents,
            group_name=f"{KEY_PREFIX}_{self.account}",
            description=f"Hotmart account {self.account}: table {table.name}",
        )


def _account_assets(
    account: Account,
    make_client: ClientFactory,
    *,
    destination: Any,
    duckdb_file: str | os.PathLike[str] | None,
    pipelines_dir: str | os.PathLike[str] | None,
    dataset: str,
    shared: bool,
    options: Options,
    wait: float,
) -> AssetsDefinition:
    pipeline = sync_pipeline(
        account.client_id, destination, dataset=dataset, duckdb_file=duckdb_file, pipelines_dir=pipelines_dir
    )
    # The source only lists the tables here (nothing is read): those the options can fill.
    with make_client(account, RequestCounter()) as lister:
        extractor = Extractor(lister, tables(), options)
        readable = [name for name, table in extractor.tables.items() if _readable(extractor, table)]
        source = build_source(extractor).with_resources(*readable)
    by_key = {asset_key(account.name, name): name for name in readable}

    @dlt_assets(
        dlt_source=source,
        dlt_pipeline=pipeline,
        name=f"{KEY_PREFIX}_{account.name}",
        dagster_dlt_translator=_Translator(account.name),
    )
    def assets(context: AssetExecutionContext) -> Iterator[MaterializeResult[Any]]:
        selected = [name for key, name in by_key.items() if key in context.selected_asset_keys]
        counter = RequestCounter()
        with make_client(account, counter) as hotmart:
            report = sync(
                pipeline,
                client=hotmart,
                counter=counter,
                resources=selected,
                options=options,
                shared_dataset=shared,
                wait=wait,
            )
        context.log.info(
            f"account {account.name} ({account.key}): {report.rounds} rounds, {report.requests} requests, "
            f"{report.seconds:.1f} s"
        )
        for name in selected:
            metadata: dict[str, Any] = {"rows_loaded": report.rows.get(name, 0), "account_key": account.key}
            if name in report.table_rows:
                metadata["rows"] = report.table_rows[name]
            yield MaterializeResult(asset_key=asset_key(account.name, name), metadata=metadata)

    return assets
