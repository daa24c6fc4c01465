"""Render the overlay's resource modules from the spec and the freshly generated package:
`overlay/hotmart_client/resources/<area>.py` (one per tag: its operations, sync and async classes
and their raw-response twins), `resources/__init__.py` and `_constants.py` (hosts).

The spec gives the semantics (which resource and method name, which parameters are timestamps or
enums, pagination, request bodies, `x-hotmart-*` extensions); the generated package gives the
Python names of models and enums (read from the signatures of its `build_request_kwargs`/
`parse_success` functions), so the two never disagree about naming.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import textwrap
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import fix_reserved_words, snake_case

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class Arg:
    name: str
    location: str
    kind: str
    required: bool
    description: str
    enum: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    python_name: str | None = None  # the generated builder's argument name, when it differs
    model: str | None = None  # generated model of an object-valued body field
    values: tuple[str, ...] = ()  # an enum's documented values
    bound: str | None = None  # x-hotmart-bound: start or end of a time range
    start: str | None = None  # x-hotmart-bound-start: the start paired with an end bound
    days_ago: int | None = None  # x-hotmart-default: days_ago
    unless: tuple[str, ...] = ()  # x-hotmart-default: unless

    @property
    def annotation(self) -> str:
        literal = f"{self.enum} | {self.enum}Value" if self.values else "str"
        return {
            "int": "int",
            "number": "NumberLike",
            "bool": "bool",
            "str": "str",
            "timestamp": "TimeLike",
            "enum": literal,
            "enum_list": f"Sequence[{literal}] | {literal}",
            "str_list": "Sequence[str] | str",
            "int_list": "Sequence[int]",
            "object": f"{self.model} | Mapping[str, Any]",
        }[self.kind]

    def param_literal(self) -> str:
        parts = [repr(self.name), repr(self.location), repr(self.kind)]
        if self.required:
            parts.append("required=True")
        if self.enum:
            parts.append(f"enum={self.enum!r}")
        if self.minimum is not None:
            parts.append(f"minimum={self.minimum}")
        if self.maximum is not None:
            parts.append(f"maximum={self.maximum}")
        if self.python_name and self.python_name != self.name:
            parts.append(f"python_name={self.python_name!r}")
        if self.bound:
            parts.append(f"bound={self.bound!r}")
        if self.start:
            parts.append(f"start={self.start!r}")
        if self.days_ago is not None:
            parts.append(f"days_ago={self.days_ago}")
        if self.unless:
            parts.append(f"unless={self.unless!r}")
        return f"Param({', '.join(parts)})"


@dataclass
class Op:
    operation_id: str
    tag: str
    method_name: str
    http_method: str
    path: str
    module: str
    summary: str
    description: str
    args: list[Arg]
    return_type: str
    body_model: str | None
    pagination: dict[str, str] | None
    item_type: str | None
    success_is_list: bool
    has_body: bool
    # status code ("200", "4XX", "default") -> its documented header names, lower case (drift recorder)
    responses: dict[str, list[str]] = field(default_factory=dict)
    primary_key: tuple[str, ...] = ()  # x-hotmart-primary-key: the item fields identifying an item
    names: set[str] = field(default_factory=set)

    @property
    def constant(self) -> str:
        return snake_case(self.operation_id).upper()

    @property
    def endpoint_class(self) -> str:
        """The class of a paginated operation's endpoint object (`SalesHistory`)."""
        return class_name(self.tag) + "".join(part.title() for part in self.method_name.split("_"))


class Spec:
    def __init__(self, path: Path) -> None:
        self.doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.schemas: dict[str, Any] = self.doc["components"]["schemas"]

    def enum_values(self, name: str | None) -> tuple[str, ...]:
        """The documented values of the enum schema `name` (for `Literal[...]` annotations)."""
        schema = self.schemas.get(name or "", {})
        return tuple(str(v) for v in schema.get("enum", ()))

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            section, name = node["$ref"].split("/")[-2:]
            node = self.doc["components"][section][name]
        return node

    def kind(self, schema: dict[str, Any]) -> tuple[str, str | None, dict[str, Any]]:
        """(kind, enum class name, resolved schema) of a parameter or body property schema."""
        if "$ref" in schema:
            name = schema["$ref"].split("/")[-1]
            target = self.resolve(schema)
            if name == "EpochMillis":
                return "timestamp", None, target
            if "enum" in target:
                return "enum", name, target
            if target.get("type") == "object":
                return "object", name, target
            return self.kind(target)
        kind_type = schema.get("type", "string")
        if isinstance(kind_type, list):
            kind_type = next(t for t in kind_type if t != "null")
        if kind_type == "array":
            item_kind, item_enum, _ = self.kind(schema.get("items", {}))
            if item_kind == "enum":
                return "enum_list", item_enum, schema
            return ("int_list" if item_kind == "int" else "str_list"), None, schema
        simple = {"integer": "int", "number": "number", "boolean": "bool"}
        return simple.get(kind_type, "str"), None, schema


