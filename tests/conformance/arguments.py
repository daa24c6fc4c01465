"""Arguments for every operation, derived from the spec, and the resource method that takes them.

A value comes from the parameter's (or request body property's) example in the spec, else from its
schema (first enum value, a number within the bounds...). It is then given in the form a Python
caller would use: a `datetime` for a timestamp, the enum member for an enum, so the overlay's
conversions are part of what the contract test checks.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hotmart_client import AsyncHotmart, Hotmart
from hotmart_client._coerce import enum_class
from hotmart_client._operation import Operation, Param
from tests.conformance.schemas import Schema, plain, schema_types
from tests.support import resolve, spec_operations

SPEC_OPERATIONS = {op["operationId"]: (path, method, op) for path, method, op in spec_operations()}
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def resource_method(client: Hotmart | AsyncHotmart, operation_id: str, *, autopaginate: bool = False) -> Any:
    """`client.<area>.<method>` (or its `.export` walk) of an operation."""
    _, _, op = SPEC_OPERATIONS[operation_id]
    method = getattr(getattr(client, snake(op["tags"][0])), op["x-hotmart-method"])
    return method.export if autopaginate else method


def spec_inputs(operation_id: str) -> dict[str, tuple[Schema, Any]]:
    """(plain schema, example or None) of every parameter and request body property, by name."""
    _, _, op = SPEC_OPERATIONS[operation_id]
    inputs: dict[str, tuple[Schema, Any]] = {}
    for raw in op.get("parameters", []):
        param = resolve(raw)
        inputs[param["name"]] = (plain(param["schema"]), param.get("example"))
    body = op.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None:
        example = body.get("example", {})
        for name, schema in plain(body["schema"]).get("properties", {}).items():
            inputs[name] = (schema, example.get(name))
    return inputs


def schema_value(schema: Schema) -> Any:
    """A value valid against `schema` (JSON data)."""
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    types = schema_types(schema) - {"null"}
    if "object" in types or "properties" in schema:
        return {name: schema_value(sub) for name, sub in schema.get("properties", {}).items()}
    if "array" in types:
        return [schema_value(schema.get("items", {}))] * max(1, schema.get("minItems", 1))
    if "boolean" in types:
        return True
    if "integer" in types:
        least = int(schema["minimum"]) if "minimum" in schema else int(schema.get("exclusiveMinimum", 0)) + 1
        return min(max(least, 1), int(schema.get("maximum", 2**31)))
    if "number" in types:
        low = _bound(schema, "minimum", "exclusiveMinimum", 0.0)
        high = _bound(schema, "maximum", "exclusiveMaximum", low + 1.0)
        return round((low + high) / 2, 2)
    if schema.get("format") == "email":
        return "buyer@example.com"
    return "ABC123"


def _bound(schema: Schema, inclusive: str, exclusive: str, default: float) -> float:
    value: float = schema[inclusive] if inclusive in schema else schema.get(exclusive, default)
    return value


def python_value(param: Param, value: Any) -> Any:
    """`value` (JSON data) as a Python caller passes it."""
    if param.kind == "timestamp":
        return EPOCH + dt.timedelta(milliseconds=value)
    if param.kind == "enum" and param.enum is not None:
        return enum_class(param.enum)(value)
    return value


def arguments(operation: Operation[Any], *, everything: bool) -> dict[str, Any]:
    """Keyword arguments for the operation's method: required parameters, or every parameter."""
    inputs = spec_inputs(operation.operation_id)
    args: dict[str, Any] = {}
    for param in operation.params:
        if not (param.required or everything):
            continue
        schema, example = inputs[param.name]
        args[param.name] = python_value(param, example if example is not None else schema_value(schema))
    return args
