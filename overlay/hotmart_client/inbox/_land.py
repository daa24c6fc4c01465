"""Land journaled events in the warehouse `hotmart sync` fills (dlt; the [dlt] extra).

Tables, all merged on the event id (a redelivery, or a load repeated after a crash, adds nothing):

- `webhook_events`: every event: `id`, `event`, `creation_date`, `received_at`, `version`,
  `known` (the spec documents the event) and `raw`, the whole body as JSON;
- one typed table per event family, named after the spec's payload schema (`PurchaseEvent` ->
  `webhook_purchase`): the envelope columns, then the fields of `data` flattened as dlt does
  (`purchase__transaction`; lists become child tables, `webhook_purchase__commissions`), epoch
  milliseconds as timestamps and amounts as decimals where the spec says so, like the REST tables.

The token some deliveries repeat in their body (`hottok`, `data.purchase.hottok`) is replaced by
`***` before anything is loaded: the warehouse is read by more people than the journal.

`load` copies the events not loaded yet and marks them loaded once the pipeline run has
committed; a crash in between loads them again, and the merge keeps one row per event.

Landed as `hotmart sync` loads (`warehouse_pipeline`, `load(..., account=)`): into the sync's
destination and dataset, with a state of its own beside the sync's (`.hotmart/`), under the sync's
lock of the destination, and after the same identity check: events of one account never land in a
dataset another account's sync fills.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import dlt
from dlt.extract.source import DltSource

from .._client import Hotmart
from .._logging import MASK
from ..dlt._catalog import Paths, _apply, _formats, _to_datetime, _to_decimal
from ..dlt._pipeline import (
    DEFAULT_DATASET,
    Identity,
    account_key,
    check_identity,
    identity_of,
    landing_pipeline,
    record_identity,
    sync_lock,
)
from ..mock._spec import MockSpec, ref_name
from ._journal import Journal, StoredEvent
from ._worker import parse_journaled

SOURCE_NAME = "hotmart_webhooks"
EVENTS_TABLE = "webhook_events"
ENVELOPE = ("id", "event", "creation_date", "received_at")
BATCH = 5000  # events per pipeline run
SYNC_DATASET = DEFAULT_DATASET  # `hotmart sync`'s default dataset


@dataclass(frozen=True)
class Family:
    """The typed table of one payload schema."""

    table: str
    timestamps: Paths
    decimals: Paths


@dataclass
class LoadReport:
    events: int = 0  # journaled events loaded by this call
    tables: dict[str, int] = field(default_factory=dict)  # rows written per table, child tables included
    seconds: float = 0.0
    runs: int = 0  # pipeline runs (one per batch of events)


@functools.cache
def families() -> dict[str, Family]:
    """event name -> its typed table, from the spec's `webhooks`."""
    spec = MockSpec.load()
    found: dict[str, Family] = {}
    for name, item in spec.doc.get("webhooks", {}).items():
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        envelope = ref_name(schema) or name
        data = spec.resolve(schema).get("properties", {}).get("data", {})
        timestamps, decimals = _formats(spec, data)
        found[name] = Family(family_table(envelope), timestamps, decimals)
    return found


def family_table(schema_name: str) -> str:
    """`PurchaseEvent` -> `webhook_purchase`."""
    stem = schema_name.removesuffix("Event") or schema_name
    return "webhook_" + re.sub(r"(?<!^)(?=[A-Z])", "_", stem).lower()


def load(
    journal: Journal,
    pipeline: Any,
    *,
    account: Hotmart | str | None = None,
    wait: float = 0.0,
    batch: int = BATCH,
    loader_file_format: Any = None,
) -> LoadReport:
    """Load the journal's events not loaded yet into `pipeline` (`warehouse_pipeline`'s, to land
    them next to the sales `hotmart sync` loads; or a dlt pipeline of your own), `batch` events per
    pipeline run.

    With `account` (the `Hotmart` client or client id of the account whose hottok the journal's
    events came with), the load holds the pipeline's lock and the destination's, as a sync does
    (`SyncLockedError` when another load of it runs, or after `wait` seconds of another sync's
    load into the file), and first checks the identity: a state or dataset of another account or
    destination raises `IdentityMismatchError` before anything is loaded.
    """
    from ..dlt._sync import preferred_file_format  # noqa: PLC0415

    if account is None:
        return _load(journal, pipeline, None, batch, loader_file_format or preferred_file_format(pipeline))
    identity = identity_of(pipeline, account_key(account))
    with sync_lock(pipeline, wait=wait):
        check_identity(pipeline, identity, source=SOURCE_NAME)
        return _load(journal, pipeline, identity, batch, loader_file_format or preferred_file_format(pipeline))


