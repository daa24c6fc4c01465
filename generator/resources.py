"""Render overlay/hotmart_client/_resources.py from the spec and the freshly generated package.

The spec gives the semantics (which resource and method name, which parameters are timestamps or
enums, pagination, request bodies); the generated package gives the Python names of models and
enums (read from the signatures of its `build_request_kwargs`/`parse_success` functions), so the
two never disagree about naming.
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
SKIPPED_TAGS = {"Auth"}  # the token endpoint is driven by the auth layer, not a resource method


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

    @property
    def annotation(self) -> str:
        return {
            "int": "int",
            "number": "NumberLike",
            "bool": "bool",
            "str": "str",
            "timestamp": "TimeLike",
            "enum": f"{self.enum} | str",
            "enum_list": f"Sequence[{self.enum} | str] | {self.enum} | str",
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
    names: set[str] = field(default_factory=set)

    @property
    def constant(self) -> str:
        return snake_case(self.operation_id).upper()


class Spec:
    def __init__(self, path: Path) -> None:
        self.doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.schemas: dict[str, Any] = self.doc["components"]["schemas"]

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
            if raw is None or raw["tags"][0] in SKIPPED_TAGS:
                continue
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
                    minimum=schema.get("minimum"),
                    maximum=schema.get("maximum"),
                )
            )
    returns = inspect.signature(module.parse_success, eval_str=True).return_annotation
    return_type = type_name(returns)
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
    )


def _enum_in(annotation: Any) -> str | None:
    for candidate in typing.get_args(annotation) or (annotation,):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate.__name__
    return None


# -- rendering --------------------------------------------------------------------------------

HEADER = '''\
# Generated by generator/resources.py from spec/hotmart.yaml: do not edit, run `nox -s generate`.
"""Typed resource groups of `Hotmart` and `AsyncHotmart`: one method per API operation."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._operation import Operation, Pagination, Param, RequestOptions

if TYPE_CHECKING:
    from hotmart_api.models import (
{model_imports}
    )

    from ._client import AsyncHotmart, Hotmart
    from ._operation import TimeoutLike
    from ._coerce import NumberLike, TimeLike
    from ._pagination import AsyncPager, SyncPager

