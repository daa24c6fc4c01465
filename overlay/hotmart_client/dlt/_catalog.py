"""The tables a copy of a Hotmart account is made of, read from the spec: one per listing.

Nothing here is written per endpoint. An operation becomes a table when the spec gives it
`x-hotmart-primary-key` (every table is merged on its key); the rest comes from the spec and the
overlay's `OPERATIONS`:

- the table's name: the operation's tag and `x-hotmart-method` (`sales_history`; a `list` method
  is the tag alone: `products`);
- how its pages are walked (`x-hotmart-pagination`), and the time `window` an incremental read
  narrows, unless `x-hotmart-incremental: false`;
- `x-hotmart-parent`: the listing whose items supply its path parameters (coupons per product);
- `x-hotmart-snapshot`: each answer is the whole current truth (totals): a read replaces the rows;
- parameters whose default hides items (`x-hotmart-default: {any_of: ...}`: sales endpoints return
  only APPROVED and COMPLETE sales unless asked): the copy lists each value of their enum in turn;
  `days_ago` defaults (only recent subscriptions) get the sync's start date;
- the required parameters nobody supplies (a Members Area `subdomain`, an `event_id`): they come
  from the configuration, and become columns of the table, as every parameter an item was listed
  with does;
- the fields holding epoch milliseconds (`EpochMillis`, or `x-hotmart-format: epoch-millis`) and
  decimals (`x-hotmart-format: decimal`), loaded as timestamps and decimals.

This module imports neither dlt nor the network: it only describes.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._operation import Operation
from ..mock._spec import TIMESTAMP_SCHEMA, MockSpec, SpecOperation, ref_name
from ..resources import OPERATIONS

# A tree of the item fields to convert: key -> subtree, or LEAF. Lists are transparent: a subtree
# applies to every element of a list found where it points.
Paths = dict[str, Any]
LEAF: Any = None

DEFAULT_PAGE_SIZE = 100  # when the spec gives `max_results` no maximum
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Parent:
    """Where a child listing's parameters come from: an item of `table`."""

    table: str
    parameters: Mapping[str, str]  # child parameter -> dotted field of the parent's item


@dataclass(frozen=True)
class Table:
    """One listing of the API, as a table of the copy."""

    name: str
    operation: Operation[Any]
    primary_key: tuple[str, ...]  # dotted item fields, or names of the operation's parameters
    window: tuple[str, str] | None  # (start, end) time parameters bounding the listing
    incremental: bool  # re-read only the recent part of the window on later syncs
    parent: Parent | None
    enumerated: Mapping[str, tuple[Any, ...]]  # parameter -> every value, listed one at a time
    since_parameters: tuple[str, ...]  # start-date parameters whose default hides older items
    configured: tuple[str, ...]  # required parameters the configuration must give
    examples: Mapping[str, Any]  # the spec's example value of each configured parameter
    context: tuple[str, ...]  # parameters whose value is stored with each item (columns)
    page_size: int | None  # max_results to send (None: not paginated)
    timestamps: Paths = field(default_factory=dict)
    decimals: Paths = field(default_factory=dict)
    snapshot: bool = False  # each read is the whole truth: it replaces the table's rows (read in one round)

    @property
    def paginated(self) -> bool:
        return self.operation.pagination is not None

    def convert(self, item: dict[str, Any]) -> None:
        """Epoch milliseconds to aware datetimes and monetary numbers to Decimal, in place.
        A value of another type is left as it came: nothing Hotmart sends is refused."""
        _apply(item, self.timestamps, _to_datetime)
        _apply(item, self.decimals, _to_decimal)


def catalog(spec: MockSpec | None = None) -> dict[str, Table]:
    """Every table of the copy, by name, parents before their children."""
    spec = spec or MockSpec.load()
    found: dict[str, Table] = {}
    by_operation: dict[str, str] = {}
    pending = [op for op in spec.operations if _raw(spec, op).get("x-hotmart-primary-key") is not None]
    # Parents first, so a child can refer to its parent's table (and inherit its context).
    while pending:
        progressed = False
        for op in list(pending):
            parent_id = (_raw(spec, op).get("x-hotmart-parent") or {}).get("operation")
            if parent_id is not None and parent_id not in by_operation:
                continue
            table = _table(spec, op, found.get(by_operation.get(parent_id or "", "")))
            found[table.name] = table
            by_operation[op.operation_id] = table.name
            pending.remove(op)
            progressed = True
        if not progressed:
            names = ", ".join(op.operation_id for op in pending)
            raise ValueError(f"x-hotmart-parent names an operation without a table (or a cycle): {names}")
    return found


def table_name(op: SpecOperation) -> str:
    tag = op.tag.lower().replace(" ", "_")
    return tag if op.method_name == "list" else f"{tag}_{op.method_name}"


def _raw(spec: MockSpec, op: SpecOperation) -> dict[str, Any]:
    raw: dict[str, Any] = spec.doc["paths"][op.path][op.method.lower()]
    return raw