def _load(
    journal: Journal, pipeline: Any, identity: Identity | None, batch: int, loader_file_format: Any
) -> LoadReport:
    started = time.perf_counter()
    report = LoadReport()
    with contextlib.closing(journal.connect()) as db:
        after = 0
        while rows := journal.unloaded(db, after=after, limit=batch):
            pipeline.run(source(rows, identity), loader_file_format=loader_file_format)
            journal.mark_loaded(db, [row.seq for row in rows])
            report.events += len(rows)
            report.runs += 1
            _add_counts(report, pipeline)
            after = rows[-1].seq
    report.seconds = time.perf_counter() - started
    return report


def source(rows: Sequence[StoredEvent], identity: Identity | None = None) -> DltSource:
    """A dlt source of these journaled events: `webhook_events` and the family tables; its state
    records `identity` (committed with the rows), as a sync's does."""
    events: list[dict[str, Any]] = []
    by_table: dict[str, list[dict[str, Any]]] = {}
    known = families()
    for row in rows:
        assert row.body is not None
        event = parse_journaled(row.body)
        raw = redacted(event.raw)
        envelope = {
            "id": row.id,
            "event": row.event,
            "creation_date": _to_datetime(event.creation_date),
            "received_at": _to_datetime(row.received_at),
        }
        events.append({**envelope, "version": event.version, "known": event.is_known, "raw": raw})
        family = known.get(row.event)
        data = raw.get("data")
        if family is not None and isinstance(data, dict):
            by_table.setdefault(family.table, []).append({**envelope, **_typed(data, family)})
    resources = [
        dlt.resource(
            events,
            name=EVENTS_TABLE,
            write_disposition="merge",
            primary_key="id",
            columns={"raw": {"data_type": "json"}, "version": {"data_type": "text"}, "known": {"data_type": "bool"}},
        )
    ]
    resources += [
        dlt.resource(items, name=table, write_disposition="merge", primary_key="id")
        for table, items in sorted(by_table.items())
    ]

    @dlt.source(name=SOURCE_NAME)
    def hotmart_webhooks() -> Any:
        if identity is not None:
            record_identity(dlt.current.source_state(), identity)
        return resources

    made: DltSource = hotmart_webhooks()
    return made


def redacted(raw: dict[str, Any]) -> dict[str, Any]:
    """The body with the token some deliveries carry (`hottok`, `data.purchase.hottok`) masked."""
    out = copy.deepcopy(raw)
    if "hottok" in out:
        out["hottok"] = MASK
    purchase = out.get("data", {}).get("purchase") if isinstance(out.get("data"), dict) else None
    if isinstance(purchase, dict) and "hottok" in purchase:
        purchase["hottok"] = MASK
    return out


def _typed(data: dict[str, Any], family: Family) -> dict[str, Any]:
    """`data`'s fields, converted where the spec says (a value of another type is kept as it
    came); a field named like an envelope column is kept as `data_<name>`."""
    converted = copy.deepcopy(data)
    _apply(converted, family.timestamps, _to_datetime)
    _apply(converted, family.decimals, _to_decimal)
    return {(f"data_{key}" if key in ENVELOPE else key): value for key, value in converted.items()}


def _add_counts(report: LoadReport, pipeline: Any) -> None:
    trace = pipeline.last_trace
    info = trace.last_normalize_info if trace is not None else None
    for name, count in (info.row_counts if info is not None else {}).items():
        if not name.startswith("_dlt"):
            report.tables[name] = report.tables.get(name, 0) + count


# -- the pipeline ------------------------------------------------------------------------------


def warehouse_pipeline(
    account: Hotmart | str,
    *,
    destination: Any = "duckdb",
    dataset: str | None = None,
    name: str | None = None,
    duckdb_file: str | os.PathLike[str] | None = None,
    state_dir: str | os.PathLike[str] | None = None,
) -> Any:
    """The dlt pipeline that lands `account`'s events where `hotmart sync` loads that account with
    the same options (`--destination`, `--dataset`, `--pipeline-name`, `--duckdb-file`,
    `--state-dir`): the same destination and dataset, so the events sit next to `sales_history`.
    The one place the inbox obtains a pipeline; give `load` the same `account`.

    Its state is its own (the sync's pipeline name plus `_webhooks`), in the sync's state folder
    (`.hotmart/` beside the DuckDB file): a load never touches the sync's state. For DuckDB the
    file is the sync's (`hotmart.duckdb` in the current directory, `NAME.duckdb` with `name`); a
    load takes turns with the sync's loads into it.
    """
    if duckdb_file is None and name is not None and destination == "duckdb":
        duckdb_file = f"{name}.duckdb"  # as `hotmart sync --pipeline-name NAME` names its file
    return landing_pipeline(
        account,
        destination,
        dataset=dataset or SYNC_DATASET,
        duckdb_file=duckdb_file,
        pipeline_name=name,
        pipelines_dir=state_dir,
    )
