"""Raw responses, `with_options` copies, and the warning for a client nobody closed."""

from __future__ import annotations

import gc
import warnings

import httpx
import pytest
import respx

from hotmart_client import AsyncHotmart, Hotmart, InternalServerError, NotFoundError, RawResponse

from .helpers import CLIENT_ID, CLIENT_SECRET, api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
PAGE = {"items": [{"purchase": {"transaction": "HP1"}}], "page_info": {"next_page_token": "abc", "total_results": 2}}
HEADERS = {"RateLimit-Remaining": "497", "RateLimit-Limit": "500", "X-Request-Id": "req-42"}


def test_with_raw_response_gives_status_headers_and_parse(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(200, json=PAGE, headers=HEADERS)
    hotmart_routes.put(api("/payments/api/v1/sales/HP1/refund")).respond(200)
    with new_client() as client:
        raw = client.with_raw_response.sales.history(max_results=1, transaction_status="APPROVED")
        assert isinstance(raw, RawResponse)
        assert (raw.status_code, raw.rate_limit_remaining, raw.request_id) == (200, 497, "req-42")
        assert raw.headers["ratelimit-limit"] == "500"
        page = raw.parse()
        assert page is raw.parse()  # parsed once
        assert [s.purchase.transaction for s in page.items] == ["HP1"] and page.next_page_token == "abc"
        refund = client.with_raw_response.sales.refund("HP1")  # a call without a body
    assert route.calls.last.request.url.params["transaction_status"] == "APPROVED"
    assert refund.parse() is None


def test_with_raw_response_still_raises_errors(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(404, json={"error": "not_found"})
    with new_client() as client, pytest.raises(NotFoundError):
        client.with_raw_response.sales.history()


async def test_async_with_raw_response(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(200, json=PAGE, headers=HEADERS)
    hotmart_routes.get(api("/products/api/v1/products")).respond(200, json={"items": [], "page_info": {}})
    async with new_async_client() as client:
        raw = await client.with_raw_response.sales.history(max_results=1)
        products = await client.with_raw_response.products.list()
        normal = await client.sales.history()  # the raw mark does not leak into later calls
    assert raw.rate_limit_remaining == 497 and raw.parse().items[0].purchase.transaction == "HP1"
    assert products.parse().items == []
    assert not isinstance(normal, RawResponse)


def test_with_options_shares_pool_token_and_limiter(hotmart_routes: respx.MockRouter) -> None:
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(503) if calls["n"] == 1 else httpx.Response(200, json=PAGE)

    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=flaky)
    with new_client(rate_limit=100) as client:
        strict = client.with_options(max_retries=0, timeout=2.0)
        assert strict._http is client._http and strict.auth is client.auth
        assert strict.rate_limiter is client.rate_limiter
        assert strict.sales is not client.sales and strict.sales._client is strict
        with pytest.raises(InternalServerError):
            strict.sales.history()
        assert route.calls.last.request.extensions["timeout"]["read"] == 2.0
        client.sales.history()  # the original keeps its retries
        strict.close()  # closing a copy leaves the shared pool open
        assert not client._http.is_closed
    assert client._http.is_closed
    assert hotmart_routes["token"].call_count == 1


async def test_async_with_options(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(200, json=PAGE)
    async with new_async_client() as client:
        copy = client.with_options(timeout=None)
        await copy.sales.history()
        assert hotmart_routes.calls.last.request.extensions["timeout"]["read"] is None
        assert copy.auth is client.auth


def test_an_unclosed_client_warns_when_collected() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Hotmart(CLIENT_ID, CLIENT_SECRET)
        AsyncHotmart(CLIENT_ID, CLIENT_SECRET)
        gc.collect()
    assert [w.category for w in caught].count(ResourceWarning) == 2
    assert "never closed" in str(caught[0].message)


def test_closed_clients_copies_and_borrowed_pools_do_not_warn() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with Hotmart(CLIENT_ID, CLIENT_SECRET) as client:
            client.with_options(max_retries=1)
        http = httpx.Client()
        Hotmart(CLIENT_ID, CLIENT_SECRET, http_client=http)
        gc.collect()
        http.close()
    assert [w for w in caught if w.category is ResourceWarning] == []