def _table(spec: MockSpec, op: SpecOperation, parent_table: Table | None) -> Table:
    raw = _raw(spec, op)
    operation = OPERATIONS[op.operation_id]
    if operation.method != "GET":
        raise ValueError(f"{op.operation_id}: only read operations can be copied")
    if not raw["x-hotmart-primary-key"]:
        raise ValueError(f"{op.operation_id}: an empty x-hotmart-primary-key (every table is merged on a key)")
    pagination = operation.pagination
    window = pagination.window if pagination is not None else None
    parent = None
    if parent_table is not None:
        parent = Parent(parent_table.name, dict(raw["x-hotmart-parent"].get("parameters") or {}))
    token = pagination.token_parameter if pagination is not None else None
    enumerated: dict[str, tuple[Any, ...]] = {}
    since: list[str] = []
    configured: list[str] = []
    examples: dict[str, Any] = {}
    inherited = set(parent_table.context) if parent_table is not None else set()
    for param in _raw_parameters(spec, op):
        name = param["name"]
        default = param.get("x-hotmart-default") or {}
        schema = spec.resolve(param.get("schema", {}))
        if name in (token, "max_results") or (window is not None and name in window):
            continue
        if default.get("any_of") and isinstance(schema.get("enum"), list):
            enumerated[name] = tuple(schema["enum"])
        elif default.get("days_ago") is not None:
            since.append(name)
        elif param.get("required") and name not in inherited and (parent is None or name not in parent.parameters):
            configured.append(name)
            examples[name] = param.get("example", schema.get("example"))
    from_parent = [*(parent.parameters if parent else ()), *(p.name for p in operation.params if p.name in inherited)]
    context = tuple(dict.fromkeys([*from_parent, *configured, *enumerated]))
    items = spec.items_schema(op) or op.response_schema or {}
    timestamps, decimals = _formats(spec, items)
    return Table(
        name=table_name(op),
        operation=operation,
        primary_key=tuple(raw["x-hotmart-primary-key"]),
        window=window,
        incremental=window is not None and raw.get("x-hotmart-incremental", True) is not False,
        parent=parent,
        enumerated=enumerated,
        since_parameters=tuple(since),
        configured=tuple(configured),
        examples=examples,
        context=context,
        page_size=_page_size(operation) if pagination is not None else None,
        timestamps=timestamps,
        decimals=decimals,
        snapshot=raw.get("x-hotmart-snapshot") is True,
    )


def _raw_parameters(spec: MockSpec, op: SpecOperation) -> Iterator[dict[str, Any]]:
    item = spec.doc["paths"][op.path]
    for node in [*item.get("parameters", []), *_raw(spec, op).get("parameters", [])]:
        resolved: dict[str, Any] = spec.resolve(node)
        yield resolved


def _page_size(operation: Operation[Any]) -> int:
    try:
        maximum = operation.param("max_results").maximum
    except KeyError:
        return DEFAULT_PAGE_SIZE
    return int(maximum) if maximum is not None else DEFAULT_PAGE_SIZE


def _formats(spec: MockSpec, schema: Any) -> tuple[Paths, Paths]:
    """The trees of timestamp and decimal fields under `schema`."""
    timestamps: Paths = {}
    decimals: Paths = {}

    def walk(node: Any, path: tuple[str, ...], depth: int) -> None:
        name = ref_name(node)
        resolved = spec.resolve(node)
        if not isinstance(resolved, dict) or depth > 8:
            return
        kind = resolved.get("x-hotmart-format")
        if name == TIMESTAMP_SCHEMA or kind == "epoch-millis":
            _insert(timestamps, path)
            return
        if kind == "decimal":
            _insert(decimals, path)
            return
        if resolved.get("type") == "array" or "items" in resolved:
            walk(resolved.get("items", {}), path, depth + 1)  # lists are transparent
            return
        for key, child in (resolved.get("properties") or {}).items():
            walk(child, (*path, key), depth + 1)
        for variant in (*resolved.get("anyOf", ()), *resolved.get("oneOf", ()), *resolved.get("allOf", ())):
            walk(variant, path, depth + 1)

    walk(schema, (), 0)
    return timestamps, decimals


def _insert(tree: Paths, path: tuple[str, ...]) -> None:
    if not path:
        return
    for key in path[:-1]:
        child = tree.get(key)
        if not isinstance(child, dict):
            child = tree[key] = {}
        tree = child
    tree.setdefault(path[-1], LEAF)


def _apply(node: Any, tree: Paths, convert: Callable[[Any], Any]) -> None:
    if not tree:
        return
    if isinstance(node, list):
        for element in node:
            _apply(element, tree, convert)
        return
    if not isinstance(node, dict):
        return
    for key, subtree in tree.items():
        if key not in node:
            continue
        value = node[key]
        if subtree is LEAF:
            node[key] = [convert(v) for v in value] if isinstance(value, list) else convert(value)
        else:
            _apply(value, subtree, convert)


def _to_datetime(value: Any) -> Any:
    if type(value) is not int:
        return value
    try:
        return _EPOCH + dt.timedelta(milliseconds=value)
    except OverflowError:
        return value


def _to_decimal(value: Any) -> Any:
    if type(value) is int:
        return decimal.Decimal(value)
    if type(value) is float:
        return decimal.Decimal(repr(value))  # the shortest form: what the JSON said
    return value
