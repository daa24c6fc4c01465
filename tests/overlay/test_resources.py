"""Every operation of the spec is reachable as a resource method, sync and async, sends the request the
spec describes and returns the generated model. The list of operations comes from the spec."""

from __future__ import annotations

import inspect
import re
from functools import cached_property
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import AsyncHotmart, Hotmart
from hotmart_client._operation import Operation, Param
from hotmart_client.resources import OPERATIONS
from tests.corpus import mismatches
from tests.support import SPEC, resolve, spec_operations

from .helpers import api

SPEC_OPS = {op["operationId"]: (path, method, op) for path, method, op in spec_operations()}
RESOURCE_IDS = sorted(OPERATIONS)


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_every_spec_operation_has_a_resource_method() -> None:
    expected = {op_id for op_id, (_, _, op) in SPEC_OPS.items() if op["tags"][0] != "Auth"}
    assert set(OPERATIONS) == expected


GROUPS = sorted({snake(op["tags"][0]) for _, _, op in SPEC_OPS.values() if not op.get("x-hotmart-token-endpoint")})


def _public(cls: type) -> dict[str, Any]:
    return {name: value for name, value in vars(cls).items() if not name.startswith("_") or name == "__call__"}


def test_the_clients_resource_groups_are_the_spec_tags() -> None:
    for client_class in (Hotmart, AsyncHotmart):
        groups = {n for n, v in vars(client_class).items() if isinstance(v, cached_property)} - {"with_raw_response"}
        assert groups == set(GROUPS), client_class


@pytest.mark.parametrize("group", GROUPS)
def test_sync_and_async_surfaces_match(group: str) -> None:
    """Same names, same parameters; async methods are coroutines, except list endpoints, whose call
    returns an awaitable that is also async-iterable (and whose export is an async pager)."""
    with Hotmart("id", "secret") as sync_client:
        sync_group = type(getattr(sync_client, group))
    async_group = type(getattr(AsyncHotmart("id", "secret"), group))
    assert _public(sync_group).keys() == _public(async_group).keys(), group
    for name, sync_member in _public(sync_group).items():
        async_member = _public(async_group)[name]
        if isinstance(sync_member, cached_property):  # a list endpoint: compare its call and export
            sync_endpoint = inspect.get_annotations(sync_member.func, eval_str=True)["return"]
            async_endpoint = inspect.get_annotations(async_member.func, eval_str=True)["return"]
            for verb in ("__call__", "export"):
                sync_fn, async_fn = getattr(sync_endpoint, verb), getattr(async_endpoint, verb)
                assert inspect.signature(sync_fn).parameters == inspect.signature(async_fn).parameters, name
                assert not inspect.iscoroutinefunction(sync_fn) and not inspect.iscoroutinefunction(async_fn)
        else:
            assert inspect.signature(sync_member).parameters == inspect.signature(async_member).parameters, name
            assert inspect.iscoroutinefunction(async_member) and not inspect.iscoroutinefunction(sync_member), name


def _signatures() -> list[tuple[str, inspect.Signature]]:
    found = []
    for group in GROUPS:
        for name, member in _public(type(getattr(AsyncHotmart("id", "secret"), group))).items():
            if isinstance(member, cached_property):
                endpoint = inspect.get_annotations(member.func, eval_str=True)["return"]
                found += [(f"{group}.{name}", inspect.signature(endpoint.__call__))]
                found += [(f"{group}.{name}.export", inspect.signature(endpoint.export))]
            else:
                found.append((f"{group}.{name}", inspect.signature(member)))
    return found


@pytest.mark.parametrize(("where", "signature"), _signatures(), ids=[w for w, _ in _signatures()])
def test_only_path_parameters_are_positional(where: str, signature: inspect.Signature) -> None:
    path_params = {p.name for op in OPERATIONS.values() for p in op.params if p.location == "path"}
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            assert parameter.name in path_params, f"{where}: {parameter.name} should be keyword-only"
    assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in signature.parameters.values()), where


