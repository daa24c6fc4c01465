"""The dlt source: one resource per table of the catalog, none written by hand.

Every table is merged on its primary key (dlt's delete-insert): a row read again replaces
its copy. A snapshot table (totals) also deletes the rows its read did not return, in the same
transaction (`destination_scope`): the rows of this account, or all of them.

Top-level tables are dlt resources whose rows come from `Extractor.read`, with their progress in
dlt's resource state. Tables with a parent (coupons per product, purchases per subscriber, pages
per module, progress per student) are dlt transformers of their parent's resource, run in dlt's
thread pool (`parallelized=True`) so the one-request-per-parent reads overlap, paced by the
client's rate limiter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import dlt
from dlt.common.normalizers.naming.snake_case import NamingConvention
from dlt.extract.resource import DltResource
from dlt.extract.source import DltSource

from .._client import Hotmart
from ..mock._spec import MockSpec
from ._catalog import Table, catalog
from ._extract import ACCOUNT_COLUMN, Extractor, Options
from ._pipeline import SOURCE_NAME, Identity, record_identity

_NAMING = NamingConvention()


def column(dotted: str) -> str:
    """The column dlt makes of a dotted item field: `purchase.transaction` -> `purchase__transaction`."""
    return _NAMING.PATH_SEPARATOR.join(_NAMING.normalize_identifier(part) for part in dotted.split("."))


def tables(spec: MockSpec | None = None) -> dict[str, Table]:
    """The tables the source can load, by name (parents before children)."""
    return catalog(spec)


def build_source(extractor: Extractor, identity: Identity | None = None) -> DltSource:
    """A dlt source reading through `extractor` (the same extractor may serve several runs);
    `identity` is stamped on the state it commits."""
    resources: dict[str, DltResource] = {}
    for table in extractor.tables.values():
        hints: dict[str, Any] = {
            "name": table.name,
            "write_disposition": _disposition(table, extractor.account),
            "primary_key": [*([ACCOUNT_COLUMN] if extractor.account else []), *map(column, table.primary_key)],
        }
        if table.parent is None:
            resources[table.name] = dlt.resource(_reader(extractor, table, identity), **hints)
        else:
            parent = resources[table.parent.table]
            resources[table.name] = dlt.transformer(
                _child_reader(extractor, table), data_from=parent, parallelized=True, **hints
            )
    chosen = list(resources.values())

    @dlt.source(name=SOURCE_NAME, section=SOURCE_NAME)
    def hotmart() -> list[DltResource]:
        return chosen

    source: DltSource = hotmart()
    return source


def _disposition(table: Table, account: str | None) -> dict[str, Any]:
    disposition: dict[str, Any] = {"disposition": "merge", "strategy": "delete-insert"}
    if table.snapshot:  # the account key is 12 hex digits: safe in SQL as it is
        disposition["destination_scope"] = f"{ACCOUNT_COLUMN} = '{account}'" if account else "1 = 1"
    return disposition


def _reader(extractor: Extractor, table: Table, identity: Identity | None) -> Callable[[], Iterator[Any]]:
    def rows() -> Iterator[Any]:
        if identity is not None:
            record_identity(dlt.current.source_state(), identity)
        loaded = 0
        for page in extractor.read(table, dlt.current.resource_state()):
            loaded += len(page)
            yield page
        if table.snapshot and not loaded and table.name in extractor.finished:
            yield dlt.mark.materialize_table_schema()  # nothing now: the load still empties the table

    rows.__name__ = table.name
    return rows


def _child_reader(extractor: Extractor, table: Table) -> Callable[[Any], Iterator[list[dict[str, Any]]]]:
    def rows(parents: Any) -> Iterator[list[dict[str, Any]]]:
        yield from extractor.read_children(table, parents)

    rows.__name__ = table.name
    return rows


@dlt.source(name=SOURCE_NAME, section=SOURCE_NAME)
def hotmart_source(
    client: Hotmart | None = None,
    *,
    since: datetime | date | str | int | None = None,
    lookback_days: float = 30.0,
    concurrency: int = 4,
    page_size: int | None = None,
    parameters: Mapping[str, Sequence[Any]] | None = None,
    sandbox: bool = False,
    rate_limit: int | None = 500,
    client_id: str | None = dlt.secrets.value,
    client_secret: str | None = dlt.secrets.value,
    basic: str | None = dlt.secrets.value,
) -> list[DltResource]:
    """Every listing of a Hotmart account, as dlt resources (`pipeline.run(hotmart_source())`).

    Each run reads every table once, as a whole: incremental tables from their cursor minus the
    look-back. For runs that commit as they go and resume at the exact next item after a crash,
    use `hotmart_client.dlt.sync` (what `hotmart sync` runs).

    Args:
        client: a `Hotmart` client; default: one built from `client_id`/`client_secret`/`basic`
            (dlt secrets `sources.hotmart.*`, else HOTMART_CLIENT_ID...), paced at `rate_limit`
            requests per minute.
        since: where windows start on a first sync (default 2011-01-01), or, when given, on
            this one (a backfill).
        lookback_days: how far before the last window's end an incremental table is read again.
        concurrency: parallel time windows per listing.
        page_size: items per page (default: the largest the spec allows).
        parameters: values of required parameters no other table supplies, e.g.
            `{"subdomain": ["minhaescola"], "event_id": [123]}`; tables lacking one are skipped.
    """
    if client is None:
        client = Hotmart(client_id, client_secret, basic, sandbox=sandbox, rate_limit=rate_limit)
    options = Options(
        since=since,
        lookback_days=lookback_days,
        concurrency=concurrency,
        page_size=page_size,
        chunk_items=None,
        parameters=dict(parameters or {}),
    )
    extractor = Extractor(client, tables(), options)
    names = [name for name, table in extractor.tables.items() if _readable(extractor, table)]
    return [resource for resource in build_source(extractor).resources.values() if resource.name in names]


def _readable(extractor: Extractor, table: Table) -> bool:
    while True:
        if extractor.missing_configuration(table):
            return False
        if table.parent is None:
            return True
        table = extractor.tables[table.parent.table]
