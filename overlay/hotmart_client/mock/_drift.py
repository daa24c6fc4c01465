"""A mock that drifts: it answers what Hotmart might send one day without notice, to exercise the
drift recorder (`hotmart_client.drift`) and the spec-change workflow end to end.

With `MockConfig(drift=Drift())` (`hotmart mock --drift`), the items of every listing, read
through a successful GET, change as follows (the data set itself stays as it is):

- every item gets two fields the spec does not list: `drift_note`, a string, and
  `drift_details`, an object holding an integer `level` and an array of strings `tags`;
- every other item (the 2nd, 4th... of a page) has its first enum field, in the spec's property
  order (depth first), set to `enum_value`, a value the enum does not list;
- every item has its first integer field that is not a time (`EpochMillis`), an enum or a
  formatted amount sent as a string of its digits (`retype`);
- every successful answer carries the header `header`, which no operation documents.

The fields are picked from the spec by shape, so the same fields are picked once a proposal made
from a recording has been applied to the spec (and the mock then serves nothing undocumented).

What a drifting mock served is logged as `Injected` entries, in the drift recorder's terms
(`MockServer.injected_drift()`): a test compares what a recorder or `hotmart verify` found with it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # importable without the [mock] extra: MockConfig refers to Drift
    from ._spec import FieldInfo, MockSpec, SpecOperation


@dataclass(frozen=True)
class Drift:
    """What a drifting mock changes (see the module doc); None/False turns a change off."""

    extra_fields: bool = True
    enum_value: str | None = "DRIFTED_BY_MOCK"
    retype: bool = True
    header: str | None = "X-Mock-Drift"


@dataclass(frozen=True, order=True)
class Injected:
    """One kind of drift the mock served for an operation, as the drift recorder names it: `kind`
    (unknown_field, unknown_enum, type_mismatch, undocumented_header), the JSON Pointer of the
    place (`/items/*/drift_note`; empty for a header) and the detail (the JSON type of a new or
    retyped field, the enum value, the header name in lower case)."""

    operation_id: str
    kind: str
    pointer: str
    detail: str


@dataclass(frozen=True)
class _Targets:
    enum: tuple[str, ...] | None
    integer: tuple[str, ...] | None


@lru_cache(maxsize=256)
def _targets(spec: MockSpec, operation_id: str) -> _Targets | None:
    op = spec.by_id[operation_id]
    schema = spec.items_schema(op)
    if schema is None:
        return None
    leaves = list(spec.leaf_fields(schema))
    enum = next((leaf.path for leaf in leaves if _is_enum(leaf)), None)
    integer = next((leaf.path for leaf in leaves if _is_plain_integer(leaf)), None)
    return _Targets(enum, integer)


def _is_enum(leaf: FieldInfo) -> bool:
    return "enum" in leaf.schema and not leaf.is_timestamp


def _is_plain_integer(leaf: FieldInfo) -> bool:
    schema = leaf.schema
    return leaf.type == "integer" and not (leaf.is_timestamp or "enum" in schema or "x-hotmart-format" in schema)


def drifted(drift: Drift, spec: MockSpec, op: SpecOperation, body: Any, log: set[Injected] | None = None) -> Any:
    """`body` (a successful read's JSON) with the items of its listing changed; others as they are.
    What was changed is added to `log`."""
    targets = _targets(spec, op.operation_id)
    if targets is None:
        return body
    if op.pagination is not None and isinstance(body, dict):
        key = op.pagination["items"]
        items = body.get(key)
        if not isinstance(items, list):
            return body
        at = f"/{key}/*"
        return {
            **body,
            key: [_item(drift, targets, item, index, _Log(log, op, at)) for index, item in enumerate(items)],
        }
    if isinstance(body, list):
        return [_item(drift, targets, item, index, _Log(log, op, "/*")) for index, item in enumerate(body)]
    return body


@dataclass(frozen=True)
class _Log:
    entries: set[Injected] | None
    op: SpecOperation
    at: str  # the pointer of an item

    def add(self, kind: str, path: tuple[str, ...], detail: str) -> None:
        if self.entries is not None:
            pointer = self.at + "".join("/" + key.replace("~", "~0").replace("/", "~1") for key in path)
            self.entries.add(Injected(self.op.operation_id, kind, pointer, detail))


def _item(drift: Drift, targets: _Targets, item: Any, index: int, log: _Log) -> Any:
    if not isinstance(item, dict):
        return item
    item = copy.deepcopy(item)  # the data set's own items stay as they are
    if drift.extra_fields:
        item["drift_note"] = "added by the mock's drift knob"
        item["drift_details"] = {"level": index % 5, "tags": ["mock", "drift"]}
        log.add("unknown_field", ("drift_note",), "string")
        log.add("unknown_field", ("drift_details",), "object")
    if drift.enum_value is not None and targets.enum is not None and index % 2 == 1:
        enum_value = drift.enum_value
        if _set(item, targets.enum, lambda value: enum_value):
            log.add("unknown_enum", targets.enum, enum_value)
    integer = targets.integer if drift.retype else None
    if integer is not None and _set(item, integer, lambda value: str(value) if isinstance(value, int) else value):
        log.add("type_mismatch", integer, "string")
    return item


def _set(item: dict[str, Any], path: tuple[str, ...], change: Callable[[Any], Any]) -> bool:
    """Change the value at `path` when there is one; whether it was changed."""
    node: Any = item
    for key in path[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
    if isinstance(node, dict) and node.get(path[-1]) is not None:
        before = node[path[-1]]
        node[path[-1]] = change(before)
        return bool(node[path[-1]] != before or type(node[path[-1]]) is not type(before))
    return False
