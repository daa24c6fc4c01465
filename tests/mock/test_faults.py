"""Each fault knob, seen through the real client: retries absorb what they should, nothing is lost."""

from __future__ import annotations

import time
from collections import Counter

import httpx
import pytest

from hotmart_client import APIConnectionError, APIResponseValidationError, Hotmart, InternalServerError
from hotmart_client.mock import Faults, MockServer, mock_server

from .conftest import FAST_RETRIES
from .helpers import listed_by_default


def _all_transactions(server: MockServer) -> list[str]:
    """Every sale a history call lists by default, in pages of 25: enough requests for a fault rate to show."""
    with server.client(retry_policy=FAST_RETRIES) as client:
        return [s.purchase.transaction for s in client.sales.history.export(max_results=25)]


def _faults(server: MockServer) -> Counter[str]:
    return Counter(r.fault for r in server.requests)


@pytest.mark.hotmart_mock(items=500)
def test_latency_slows_every_answer(hotmart_mock: MockServer) -> None:
    with hotmart_mock.client() as client:
        client.sales.history()  # token + first call, unhurried
        hotmart_mock.set_faults(latency=0.2)
        started = time.perf_counter()
        client.sales.history()
        assert time.perf_counter() - started >= 0.2


@pytest.mark.hotmart_mock(items=500, faults=Faults(error_rate=0.3, retry_after=0))
def test_server_errors_are_retried_without_losing_or_repeating_items(hotmart_mock: MockServer) -> None:
    transactions = _all_transactions(hotmart_mock)
    assert transactions == listed_by_default(hotmart_mock)
    assert _faults(hotmart_mock)["error"] > 0
    assert {r.status for r in hotmart_mock.requests if r.fault == "error"} <= {500, 502, 503}


@pytest.mark.hotmart_mock(items=500, faults=Faults(rate_limit_rate=0.3, retry_after=0))
def test_429_with_retry_after_is_waited_out(hotmart_mock: MockServer) -> None:
    assert _all_transactions(hotmart_mock) == listed_by_default(hotmart_mock)
    assert _faults(hotmart_mock)["rate_limit"] > 0


def test_429_carries_retry_after_and_ratelimit_headers(hotmart_mock: MockServer) -> None:
    hotmart_mock.set_faults(rate_limit_rate=1.0, retry_after=7)
    response = httpx.get(hotmart_mock.url + "/payments/api/v1/sales/history")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert response.headers["RateLimit-Reset"] == "7"
    assert response.headers["RateLimit-Remaining"] == "0"
    assert response.json()["error"] == "too_many_requests"


@pytest.mark.hotmart_mock(items=500, faults=Faults(drop_rate=0.3))
def test_dropped_connections_are_retried_for_reads(hotmart_mock: MockServer) -> None:
    assert _all_transactions(hotmart_mock) == listed_by_default(hotmart_mock)
    assert _faults(hotmart_mock)["drop"] > 0


def test_a_dropped_connection_is_a_connection_error(hotmart_mock: MockServer) -> None:
    with hotmart_mock.client(max_retries=0) as client:
        client.sales.history()
        hotmart_mock.set_faults(drop_rate=1.0)
        with pytest.raises(APIConnectionError):
            client.sales.history()


def test_truncated_json_is_reported_not_parsed(hotmart_mock: MockServer) -> None:
    with hotmart_mock.client() as client:
        client.sales.history()
        hotmart_mock.set_faults(truncate_rate=1.0)
        with pytest.raises(APIResponseValidationError) as raised:
            client.sales.history()
    assert raised.value.status_code == 200
    assert raised.value.body.startswith(b'{"items"')


@pytest.mark.hotmart_mock(items=500, faults=Faults(revoke_token_after=3))
def test_a_token_revoked_mid_run_is_replaced(hotmart_mock: MockServer) -> None:
    with hotmart_mock.client(retry_policy=FAST_RETRIES) as client:
        transactions = [s.purchase.transaction for s in client.sales.history.export(max_results=40)]
        assert client.auth.token_requests == 2
    assert transactions == listed_by_default(hotmart_mock)
    assert [r.status for r in hotmart_mock.requests].count(401) == 1


@pytest.mark.hotmart_mock(route_faults={"getSalesSummary": {"error_rate": 1.0, "retry_after": 0}})
def test_faults_per_route(hotmart_mock: MockServer) -> None:
    with hotmart_mock.client(max_retries=1, retry_policy=FAST_RETRIES) as client:
        client.sales.history()
        with pytest.raises(InternalServerError):
            client.sales.summary()
    by_route = {(r.operation_id, r.fault) for r in hotmart_mock.requests}
    assert ("getSalesHistory", "ok") in by_route
    assert ("getSalesSummary", "ok") not in by_route


def test_writes_are_not_retried_after_a_server_error(hotmart_mock: MockServer) -> None:
    """The point of this knob for client authors: a refund that hit a 5xx must not be sent twice."""
    hotmart_mock.set_faults(routes={"refundSale": Faults(error_rate=1.0)})
    with hotmart_mock.client(retry_policy=FAST_RETRIES) as client, pytest.raises(InternalServerError):
        client.sales.refund("HP12455690122399")
    assert [r.operation_id for r in hotmart_mock.requests].count("refundSale") == 1


def test_the_same_seed_draws_the_same_faults() -> None:
    def run(seed: int) -> list[str]:
        with mock_server(seed=seed, items=300, faults=Faults(error_rate=0.2, drop_rate=0.1, retry_after=0)) as server:
            _all_transactions(server)
            return [r.fault for r in server.requests]

    assert run(5) == run(5)
    assert run(5) != run(6)


def test_fault_settings_are_validated() -> None:
    with pytest.raises(ValueError, match="error_rate"):
        Faults(error_rate=1.5)
    with pytest.raises(ValueError, match="exceed"):
        Faults(error_rate=0.6, drop_rate=0.6)


def test_hotmart_fixture_is_connected(hotmart: Hotmart) -> None:
    assert hotmart.sales.history(max_results=1).items