def type_name(annotation: Any) -> str:
    """A Python annotation from the generated code, as source text for the resources module."""
    if annotation is None or annotation is type(None):
        return "None"
    origin = typing.get_origin(annotation)
    if origin is list:
        (arg,) = typing.get_args(annotation)
        return f"builtins.list[{type_name(arg)}]"
    if origin in (typing.Union, types.UnionType):
        kept = [a for a in typing.get_args(annotation) if getattr(a, "__name__", "") != "Unset"]
        return " | ".join(type_name(a) for a in kept)
    if annotation is Any:
        return "Any"
    return str(annotation.__name__)


def collect(spec: Spec) -> list[Op]:
    ops: list[Op] = []
    for path, item in spec.doc["paths"].items():
        for http_method in HTTP_METHODS:
            raw = item.get(http_method)
            if raw is None or raw.get("x-hotmart-token-endpoint"):
                continue  # the token endpoint is driven by the auth layer, not a resource method
            ops.append(build_op(spec, path, http_method, raw, item.get("parameters", [])))
    return sorted(ops, key=lambda op: (op.tag, op.operation_id))


def build_op(spec: Spec, path: str, http_method: str, raw: dict[str, Any], shared: list[Any]) -> Op:
    tag = raw["tags"][0]
    module_name = f"hotmart_api.api.{snake_case(tag)}.{snake_case(raw['operationId'])}"
    module = importlib.import_module(module_name)
    signature = inspect.signature(module.build_request_kwargs, eval_str=True)
    args: list[Arg] = []
    for param in [spec.resolve(p) for p in [*shared, *raw.get("parameters", [])]]:
        kind, enum_name, schema = spec.kind(param["schema"])
        python_name = fix_reserved_words(snake_case(param["name"]))
        generated = signature.parameters[python_name].annotation
        enum_name = enum_name or _enum_in(generated)
        if enum_name and kind != "enum_list":
            kind = "enum"
        args.append(
            Arg(
                name=param["name"],
                location=param["in"],
                kind=kind,
                required=bool(param.get("required")),
                description=param.get("description", "").strip(),
                enum=enum_name,
                minimum=schema.get("minimum"),
                maximum=schema.get("maximum"),
                python_name=python_name,
                values=spec.enum_values(enum_name),
                **_bounds(param),
            )
        )
    body_model = None
    if "requestBody" in raw:
        body_schema = spec.resolve(raw["requestBody"]["content"]["application/json"]["schema"])
        body_model = type_name(signature.parameters["body"].annotation)
        required = set(body_schema.get("required", []))
        for name, prop in body_schema.get("properties", {}).items():
            kind, enum_name, schema = spec.kind(prop)
            model = enum_name if kind == "object" else None
            args.append(
                Arg(
                    name=name,
                    location="body",
                    kind=kind,
                    required=name in required,
                    description=(prop.get("description") or spec.resolve(prop).get("description", "")).strip(),
                    enum=None if kind == "object" else enum_name,
                    model=model,
                    values=() if kind == "object" else spec.enum_values(enum_name),
                    minimum=schema.get("minimum"),
                    maximum=schema.get("maximum"),
                    **_bounds(prop),
                )
            )
    returns = inspect.signature(module.parse_success, eval_str=True).return_annotation
    success = next(v for k, v in raw["responses"].items() if str(k).startswith("2"))
    has_body = "content" in spec.resolve(success)
    return_type = type_name(returns) if has_body else "None"
    pagination = raw.get("x-hotmart-pagination")
    item_type = None
    if pagination:
        page_cls = returns
        items_annotation = page_cls.__annotations__[pagination["items"]]
        item_type = items_annotation.removeprefix("list[").removesuffix("]")
    return Op(
        operation_id=raw["operationId"],
        tag=tag,
        method_name=raw["x-hotmart-method"],
        http_method=http_method.upper(),
        path=path,
        module=module_name,
        summary=raw.get("summary", "").strip(),
        description=raw.get("description", "").strip(),
        args=args,
        return_type=return_type,
        body_model=body_model,
        pagination=pagination,
        item_type=item_type,
        success_is_list=return_type.startswith("builtins.list["),
        has_body=has_body,
        responses={
            str(code): sorted(name.lower() for name in spec.resolve(response).get("headers", {}))
            for code, response in raw["responses"].items()
        },
        # Item fields only: a path or required parameter (`product_id`, `subdomain`) is the same for
        # every item of one listing (an optional filter named like a field, `transaction`, is a field).
        primary_key=tuple(
            key
            for key in raw.get("x-hotmart-primary-key", ())
            if not any(a.name == key and (a.location == "path" or a.required) for a in args)
        ),
    )


