"""Hypothesis strategies from the spec's JSON Schemas (the subset the spec uses).

hypothesis-jsonschema 0.23.1, the obvious tool, calls a Hypothesis internal that current Hypothesis
releases no longer have (`many.more`), so it cannot run next to an up-to-date Hypothesis. This is
the equivalent for the keywords `spec/hotmart.yaml` uses; `unsupported()` fails loudly if the spec
grows a keyword it does not know, and the fuzz tests validate every generated document with
`jsonschema` (an independent validator), so a mistake here shows up as a test failure.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from tests.conformance.schemas import Schema, schema_types

MAX_ITEMS = 3  # longer arrays add run time, not new shapes
MAX_EXTRA_FIELDS = 3
SUPPORTED = frozenset(
    {
        "type", "enum", "const", "properties", "required", "additionalProperties", "items", "minItems",
        "maxItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
        "format", "default", "anyOf",
    }
)  # fmt: skip
# date-time: ISO 8601 as Python writes it, so that a parsed datetime serialises back to the same text.
FORMATS = {
    "email": st.emails(),
    "date-time": st.datetimes(timezones=st.just(dt.UTC)).map(lambda moment: moment.isoformat()),
}

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


def unsupported(schema: Schema) -> set[str]:
    return set(schema) - SUPPORTED


def from_schema(schema: Schema) -> st.SearchStrategy[Any]:
    """Documents valid against `schema`."""
    extra = unsupported(schema)
    if extra:
        raise NotImplementedError(f"schema keywords without a strategy: {sorted(extra)}")
    if "const" in schema:
        return st.just(schema["const"])
    if "anyOf" in schema:  # a document valid against one branch is valid against anyOf
        return st.one_of([from_schema(branch) for branch in schema["anyOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    types = schema_types(schema)
    if not types and "properties" in schema:
        types = {"object"}
    if not types:
        return JSON_VALUES
    return st.one_of([_for_type(kind, schema) for kind in sorted(types)])


def _for_type(kind: str, schema: Schema) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return _integers(schema)
    if kind == "number":
        return _integers(schema) | _floats(schema)
    if kind == "string":
        fmt = schema.get("format")
        if fmt in FORMATS:
            return FORMATS[fmt]
        return st.text(min_size=schema.get("minLength", 0), max_size=schema.get("maxLength", 24))
    if kind == "array":
        low = schema.get("minItems", 0)
        high = min(schema.get("maxItems", MAX_ITEMS), max(low, MAX_ITEMS))
        return st.lists(from_schema(schema.get("items", {})), min_size=low, max_size=high)
    if kind == "object":
        return _objects(schema)
    raise NotImplementedError(f"type {kind!r}")


def _bounds(schema: Schema) -> tuple[float | None, float | None, bool, bool]:
    low, high = schema.get("minimum"), schema.get("maximum")
    exclusive_low = exclusive_high = False
    if "exclusiveMinimum" in schema:
        low, exclusive_low = schema["exclusiveMinimum"], True
    if "exclusiveMaximum" in schema:
        high, exclusive_high = schema["exclusiveMaximum"], True
    return low, high, exclusive_low, exclusive_high


def _integers(schema: Schema) -> st.SearchStrategy[int]:
    low, high, exclusive_low, exclusive_high = _bounds(schema)
    min_value = None if low is None else int(low) + 1 if exclusive_low and low == int(low) else _ceil(low)
    max_value = None if high is None else int(high) - 1 if exclusive_high and high == int(high) else int(high // 1)
    return st.integers(min_value=min_value, max_value=max_value)


def _ceil(value: float) -> int:
    return int(-(-value // 1))


def _floats(schema: Schema) -> st.SearchStrategy[float]:
    low, high, exclusive_low, exclusive_high = _bounds(schema)
    return st.floats(
        min_value=low, max_value=high, exclude_min=exclusive_low and low is not None,
        exclude_max=exclusive_high and high is not None, allow_nan=False, allow_infinity=False,
    )  # fmt: skip


def _objects(schema: Schema) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Schema] = schema.get("properties", {})
    required = set(schema.get("required", []))
    fixed = st.fixed_dictionaries(
        {name: from_schema(sub) for name, sub in properties.items() if name in required},
        optional={name: from_schema(sub) for name, sub in properties.items() if name not in required},
    )
    additional = schema.get("additionalProperties", True)
    if additional is False:
        return fixed
    values = JSON_VALUES if additional is True else from_schema(additional)
    keys = st.text(min_size=1, max_size=12).filter(lambda key: key not in properties)
    extras = st.dictionaries(keys, values, max_size=MAX_EXTRA_FIELDS)
    return st.tuples(fixed, extras).map(lambda pair: {**pair[1], **pair[0]})
