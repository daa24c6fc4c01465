"""Every operation of the spec is reachable as a resource method, sync and async, sends the request the
spec describes and returns the generated model. The list of operations comes from the spec."""

from __future__ import annotations

import inspect
import re
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import AsyncHotmart, Hotmart
from hotmart_client._operation import Operation, Param
from hotmart_client._resources import OPERATIONS
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


def test_sync_and_async_surfaces_match() -> None:
    for group in {snake(op["tags"][0]) for _, _, op in SPEC_OPS.values() if op["tags"][0] != "Auth"}:
        sync_group = type(getattr(_sync_instance(), group))
        async_group = type(getattr(_async_instance(), group))
        sync_methods = {n for n in vars(sync_group) if not n.startswith("_")}
        async_methods = {n for n in vars(async_group) if not n.startswith("_")}
        assert sync_methods == async_methods, group
        for name in sync_methods:
            sync_fn, async_fn = getattr(sync_group, name), getattr(async_group, name)
            sync_params = inspect.signature(sync_fn).parameters
            assert sync_params == inspect.signature(async_fn).parameters, f"{group}.{name}"
            is_pager = name.endswith("_autopaginate")
            assert inspect.iscoroutinefunction(async_fn) is not is_pager, f"{group}.{name}"
            assert not inspect.iscoroutinefunction(sync_fn)


def _sync_instance() -> Hotmart:
    return Hotmart("id", "secret")


def _async_instance() -> AsyncHotmart:
    return AsyncHotmart("id", "secret")


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
    positional = []
    for param in operation.params:
        if param.location == "path" or param.required:
            positional.append(sample(param, spec_params.get(param.name) or body_props.get(param.name)))
    return positional, {}


def expected_path(operation: Operation[Any], positional: list[Any]) -> str:
    values = iter(positional)
    path = operation.path
    for param in operation.params:
        value = next(values) if param.location == "path" or param.required else None
        if param.location == "path":
            path = path.replace("{" + param.name + "}", str(value))
    return path


def respond_with_example(router: respx.MockRouter, operation: Operation[Any], path: str) -> respx.Route:
    _, _, op = SPEC_OPS[operation.operation_id]
    example = op["responses"]["200"].get("content", {}).get("application/json", {}).get("example")
    response = httpx.Response(200, json=example) if example is not None else httpx.Response(200)
    return router.request(operation.method, api(path)).mock(return_value=response)


def check_result(operation: Operation[Any], result: Any) -> None:
    _, _, op = SPEC_OPS[operation.operation_id]
    example = op["responses"]["200"].get("content", {}).get("application/json", {}).get("example")
    if example is None:
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
    assert Hotmart("id", "secret", sandbox=True).base_url == SPEC["servers"][1]["url"]
    assert Hotmart("id", "secret").base_url == SPEC["servers"][0]["url"]
