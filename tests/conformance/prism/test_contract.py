"""Contract tests: every operation, through the overlay, against `prism mock spec/hotmart.yaml --errors`.

Prism validates each request the overlay sends (path, query, body, security) against the spec and
each response it makes up; any violation fails the test. Every operation is called sync and async,
with its required arguments only and with every argument, against Prism's static examples and its
dynamic (schema-generated) responses. The token endpoint is Prism's too, so the client-credentials
request is checked on every run. Documented error statuses must become the matching typed errors.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from hotmart_client import (
    APIStatusError,
    AsyncHotmart,
    AsyncPage,
    AuthenticationError,
    BadRequestError,
    Hotmart,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    SyncPage,
)
from hotmart_client._operation import Operation
from hotmart_client.resources import OPERATIONS
from tests.conformance.arguments import SPEC_OPERATIONS, arguments, resource_method
from tests.conformance.prism.runner import (
    AsyncRecordingTransport,
    Prism,
    RecordingTransport,
    ViolationLog,
    run_prism,
)
from tests.conformance.report import Table, publish
from tests.corpus import mismatches

pytestmark = pytest.mark.conformance

TOKEN_PATH = "/security/oauth/token"
NO_RETRIES = RetryPolicy(max_retries=0)
IDS = sorted(OPERATIONS)
PAGINATED = sorted(op_id for op_id, op in OPERATIONS.items() if op.pagination is not None)
MODES = {"static": {}, "dynamic": {"Prefer": "dynamic=true"}}
ERROR_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
}
COVERED: dict[str, set[str]] = {}  # operationId -> the kinds of call that passed


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    with run_prism(tmp_path_factory.mktemp("prism-mock"), "mock") as server:
        yield server
    _publish_coverage()
    assert server.violation_lines() == [], "Prism logged violations"


@pytest.fixture
def log() -> ViolationLog:
    return ViolationLog()


def _options(prism: Prism) -> dict[str, Any]:
    return {"base_url": prism.url, "token_url": prism.url + TOKEN_PATH, "retry_policy": NO_RETRIES}


@pytest.fixture
def client(prism: Prism, log: ViolationLog) -> Iterator[Hotmart]:
    with Hotmart("contract-id", "contract-secret", transport=RecordingTransport(log), **_options(prism)) as hotmart:
        yield hotmart


@pytest.fixture
async def aclient(prism: Prism, log: ViolationLog) -> AsyncIterator[AsyncHotmart]:
    transport = AsyncRecordingTransport(log)
    async with AsyncHotmart("contract-id", "contract-secret", transport=transport, **_options(prism)) as hotmart:
        yield hotmart


def example_of(operation_id: str) -> Any:
    _, _, op = SPEC_OPERATIONS[operation_id]
    return op["responses"]["200"].get("content", {}).get("application/json", {}).get("example")


def check(operation: Operation[Any], result: Any, log: ViolationLog, mode: str) -> None:
    """No violation anywhere; the result is the body Prism sent, parsed without loss."""
    assert log.violations() == []
    assert [(e.path, e.status) for e in log.exchanges if e.status >= 400] == []
    body = log.exchanges[-1].body
    if not body.strip():
        assert result is None and example_of(operation.operation_id) is None
        return
    sent = json.loads(body)
    if isinstance(result, SyncPage | AsyncPage):  # a list method's page: its model is the body
        result = result.model
    # Every field reads back equal (a date-time may be written back as +00:00 for Z); the fields
    # Prism invents in dynamic mode are kept as additional properties.
    problems = list(mismatches(result, sent))
    assert [p for p in problems if not p.endswith("(only in additional_properties)")] == []
    if mode == "static":
        assert problems == []
        assert sent == example_of(operation.operation_id)


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("everything", [False, True], ids=["required", "all-params"])
@pytest.mark.parametrize("operation_id", IDS)
def test_sync_call(operation_id: str, everything: bool, mode: str, client: Hotmart, log: ViolationLog) -> None:
    operation = OPERATIONS[operation_id]
    method = resource_method(client, operation_id)
    result = method(**arguments(operation, everything=everything), extra_headers=MODES[mode])
    check(operation, result, log, mode)
    COVERED.setdefault(operation_id, set()).add(f"sync-{mode}")


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("everything", [False, True], ids=["required", "all-params"])
@pytest.mark.parametrize("operation_id", IDS)
async def test_async_call(
    operation_id: str, everything: bool, mode: str, aclient: AsyncHotmart, log: ViolationLog
) -> None:
    operation = OPERATIONS[operation_id]
    method = resource_method(aclient, operation_id)
    result = await method(**arguments(operation, everything=everything), extra_headers=MODES[mode])
    check(operation, result, log, mode)
    COVERED.setdefault(operation_id, set()).add(f"async-{mode}")


def _page_args(operation: Operation[Any]) -> dict[str, Any]:
    assert operation.pagination is not None
    args = arguments(operation, everything=True)
    args.pop(operation.pagination.token_parameter)
    return args


@pytest.mark.parametrize("operation_id", PAGINATED)
def test_sync_autopagination_sends_page_tokens(operation_id: str, client: Hotmart, log: ViolationLog) -> None:
    operation = OPERATIONS[operation_id]
    pager = resource_method(client, operation_id, autopaginate=True)(
        **_page_args(operation), extra_headers=MODES["dynamic"]
    )
    pager.prefetch = False
    pages = [page for _, page in zip(range(3), pager.iter_pages(), strict=False)]
    assert log.violations() == []
    _check_pages(operation, pages, log)
    COVERED.setdefault(operation_id, set()).add("sync-pages")


@pytest.mark.parametrize("operation_id", PAGINATED)
async def test_async_autopagination_sends_page_tokens(
    operation_id: str, aclient: AsyncHotmart, log: ViolationLog
) -> None:
    operation = OPERATIONS[operation_id]
    pager = resource_method(aclient, operation_id, autopaginate=True)(
        **_page_args(operation), extra_headers=MODES["dynamic"]
    )
    pager.prefetch = False
    pages = []
    async for page in pager.iter_pages():
        pages.append(page)
        if len(pages) == 3:
            break
    assert log.violations() == []
    _check_pages(operation, pages, log)
    COVERED.setdefault(operation_id, set()).add("async-pages")


def _check_pages(operation: Operation[Any], pages: list[Any], log: ViolationLog) -> None:
    """Each page after the first was asked for with the token the previous page gave."""
    assert operation.pagination is not None
    calls = [e for e in log.exchanges if e.path != TOKEN_PATH]
    assert len(calls) == len(pages) >= 1
    for previous, call in zip(pages, calls[1:], strict=False):
        token = operation.next_page_token(previous)
        assert token is not None
        assert ("page_token", token) in parse_qsl(call.query, keep_blank_values=True)


@pytest.mark.parametrize("status", sorted(ERROR_CLASSES))
@pytest.mark.parametrize("operation_id", IDS)
def test_documented_errors_become_typed_errors(
    operation_id: str, status: int, client: Hotmart, log: ViolationLog
) -> None:
    _, _, op = SPEC_OPERATIONS[operation_id]
    if str(status) not in op["responses"]:
        pytest.skip(f"{operation_id} documents no {status}")
    method = resource_method(client, operation_id)
    with pytest.raises(ERROR_CLASSES[status]) as info:
        method(**arguments(OPERATIONS[operation_id], everything=False), extra_headers={"Prefer": f"code={status}"})
    error = info.value
    assert error.status_code == status
    assert error.error or error.error_description, "Hotmart's error fields were not read from the body"
    assert log.violations() == []
    if status == 429:
        assert isinstance(error, RateLimitError) and error.retry_after is not None


def test_token_request_passes_prism_validation(client: Hotmart, log: ViolationLog) -> None:
    client.sales.history()
    token_calls = [e for e in log.exchanges if e.path == TOKEN_PATH]
    assert [e.status for e in token_calls] == [200]
    assert log.violations() == []
    COVERED.setdefault("createAccessToken", set()).add("token request")


def _publish_coverage() -> None:
    """Covered: an operation called sync and async against Prism's examples without a violation."""
    needed = {"createAccessToken": {"token request"}}
    covered = [
        op for op in SPEC_OPERATIONS if needed.get(op, {"sync-static", "async-static"}) <= COVERED.get(op, set())
    ]
    table = Table("Prism contract coverage", ["operation", "calls that passed"])
    for op_id in sorted(SPEC_OPERATIONS):
        table.rows.append([op_id, ", ".join(sorted(COVERED.get(op_id, set()))) or "-"])
    table.rows.append([f"covered: {len(covered)}/{len(SPEC_OPERATIONS)} operations", ""])
    data = {
        "covered": sorted(covered),
        "total": len(SPEC_OPERATIONS),
        "calls": {k: sorted(v) for k, v in COVERED.items()},
    }
    publish("prism-contract", table, data)


def test_harness_sees_a_request_the_spec_forbids(prism: Prism, log: ViolationLog) -> None:
    """Self-check: a request outside the spec does produce a violation the tests would report."""
    with httpx.Client(transport=RecordingTransport(log), base_url=prism.url) as http:
        http.get("/payments/api/v1/sales/history", params={"max_results": 0}, headers={"Authorization": "Bearer x"})
    assert any("max_results" in line for line in log.violations())
    log.clear()
    prism.forget_violations()
