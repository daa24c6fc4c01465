"""The retry layer: which failures are retried for which methods, and how long it waits."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
import respx

from hotmart_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimiter,
    RateLimitError,
    RetryPolicy,
)
from hotmart_client._retry import server_hint

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
EMPTY_PAGE = {"items": [], "page_info": {}}


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504, 520])
def test_get_is_retried_on_transient_statuses(hotmart_routes: respx.MockRouter, status: int) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(
        side_effect=[httpx.Response(status), httpx.Response(status), httpx.Response(200, json=EMPTY_PAGE)]
    )
    with new_client() as client:
        client.sales.history()
    assert route.call_count == 3


@pytest.mark.parametrize("status", [400, 403, 404, 409, 422])
def test_client_errors_are_not_retried(hotmart_routes: respx.MockRouter, status: int) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(status, json={"error": "x"})
    with new_client() as client, pytest.raises(Exception):
        client.sales.history()
    assert route.call_count == 1


def test_retries_are_bounded_and_raise_the_typed_error(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(503, json={"error": "internal_server_error"})
    with new_client() as client, pytest.raises(InternalServerError):
        client.sales.history()
    assert route.call_count == 4  # 1 + max_retries=3


def test_per_call_max_retries(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(503)
    with new_client() as client, pytest.raises(InternalServerError):
        client.sales.history(max_retries=0)
    assert route.call_count == 1


def test_connect_errors_are_retried(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=EMPTY_PAGE)]
    )
    with new_client() as client:
        client.sales.history()
    assert route.call_count == 2


def test_read_timeout_of_a_get_is_retried_then_raised(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=httpx.ReadTimeout("slow"))
    with new_client() as client, pytest.raises(APITimeoutError, match="ReadTimeout") as info:
        client.sales.history()
    assert route.call_count == 4
    assert "4 attempt" in str(info.value)


def test_exhausted_connect_errors_raise_api_connection_error(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=httpx.ConnectError("refused"))
    with new_client() as client, pytest.raises(APIConnectionError):
        client.sales.history()


def test_retry_after_seconds_is_honoured(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "0.3"}), httpx.Response(200, json=EMPTY_PAGE)]
    )
    with new_client() as client:
        started = time.monotonic()
        client.sales.history()
    assert time.monotonic() - started >= 0.3


def test_retry_after_http_date_and_ratelimit_reset_are_parsed() -> None:
    now = time.time()
    future = email.utils.formatdate(now + 30, usegmt=True)
    assert 28 <= (server_hint(httpx.Response(429, headers={"Retry-After": future}), now=now) or 0) <= 31
    assert server_hint(httpx.Response(429, headers={"RateLimit-Reset": "7"})) == 7
    assert server_hint(httpx.Response(503, headers={"Retry-After": "garbage"})) is None
    assert server_hint(httpx.Response(429)) is None


def test_too_long_retry_after_is_not_waited_for(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(429, headers={"Retry-After": "3600"}, json={"error": "x"})
    with new_client() as client, pytest.raises(RateLimitError) as info:
        client.sales.history()
    assert route.call_count == 1
    assert info.value.retry_after == 3600


def test_backoff_is_full_jitter_and_capped() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0)
    delays = [policy.backoff(attempt) for attempt in range(10) for _ in range(50)]
    assert min(delays) >= 0.0 and max(delays) <= 8.0
    assert max(policy.backoff(1) for _ in range(200)) <= 1.0


# -- non-idempotent operations: never repeated when the server may have acted ----------------

REFUND = "/payments/api/v1/sales/HP17715690036014/refund"


@pytest.fixture
def refund_route(hotmart_routes: respx.MockRouter) -> respx.Route:
    return hotmart_routes.put(api(REFUND))


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_refund_is_not_retried_after_5xx(refund_route: respx.Route, status: int) -> None:
    refund_route.mock(side_effect=[httpx.Response(status), httpx.Response(200)])
    with new_client() as client, pytest.raises(InternalServerError):
        client.sales.refund("HP17715690036014")
    assert refund_route.call_count == 1


def test_refund_is_not_retried_after_read_timeout(refund_route: respx.Route) -> None:
    refund_route.mock(side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200)])
    with new_client() as client, pytest.raises(APITimeoutError):
        client.sales.refund("HP17715690036014")
    assert refund_route.call_count == 1


def test_refund_is_retried_after_429_and_connect_error(refund_route: respx.Route) -> None:
    refund_route.mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "0"}), httpx.ConnectError("x"), httpx.Response(200)]
    )
    with new_client() as client:
        assert client.sales.refund("HP17715690036014") is None
    assert refund_route.call_count == 3


async def test_async_retries_follow_the_same_rules(hotmart_routes: respx.MockRouter) -> None:
    history = hotmart_routes.get(api(HISTORY)).mock(
        side_effect=[httpx.Response(503), httpx.ReadTimeout("x"), httpx.Response(200, json=EMPTY_PAGE)]
    )
    refund = hotmart_routes.put(api(REFUND)).mock(side_effect=[httpx.Response(502), httpx.Response(200)])
    async with new_async_client() as client:
        await client.sales.history()
        with pytest.raises(InternalServerError):
            await client.sales.refund("HP17715690036014")
    assert history.call_count == 3
    assert refund.call_count == 1


def test_rate_limiter_paces_requests(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    limiter = RateLimiter(requests=20, per=1.0, burst=1)
    with new_client(rate_limit=limiter) as client:
        started = time.monotonic()
        for _ in range(6):
            client.sales.history()
    assert time.monotonic() - started >= 5 / 20 * 0.9


def test_rate_limiter_shared_by_tasks_reserves_without_overlap() -> None:
    clock_value = [0.0]
    limiter = RateLimiter(requests=60, per=60.0, burst=2, clock=lambda: clock_value[0])
    waits = [limiter.reserve() for _ in range(5)]
    interval = 60 / 58  # refill keeps burst + refill within 60 requests per 60 s
    assert waits == pytest.approx([0.0, 0.0, interval, 2 * interval, 3 * interval])


def test_rate_limiter_never_exceeds_the_budget_in_any_window() -> None:
    now = [0.0]
    limiter = RateLimiter(requests=100, per=10.0, burst=10, clock=lambda: now[0])
    sent: list[float] = []
    for _ in range(400):  # greedy callers: each sends as soon as its reservation allows
        wait = limiter.reserve()
        sent.append(now[0] + wait)
        now[0] += wait
    for index, start in enumerate(sent):
        in_window = sum(1 for t in sent[index:] if t < start + 10.0)
        assert in_window <= 100
