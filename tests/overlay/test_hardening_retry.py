"""Issue 11, item 2: `RateLimit-Reset` is information Hotmart sends on every answer. It sets the
retry delay only after a 429, or when `RateLimit-Remaining` says the budget is spent; a 5xx is
otherwise retried on the client's own backoff."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable

import httpx
import pytest
import respx

from hotmart_client import RateLimitError, RetryPolicy
from hotmart_client._retry import server_hint

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
EMPTY_PAGE = {"items": [], "page_info": {}}
# What Hotmart sends on every answer while the budget is not spent.
INFORMATIONAL = {"RateLimit-Limit": "500", "RateLimit-Remaining": "487", "RateLimit-Reset": "55"}
# Hints that would be waited for: max_retry_after is 2 s, so a 1.5 s reset would be slept on.
SHORT_RESET = {"RateLimit-Limit": "500", "RateLimit-Remaining": "487", "RateLimit-Reset": "1.5"}
POLICY = RetryPolicy(max_retries=3, base_delay=0.0, max_delay=0.0, max_retry_after=2.0)


def transient_then_ok(headers: dict[str, str]) -> list[httpx.Response]:
    return [httpx.Response(503, headers=headers), httpx.Response(200, json=EMPTY_PAGE, headers=headers)]


@pytest.mark.parametrize("headers", [INFORMATIONAL, SHORT_RESET], ids=["reset-55", "reset-1.5"])
def test_5xx_with_informational_ratelimit_reset_is_retried_on_backoff(
    hotmart_routes: respx.MockRouter, headers: dict[str, str]
) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=transient_then_ok(headers))
    with new_client(retry_policy=POLICY) as client:
        started = time.monotonic()
        client.sales.history()
        elapsed = time.monotonic() - started
    assert route.call_count == 2
    assert elapsed < 1.0


async def test_5xx_with_informational_ratelimit_reset_is_retried_on_backoff_async(
    hotmart_routes: respx.MockRouter,
) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(
        side_effect=[*transient_then_ok(INFORMATIONAL)[:1], *transient_then_ok(SHORT_RESET)]
    )
    async with new_async_client(retry_policy=POLICY) as client:
        started = time.monotonic()
        await client.sales.history()
        elapsed = time.monotonic() - started
    assert route.call_count == 3
    assert elapsed < 1.0


def test_5xx_with_spent_budget_waits_for_the_reset(hotmart_routes: respx.MockRouter) -> None:
    spent = {"RateLimit-Limit": "500", "RateLimit-Remaining": "0", "RateLimit-Reset": "0.4"}
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=transient_then_ok(spent))
    with new_client(retry_policy=POLICY) as client:
        started = time.monotonic()
        client.sales.history()
        elapsed = time.monotonic() - started
    assert route.call_count == 2
    assert elapsed >= 0.4


async def test_429_paces_on_ratelimit_reset_async(hotmart_routes: respx.MockRouter) -> None:
    limited = {"RateLimit-Limit": "500", "RateLimit-Remaining": "3", "RateLimit-Reset": "0.4"}
    route = hotmart_routes.get(api(HISTORY)).mock(
        side_effect=[httpx.Response(429, headers=limited), httpx.Response(200, json=EMPTY_PAGE)]
    )
    async with new_async_client(retry_policy=POLICY) as client:
        started = time.monotonic()
        await client.sales.history()
        elapsed = time.monotonic() - started
    assert route.call_count == 2
    assert elapsed >= 0.4


def test_429_too_long_reset_is_raised_with_retry_after(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(429, headers=INFORMATIONAL)
    with new_client(retry_policy=POLICY) as client, pytest.raises(RateLimitError) as info:
        client.sales.history()
    assert info.value.retry_after == 55


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (503, INFORMATIONAL, None),
        (503, {**INFORMATIONAL, "Retry-After": "7"}, 7.0),  # Retry-After is always an instruction
        (503, {"RateLimit-Remaining": "0", "RateLimit-Reset": "9"}, 9.0),
        (503, {"RateLimit-Remaining": "garbage", "RateLimit-Reset": "9"}, None),
        (200, INFORMATIONAL, None),
        (429, INFORMATIONAL, 55.0),
        (429, {"RateLimit-Reset": "12"}, 12.0),
    ],
)
def test_server_hint_reads_ratelimit_reset_only_when_it_is_an_instruction(
    status: int, headers: dict[str, str], expected: float | None
) -> None:
    assert server_hint(httpx.Response(status, headers=headers)) == expected


# -- Issue 23, item 5: Retry-After as an HTTP date, measured on the server's clock -----------------


def http_date(seconds: float) -> str:
    return email.utils.formatdate(seconds, usegmt=True)


def skewed_429(skew: float, wait: float) -> httpx.Response:
    """A 429 from a server whose clock is `skew` seconds off ours, asking to wait `wait` seconds."""
    server_now = int(time.time() + skew)
    return httpx.Response(429, headers={"Date": http_date(server_now), "Retry-After": http_date(server_now + wait)})


@pytest.mark.parametrize("skew", [-3600.0, 0.0, 3600.0], ids=["server-behind", "same-clock", "server-ahead"])
def test_a_retry_after_date_is_measured_from_the_response_date(skew: float) -> None:
    assert server_hint(skewed_429(skew, 7)) == pytest.approx(7.0, abs=1.0)


def test_a_retry_after_date_without_a_response_date_uses_our_clock() -> None:
    later = httpx.Response(429, headers={"Retry-After": http_date(time.time() + 30)})
    assert server_hint(later) == pytest.approx(30.0, abs=1.5)
    garbled = httpx.Response(429, headers={"Date": "yesterday", "Retry-After": http_date(time.time() + 30)})
    assert server_hint(garbled) == pytest.approx(30.0, abs=1.5)


def refused_once(skew: float) -> Callable[[httpx.Request], httpx.Response]:
    answers = iter([lambda: skewed_429(skew, 1), lambda: httpx.Response(200, json=EMPTY_PAGE)])
    return lambda request: next(answers)()


@pytest.mark.parametrize("skew", [-3600.0, 3600.0], ids=["server-behind", "server-ahead"])
def test_a_server_with_another_clock_is_waited_for_as_asked(hotmart_routes: respx.MockRouter, skew: float) -> None:
    """Ahead, the date looked an hour away (not retried at all); behind, already past (retried at
    once, into the same refusal). Both wait the one second asked."""
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=refused_once(skew))
    with new_client(retry_policy=POLICY) as client:
        started = time.monotonic()
        client.sales.history()
        elapsed = time.monotonic() - started
    assert route.call_count == 2
    assert 0.3 < elapsed < 2.5


async def test_a_server_with_another_clock_is_waited_for_as_asked_async(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=refused_once(3600))
    async with new_async_client(retry_policy=POLICY) as client:
        started = time.monotonic()
        await client.sales.history()
        elapsed = time.monotonic() - started
    assert route.call_count == 2
    assert 0.3 < elapsed < 2.5