def _bounds(node: dict[str, Any]) -> dict[str, Any]:
    """The time-range keys of a parameter or body property (`x-hotmart-bound`, `-bound-start`,
    `x-hotmart-default: days_ago`)."""
    default = node.get("x-hotmart-default") or {}
    return {
        "bound": node.get("x-hotmart-bound"),
        "start": node.get("x-hotmart-bound-start"),
        "days_ago": default.get("days_ago"),
        "unless": tuple(default.get("unless", ())) if "days_ago" in default else (),
    }


def _enum_in(annotation: Any) -> str | None:
    for candidate in typing.get_args(annotation) or (annotation,):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate.__name__
    return None


# -- rendering --------------------------------------------------------------------------------

BANNER = "# Generated by generator/resources.py from spec/hotmart.yaml: do not edit, run `nox -s generate`.\n"

EXTRAS_DOC = (
    "timeout: seconds for this call (None: no timeout); default: the client's.",
    "max_retries: retries for this call; default: the client's.",
)


def class_name(tag: str) -> str:
    return tag.replace(" ", "")


def render_all(spec_path: Path) -> dict[str, str]:
    """Every file this step writes, by path relative to overlay/hotmart_client/."""
    spec = Spec(spec_path)
    ops = collect(spec)
    tags = {t["name"]: " ".join(str(t.get("description", "")).split()) for t in spec.doc.get("tags", [])}
    groups = sorted({op.tag for op in ops})
    files = {"_constants.py": _render_constants(spec), "_enum_values.py": _render_enum_values(spec, ops)}
    for tag in groups:
        tag_ops = sorted((op for op in ops if op.tag == tag), key=lambda o: o.method_name)
        files[f"resources/{snake_case(tag)}.py"] = _render_module(tag, tags.get(tag, tag), tag_ops)
    files["resources/__init__.py"] = _render_package(groups, ops)
    return files


def _render_constants(spec: Spec) -> str:
    servers = {s["x-hotmart-environment"]: s["url"] for s in spec.doc["servers"]}
    token = [
        (path, op)
        for path, item in spec.doc["paths"].items()
        for op in item.values()
        if isinstance(op, dict) and op.get("x-hotmart-token-endpoint")
    ]
    if len(token) != 1:
        raise SystemExit("the spec must mark exactly one operation with x-hotmart-token-endpoint")
    path = token[0][0]
    token_url = spec.doc["paths"][path]["servers"][0]["url"] + path
    return (
        BANNER + '"""Hosts, from the spec\'s servers (`x-hotmart-environment`) and token endpoint '
        '(`x-hotmart-token-endpoint`)."""\n\n'
        f"PRODUCTION_URL = {servers['production']!r}\n"
        f"SANDBOX_URL = {servers['sandbox']!r}\n"
        f"TOKEN_URL = {token_url!r}\n"
    )


def _base_class(name: str) -> str:
    return name.removeprefix("Async").removesuffix("WithRawResponse")


def _render_enum_values(spec: Spec, ops: list[Op]) -> str:
    enums = sorted({arg.enum for op in ops for arg in op.args if arg.enum and arg.values})
    lines = [
        BANNER + '"""The documented values of each enum parameter, as `Literal` types: an argument typed',
        "`PurchaseStatus | PurchaseStatusValue` takes the enum or its string, and a misspelt string fails",
        'type checking."""',
        "",
        "from typing import Literal, TypeAlias",
        "",
    ]
    for name in enums:
        values = ", ".join(repr(v) for v in spec.enum_values(name))
        lines.append(f"{name}Value: TypeAlias = Literal[{values}]")
    lines += ["", "__all__ = [", *(f'    "{name}Value",' for name in enums), "]", ""]
    return "\n".join(lines)


