"""Issue 18, items 7.4, 7.5 and the token answer of 7.9: what a server writes is masked before it
enters a message, an attribute, a log line or dlt's trace; `with_raw_response` hands out a response
without the token endpoint's answer or the bearer token; a malformed 200 token answer leaves the
token nowhere (frame locals, chained exceptions).

Credentials are checked with `assert_nothing_reachable` (every attribute of the error and its
chain, the formatted traceback, the repr of every frame's locals)."""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import APIResponseValidationError, APIStatusError, AuthenticationError, HotmartError
from hotmart_client._constants import TOKEN_URL

from . import test_hardening_secrets
from .helpers import ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, api, new_async_client, new_client, token_response
from .test_hardening_secrets import BASIC, CREDENTIALS, chain, reachable_text

get_exception_trace_chain = pytest.importorskip("dlt.common.utils").get_exception_trace_chain
HISTORY = "/payments/api/v1/sales/history"
ECHOED_URL = f"{TOKEN_URL}?grant_type=client_credentials&client_id={CLIENT_ID}&client_secret={CLIENT_SECRET}"


def no_credential_in(text: str) -> None:
    assert [secret for secret in CREDENTIALS if secret in text] == []


def assert_nothing_reachable(error: BaseException) -> None:
    """test_hardening_secrets' check, with the frames of this module left out too: its tests hold
    the bodies they serve in their own locals."""
    assert [(path, s) for path, text in reachable_text(error) for s in CREDENTIALS if s in text] == []
    no_credential_in("".join(traceback.format_exception(error)))
    tests = {__file__, test_hardening_secrets.__file__}
    for exc in chain(error):
        for frame, _ in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename not in tests:
                for name, value in frame.f_locals.items():
                    assert [s for s in CREDENTIALS if s in repr(value)] == [], f"{frame.f_code.co_name}.{name}"


# What a gateway or a server may write back: the request URL, its headers, a secret in its own words.
TOKEN_ERROR_BODIES: dict[str, Callable[[], httpx.Response]] = {
    "url in the description": lambda: httpx.Response(
        401, json={"error": "invalid_client", "error_description": f"rejected {ECHOED_URL}"}
    ),
    "url in the error": lambda: httpx.Response(401, json={"error": ECHOED_URL}),
    "secret in words": lambda: httpx.Response(
        401, json={"error": "invalid_client", "error_description": f"client {CLIENT_ID} with secret {CLIENT_SECRET}"}
    ),
    "basic header quoted": lambda: httpx.Response(
        401, json={"error": "unauthorized", "details": [f"Authorization: Basic {BASIC}"], "message": "no"}
    ),
    "url-encoded url in html": lambda: httpx.Response(
        403, text=f"<html>{httpx.QueryParams({'next': ECHOED_URL})}</html>", headers={"content-type": "text/html"}
    ),
    "json-escaped url": lambda: httpx.Response(
        401, content=json.dumps({"error_description": ECHOED_URL.replace("/", "\\/")}).encode()
    ),
}


@pytest.mark.parametrize("answer", TOKEN_ERROR_BODIES.values(), ids=TOKEN_ERROR_BODIES.keys())
def test_a_token_endpoint_error_quoting_the_request_is_masked(
    hotmart_routes: respx.MockRouter, answer: Callable[[], httpx.Response], caplog: pytest.LogCaptureFixture
) -> None:
    hotmart_routes["token"].mock(return_value=answer())
    caplog.set_level(logging.DEBUG)
    with new_client() as client, pytest.raises(APIStatusError) as info:
        client.sales.history()
    assert_nothing_reachable(info.value)
    no_credential_in(caplog.text)
    # What dlt keeps of an exception raised in a resource (its trace of the failed step).
    no_credential_in(json.dumps(get_exception_trace_chain(info.value), default=str))


