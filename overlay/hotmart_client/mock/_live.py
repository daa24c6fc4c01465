"""The mock as a live account: its clock, and sales that arrive while a client reads.

- The mock's "now" is the first millisecond of its `today`: the moment its relative defaults count
  from (a subscription listing without dates covers the 30 days before it). The clients the mock
  makes (`MockServer.client()`, `hotmart --mock`) take it as their wall clock, so an export pins
  its open end where the mock's data ends, and the 30-day defaults agree to the millisecond.
- `MockConfig.arrivals`: that many new sales join the sales history before each API call is
  answered, newest first, dated after every moment a client could have pinned (the later of the
  mock's now and the real clock, and after the previous arrival). They match the listing's
  default filters (an approved sale), so a listing that is not pinned sees them at once.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from typing import Any

from ._data import Entry, Store, collection_of, set_path
from ._handlers import Behaviour
from ._spec import MockSpec

SALES_LISTING = "getSalesHistory"
_ARRIVAL_INDEX = 7_000_000  # synthetic index of the first arrival: apart from every generated item


def midnight_millis(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp() * 1000)


class Arrivals:
    """New sales, made before each API call (`before_call`)."""

    def __init__(self, spec: MockSpec, store: Store, behaviour: Behaviour, per_call: int, now_millis: int) -> None:
        self.store = store
        self.per_call = per_call
        self.made = 0
        self._last = now_millis
        self._numbers = itertools.count(1)
        op = next(op for op in spec.operations if op.operation_id == SALES_LISTING)
        collection = collection_of(spec, store.collections, op)
        assert collection is not None and collection.primary is not None
        self.collection = collection
        # The value each default filter wants (transaction_status: APPROVED), so arrivals are seen.
        plan = behaviour.plan(op, collection)
        defaults = {p.name: p.default["any_of"][0] for p in op.params if p.default and "any_of" in p.default}
        self._fields = [(f.field.path, defaults[f.param]) for f in plan.filters if f.param in defaults]

    def before_call(self) -> None:
        for _ in range(self.per_call):
            self._arrive()

    def _arrive(self) -> None:
        number = next(self._numbers)
        when = max(time.time_ns() // 1_000_000, self._last + 1)
        self._last = when
        item = self.store.item(self.collection, _ARRIVAL_INDEX + number)
        assert self.collection.primary is not None
        set_path(item, self.collection.primary.path, when)
        for path, value in self._fields:
            set_path(item, path, value)
        _set_code(item, f"HPA{number:013d}")
        entries = self.store.entries(self.collection)
        with self.store._lock:
            entries.insert(0, Entry((-when, -(_ARRIVAL_INDEX + number)), item))
            self.made += 1


def _set_code(item: dict[str, Any], code: str) -> None:
    """A transaction code no generated sale has (the listing's primary key)."""
    purchase = item.get("purchase")
    if isinstance(purchase, dict):
        purchase["transaction"] = code
