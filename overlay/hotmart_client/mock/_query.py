"""Request parameters: validation against the spec, filters over items, and page tokens."""

from __future__ import annotations

import base64
import binascii
import bisect
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ._data import Collection, Entry, get_path
from ._match import match_field, timestamp_target
from ._spec import FieldInfo, SpecOperation, SpecParam

# The mock's page size when `max_results` is absent. Hotmart documents 50 for the products list only;
# 30 is the mock's choice for the others (pages are short enough to show pagination at work).
DEFAULT_PAGE_SIZE = 30


class InvalidParameter(Exception):
    """Answered as Hotmart's 400 `invalid_parameter`."""


def parse_params(op: SpecOperation, query: Mapping[str, Sequence[str]], path: Mapping[str, str]) -> dict[str, Any]:
    """The operation's parameters from the request, converted to Python values, or InvalidParameter."""
    values: dict[str, Any] = {}
    for param in op.params:
        if param.location == "path":
            raw = [path[param.name]] if param.name in path else []
        elif param.location == "query":
            raw = [v for v in query.get(param.name, []) if v != ""]
        else:
            continue  # headers (webhook signatures) are not part of the REST operations
        if not raw:
            if param.required:
                raise InvalidParameter(f"The parameter '{param.name}' is required.")
            continue
        values[param.name] = _convert_param(param, raw)
    return values


def _convert_param(param: SpecParam, raw: list[str]) -> Any:
    if param.type == "array":
        item_schema = param.schema.get("items", {})
        parts = [part for value in raw for part in value.split(",") if part]
        return [convert(param.name, item_schema, part) for part in parts]
    return convert(param.name, param.schema, raw[-1])


def convert(name: str, schema: Mapping[str, Any], raw: str) -> Any:
    """One query or path value, checked against its schema (type, enum, bounds, length)."""
    kind = schema.get("type", "string")
    kind = next((t for t in kind if t != "null"), "string") if isinstance(kind, list) else kind
    value: Any = raw
    if kind == "integer":
        try:
            value = int(raw)
        except ValueError:
            if schema.get("x-mock-timestamp"):
                raise InvalidParameter(
                    f"The parameter '{name}' has an invalid format. Expected timestamp in milliseconds."
                ) from None
            raise InvalidParameter(f"The parameter '{name}' must be an integer, got '{raw}'.") from None
    elif kind == "number":
        try:
            value = float(raw)
        except ValueError:
            raise InvalidParameter(f"The parameter '{name}' must be a number, got '{raw}'.") from None
    elif kind == "boolean":
        if raw.lower() not in ("true", "false"):
            raise InvalidParameter(f"The parameter '{name}' must be true or false, got '{raw}'.")
        value = raw.lower() == "true"
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"])
        raise InvalidParameter(f"Invalid value '{raw}' for parameter {name}: expected one of {allowed}.")
    return _check_bounds(name, schema, value)