def _render_package(groups: list[str], ops: list[Op]) -> str:
    names = sorted(
        name
        for tag in groups
        for name in (
            class_name(tag),
            f"Async{class_name(tag)}",
            f"{class_name(tag)}WithRawResponse",
            f"Async{class_name(tag)}WithRawResponse",
        )
    )
    lines = [BANNER, '"""The resource groups of `Hotmart` and `AsyncHotmart`, one module per API area."""', ""]
    lines += ["from __future__ import annotations", "", "from functools import cached_property"]
    lines += ["from typing import TYPE_CHECKING, Any", "", "from .._operation import Operation"]
    for tag in groups:
        module = snake_case(tag)
        imported = sorted(n for n in names if _base_class(n) == class_name(tag))
        constants = sorted(op.constant for op in ops if op.tag == tag)
        lines.append(f"from .{module} import {', '.join([*constants, *imported])}")
    lines += ["", "if TYPE_CHECKING:", "    from .._client import AsyncHotmart, Hotmart", ""]
    lines.append("OPERATIONS: dict[str, Operation[Any]] = {")
    lines += [f"    {op.operation_id!r}: {op.constant}," for op in sorted(ops, key=lambda o: o.operation_id)]
    lines += ["}", '"""Every operation of the spec but the token endpoint, by operationId."""', ""]
    for is_async in (False, True):
        prefix = "Async" if is_async else ""
        client = f"{prefix}Hotmart"
        lines += ["", f"class {client}WithRawResponse:"]
        lines += [f'    """`{client}.with_raw_response`: every method returns its `RawResponse`."""', ""]
        lines += [f"    def __init__(self, client: {client}) -> None:", "        self._client = client"]
        for tag in groups:
            attr, cls = snake_case(tag), f"{prefix}{class_name(tag)}WithRawResponse"
            lines += ["", "    @cached_property", f"    def {attr}(self) -> {cls}:"]
            lines.append(f"        return {cls}(self._client.{attr})")
    lines += ["", "", "__all__ = [", *(f"    {n!r}," for n in [*names, "OPERATIONS"]), "]", ""]
    return "\n".join(lines)


MODULE_HEADER = '''\
{banner}"""{tag}: {description}

`{attr}` of `Hotmart` (`{cls}`) and of `AsyncHotmart` (`Async{cls}`). A list operation is an
endpoint object: call it for a page (iterating the page walks every item), or `.export(...)` for a
lazy, resumable walk with `limit`, `resume` and, where the listing has a time range,
`concurrency`.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from .._operation import Operation, Pagination, Param, RequestOptions
from .._pagination import AsyncPageRequest
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import to_async_raw_response, to_raw_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
{model_imports}
    from .._coerce import NumberLike, TimeLike
{value_imports}    from .._pagination import AsyncPager, SyncPage, SyncPager
'''


def _render_module(tag: str, description: str, ops: list[Op]) -> str:
    models = sorted(_model_names(ops))
    imports = (
        "    from hotmart_api.models import (\n" + "".join(f"        {m},\n" for m in models) + "    )\n"
        if models
        else ""
    )
    values = sorted({f"{a.enum}Value" for op in ops for a in op.args if a.enum and a.values})
    value_imports = f"    from .._enum_values import {', '.join(values)}\n" if values else ""
    out = [
        MODULE_HEADER.format(
            banner=BANNER,
            tag=tag,
            description=description,
            attr=snake_case(tag),
            cls=class_name(tag),
            model_imports=imports,
            value_imports=value_imports,
        )
    ]
    out += [_render_operation(op) for op in ops]
    for is_async in (False, True):
        out += [_render_endpoint(op, is_async) for op in ops if op.pagination]
        out.append(_render_class(tag, description, ops, is_async))
        out.append(_render_raw_class(tag, ops, is_async))
    return "\n".join(out)


def _model_names(ops: list[Op]) -> set[str]:
    names: set[str] = set()
    for op in ops:
        for text in [op.return_type, op.item_type or "None", *(a.enum or a.model or "None" for a in op.args)]:
            for token in text.replace("builtins.list[", " ").replace("]", " ").replace("|", " ").split():
                if token not in {"None", "Any"}:
                    names.add(token)
    return names


