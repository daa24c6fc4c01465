"""The spec's schemas as plain JSON Schema, for tools that know JSON Schema but not OpenAPI.

OpenAPI 3.1 schemas are JSON Schema 2020-12 plus `$ref`s into `components` and a few annotation
keywords. `plain()` inlines every `$ref` (the spec has no recursive schemas) and drops what only
documents; `format: int32/int64` becomes the numeric range OpenAPI gives it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from tests.support import SPEC, spec_operations

Schema = dict[str, Any]

ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "externalDocs", "xml", "readOnly", "writeOnly"}
)
NAMED_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def component(ref: str) -> Schema:
    section, name = ref.split("/")[-2:]
    node: Schema = SPEC["components"][section][name]
    return node


def plain(node: Any) -> Any:
    """`node` with `$ref`s inlined and OpenAPI-only keywords removed."""
    if isinstance(node, list):
        return [plain(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return plain(component(node["$ref"]))
    result: Schema = {}
    for key, value in node.items():
        if key in ANNOTATIONS or key.startswith("x-"):
            continue
        if key in NAMED_SCHEMA_MAPS:
            result[key] = {name: plain(schema) for name, schema in value.items()}
        elif key == "format" and value in INT_RANGES:
            low, high = INT_RANGES[value]
            result.setdefault("minimum", low)
            result.setdefault("maximum", high)
        else:
            result[key] = plain(value)
    return result


@dataclass(frozen=True)
class DocumentSchema:
    """A JSON document the client parses: a 200 response body or a webhook payload."""

    name: str  # operationId, or the payload schema's name for webhooks
    schema: Schema  # plain JSON Schema
    model: str | None  # generated model class name when the document is one object


def _json_schema(content: dict[str, Any]) -> Schema | None:
    media = content.get("application/json")
    return None if media is None else media.get("schema")


@cache
def response_schemas() -> tuple[DocumentSchema, ...]:
    """Every operation whose 200 response has a JSON body (the token endpoint included)."""
    found = []
    for _, _, op in spec_operations():
        raw = _json_schema(op["responses"]["200"].get("content", {}))
        if raw is not None:
            model = raw["$ref"].rsplit("/", 1)[-1] if "$ref" in raw else None
            found.append(DocumentSchema(op["operationId"], plain(raw), model))
    return tuple(found)


@cache
def webhook_schemas() -> tuple[DocumentSchema, ...]:
    """The distinct payload schemas of the spec's webhooks."""
    names: dict[str, None] = {}
    for item in SPEC.get("webhooks", {}).values():
        raw = _json_schema(item["post"]["requestBody"]["content"])
        if raw is not None and "$ref" in raw:
            names[raw["$ref"].rsplit("/", 1)[-1]] = None
    return tuple(DocumentSchema(name, plain(SPEC["components"]["schemas"][name]), name) for name in names)


def schema_types(schema: Schema) -> set[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return set(kind)
    return {kind} if isinstance(kind, str) else set()


def walk(schema: Schema) -> Iterator[Schema]:
    """The schema and every subschema below it."""
    yield schema
    for name in ("properties", "patternProperties"):
        for sub in schema.get(name, {}).values():
            yield from walk(sub)
    for name in ("items", "additionalProperties", "not"):
        sub = schema.get(name)
        if isinstance(sub, dict):
            yield from walk(sub)
    for name in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for sub in schema.get(name, []):
            yield from walk(sub)