def _check_bounds(name: str, schema: Mapping[str, Any], value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        minimum, maximum = schema.get("minimum"), schema.get("maximum")
        if minimum is not None and value < minimum:
            raise InvalidParameter(f"The parameter '{name}' must be at least {minimum}, got {value}.")
        if maximum is not None and value > maximum:
            raise InvalidParameter(f"The parameter '{name}' must be at most {maximum}, got {value}.")
    if isinstance(value, str):
        max_length = schema.get("maxLength")
        if max_length is not None and len(value) > max_length:
            raise InvalidParameter(f"The parameter '{name}' is longer than {max_length} characters.")
    return value


# -- filters ------------------------------------------------------------------------------------

FilterKind = Literal["eq", "contains", "in", "lower", "upper"]


@dataclass(frozen=True)
class Bounds:
    """Whether a time bound leaves out the millisecond it names (Hotmart does not say)."""

    exclusive_start: bool = False
    exclusive_end: bool = False


@dataclass(frozen=True)
class Filter:
    param: str
    field: FieldInfo
    kind: FilterKind

    def accepts(self, item: Any, wanted: Any, bounds: Bounds = Bounds()) -> bool:
        actual = get_path(item, self.field.path)
        if actual is None:
            return False
        if self.kind == "lower":
            return isinstance(actual, int) and (actual > wanted if bounds.exclusive_start else actual >= wanted)
        if self.kind == "upper":
            return isinstance(actual, int) and (actual < wanted if bounds.exclusive_end else actual <= wanted)
        if self.kind == "contains":
            return normalise(wanted) in normalise(actual)
        if self.kind == "in" or isinstance(wanted, list | tuple):
            return normalise(actual) in {normalise(w) for w in wanted}
        return normalise(actual) == normalise(wanted)


def normalise(value: Any) -> str:
    """Compare query text with item values the way a search box would: case-insensitively."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().lower()


@dataclass(frozen=True)
class Plan:
    """How an operation's parameters apply to a collection: filters, scope and paging."""

    filters: tuple[Filter, ...]
    scope: tuple[SpecParam, ...]  # parameters selecting a sub-list (a product's coupons)
    page_size: SpecParam | None
    page_token: str | None


def plan_for(op: SpecOperation, collection: Collection) -> Plan:
    token = op.pagination["token_parameter"] if op.pagination else None
    page_size = next((p for p in op.params if p.is_page_size), None)
    window = _window_filters(op, collection)
    filters: list[Filter] = []
    scope: list[SpecParam] = []
    for param in op.params:
        if param.location not in ("path", "query") or param.name == token or param is page_size:
            continue
        found = window.get(param.name) or _filter_for(param, collection)
        if found is not None:
            filters.append(found)
        elif param.location == "path" or param.required:
            scope.append(param)
    return Plan(tuple(filters), tuple(scope), page_size, token)


def _window_filters(op: SpecOperation, collection: Collection) -> dict[str, Filter]:
    """The filters of a window whose spec names the item field it bounds (`window.field`: a
    subscription transaction's `transaction_date` bounds its `purchase.order_date`); none for a
    collection without that field (the subscriptions a listing of their charges is built from)."""
    window = (op.pagination or {}).get("window") or {}
    bounded = next((f for f in collection.fields if f.dotted == window.get("field") and f.is_timestamp), None)
    if bounded is None:
        return {}
    start, end = window["start"], window["end"]
    return {start: Filter(start, bounded, "lower"), end: Filter(end, bounded, "upper")}


def _filter_for(param: SpecParam, collection: Collection) -> Filter | None:
    if param.is_timestamp:
        target = timestamp_target(param.name, collection.fields, collection.primary)
        return Filter(param.name, target[0], target[1]) if target else None
    field = match_field(param.name, collection.fields, enum_name=param.enum_name, entity=collection.entity)
    if field is None:
        return None
    kind: FilterKind = "eq"
    if param.type == "array":
        kind = "in"
    elif field.path[-1].endswith("name") and field.type == "string":
        kind = "contains"  # "Buyer's name (or part of it)"
    return Filter(param.name, field, kind)


def with_defaults(op: SpecOperation, values: Mapping[str, Any], today_millis: int) -> dict[str, Any]:
    """`values` plus what Hotmart assumes for absent parameters (their `x-hotmart-default`).

    `any_of` filters as if those values were given; `days_ago` is a time `days_ago` days before the
    mock's today; `unless` names parameters whose presence turns the default off.
    """
    effective = dict(values)
    for param in op.params:
        default = param.default
        if not default or param.name in values or any(name in values for name in default.get("unless", [])):
            continue
        if "any_of" in default:
            effective[param.name] = list(default["any_of"])
        elif "days_ago" in default:
            effective[param.name] = today_millis - int(default["days_ago"]) * 86_400_000
    return effective


def apply_filters(
    entries: list[Entry], filters: Sequence[Filter], values: Mapping[str, Any], bounds: Bounds = Bounds()
) -> list[Entry]:
    active = [(f, values[f.param]) for f in filters if f.param in values]
    if not active:
        return entries
    return [e for e in entries if all(f.accepts(e.item, wanted, bounds) for f, wanted in active)]


# -- pages --------------------------------------------------------------------------------------


def query_digest(values: Mapping[str, Any], ignore: Sequence[str]) -> str:
    """A short fingerprint of the filters, so a token is not reused with different ones."""
    kept = {k: v for k, v in sorted(values.items()) if k not in ignore}
    return hashlib.sha256(json.dumps(kept, default=str).encode()).hexdigest()[:10]


def encode_token(direction: str, key: tuple[int, int], fingerprint: str) -> str:
    """A page token: `after`/`before` an item's key (keyset), or `offset` (the position in the
    listing as it is when the token is used: `MockConfig.offset_tokens`)."""
    payload = json.dumps({direction: list(key), "q": fingerprint}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode("ascii")


def decode_token(name: str, token: str, fingerprint: str) -> tuple[str, tuple[int, int]]:
    try:
        payload = json.loads(base64.urlsafe_b64decode(token.encode("ascii")))
        direction = next(d for d in ("after", "before", "offset") if d in payload)
        first, second = payload[direction]
        key = (int(first), int(second))
        matches = payload.get("q") == fingerprint
    except (ValueError, KeyError, TypeError, StopIteration, binascii.Error, UnicodeEncodeError):
        raise InvalidParameter(f"The parameter '{name}' is not a valid page token.") from None
    if not matches:
        raise InvalidParameter(f"The parameter '{name}' belongs to a query with other filters.")
    return direction, key


@dataclass(frozen=True)
class Page:
    entries: list[Entry]
    total: int
    next_key: tuple[int, int] | None
    prev_key: tuple[int, int] | None
    start: int = 0  # the position of the first entry in the listing
    size: int = 0

    def tokens(self, fingerprint: str, *, offsets: bool) -> tuple[str | None, str | None]:
        """(next, previous) page tokens: keys of the items at the page's ends, or, with `offsets`,
        positions in the listing (which move when items arrive before them)."""
        if offsets:
            following = self.start + self.size if self.next_key is not None else None
            before = max(0, self.start - self.size) if self.prev_key is not None else None
            return (
                None if following is None else encode_token("offset", (following, 0), fingerprint),
                None if before is None else encode_token("offset", (before, 0), fingerprint),
            )
        return (
            None if self.next_key is None else encode_token("after", self.next_key, fingerprint),
            None if self.prev_key is None else encode_token("before", self.prev_key, fingerprint),
        )


def paginate(entries: list[Entry], size: int, position: tuple[str, tuple[int, int]] | None) -> Page:
    """Keyset pagination: a token names the last (or first) item seen, so items created, deleted
    or changed between two calls never shift the next page (no item is skipped or repeated). An
    `offset` token is a position in the listing instead, which such changes do shift."""
    keys = [e.key for e in entries]
    start = 0
    if position is not None:
        direction, key = position
        if direction == "offset":
            start = max(0, key[0])
        elif direction == "after":
            start = bisect.bisect_right(keys, key)
        else:
            start = max(0, bisect.bisect_left(keys, key) - size)
    chunk = entries[start : start + size]
    has_next = start + size < len(entries)
    return Page(
        entries=chunk,
        total=len(entries),
        next_key=chunk[-1].key if chunk and has_next else None,
        prev_key=chunk[0].key if chunk and start > 0 else None,
        start=start,
        size=size,
    )
