"""No credential in anything a program or its logs may show, on every failure path, sync and async.

tests/overlay/test_security.py checks the debug log of a retry, reprs, one API error and one
refused token request. This sweeps the rest: a token refresh after 401, 429/5xx retries, every
error class the client raises (API, token endpoint, transport, timeout, bad body), their full
tracebacks including chained causes, every logger at DEBUG (httpx and httpcore included) and
anything printed. The secrets: the client secret, the Basic value derived from it, and every
access token the server issued.
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import AsyncHotmart, Hotmart, HotmartError, RetryPolicy

CLIENT_ID = "cid-sweep-4f1b2c3d"
CLIENT_SECRET = "csecret-sweep-must-never-leak-9a8b"
BASIC = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
TOKENS = ("tok-first-must-never-leak-1111", "tok-second-must-never-leak-2222")
API = "https://developers.hotmart.com"
TOKEN_URL = "https://api-sec-vlc.hotmart.com/security/oauth/token"
HISTORY = API + "/payments/api/v1/sales/history"
REFUND = API + "/payments/api/v1/sales/HP123/refund"
FAST = RetryPolicy(max_retries=2, base_delay=0.0, max_delay=0.0)
SECRETS = (CLIENT_SECRET, BASIC, *TOKENS)


def token(value: str) -> httpx.Response:
    return httpx.Response(200, json={"access_token": value, "token_type": "bearer", "expires_in": 86400})


def api_script() -> list[Any]:
    """Answers of the sales-history route, in order, for `probes()`."""
    ok = httpx.Response(200, json={"items": []})
    return [
        httpx.Response(401, json={"error": "invalid_token"}), ok,  # refresh after 401
        httpx.Response(503), httpx.Response(429, headers={"Retry-After": "0"}), ok,  # retried
        *[httpx.Response(500, json={"error": "boom", "error_description": "x"})] * 3,  # InternalServerError
        httpx.Response(403, json={"error": "forbidden"}),
        httpx.Response(404, text="<html>not found</html>"),
        httpx.Response(400, json={"code": "bad", "message": "bad", "details": ["start_date"]}),
        # a cut body: a read retries it, then reports it
        *[httpx.Response(200, text='{"items": [', headers={"content-type": "application/json"})] * 3,
        *[httpx.ConnectError("connection refused")] * 3,
        *[httpx.ReadTimeout("timed out")] * 3,
    ]  # fmt: skip


@pytest.fixture
def routes() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL, name="token").mock(side_effect=[token(TOKENS[0]), token(TOKENS[1])])
        router.get(HISTORY, name="history").mock(side_effect=api_script())
        router.put(REFUND, name="refund").mock(side_effect=[httpx.ReadTimeout("timed out")])
        yield router


def assert_clean(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a credential appears in {where}"


def describe(exc: BaseException) -> str:
    """Everything a program could print about an exception: message, repr, full chained traceback."""
    return "\n".join([str(exc), repr(exc), *traceback.format_exception(exc)])


HISTORY_CALLS = 9  # sales-history calls the probes make; `api_script` answers them in order


def sync_probes(client: Hotmart) -> list[BaseException]:
    errors: list[BaseException] = []
    for _ in range(HISTORY_CALLS):
        try:
            client.sales.history()
        except HotmartError as exc:
            errors.append(exc)
    try:
        client.sales.refund("HP123")
    except HotmartError as exc:
        errors.append(exc)
    return errors


async def async_probes(client: AsyncHotmart) -> list[BaseException]:
    errors: list[BaseException] = []
    for _ in range(HISTORY_CALLS):
        try:
            await client.sales.history()
        except HotmartError as exc:
            errors.append(exc)
    try:
        await client.sales.refund("HP123")
    except HotmartError as exc:
        errors.append(exc)
    return errors


def check_everything(
    errors: list[BaseException], caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    kinds = {type(e).__name__ for e in errors}
    expected = {"InternalServerError", "PermissionDeniedError", "NotFoundError", "BadRequestError"}
    assert expected | {"APIResponseValidationError", "APIConnectionError", "APITimeoutError"} <= kinds
    for error in errors:
        assert_clean(describe(error), f"{type(error).__name__}")
    logged = "\n".join(f"{r.name}: {r.getMessage()}" for r in caplog.records)
    assert "sales/history" in logged, "the loggers were not captured"
    assert_clean(logged, "the logs")
    assert CLIENT_ID not in logged
    printed = capsys.readouterr()
    assert_clean(printed.out + printed.err, "printed output")


def test_sync_failure_paths_leak_nothing(
    routes: respx.MockRouter, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    with caplog.at_level(logging.DEBUG), Hotmart(CLIENT_ID, CLIENT_SECRET, retry_policy=FAST) as client:
        errors = sync_probes(client)
        assert_clean(repr(client) + repr(client.auth) + repr(client.auth._token), "the client reprs")
    assert routes["token"].call_count == 2
    check_everything(errors, caplog, capsys)


async def test_async_failure_paths_leak_nothing(
    routes: respx.MockRouter, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    with caplog.at_level(logging.DEBUG):
        async with AsyncHotmart(CLIENT_ID, CLIENT_SECRET, retry_policy=FAST) as client:
            errors = await async_probes(client)
            assert_clean(repr(client) + repr(client.auth) + repr(client.auth._token), "the client reprs")
    assert routes["token"].call_count == 2
    check_everything(errors, caplog, capsys)


TokenFailure = Callable[[respx.MockRouter], object]
TOKEN_FAILURES: dict[str, TokenFailure] = {
    "refused": lambda r: r["token"].mock(return_value=httpx.Response(401, json={"error": "invalid_client"})),
    "unavailable": lambda r: r["token"].mock(return_value=httpx.Response(503, text="<html>down</html>")),
    "no token in 200": lambda r: r["token"].mock(return_value=httpx.Response(200, json={"token": CLIENT_SECRET})),
    "unreachable": lambda r: r["token"].mock(side_effect=httpx.ConnectError(f"no route ({TOKEN_URL}?x)")),
}


@pytest.mark.parametrize("failure", list(TOKEN_FAILURES))
def test_token_endpoint_failures_leak_nothing(
    failure: str, routes: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    TOKEN_FAILURES[failure](routes)
    client = Hotmart(CLIENT_ID, CLIENT_SECRET, retry_policy=FAST)
    with caplog.at_level(logging.DEBUG), client, pytest.raises(HotmartError) as info:
        client.sales.history()
    assert_clean(describe(info.value), f"the error of a token endpoint that is {failure}")
    response = getattr(info.value, "response", None)
    if response is not None:
        assert_clean(str(response.request.url) + repr(response.request.headers), "the error's request")
        assert_clean(response.text, "the error's response body")
    assert_clean("\n".join(r.getMessage() for r in caplog.records), "the logs")


async def test_async_token_refusal_leaks_nothing(routes: respx.MockRouter) -> None:
    TOKEN_FAILURES["refused"](routes)
    run: Callable[[AsyncHotmart], Awaitable[Any]] = lambda client: client.sales.history()  # noqa: E731
    async with AsyncHotmart(CLIENT_ID, CLIENT_SECRET, retry_policy=FAST) as client:
        with pytest.raises(HotmartError) as info:
            await run(client)
    assert_clean(describe(info.value), "the async token error")
