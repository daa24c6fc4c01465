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
"""

from __future__ import annotations

import contextlib
import copy
import functools
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import dlt
from dlt.extract.source import DltSource

from .._logging import MASK
from ..dlt._catalog import Paths, _apply, _formats, _to_datetime, _to_decimal
from ..mock._spec import MockSpec, ref_name
from ._journal import Journal, StoredEvent
from ._worker import parse_journaled

SOURCE_NAME = "hotmart_webhooks"
EVENTS_TABLE = "webhook_events"
ENVELOPE = ("id", "event", "creation_date", "received_at")
BATCH = 5000  # events per pipeline run
SYNC_DATASET = "hotmart_data"  # `hotmart sync`'s default dataset (a test checks they agree)


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


def load(journal: Journal, pipeline: Any, *, batch: int = BATCH, loader_file_format: Any = None) -> LoadReport:
    """Load the journal's events not loaded yet into `pipeline` (a dlt pipeline: the one of
    `hotmart sync` to land them next to the sales), `batch` events per pipeline run."""
    from ..dlt._sync import preferred_file_format  # noqa: PLC0415

    started = time.perf_counter()
    report = LoadReport()
    if loader_file_format is None:
        loader_file_format = preferred_file_format(pipeline)
    with contextlib.closing(journal.connect()) as db:
        after = 0
        while rows := journal.unloaded(db, after=after, limit=batch):
            pipeline.run(source(rows), loader_file_format=loader_file_format)
            journal.mark_loaded(db, [row.seq for row in rows])
            report.events += len(rows)
            report.runs += 1
            _add_counts(report, pipeline)
            after = rows[-1].seq
    report.seconds = time.perf_counter() - started
    return report


def source(rows: Sequence[StoredEvent]) -> DltSource:
    """A dlt source of these journaled events: `webhook_events` and the family tables."""
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


def warehouse_pipeline(*, destination: str = "duckdb", dataset: str | None = None, name: str = "hotmart") -> Any:
    """The dlt pipeline that lands the events where `hotmart sync` loads with the same options
    (`--destination`, `--dataset`, `--pipeline-name`): the same destination and dataset, so the
    events sit next to `sales_history`. The one place the inbox obtains a pipeline.

    Its state is its own (`<name>_webhooks`): a load never touches the sync's state, and the two
    cannot corrupt each other's working folder when they run at the same time. For DuckDB the file
    is the sync's, `<name>.duckdb` in the current directory; DuckDB admits one writing process at a
    time, so a load that meets a running sync fails and the events stay in the journal for the next.
    """
    if destination == "duckdb":
        return dlt.pipeline(
            pipeline_name=f"{name}_webhooks",
            destination=dlt.destinations.duckdb(f"{name}.duckdb"),  # the file `hotmart sync` names after its pipeline
            dataset_name=dataset or SYNC_DATASET,
        )
    return dlt.pipeline(pipeline_name=f"{name}_webhooks", destination=destination, dataset_name=dataset or SYNC_DATASET)