def _render_operation(op: Op) -> str:
    params = "".join(f"        {arg.param_literal()},\n" for arg in op.args)
    extra = ""
    if op.body_model:
        extra += f"    body_model={op.body_model!r},\n"
    if op.pagination:
        next_token = tuple(op.pagination["next_token"].split("."))
        window = op.pagination.get("window")
        window_arg = f", window={(window['start'], window['end'])!r}" if window else ""
        extra += (
            f"    pagination=Pagination(items={op.pagination['items']!r}, "
            f"token_parameter={op.pagination['token_parameter']!r}, next_token={next_token!r}{window_arg}),\n"
        )
    if op.primary_key:
        extra += f"    primary_key={op.primary_key!r},\n"
    if op.success_is_list:
        extra += "    success_is_list=True,\n"
    if not op.has_body:
        extra += "    has_body=False,\n"
    if op.responses:
        statuses = "".join(
            f"        {int(code) if code.isdigit() else code!r}: frozenset({{{', '.join(map(repr, headers))}}}),\n"
            if headers
            else f"        {int(code) if code.isdigit() else code!r}: frozenset(),\n"
            for code, headers in op.responses.items()
        )
        extra += f"    responses={{\n{statuses}    }},\n"
    return (
        f"\n{op.constant}: Operation[{op.return_type}] = Operation(\n"
        f"    operation_id={op.operation_id!r},\n"
        f"    method={op.http_method!r},\n"
        f"    path={op.path!r},\n"
        f"    module={op.module!r},\n"
        f"    params=(\n{params}    ),\n"
        f"{extra})\n"
    )


def _signature(op: Op, export: bool) -> tuple[list[str], list[Arg]]:
    """Path parameters positional; everything else keyword-only (a reordering in the spec must
    never silently reorder callers' arguments); then the per-call options."""
    token = op.pagination["token_parameter"] if op.pagination else None
    args = [a for a in op.args if not (export and a.name == token)]
    path = [a for a in args if a.location == "path"]
    required = [a for a in args if a.location != "path" and a.required]
    optional = [a for a in args if a.location != "path" and not a.required]
    parts = ["self", *(f"{a.name}: {a.annotation}" for a in path), "*"]
    parts += [f"{a.name}: {a.annotation}" for a in required]
    parts += [f"{a.name}: {a.annotation} | None = None" for a in optional]
    if export:
        parts += ["limit: int | None = None", "resume: str | None = None"]
        if op.pagination and op.pagination.get("window"):
            parts.append("concurrency: int | None = None")
    parts += ["extra_headers: Headers | None = None", "extra_query: Query | None = None"]
    if op.body_model:
        parts.append("extra_body: Body | None = None")
    parts += ["timeout: Timeout | NotGiven = NOT_GIVEN", "max_retries: int | NotGiven = NOT_GIVEN"]
    return parts, args


def _docstring(op: Op, args: list[Arg], export: bool, indent: str = "        ") -> str:
    if export:
        first = f"Walk every item of `{op.method_name}` lazily: a resumable, cancellable export."
        body = (
            "Returns a pager: `for item in pager` yields items (`pager.iter_pages()`: pages), fetching\n"
            "the next page while you process this one. `limit` stops after that many items. At any\n"
            "moment `pager.checkpoint` says where you are; `resume=checkpoint` (with the same\n"
            "arguments) continues at the exact next item. Leaving the loop or `pager.close()` stops\n"
            "all work."
        )
        window = op.pagination.get("window") if op.pagination else None
        if window:
            body += (
                f"\n\n`concurrency=N` exports in parallel: the `{window['start']}`..`{window['end']}` range (both\n"
                "required) is split into disjoint windows paginated by N workers, paced by the client's rate\n"
                "limiter; every item comes exactly once, pages in the order they arrive (not by date)."
            )
    else:
        first, body = op.summary, op.description
        if op.pagination:
            body += (
                "\n\nReturns one page (`items`, `page_info`); iterating it yields every item from this page on\n"
                f"(`.iter_pages()`: pages). For a resumable walk, use `{op.method_name}.export(...)`."
            )
    lines = [first, ""]
    if body:
        lines += [*body.strip().splitlines(), ""]
    lines.append(f"`{op.http_method} {op.path}` (operationId `{op.operation_id}`).")
    documented = [a for a in args if a.description]
    lines += ["", "Args:"]
    for arg in documented:
        text = " ".join(arg.description.split())
        if arg.bound == "end":
            text += " A date given here means the end of that day (a month or a year: its last millisecond, UTC)."
        lines += [f"    {line}" for line in textwrap.wrap(f"{arg.name}: {text}", 100, subsequent_indent="    ")]
    extras = "extra_headers, extra_query, extra_body" if op.body_model else "extra_headers, extra_query"
    lines.append(f"    {extras}: sent as well, for what the spec does not list yet.")
    lines += [f"    {line}" for line in EXTRAS_DOC]
    text = "\n".join(f"{indent}{line}" if line else "" for line in lines)
    return f'{indent}"""{text.lstrip()}\n{indent}"""'


