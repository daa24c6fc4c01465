"""The OpenAPI spec as the mock server reads it: operations, parameters, schemas and examples.

Everything the mock serves is derived from here, so an operation added to `spec/hotmart.yaml` (and
regenerated into the `hotmart_api` package) is served without touching the mock.
"""

from __future__ import annotations

import hashlib
import importlib.resources
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
TIMESTAMP_SCHEMA = "EpochMillis"
# The page-size parameter of Hotmart's pagination page. Hotmart documents no maximum: the mock caps
# larger values at MockConfig.max_page_size rather than rejecting the call.
PAGE_SIZE_PARAM = "max_results"

Schema = dict[str, Any]


def ref_name(node: Any) -> str | None:
    """`Foo` for a `{"$ref": "#/components/schemas/Foo"}` node, else None."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def load_spec_text(path: str | Path | None = None) -> str:
    """The spec shipped inside the generated package (or the file at `path`)."""
    if path is not None:
        return Path(path).read_text(encoding="utf-8")
    return importlib.resources.files("hotmart_api").joinpath("openapi.yaml").read_text(encoding="utf-8")


@dataclass(frozen=True)
class SpecParam:
    name: str
    location: str  # "path", "query" or "header"
    required: bool
    schema: Schema  # resolved
    enum_name: str | None = None  # named component enum, e.g. "PurchaseStatus"
    component: str | None = None  # the shared parameter it came from, e.g. "MaxResults"
    description: str = ""
    # What Hotmart assumes when the parameter is absent (`x-hotmart-default`), e.g.
    # {"days_ago": 30} or {"any_of": ["APPROVED", "COMPLETE"], "unless": ["transaction"]}.
    default: dict[str, Any] | None = None
    example: Any = None  # the value the spec's example requests use

    @property
    def is_page_size(self) -> bool:
        return self.name == PAGE_SIZE_PARAM and self.location == "query"

    @property
    def is_timestamp(self) -> bool:
        return self.schema.get("x-mock-timestamp") is True

    @property
    def type(self) -> str:
        kind = self.schema.get("type", "string")
        return str(next(t for t in kind if t != "null")) if isinstance(kind, list) else str(kind)


@dataclass(frozen=True)
class FieldInfo:
    """A scalar leaf of an item schema, e.g. `purchase.status`."""

    path: tuple[str, ...]
    schema: Schema  # resolved
    enum_name: str | None
    is_timestamp: bool

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def type(self) -> str:
        kind = self.schema.get("type", "string")
        return str(next(t for t in kind if t != "null")) if isinstance(kind, list) else str(kind)


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str  # upper case
    path: str
    tag: str
    method_name: str  # x-hotmart-method
    params: tuple[SpecParam, ...]
    body_schema: Schema | None  # raw (may be a $ref)
    body_required: bool
    success_status: int
    response_schema: Schema | None  # raw (may be a $ref) of the success response, if it has content
    response_example: Any
    pagination: dict[str, Any] | None
    summary: str = ""
    description: str = ""
    is_token_endpoint: bool = False
    # What a write does to the items it identifies (`x-hotmart-effect`), e.g. {"status": "INACTIVE"}.
    effect: dict[str, Any] = field(default_factory=dict)
    _by_name: dict[str, SpecParam] = field(default_factory=dict, repr=False, compare=False)

    def param(self, name: str) -> SpecParam | None:
        return self._by_name.get(name)

    @property
    def is_read(self) -> bool:
        return self.method == "GET"

    @property
    def path_params(self) -> tuple[SpecParam, ...]:
        return tuple(p for p in self.params if p.location == "path")


# libyaml's loader when PyYAML was built with it: the spec is large and servers start often in tests.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PARSED: dict[str, dict[str, Any]] = {}


def _parse(text: str, digest: str) -> dict[str, Any]:
    if digest not in _PARSED:
        _PARSED[digest] = yaml.load(text, Loader=_Loader)  # a safe loader, libyaml's when available
    return _PARSED[digest]


class MockSpec:
    """The parsed spec with `$ref` resolution and the operation list."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        self.doc: dict[str, Any] = _parse(text, self.digest)
        self.components: dict[str, Any] = self.doc.get("components", {})
        self.operations: list[SpecOperation] = list(self._operations())
        self.by_id = {op.operation_id: op for op in self.operations}

    @classmethod
    def load(cls, path: str | Path | None = None) -> MockSpec:
        return cls(load_spec_text(path))

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            section, name = str(node["$ref"]).split("/")[-2:]
            node = self.components[section][name]
        return node

    def schema(self, name: str) -> Schema:
        found: Schema = self.components["schemas"][name]
        return found

    # -- operations ---------------------------------------------------------------------------

    def _operations(self) -> Iterator[SpecOperation]:
        for path, item in self.doc.get("paths", {}).items():
            for method in HTTP_METHODS:
                raw = item.get(method)
                if raw is not None:
                    yield self._operation(path, method, raw, item)

    def _operation(self, path: str, method: str, raw: dict[str, Any], item: dict[str, Any]) -> SpecOperation:
        params = tuple(self._param(p) for p in [*item.get("parameters", []), *raw.get("parameters", [])])
        body = raw.get("requestBody")
        body = self.resolve(body) if body else None
        body_schema = body["content"].get("application/json", {}).get("schema") if body else None
        status, response = self._success_response(raw)
        content = (response or {}).get("content", {}).get("application/json")
        # The token endpoint is the operation served from its own host (a path-level `servers`).
        own_host = bool(item.get("servers"))
        op = SpecOperation(
            operation_id=raw["operationId"],
            method=method.upper(),
            path=path,
            tag=(raw.get("tags") or ["Default"])[0],
            method_name=raw.get("x-hotmart-method", raw["operationId"]),
            params=params,
            body_schema=body_schema,
            body_required=bool(body and body.get("required")),
            success_status=status,
            response_schema=content.get("schema") if content else None,
            response_example=self._example(content) if content else None,
            pagination=raw.get("x-hotmart-pagination"),
            summary=str(raw.get("summary", "")).strip(),
            description=str(raw.get("description", "")).strip(),
            is_token_endpoint=own_host and method == "post",
            effect=dict(raw.get("x-hotmart-effect") or {}),
        )
        op._by_name.update({p.name: p for p in params})
        return op

    def _success_response(self, raw: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        codes = sorted(int(code) for code in raw.get("responses", {}) if str(code).isdigit() and str(code)[0] == "2")
        if not codes:
            return 200, None
        return codes[0], self.resolve(raw["responses"][str(codes[0])])

    @staticmethod
    def _example(content: dict[str, Any]) -> Any:
        if "example" in content:
            return content["example"]
        examples = content.get("examples") or {}
        first = next(iter(examples.values()), None)
        return first.get("value") if isinstance(first, dict) else None

    def _param(self, node: dict[str, Any]) -> SpecParam:
        component = ref_name(node)
        raw = self.resolve(node)
        schema_node = raw.get("schema", {})
        enum_name = None
        name = ref_name(schema_node)
        schema = dict(self.resolve(schema_node))
        if name == TIMESTAMP_SCHEMA:
            schema["x-mock-timestamp"] = True
        elif name and "enum" in schema:
            enum_name = name
        return SpecParam(
            name=raw["name"],
            location=raw["in"],
            required=bool(raw.get("required")),
            schema=schema,
            enum_name=enum_name,
            component=component,
            description=" ".join(str(raw.get("description", "")).split()),
            default=raw.get("x-hotmart-default"),
            example=raw.get("example", schema.get("example")),
        )

    # -- schemas ------------------------------------------------------------------------------

    def items_schema(self, op: SpecOperation) -> Schema | None:
        """The (raw) item schema of a list operation: a page's items or a bare array's items."""
        if op.response_schema is None:
            return None
        body = self.resolve(op.response_schema)
        if op.pagination is not None:
            body = self.resolve(body.get("properties", {}).get(op.pagination["items"], {}))
        if body.get("type") == "array":
            items: Schema = body.get("items", {})
            return items
        return None

    def leaf_fields(self, schema: Any, prefix: tuple[str, ...] = (), depth: int = 0) -> Iterator[FieldInfo]:
        """Every scalar leaf reachable through object properties (arrays are not descended)."""
        name = ref_name(schema)
        resolved = self.resolve(schema)
        if name == TIMESTAMP_SCHEMA:
            yield FieldInfo(prefix, resolved, None, True)
            return
        properties = resolved.get("properties")
        if isinstance(properties, dict) and depth < 6:
            for key, child in properties.items():
                yield from self.leaf_fields(child, (*prefix, key), depth + 1)
            return
        if prefix and resolved.get("type") not in ("array", "object"):
            enum_name = name if name and "enum" in resolved else None
            yield FieldInfo(prefix, resolved, enum_name, False)
