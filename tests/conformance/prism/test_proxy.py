"""The project's mock server checked by an independent validator: `prism proxy spec/hotmart.yaml <mock>`.

Prism forwards each request to `hotmart_client.mock` and validates both directions against the
spec (`--errors`: a violation becomes an error answer and an `sl-violations` header). Every GET
operation is called through the overlay, sync and async, with its required arguments and with
every argument, and each paginated one is walked to its last page, so the mock's pages, its
page tokens and its token endpoint all pass through the validator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from hotmart_client import AsyncHotmart, Hotmart, InternalServerError, RetryPolicy
from hotmart_client.mock import MockConfig, MockServer, mock_server
from hotmart_client.mock._spec import MockSpec
from hotmart_client.resources import OPERATIONS
from tests.conformance.arguments import arguments, resource_method
from tests.conformance.fuzz.targets import dump
from tests.conformance.prism.runner import AsyncRecordingTransport, Prism, RecordingTransport, ViolationLog, run_prism
from tests.conformance.report import Table, publish
from tests.servers import serve_asgi

pytestmark = pytest.mark.conformance

GETS = sorted(op_id for op_id, op in OPERATIONS.items() if op.method == "GET")
PAGINATED = [op_id for op_id in GETS if OPERATIONS[op_id].pagination is not None]
PAGE_SIZE = 5  # small pages: a walk crosses several page tokens of the mock
RESULTS: dict[str, dict[str, int]] = {}  # operationId -> kind of call -> validated exchanges


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with mock_server(seed=5, items=40) as server:
        yield server


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory, mock: MockServer) -> Iterator[Prism]:
    with run_prism(tmp_path_factory.mktemp("prism-proxy"), "proxy", mock.url) as prism:
        yield prism
    _publish()
    assert prism.violation_lines() == [], "Prism logged violations"


def _options(proxy: Prism, mock: MockServer) -> dict[str, Any]:
    token_url = proxy.url + mock.token_url.removeprefix(mock.url)
    return {"base_url": proxy.url, "token_url": token_url, "retry_policy": RetryPolicy(max_retries=0)}


def _record(operation_id: str, kind: str, log: ViolationLog) -> None:
    assert log.violations() == []
    assert [(e.path, e.status) for e in log.exchanges if e.status != 200] == []
    calls = RESULTS.setdefault(operation_id, {})
    calls[kind] = calls.get(kind, 0) + sum(1 for e in log.exchanges if "oauth" not in e.path)


@pytest.mark.parametrize("everything", [False, True], ids=["required", "all-params"])
@pytest.mark.parametrize("operation_id", GETS)
def test_sync_get(operation_id: str, everything: bool, proxy: Prism, mock: MockServer) -> None:
    log = ViolationLog()
    with Hotmart(
        mock.client_id, mock.client_secret, transport=RecordingTransport(log), **_options(proxy, mock)
    ) as client:
        result = resource_method(client, operation_id)(**_args(operation_id, everything))
    assert result is not None
    dump(result)  # every field parses
    _record(operation_id, "sync", log)


@pytest.mark.parametrize("everything", [False, True], ids=["required", "all-params"])
@pytest.mark.parametrize("operation_id", GETS)
async def test_async_get(operation_id: str, everything: bool, proxy: Prism, mock: MockServer) -> None:
    log = ViolationLog()
    transport = AsyncRecordingTransport(log)
    async with AsyncHotmart(mock.client_id, mock.client_secret, transport=transport, **_options(proxy, mock)) as client:
        result = await resource_method(client, operation_id)(**_args(operation_id, everything))
    assert result is not None
    dump(result)
    _record(operation_id, "async", log)


def _args(operation_id: str, everything: bool) -> dict[str, Any]:
    """The spec's arguments, less its example page token (the mock accepts only tokens it issued)."""
    args = arguments(OPERATIONS[operation_id], everything=everything)
    args.pop("page_token", None)
    return args


def _walk_args(operation_id: str) -> dict[str, Any]:
    """Required arguments, small pages, and the mock's whole period where Hotmart's default is only
    the last days (a walk of 30 days of a 40-item data set can be empty: nothing would be walked)."""
    args = {**_args(operation_id, everything=False), "max_results": PAGE_SIZE}
    start = dt.datetime.combine(MockConfig().period[0], dt.time(), tzinfo=dt.UTC)
    for param in MockSpec.load().by_id[operation_id].params:
        if param.default and "days_ago" in param.default:
            args[param.name] = start
    return args


@pytest.mark.parametrize("operation_id", PAGINATED)
def test_sync_pages(operation_id: str, proxy: Prism, mock: MockServer) -> None:
    log = ViolationLog()
    with Hotmart(
        mock.client_id, mock.client_secret, transport=RecordingTransport(log), **_options(proxy, mock)
    ) as client:
        pager = resource_method(client, operation_id, autopaginate=True)(**_walk_args(operation_id))
        items = [dump(item) for item in pager]
    assert items and pager.done, "the walk did not reach the last page"
    _record(operation_id, "sync pages", log)


@pytest.mark.parametrize("operation_id", PAGINATED)
async def test_async_pages(operation_id: str, proxy: Prism, mock: MockServer) -> None:
    log = ViolationLog()
    transport = AsyncRecordingTransport(log)
    async with AsyncHotmart(mock.client_id, mock.client_secret, transport=transport, **_options(proxy, mock)) as client:
        pager = resource_method(client, operation_id, autopaginate=True)(**_walk_args(operation_id))
        items = [dump(item) async for item in pager]
    assert items and pager.done, "the walk did not reach the last page"
    _record(operation_id, "async pages", log)


def _publish() -> None:
    kinds = ["sync", "async", "sync pages", "async pages"]
    table = Table("Prism proxy in front of the mock: validated exchanges per GET operation", ["operation", *kinds])
    for op_id in GETS:
        table.rows.append([op_id, *(RESULTS.get(op_id, {}).get(kind, 0) for kind in kinds)])
    validated = [op_id for op_id in GETS if {"sync", "async"} <= set(RESULTS.get(op_id, {}))]
    table.rows.append([f"covered: {len(validated)}/{len(GETS)} GET operations", "", "", "", ""])
    publish("prism-proxy", table, {"covered": validated, "total": len(GETS), "exchanges": RESULTS})


async def _token(request: Request) -> JSONResponse:
    return JSONResponse({"access_token": "token", "token_type": "bearer", "expires_in": 3600})


async def _off_spec_page(request: Request) -> JSONResponse:
    return JSONResponse({"items": "not-a-list", "page_info": {"total_results": "many"}})


def test_harness_sees_a_response_the_spec_forbids(tmp_path: Path) -> None:
    """Self-check: Prism, as this module runs it, does reject an upstream answer outside the spec."""
    upstream = Starlette(
        routes=[
            Route("/security/oauth/token", _token, methods=["POST"]),
            Route("/payments/api/v1/sales/history", _off_spec_page),
        ]
    )
    log = ViolationLog()
    with serve_asgi(upstream) as url, run_prism(tmp_path, "proxy", url) as prism:
        token_url = prism.url + "/security/oauth/token"
        client = Hotmart("id", "secret", base_url=prism.url, token_url=token_url, transport=RecordingTransport(log))
        with client, pytest.raises(InternalServerError):
            client.sales.history(max_retries=0)
    assert [e.status for e in log.exchanges] == [200, 500]
    assert any("items must be array" in line for line in log.violations())