async def test_a_token_endpoint_error_quoting_the_request_is_masked_async(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(return_value=TOKEN_ERROR_BODIES["url in the description"]())
    async with new_async_client() as client:
        with pytest.raises(AuthenticationError) as info:
            await client.sales.history()
    assert "client_secret=***" in str(info.value)
    assert_nothing_reachable(info.value)


def test_a_failing_token_endpoint_quoting_the_request_is_masked(hotmart_routes: respx.MockRouter) -> None:
    """A 503 from the token endpoint is retried; the error after the retries is masked too."""
    hotmart_routes["token"].mock(return_value=httpx.Response(503, text=f"upstream failed for {ECHOED_URL}"))
    with new_client(max_retries=1) as client, pytest.raises(HotmartError) as info:
        client.sales.history()
    assert info.value.__class__.__name__ == "InternalServerError"
    assert_nothing_reachable(info.value)


API_ERROR_BODIES: dict[str, dict[str, Any]] = {
    "bearer in the description": {"error": "bad_request", "error_description": f"Authorization: Bearer {ACCESS_TOKEN}"},
    "token in words": {"code": "x", "message": f"the token {ACCESS_TOKEN} may not list sales"},
    "headers echoed": {"error": "x", "request": {"headers": {"authorization": f"Bearer {ACCESS_TOKEN}"}}},
}


@pytest.mark.parametrize("body", API_ERROR_BODIES.values(), ids=API_ERROR_BODIES.keys())
def test_an_api_error_quoting_the_request_is_masked(hotmart_routes: respx.MockRouter, body: dict[str, Any]) -> None:
    hotmart_routes.get(api(HISTORY)).respond(400, json=body)
    with new_client() as client, pytest.raises(APIStatusError) as info:
        client.sales.history()
    assert_nothing_reachable(info.value)
    assert info.value.status_code == 400


async def test_an_api_error_quoting_the_request_is_masked_async(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(403, json=API_ERROR_BODIES["token in words"])
    async with new_async_client() as client:
        with pytest.raises(APIStatusError) as info:
            await client.sales.history()
    assert_nothing_reachable(info.value)
    assert "the token *** may not list sales" in str(info.value)


def test_an_unreadable_2xx_quoting_the_request_is_masked(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(
        200, text=f"<html>proxy saw Authorization: Bearer {ACCESS_TOKEN}", headers={"content-type": "text/html"}
    )
    with new_client(max_retries=0) as client, pytest.raises(APIResponseValidationError) as info:
        client.sales.history()
    assert_nothing_reachable(info.value)


# -- with_raw_response --------------------------------------------------------------------------------


def test_a_raw_response_holds_neither_the_token_answer_nor_the_bearer_token(hotmart_routes: respx.MockRouter) -> None:
    page = {"items": [], "page_info": {"total_results": 0}}
    hotmart_routes.get(api(HISTORY)).respond(json=page, headers={"RateLimit-Remaining": "499"})
    hotmart_routes.get(api("/payments/api/v1/sales/summary")).respond(json={"items": []})
    with new_client() as client:
        raw = client.with_raw_response.sales.history()
        call = client.with_raw_response.sales.summary()
    for handed in (raw, call):
        response = handed.http_response
        assert response.history == []
        assert "authorization" not in response.request.headers
        assert [(path, s) for path, text in reachable_text(handed) for s in CREDENTIALS if s in text] == []
    assert raw.rate_limit_remaining == 499
    assert raw.parse().items == []
    assert raw.http_response.elapsed.total_seconds() >= 0


async def test_an_async_raw_response_holds_neither(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(json={"items": []})
    async with new_async_client() as client:
        raw = await client.with_raw_response.sales.history()
    assert raw.http_response.history == []
    assert "authorization" not in raw.http_response.request.headers
    assert [(path, s) for path, text in reachable_text(raw) for s in CREDENTIALS if s in text] == []


def test_a_raw_response_after_a_401_refresh_holds_neither_token(hotmart_routes: respx.MockRouter) -> None:
    stale = "stale-access-token-must-never-leak-7e6f"
    hotmart_routes["token"].mock(side_effect=[token_response(stale), token_response(ACCESS_TOKEN)])
    hotmart_routes.get(api(HISTORY)).mock(
        side_effect=[httpx.Response(401, json={"error": "invalid_token"}), httpx.Response(200, json={"items": []})]
    )
    with new_client() as client:
        raw = client.with_raw_response.sales.history()
    assert raw.status_code == 200
    assert raw.http_response.history == []
    texts = [text for _, text in reachable_text(raw)]
    assert [s for s in (*CREDENTIALS, stale) for text in texts if s in text] == []


# -- a malformed 200 token answer ---------------------------------------------------------------------

MALFORMED_TOKEN_ANSWERS = {
    "cut json": f'{{"access_token": "{ACCESS_TOKEN}", "expires_in": 86'.encode(),
    "renamed field": json.dumps({"accessToken": ACCESS_TOKEN}).encode(),
    "token in a list": json.dumps({"access_token": [ACCESS_TOKEN]}).encode(),
    "not an object": json.dumps([ACCESS_TOKEN]).encode(),
    "not utf-8": b'{"access_token": "' + ACCESS_TOKEN.encode() + b'\xff"}',
}


@pytest.mark.parametrize("body", MALFORMED_TOKEN_ANSWERS.values(), ids=MALFORMED_TOKEN_ANSWERS.keys())
def test_a_malformed_token_answer_leaves_the_token_nowhere(hotmart_routes: respx.MockRouter, body: bytes) -> None:
    hotmart_routes["token"].mock(return_value=httpx.Response(200, content=body))
    api_route = hotmart_routes.get(api(HISTORY)).respond(json={"items": []})
    with new_client() as client, pytest.raises(APIResponseValidationError, match="token endpoint answered 200") as info:
        client.sales.history()
    assert api_route.call_count == 0
    assert info.value.__context__ is None and info.value.__cause__ is None
    assert_nothing_reachable(info.value)


@pytest.mark.parametrize("body", MALFORMED_TOKEN_ANSWERS.values(), ids=MALFORMED_TOKEN_ANSWERS.keys())
async def test_a_malformed_token_answer_leaves_the_token_nowhere_async(
    hotmart_routes: respx.MockRouter, body: bytes
) -> None:
    hotmart_routes["token"].mock(return_value=httpx.Response(200, content=body))
    async with new_async_client() as client:
        with pytest.raises(APIResponseValidationError) as info:
            await client.sales.history()
    assert info.value.__context__ is None
    assert_nothing_reachable(info.value)
