"""What `hotmart verify` reads, in which order, and where each id comes from: all from the spec.

Every GET operation becomes a `Step`. The parameters it cannot be called without come from, in
order of preference:

- `x-hotmart-parent`: the listing whose items supply them (`listProductOffers` takes the `ucode`
  of `listProducts`' items); a child also inherits the parent call's other arguments of the same
  name (a student's progress is read in the Members Area the student was listed in);
- `x-hotmart-values-from` on the parameter: a listing and a field, optionally only items whose enum
  fields hold some values (an event's id is the `id` of a product in the `ETICKET` format);
- a listing whose values carry the parameter's name: the last part of an `x-hotmart-primary-key`
  field (`transaction` is `purchase.transaction` of the sales history), or a parameter some
  `x-hotmart-parent` fills (`product_id` is a product's `id`). A bare `id`, `code` or `key` names
  an item only within its own listing, so it matches nothing;
- the caller (`parameters`, `--parameter NAME=VALUE`): a Members Area `subdomain`.

Optional filters that the same name matching can feed are tried once with a real id each (the
sales participants of one `transaction`). `x-hotmart-default` says which filters hide items when
absent: each value of an `any_of` default is read (every sale status), and a `days_ago` default
gets a date early enough for the whole account.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..mock._spec import PAGE_SIZE_PARAM, MockSpec, SpecOperation

GENERIC_NAMES = frozenset({"id", "code", "key"})  # an item's identity within its own listing only
How = Literal["parent", "values-from", "name"]


@dataclass(frozen=True)
class Feed:
    """The values of a parameter: field `field` (dotted) of the items of `operation`."""

    operation: str
    field: str
    how: How
    where: tuple[tuple[str, frozenset[Any]], ...] = ()  # (item field, accepted values)

    def describe(self) -> str:
        where = "".join(f" with {name} in {', '.join(sorted(map(str, values)))}" for name, values in self.where)
        return f"{self.operation} items' {self.field}{where}"


@dataclass(frozen=True)
class Step:
    """One read operation and how to call it (all from the spec: an operation the client was not
    generated with yet is planned too, though it cannot be called)."""

    spec: SpecOperation
    needs: Mapping[str, Feed | None]  # required parameter -> where its values come from (None: the caller)
    parent: str | None  # x-hotmart-parent operation
    filters: Mapping[str, tuple[Feed, ...]]  # optional parameters an id of the account can be tried in
    enumerated: Mapping[str, tuple[str, ...]]  # parameters whose absence hides values -> every value
    since: tuple[str, ...]  # parameters whose absence hides older items (days_ago defaults)
    window: tuple[str, str] | None  # (start, end) time parameters
    primary_key: tuple[str, ...]  # dotted item fields (names of parameters left out)
    examples: Mapping[str, Any]  # the spec's example of each parameter the caller must give

    @property
    def operation_id(self) -> str:
        return self.spec.operation_id

    @property
    def paginated(self) -> bool:
        return self.spec.pagination is not None

    @property
    def items_key(self) -> str | None:
        return str(self.spec.pagination["items"]) if self.spec.pagination else None

    @property
    def token_parameter(self) -> str | None:
        return str(self.spec.pagination["token_parameter"]) if self.spec.pagination else None

    @property
    def next_token_path(self) -> tuple[str, ...]:
        return tuple(str(self.spec.pagination["next_token"]).split(".")) if self.spec.pagination else ()

    @property
    def page_size_parameter(self) -> str | None:
        param = self.spec.param(PAGE_SIZE_PARAM)
        return PAGE_SIZE_PARAM if self.paginated and param is not None and param.location == "query" else None

    @property
    def page_size_maximum(self) -> int | None:
        param = self.spec.param(PAGE_SIZE_PARAM)
        maximum = param.schema.get("maximum") if param is not None else None
        return int(maximum) if isinstance(maximum, int | float) else None


def plan(spec: MockSpec | None = None) -> list[Step]:
    """Every read operation of the spec (but the token endpoint), each after those it needs."""
    spec = spec or MockSpec.load()
    reads = [op for op in spec.operations if op.is_read and not op.is_token_endpoint]
    by_name = _named_feeds(spec, reads)
    steps = {op.operation_id: _step(spec, op, by_name) for op in reads}
    return _ordered(steps)


def raw_operation(spec: MockSpec, op: SpecOperation) -> dict[str, Any]:
    found: dict[str, Any] = spec.doc["paths"][op.path][op.method.lower()]
    return found


def raw_parameters(spec: MockSpec, op: SpecOperation) -> Iterator[dict[str, Any]]:
    item = spec.doc["paths"][op.path]
    for node in [*item.get("parameters", []), *raw_operation(spec, op).get("parameters", [])]:
        resolved: dict[str, Any] = spec.resolve(node)
        yield resolved


def _named_feeds(spec: MockSpec, reads: list[SpecOperation]) -> dict[str, list[Feed]]:
    """Parameter name -> the listings whose items hold values of that name, in spec order."""
    found: dict[str, list[Feed]] = {}
    for op in reads:
        raw = raw_operation(spec, op)
        own = {param.name for param in op.params}
        for dotted in raw.get("x-hotmart-primary-key") or ():
            last = dotted.rsplit(".", 1)[-1]
            if dotted not in own and last not in GENERIC_NAMES:
                found.setdefault(last, []).append(Feed(op.operation_id, dotted, "name"))
        parent = raw.get("x-hotmart-parent") or {}
        for child, parent_field in (parent.get("parameters") or {}).items():
            if child not in GENERIC_NAMES:
                found.setdefault(child, []).append(Feed(parent["operation"], parent_field, "name"))
    return {name: list(dict.fromkeys(feeds)) for name, feeds in found.items()}


def _step(spec: MockSpec, op: SpecOperation, by_name: Mapping[str, list[Feed]]) -> Step:
    raw = raw_operation(spec, op)
    pagination = op.pagination or {}
    bounds = pagination.get("window") or {}
    window = (str(bounds["start"]), str(bounds["end"])) if bounds else None
    skipped = {pagination.get("token_parameter"), PAGE_SIZE_PARAM} if pagination else set()
    parent = raw.get("x-hotmart-parent") or {}
    from_parent: Mapping[str, str] = parent.get("parameters") or {}
    needs: dict[str, Feed | None] = {}
    filters: dict[str, tuple[Feed, ...]] = {}
    enumerated: dict[str, tuple[str, ...]] = {}
    since: list[str] = []
    examples: dict[str, Any] = {}
    for param in raw_parameters(spec, op):
        name = param["name"]
        if name in skipped or (window is not None and name in window):
            continue
        schema = spec.resolve(param.get("schema", {}))
        default = param.get("x-hotmart-default") or {}
        others = [feed for feed in by_name.get(name, ()) if feed.operation != op.operation_id]
        if param.get("required") or param.get("in") == "path":
            needs[name] = _need(name, param, parent, from_parent, others)
            if needs[name] is None:
                examples[name] = param.get("example", schema.get("example"))
        elif default.get("any_of") and isinstance(schema.get("enum"), list):
            enumerated[name] = tuple(str(value) for value in schema["enum"])
        elif default.get("days_ago") is not None:
            since.append(name)
        elif by_name.get(name):
            filters[name] = tuple(by_name[name])  # its own items too: a listing filtered by its own ids
    return Step(
        spec=op,
        needs=needs,
        parent=parent.get("operation"),
        filters=filters,
        enumerated=enumerated,
        since=tuple(since),
        window=window,
        primary_key=tuple(key for key in raw.get("x-hotmart-primary-key") or () if key not in needs),
        examples=examples,
    )


def _need(
    name: str, param: Mapping[str, Any], parent: Mapping[str, Any], from_parent: Mapping[str, str], others: list[Feed]
) -> Feed | None:
    if name in from_parent:
        return Feed(parent["operation"], from_parent[name], "parent")
    values_from = param.get("x-hotmart-values-from")
    if isinstance(values_from, Mapping):
        where = tuple((key, frozenset(values)) for key, values in (values_from.get("where") or {}).items())
        return Feed(values_from["operation"], values_from["field"], "values-from", where)
    return others[0] if others else None


def _ordered(steps: dict[str, Step]) -> list[Step]:
    """Steps after the listings their needs come from (spec order otherwise)."""
    done: dict[str, Step] = {}
    pending = list(steps.values())
    while pending:
        ready = [
            step
            for step in pending
            if all(
                feed is None or feed.operation in done or feed.operation not in steps for feed in step.needs.values()
            )
        ]
        if not ready:
            names = ", ".join(step.operation_id for step in pending)
            raise ValueError(f"the spec's parameter sources form a cycle: {names}")
        for step in ready:
            done[step.operation_id] = step
            pending.remove(step)
    return list(done.values())


def bare_step(spec: MockSpec, operation_id: str) -> Step:
    """A step for an operation called with arguments chosen by hand (the writes)."""
    return Step(
        spec=spec.by_id[operation_id],
        needs={},
        parent=None,
        filters={},
        enumerated={},
        since=(),
        window=None,
        primary_key=(),
        examples={},
    )


def select(steps: list[Step], names: Iterable[str]) -> list[Step]:
    """`steps` reduced to those named and the listings their ids come from (in plan order)."""
    by_id = {step.operation_id: step for step in steps}
    unknown = sorted(set(names) - set(by_id))
    if unknown:
        raise ValueError(f"not read operations of the spec: {', '.join(unknown)}")
    wanted: set[str] = set()
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in wanted:
            continue
        wanted.add(name)
        pending.extend(feed.operation for feed in by_id[name].needs.values() if feed is not None)
    return [step for step in steps if step.operation_id in wanted]