def _options(op: Op) -> str:
    body = "extra_body" if op.body_model else "None"
    return f"RequestOptions(extra_headers, extra_query, {body}, timeout, max_retries)"


def _values(args: list[Arg]) -> str:
    return "{" + ", ".join(f"{a.name!r}: {a.name}" for a in args) + "}"


def _render_endpoint(op: Op, is_async: bool) -> str:
    """The endpoint object of a paginated operation: `__call__` (a page) and `export` (a pager)."""
    prefix = "Async" if is_async else ""
    base = "AsyncAPIResource" if is_async else "SyncAPIResource"
    call_parts, call_args = _signature(op, export=False)
    export_parts, export_args = _signature(op, export=True)
    page = f"AsyncPageRequest[{op.item_type}]" if is_async else f"SyncPage[{op.item_type}]"
    pager = f"AsyncPager[{op.item_type}]" if is_async else f"SyncPager[{op.item_type}]"
    call = (
        f"AsyncPageRequest(self._client, {op.constant}, {_values(call_args)}, {_options(op)})"
        if is_async
        else f"self._client._list({op.constant}, {_values(call_args)}, {_options(op)})"
    )
    windowed = "concurrency" if op.pagination and op.pagination.get("window") else "None"
    export = (
        f"self._client._export({op.constant}, {_values(export_args)}, {_options(op)}, "
        f"limit=limit, resume=resume, concurrency={windowed})"
    )
    return (
        f"\nclass {prefix}{op.endpoint_class}({base}):\n"
        f'    """`{op.method_name}`: call it for a page; `.export(...)` for a resumable walk."""\n'
        f"\n    def __call__(\n        {_joined(call_parts)},\n    ) -> {page}:\n"
        f"{_docstring(op, call_args, export=False)}\n"
        f"        return {call}\n"
        f"\n    def export(\n        {_joined(export_parts)},\n    ) -> {pager}:\n"
        f"{_docstring(op, export_args, export=True)}\n"
        f"        return {export}\n"
    )


def _render_class(tag: str, description: str, ops: list[Op], is_async: bool) -> str:
    prefix = "Async" if is_async else ""
    base = "AsyncAPIResource" if is_async else "SyncAPIResource"
    lines = [f"\nclass {prefix}{class_name(tag)}({base}):", f'    """{description}"""']
    for op in ops:
        if op.pagination:
            cls = f"{prefix}{op.endpoint_class}"
            lines += [
                "",
                "    @cached_property",
                f"    def {op.method_name}(self) -> {cls}:",
                f'        """{op.summary}: call for a page, `.export(...)` for a resumable walk."""',
                f"        return {cls}(self._client)",
            ]
        else:
            lines.append(_render_method(op, is_async))
    return "\n".join(lines) + "\n"


def _render_method(op: Op, is_async: bool) -> str:
    parts, args = _signature(op, export=False)
    awaited, define = ("await ", "async def") if is_async else ("", "def")
    call = f"{awaited}self._client._call({op.constant}, {_values(args)}, {_options(op)})"
    return (
        f"\n    {define} {op.method_name}(\n        {_joined(parts)},\n    ) -> {op.return_type}:\n"
        f"{_docstring(op, args, export=False)}\n"
        f"        return {call}\n"
    )


def _joined(parts: list[str]) -> str:
    return ",\n        ".join(parts)


def _render_raw_class(tag: str, ops: list[Op], is_async: bool) -> str:
    prefix = "Async" if is_async else ""
    wrap = "to_async_raw_response" if is_async else "to_raw_response"
    attr, cls = snake_case(tag), f"{prefix}{class_name(tag)}"
    lines = [
        f"\nclass {cls}WithRawResponse:",
        f'    """`{attr}` under `with_raw_response`: the same methods, returning `RawResponse`."""',
        "",
        f"    def __init__(self, {attr}: {cls}) -> None:",
    ]
    lines += [f"        self.{op.method_name} = {wrap}({attr}.{op.method_name})" for op in ops]
    return "\n".join(lines) + "\n"
