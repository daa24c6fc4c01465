"""Token lifecycle: lazy fetch, caching, proactive refresh, single flight, 401 recovery, failures."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import httpx
import pytest
import respx

from hotmart_client import AsyncHotmart, AuthenticationError, Hotmart, InternalServerError
from hotmart_client._constants import TOKEN_URL

from .helpers import CLIENT_ID, CLIENT_SECRET, api, new_async_client, new_client, token_response
from .live_server import State, serve

HISTORY = "/payments/api/v1/sales/history"
EMPTY_PAGE = {"items": [], "page_info": {"total_results": 0}}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_token_is_fetched_lazily_and_cached(hotmart_routes: respx.MockRouter) -> None:
    api_route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client() as client:
        assert hotmart_routes["token"].call_count == 0
        client.sales.history()
        client.sales.history()
    assert hotmart_routes["token"].call_count == 1
    token_request = hotmart_routes["token"].calls.last.request
    assert token_request.url.params["grant_type"] == "client_credentials"
    assert token_request.url.params["client_id"] == CLIENT_ID
    assert token_request.headers["authorization"].startswith("Basic ")
    assert api_route.call_count == 2


def test_basic_header_from_dashboard_is_used_verbatim(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with Hotmart(CLIENT_ID, CLIENT_SECRET, basic="Basic ZGFzaGJvYXJkOnZhbHVl") as client:
        client.sales.history()
    assert hotmart_routes["token"].calls.last.request.headers["authorization"] == "Basic ZGFzaGJvYXJkOnZhbHVl"


def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch, hotmart_routes: respx.MockRouter) -> None:
    monkeypatch.setenv("HOTMART_CLIENT_ID", "env-id")
    monkeypatch.setenv("HOTMART_CLIENT_SECRET", "env-secret")
    hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with Hotmart() as client:
        client.sales.history()
    assert hotmart_routes["token"].calls.last.request.url.params["client_id"] == "env-id"


def test_missing_credentials_fail_before_any_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOTMART_CLIENT_ID", raising=False)
    monkeypatch.delenv("HOTMART_CLIENT_SECRET", raising=False)
    with pytest.raises(Exception, match="HOTMART_CLIENT_ID"):
        Hotmart()


def test_token_is_refreshed_ahead_of_expiry(hotmart_routes: respx.MockRouter) -> None:
    clock = FakeClock()
    hotmart_routes["token"].mock(side_effect=[token_response("first", 3600), token_response("second", 3600)])
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client(clock=clock, token_refresh_margin=300) as client:
        client.sales.history()
        clock.now += 3600 - 301  # still outside the margin
        client.sales.history()
        assert hotmart_routes["token"].call_count == 1
        clock.now += 2  # inside the 5-minute margin: refresh before it expires
        client.sales.history()
    assert hotmart_routes["token"].call_count == 2
    assert [c.request.headers["authorization"] for c in route.calls] == [
        "Bearer first",
        "Bearer first",
        "Bearer second",
    ]


def test_401_refreshes_once_and_replays(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(side_effect=[token_response("stale"), token_response("fresh")])
    route = hotmart_routes.get(api(HISTORY)).mock(
        side_effect=lambda request: httpx.Response(
            200 if request.headers["authorization"] == "Bearer fresh" else 401,
            json=EMPTY_PAGE if request.headers["authorization"] == "Bearer fresh" else {"error": "invalid_token"},
        )
    )
    with new_client() as client:
        client.sales.history()
    assert hotmart_routes["token"].call_count == 2
    assert route.call_count == 2


def test_persistent_401_raises_authentication_error_after_one_refresh(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(
        401, json={"error": "invalid_token", "error_description": "The access token is invalid or has expired."}
    )
    with new_client() as client, pytest.raises(AuthenticationError, match="invalid or has expired") as info:
        client.sales.history()
    assert info.value.status_code == 401
    assert route.call_count == 2
    assert hotmart_routes["token"].call_count == 2


@pytest.mark.parametrize("status", [400, 401, 403])
def test_refused_token_request_raises_authentication_error(hotmart_routes: respx.MockRouter, status: int) -> None:
    hotmart_routes["token"].respond(status, json={"error": "invalid_client", "error_description": "Bad credentials"})
    api_route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client() as client, pytest.raises(AuthenticationError, match="Bad credentials") as info:
        client.sales.history()
    assert info.value.status_code == status
    assert CLIENT_SECRET not in str(info.value) and CLIENT_SECRET not in repr(info.value.response.request)
    assert api_route.call_count == 0


def test_token_endpoint_5xx_is_retried_even_for_a_refund(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(side_effect=[httpx.Response(503), token_response()])
    refund = hotmart_routes.put(api("/payments/api/v1/sales/HP1/refund")).respond(200)
    with new_client() as client:
        client.sales.refund("HP1")
    assert refund.call_count == 1


def test_token_endpoint_down_raises_after_retries(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].respond(503, json={"error": "internal_server_error"})
    with new_client() as client, pytest.raises(InternalServerError):
        client.sales.history()
    assert hotmart_routes["token"].call_count == 4


async def test_async_token_flow_and_401_recovery(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(side_effect=[token_response("stale"), token_response("fresh")])
    hotmart_routes.get(api(HISTORY)).mock(
        side_effect=lambda request: httpx.Response(
            200 if request.headers["authorization"] == "Bearer fresh" else 401, json=EMPTY_PAGE
        )
    )
    async with new_async_client() as client:
        await client.sales.history()
        await client.sales.history()
    assert hotmart_routes["token"].call_count == 2


@pytest.fixture
def live() -> Iterator[tuple[State, str]]:
    state = State(token_delay=0.2)
    with serve(state) as url:
        yield state, url


def test_single_flight_16_threads(live: tuple[State, str]) -> None:
    state, url = live
    client = Hotmart(CLIENT_ID, CLIENT_SECRET, base_url=url, token_url=url + "/security/oauth/token")
    barrier = threading.Barrier(16)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            client.sales.history(max_results=5)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    assert errors == []
    assert state.token_requests == 1
    assert state.api_requests == 16


async def test_single_flight_200_tasks(live: tuple[State, str]) -> None:
    state, url = live
    async with AsyncHotmart(CLIENT_ID, CLIENT_SECRET, base_url=url, token_url=url + "/security/oauth/token") as client:
        pages = await asyncio.gather(*(client.sales.history(max_results=1) for _ in range(200)))
    assert len(pages) == 200
    assert state.token_requests == 1
    assert client.auth.token_requests == 1


def test_token_revoked_mid_pagination_loses_nothing(live: tuple[State, str]) -> None:
    state, url = live
    with Hotmart(CLIENT_ID, CLIENT_SECRET, base_url=url, token_url=url + "/security/oauth/token") as client:
        seen = []
        for item in client.sales.history(max_results=50):
            seen.append(item.purchase.transaction)
            if len(seen) == 120:
                state.revoked.update(state.tokens_issued)
    assert len(seen) == state.total_items == len(set(seen))
    assert state.token_requests == 2


def test_token_url_is_overridable_and_sandbox_keeps_token_host() -> None:
    assert Hotmart("a", "b", sandbox=True).auth.token_url == TOKEN_URL
    assert Hotmart("a", "b", token_url="http://localhost:1/t").auth.token_url == "http://localhost:1/t"