PRODUCTION_URL = {production!r}
SANDBOX_URL = {sandbox!r}
TOKEN_URL = {token!r}
'''


def render(spec_path: Path) -> str:
    spec = Spec(spec_path)
    ops = collect(spec)
    servers = spec.doc["servers"]
    token_path = next(p for p, item in spec.doc["paths"].items() if item.get("post", {}).get("tags") == ["Auth"])
    token_url = spec.doc["paths"][token_path]["servers"][0]["url"] + token_path
    models = sorted(_model_names(ops))
    out = [
        HEADER.format(
            model_imports="\n".join(f"        {name}," for name in models),
            production=servers[0]["url"],
            sandbox=next(s["url"] for s in servers if "andbox" in s.get("description", "")),
            token=token_url,
        )
    ]
    for op in ops:
        out.append(_render_operation(op))
    out.append(
        "\nOPERATIONS: dict[str, Operation[Any]] = {\n"
        + "".join(f"    {op.operation_id!r}: {op.constant},\n" for op in ops)
        + "}\n"
    )
    tags = {t["name"]: t.get("description", "") for t in spec.doc.get("tags", [])}
    groups = sorted({op.tag for op in ops})
    for is_async in (False, True):
        for tag in groups:
            out.append(_render_class(tag, tags.get(tag, ""), [op for op in ops if op.tag == tag], is_async))
        out.append(_render_groups(groups, is_async))
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
    if op.success_is_list:
        extra += "    success_is_list=True,\n"
    return (
        f"\n{op.constant}: Operation[{op.return_type}] = Operation(\n"
        f"    operation_id={op.operation_id!r},\n"
        f"    method={op.http_method!r},\n"
        f"    path={op.path!r},\n"
        f"    module={op.module!r},\n"
        f"    params=(\n{params}    ),\n"
        f"{extra})\n"
    )


def _class_name(tag: str, is_async: bool) -> str:
    return ("Async" if is_async else "") + tag.replace(" ", "")


def _render_class(tag: str, description: str, ops: list[Op], is_async: bool) -> str:
    lines = [
        f"\nclass {_class_name(tag, is_async)}:",
        f'    """{description or tag}"""',
        "",
        f"    def __init__(self, client: {'AsyncHotmart' if is_async else 'Hotmart'}) -> None:",
        "        self._client = client",
    ]
    for op in sorted(ops, key=lambda o: o.method_name):
        lines.append(_render_method(op, is_async, paginate=False))
        if op.pagination:
            lines.append(_render_method(op, is_async, paginate=True))
    return "\n".join(lines) + "\n"


def _signature(op: Op, paginate: bool) -> tuple[list[str], list[Arg]]:
    token = op.pagination["token_parameter"] if op.pagination else None
    args = [a for a in op.args if not (paginate and a.name == token)]
    positional = [a for a in args if a.location == "path" or a.required]
    optional = [a for a in args if a not in positional]
    parts = ["self"]
    parts += [f"{a.name}: {a.annotation}" for a in positional]
    parts.append("*")
    parts += [f"{a.name}: {a.annotation} | None = None" for a in optional]
    if paginate:
        parts += ["page_token: str | None = None", "limit: int | None = None"]
        if op.pagination and op.pagination.get("window"):
            parts.append("concurrency: int | None = None")
    parts += [
        "timeout: TimeoutLike = None",
        "extra_headers: Mapping[str, str] | None = None",
        "max_retries: int | None = None",
        "**extra_query: Any",
    ]
    return parts, args


def _docstring(op: Op, args: list[Arg], paginate: bool) -> str:
    if paginate:
        first = f"Iterate over every item of `{op.method_name}`, fetching pages lazily."
        body = (
            "Returns a pager: `for item in pager` yields items, `pager.pages()` yields pages, and\n"
            "`pager.next_page_token` is the checkpoint to resume from. `limit` stops after that many items."
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
    lines = [first, ""]
    if body:
        lines += [*body.splitlines(), ""]
    lines.append(f"`{op.http_method} {op.path}` (operationId `{op.operation_id}`).")
    documented = [a for a in args if a.description]
    if documented:
        lines += ["", "Args:"]
        for arg in documented:
            text = " ".join(arg.description.split())
            wrapped = textwrap.wrap(f"{arg.name}: {text}", 100, subsequent_indent="    ")
            lines += [f"    {line}" for line in wrapped]
    text = "\n".join(f"        {line}" if line else "" for line in lines)
    return f'        """{text.lstrip()}\n        """'


def _render_method(op: Op, is_async: bool, paginate: bool) -> str:
    parts, args = _signature(op, paginate)
    values = "{" + ", ".join(f"{a.name!r}: {a.name}" for a in args) + "}"
    options = "RequestOptions(timeout, extra_headers, max_retries)"
    if paginate:
        pager = "AsyncPager" if is_async else "SyncPager"
        returns = f"{pager}[{op.item_type}]"
        windowed = ", concurrency=concurrency" if op.pagination and op.pagination.get("window") else ""
        call = (
            f"return self._client.paginate({op.constant}, {values}, extra_query, {options}, "
            f"page_token=page_token, limit=limit{windowed})"
        )
        name, prefix = f"{op.method_name}_autopaginate", "def"
    else:
        returns = op.return_type
        awaited = "await " if is_async else ""
        call = f"return {awaited}self._client.call({op.constant}, {values}, extra_query, {options})"
        name, prefix = op.method_name, "async def" if is_async else "def"
    signature = ",\n        ".join(parts)
    return (
        f"\n    {prefix} {name}(\n        {signature},\n    ) -> {returns}:\n"
        f"{_docstring(op, args, paginate)}\n"
        f"        {call}\n"
    )


def _render_groups(tags: list[str], is_async: bool) -> str:
    name = "AsyncResourceGroups" if is_async else "SyncResourceGroups"
    client = "AsyncHotmart" if is_async else "Hotmart"
    lines = [f"\nclass {name}:", f'    """The resource groups of `{client}`, one attribute per API area."""', ""]
    lines += [f"    {snake_case(tag)}: {_class_name(tag, is_async)}" for tag in tags]
    lines += ["", f"    def _attach_resources(self, client: {client}) -> None:"]
    lines += [f"        self.{snake_case(tag)} = {_class_name(tag, is_async)}(client)" for tag in tags]
    return "\n".join(lines) + "\n"
