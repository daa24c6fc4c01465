"""Issue 11, items 3 and 8 and the second-event-loop minor: the token's lifetime and its refresh.

- A token shorter-lived than the refresh margin is reused for part of its life, not refetched on
  every call; a token answer without a usable `expires_in` gets a default lifetime.
- A 401 does not replace a token that a 401 has just replaced: a call that Hotmart refuses for a
  permission reason does not cost a token request each time.
- An `AsyncHotmart` refreshes its token from whichever event loop it is used in.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import APITimeoutError, AuthenticationError

from .helpers import api, new_async_client, new_client
from .live_server import State, serve

HISTORY = "/payments/api/v1/sales/history"
# The documented values (docs/auth.md): lifetime assumed when the answer gives none, and the age
# below which a token that a 401 refresh produced is not replaced by another 401.
DEFAULT_TOKEN_LIFETIME = 3600.0
FRESH_TOKEN_AGE = 60.0
EMPTY_PAGE = {"items": [], "page_info": {}}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def numbered_tokens(expires_in: Any = 86400, *, omit: bool = False) -> Any:
    """A token endpoint that issues token-1, token-2... with the given `expires_in`."""
    issued = [0]

    def answer(request: httpx.Request) -> httpx.Response:
        issued[0] += 1
        body: dict[str, Any] = {"access_token": f"token-{issued[0]}", "token_type": "bearer"}
        if not omit:
            body["expires_in"] = expires_in
        return httpx.Response(200, json=body)

    return answer


def bearer(route: respx.Route) -> list[str]:
    return [call.request.headers["authorization"].removeprefix("Bearer ") for call in route.calls]


# -- item 3: short-lived tokens --------------------------------------------------------------------


def test_short_lived_token_is_reused(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(side_effect=numbered_tokens(expires_in=120))
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client() as client:
        for _ in range(5):
            client.sales.history()
    assert hotmart_routes["token"].call_count == 1
    assert bearer(route) == ["token-1"] * 5


async def test_short_lived_token_is_reused_async(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(side_effect=numbered_tokens(expires_in=120))
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    async with new_async_client() as client:
        await asyncio.gather(*(client.sales.history() for _ in range(5)))
        await client.sales.history()
    assert hotmart_routes["token"].call_count == 1
    assert bearer(route) == ["token-1"] * 6


@pytest.mark.parametrize(("expires_in", "reused_until"), [(120, 60), (600, 300), (3600, 3300)])
def test_refresh_margin_is_capped_at_half_the_lifetime(
    hotmart_routes: respx.MockRouter, expires_in: int, reused_until: int
) -> None:
    clock = FakeClock()
    hotmart_routes["token"].mock(side_effect=numbered_tokens(expires_in=expires_in))
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client(clock=clock, token_refresh_margin=300) as client:
        client.sales.history()
        clock.now += reused_until - 1
        client.sales.history()
        clock.now += 2
        client.sales.history()
    assert bearer(route) == ["token-1", "token-1", "token-2"]


def test_threads_share_one_short_lived_token(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(side_effect=numbered_tokens(expires_in=60))
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    errors: list[BaseException] = []
    with new_client() as client:
        barrier = threading.Barrier(16)

        def work() -> None:
            try:
                barrier.wait()
                for _ in range(5):
                    client.sales.history()
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert route.call_count == 80
    assert hotmart_routes["token"].call_count == 1


EXPIRY_VARIANTS: dict[str, dict[str, Any]] = {
    "null": {"expires_in": None},
    "missing": {"omit": True},
    "text": {"expires_in": "soon"},
    "zero": {"expires_in": 0},
    "negative": {"expires_in": -30},
    "bool": {"expires_in": True},
    "nan": {"expires_in": "NaN"},
}


@pytest.mark.parametrize("variant", list(EXPIRY_VARIANTS))
def test_token_without_a_usable_expiry_gets_the_default_lifetime(
    hotmart_routes: respx.MockRouter, variant: str
) -> None:
    clock = FakeClock()
    hotmart_routes["token"].mock(side_effect=numbered_tokens(**EXPIRY_VARIANTS[variant]))
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client(clock=clock, token_refresh_margin=300) as client:
        client.sales.history()
        clock.now += DEFAULT_TOKEN_LIFETIME - 301
        client.sales.history()
        clock.now += 2
        client.sales.history()
    assert bearer(route) == ["token-1", "token-1", "token-2"]


async def test_token_without_expires_in_is_used_async(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(side_effect=numbered_tokens(omit=True))
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    async with new_async_client() as client:
        await client.sales.history()
        await client.sales.history()
    assert bearer(route) == ["token-1", "token-1"]


def test_numeric_string_expires_in_is_honoured(hotmart_routes: respx.MockRouter) -> None:
    clock = FakeClock()
    hotmart_routes["token"].mock(side_effect=numbered_tokens(expires_in="100"))
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client(clock=clock) as client:
        client.sales.history()
        clock.now += 51  # past half of 100 s
        client.sales.history()
    assert bearer(route) == ["token-1", "token-2"]


# -- item 8: a 401 does not always cost a token -----------------------------------------------------


def permission_401() -> httpx.Response:
    return httpx.Response(401, json={"error": "unauthorized", "error_description": "no access to this resource"})


def test_repeated_401_for_a_permission_reason_does_not_fetch_a_token_per_call(
    hotmart_routes: respx.MockRouter,
) -> None:
    hotmart_routes["token"].mock(side_effect=numbered_tokens())
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=lambda request: permission_401())
    with new_client() as client:
        for _ in range(10):
            with pytest.raises(AuthenticationError, match="no access"):
                client.sales.history()
    # The first token may be replaced once (it could have been revoked); its fresh replacement is not.
    assert hotmart_routes["token"].call_count == 2
    assert bearer(route) == ["token-1", "token-2", *["token-2"] * 9]


async def test_repeated_401_for_a_permission_reason_does_not_fetch_a_token_per_call_async(
    hotmart_routes: respx.MockRouter,
) -> None:
    hotmart_routes["token"].mock(side_effect=numbered_tokens())
    hotmart_routes.get(api(HISTORY)).mock(side_effect=lambda request: permission_401())
    async with new_async_client() as client:
        for _ in range(10):
            with pytest.raises(AuthenticationError):
                await client.sales.history()
        results = await asyncio.gather(*(client.sales.history() for _ in range(10)), return_exceptions=True)
    assert all(isinstance(result, AuthenticationError) for result in results)
    assert hotmart_routes["token"].call_count == 2


def test_threads_meeting_401_together_fetch_at_most_one_replacement(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(side_effect=numbered_tokens())
    hotmart_routes.get(api(HISTORY)).mock(side_effect=lambda request: permission_401())
    failures: list[BaseException] = []
    with new_client() as client:
        barrier = threading.Barrier(16)

        def work() -> None:
            barrier.wait()
            for _ in range(3):
                try:
                    client.sales.history()
                except AuthenticationError as exc:
                    failures.append(exc)

        threads = [threading.Thread(target=work) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(failures) == 48
    assert hotmart_routes["token"].call_count == 2


def test_a_replacement_token_is_replaced_again_once_it_is_no_longer_fresh(hotmart_routes: respx.MockRouter) -> None:
    clock = FakeClock()
    hotmart_routes["token"].mock(side_effect=numbered_tokens())
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=lambda request: permission_401())
    with new_client(clock=clock) as client:
        for step in (0, FRESH_TOKEN_AGE - 1, 2, 0):
            clock.now += step
            with pytest.raises(AuthenticationError):
                client.sales.history()
    # token-2 (a replacement) is kept while fresh; once older, one 401 may replace it (token-3).
    assert bearer(route) == ["token-1", "token-2", "token-2", "token-2", "token-3", "token-3"]


def test_a_revoked_replacement_recovers_once_it_is_no_longer_fresh(hotmart_routes: respx.MockRouter) -> None:
    clock = FakeClock()
    revoked = {"token-1", "token-2"}
    hotmart_routes["token"].mock(side_effect=numbered_tokens())
    hotmart_routes.get(api(HISTORY)).mock(
        side_effect=lambda request: (
            permission_401()
            if request.headers["authorization"].removeprefix("Bearer ") in revoked
            else httpx.Response(200, json=EMPTY_PAGE)
        )
    )
    with new_client(clock=clock) as client:
        with pytest.raises(AuthenticationError):
            client.sales.history()  # token-1 revoked, replaced by token-2, revoked too
        clock.now += FRESH_TOKEN_AGE + 1
        client.sales.history()  # token-2 is no longer fresh: replaced by token-3
    assert hotmart_routes["token"].call_count == 3


# -- minor: an AsyncHotmart used from a second event loop -------------------------------------------


def test_async_client_refreshes_its_token_in_a_second_event_loop(hotmart_routes: respx.MockRouter) -> None:
    clock = FakeClock()
    issue = numbered_tokens(expires_in=3600)

    async def slow_token(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.02)  # the other tasks queue on the token lock meanwhile
        response: httpx.Response = issue(request)
        return response

    hotmart_routes["token"].mock(side_effect=slow_token)
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    client = new_async_client(clock=clock)

    async def burst() -> None:
        # Concurrent calls with no usable token: the token lock is contended, so asyncio binds it
        # to the running loop.
        await asyncio.gather(*(client.sales.history() for _ in range(4)))

    asyncio.run(burst())
    clock.now += 3600  # expired: the next loop must refresh
    asyncio.run(burst())
    asyncio.run(client.close())
    assert hotmart_routes["token"].call_count == 2
    assert bearer(route) == ["token-1"] * 4 + ["token-2"] * 4


# -- found on the way: the token request had no timeout ----------------------------------------------


def test_token_request_times_out_like_the_call_it_is_for() -> None:
    with serve(State(token_delay=2.0)) as url:
        client = new_client(base_url=url, token_url=url + "/security/oauth/token", timeout=0.2, max_retries=0)
        started = time.monotonic()
        with client, pytest.raises(APITimeoutError, match="token request"):
            client.sales.history()
        elapsed = time.monotonic() - started
    assert elapsed < 1.5


async def test_token_request_times_out_like_the_call_it_is_for_async() -> None:
    with serve(State(token_delay=2.0)) as url:
        client = new_async_client(base_url=url, token_url=url + "/security/oauth/token", max_retries=0)
        started = time.monotonic()
        async with client:
            with pytest.raises(APITimeoutError, match="token request"):
                await client.sales.history(timeout=0.2)  # a per-call timeout applies to its token request too
            elapsed = time.monotonic() - started
    assert elapsed < 1.5
