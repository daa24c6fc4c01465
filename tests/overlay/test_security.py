"""Secrets never show up in logs, reprs or exception text, and are not sent to other hosts."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from hotmart_client import APIStatusError, AuthenticationError, HotmartError

from .helpers import ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
SECRETS = (CLIENT_SECRET, ACCESS_TOKEN)


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_debug_logs_mask_credentials(hotmart_routes: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=[httpx.Response(503), httpx.Response(200, json={"items": []})])
    with caplog.at_level(logging.DEBUG), new_client() as client:
        client.sales.history(transaction="HP1")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert_clean(text)
    assert CLIENT_ID not in text
    ours = [r.getMessage() for r in caplog.records if r.name == "hotmart_client"]
    assert any("GET developers.hotmart.com/payments/api/v1/sales/history -> 503 attempt=0" in m for m in ours)
    assert any("-> 200 attempt=1" in m for m in ours)
    httpx_lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any("client_secret=***" in m for m in httpx_lines)


def test_reprs_hide_secrets() -> None:
    client = new_client()
    assert_clean(repr(client))
    assert_clean(repr(client.auth))
    assert CLIENT_ID not in repr(client.auth)


def test_exceptions_hide_secrets(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(403, json={"error": "unauthorized_client"})
    with new_client() as client, pytest.raises(APIStatusError) as info:
        client.sales.history()
    assert_clean(str(info.value))
    assert_clean(repr(info.value))


def test_token_failure_exception_and_its_request_hide_secrets(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].respond(401, json={"error": "invalid_client", "error_description": "bad"})
    with new_client() as client, pytest.raises(AuthenticationError) as info:
        client.sales.history()
    assert_clean(str(info.value))
    assert_clean(str(info.value.response.request.url))
    assert "Authorization" not in info.value.response.request.headers


async def test_async_logs_mask_credentials(hotmart_routes: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    hotmart_routes.get(api(HISTORY)).respond(json={"items": []})
    with caplog.at_level(logging.DEBUG):
        async with new_async_client() as client:
            await client.sales.history()
    assert_clean("\n".join(record.getMessage() for record in caplog.records))


def test_redirects_are_not_followed_so_credentials_stay_home(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(302, headers={"Location": "https://evil.example.com/steal"})
    evil = hotmart_routes.get("https://evil.example.com/steal").respond(200, json={"items": []})
    with new_client() as client, pytest.raises(HotmartError):
        client.sales.history()
    assert evil.call_count == 0