def sample(param: Param, spec_param: dict[str, Any] | None) -> Any:
    """A valid value for a parameter: the spec's example where there is one."""
    if spec_param is not None and "example" in spec_param:
        return spec_param["example"]
    if param.kind == "enum":
        from hotmart_client._coerce import enum_class

        return next(iter(enum_class(param.enum or ""))).value
    defaults: dict[str, Any] = {
        "int": param.minimum or 1234567,
        "number": 0.2,
        "bool": True,
        "timestamp": 1622505600000,
        "str_list": ["ABC12DEF"],
        "int_list": [1],
    }
    return defaults.get(param.kind, "value-1")


def call_args(operation: Operation[Any]) -> tuple[list[Any], dict[str, Any]]:
    _, _, op = SPEC_OPS[operation.operation_id]
    spec_params = {resolve(p)["name"]: resolve(p) for p in op.get("parameters", [])}
    body_props: dict[str, Any] = {}
    if "requestBody" in op:
        body_schema = resolve(op["requestBody"]["content"]["application/json"]["schema"])
        example = op["requestBody"]["content"]["application/json"].get("example", {})
        body_props = {name: {"example": example[name]} for name in body_schema.get("properties", {}) if name in example}
    positional, keywords = [], {}
    for param in operation.params:
        if param.location == "path":
            positional.append(sample(param, spec_params.get(param.name)))
        elif param.required:
            keywords[param.name] = sample(param, spec_params.get(param.name) or body_props.get(param.name))
    return positional, keywords


def expected_path(operation: Operation[Any], positional: list[Any]) -> str:
    values = iter(positional)
    path = operation.path
    for param in operation.params:
        if param.location == "path":
            path = path.replace("{" + param.name + "}", str(next(values)))
    return path


def respond_with_example(router: respx.MockRouter, operation: Operation[Any], path: str) -> respx.Route:
    _, _, op = SPEC_OPS[operation.operation_id]
    example = op["responses"]["200"].get("content", {}).get("application/json", {}).get("example")
    response = httpx.Response(200, json=example) if example is not None else httpx.Response(200)
    return router.request(operation.method, api(path)).mock(return_value=response)


def check_result(operation: Operation[Any], result: Any) -> None:
    _, _, op = SPEC_OPS[operation.operation_id]
    example = op["responses"]["200"].get("content", {}).get("application/json", {}).get("example")
    if operation.pagination is not None:
        assert result.model.to_dict() == example
        assert result.items == getattr(result.model, operation.pagination.items)
    elif example is None:
        assert result is None
    else:
        assert list(mismatches(result, example)) == []


def method_of(client: Hotmart | AsyncHotmart, operation_id: str) -> Any:
    _, _, op = SPEC_OPS[operation_id]
    return getattr(getattr(client, snake(op["tags"][0])), op["x-hotmart-method"])


@pytest.mark.parametrize("operation_id", RESOURCE_IDS)
def test_sync_call(operation_id: str, client: Hotmart, hotmart_routes: respx.MockRouter) -> None:
    operation = OPERATIONS[operation_id]
    positional, keywords = call_args(operation)
    route = respond_with_example(hotmart_routes, operation, expected_path(operation, positional))
    check_result(operation, method_of(client, operation_id)(*positional, **keywords))
    request = route.calls.last.request
    assert request.headers["authorization"].startswith("Bearer ")
    if operation.body_model:
        assert request.headers["content-type"] == "application/json"


@pytest.mark.parametrize("operation_id", RESOURCE_IDS)
async def test_async_call(operation_id: str, aclient: AsyncHotmart, hotmart_routes: respx.MockRouter) -> None:
    operation = OPERATIONS[operation_id]
    positional, keywords = call_args(operation)
    route = respond_with_example(hotmart_routes, operation, expected_path(operation, positional))
    check_result(operation, await method_of(aclient, operation_id)(*positional, **keywords))
    assert route.call_count == 1


def test_spec_servers_drive_the_sandbox_switch() -> None:
    urls = {server["x-hotmart-environment"]: server["url"] for server in SPEC["servers"]}
    with Hotmart("id", "secret", sandbox=True) as sandbox, Hotmart("id", "secret") as production:
        assert (sandbox.base_url, production.base_url) == (urls["sandbox"], urls["production"])
