"""Requests are checked against the spec (400) and the bearer token (401), in Hotmart's error shape."""

from __future__ import annotations

import time

import httpx
import pytest

from hotmart_client import AuthenticationError, BadRequestError, Hotmart, NotFoundError
from hotmart_client.mock import MockServer

from .helpers import token

HISTORY = "/payments/api/v1/sales/history"
PRODUCTS = "/products/api/v1/products"


def _error(response: httpx.Response, status: int, error: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error
    return str(body["error_description"])


@pytest.mark.parametrize(
    ("query", "mentions"),
    [
        ({"max_results": "ten"}, "max_results"),
        ({"max_results": "0"}, "at least 1"),
        ({"transaction_status": "PAID_TWICE"}, "transaction_status"),
        ({"start_date": "2026-01-01"}, "Expected timestamp in milliseconds"),
        ({"product_id": "1.5"}, "product_id"),
        ({"page_token": "not-a-token"}, "page_token"),
    ],
)
def test_bad_parameters_get_400(http: httpx.Client, query: dict[str, str], mentions: str) -> None:
    assert mentions in _error(http.get(HISTORY, params=query), 400, "invalid_parameter")


def test_a_missing_required_parameter_gets_400(http: httpx.Client) -> None:
    assert "subdomain" in _error(http.get("/club/api/v1/users"), 400, "invalid_parameter")


def test_a_body_that_breaks_its_schema_gets_400(http: httpx.Client) -> None:
    response = http.post("/products/api/v1/product/2125812/coupon", json={"code": "X", "discount": 3})
    assert "discount" in _error(response, 400, "invalid_parameter")
    assert "required" in _error(http.post("/products/api/v1/product/2125812/coupon"), 400, "invalid_parameter")


def test_large_page_sizes_are_accepted_and_capped_at_the_configured_maximum(http: httpx.Client) -> None:
    # Hotmart documents no maximum (its examples ask for 500); the mock caps at MockConfig.max_page_size.
    assert len(http.get(PRODUCTS, params={"max_results": 500}).json()["items"]) == 500
    assert len(http.get(PRODUCTS, params={"max_results": 5000}).json()["items"]) == 500


@pytest.mark.hotmart_mock(max_page_size=120)
def test_the_page_size_cap_is_configurable(http: httpx.Client) -> None:
    page = http.get(PRODUCTS, params={"max_results": 1000}).json()
    assert len(page["items"]) == page["page_info"]["results_per_page"] == 120


def test_unknown_routes_get_404_in_hotmart_shape(http: httpx.Client) -> None:
    _error(http.get("/payments/api/v1/nothing"), 404, "not_found")


@pytest.mark.parametrize("authorization", [None, "Bearer forged", "Basic dGVzdDp0ZXN0"])
def test_missing_or_unknown_tokens_get_401(hotmart_mock: MockServer, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = httpx.get(hotmart_mock.url + HISTORY, headers=headers)
    _error(response, 401, "invalid_token")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.hotmart_mock(token_ttl=0.3)
def test_expired_tokens_get_401_and_the_client_gets_a_new_one(hotmart_mock: MockServer) -> None:
    bearer = {"Authorization": f"Bearer {token(hotmart_mock)}"}
    assert httpx.get(hotmart_mock.url + HISTORY, headers=bearer).status_code == 200
    time.sleep(0.35)
    assert "expired" in _error(httpx.get(hotmart_mock.url + HISTORY, headers=bearer), 401, "invalid_token")
    with hotmart_mock.client(token_refresh_margin=0) as client:
        client.sales.history()
        time.sleep(0.35)
        client.sales.history()  # 401, new token, replayed
        assert client.auth.token_requests == 2


def test_revoked_tokens_get_401(hotmart_mock: MockServer) -> None:
    bearer = {"Authorization": f"Bearer {token(hotmart_mock)}"}
    hotmart_mock.revoke_tokens()
    assert "revoked" in _error(httpx.get(hotmart_mock.url + HISTORY, headers=bearer), 401, "invalid_token")


def test_the_token_endpoint_checks_the_request(hotmart_mock: MockServer) -> None:
    good = {"grant_type": "client_credentials", "client_id": "a", "client_secret": "b"}
    assert httpx.post(hotmart_mock.token_url, params=good, auth=("a", "b")).status_code == 200
    _error(httpx.post(hotmart_mock.token_url, params=good), 401, "invalid_client")
    _error(httpx.post(hotmart_mock.token_url, params=good, auth=("a", "other")), 401, "invalid_client")
    wrong_grant = {**good, "grant_type": "password"}
    _error(httpx.post(hotmart_mock.token_url, params=wrong_grant, auth=("a", "b")), 400, "invalid_parameter")


@pytest.mark.hotmart_mock(credentials={"known-id": "known-secret"})
def test_configured_credentials_are_enforced(hotmart_mock: MockServer) -> None:
    url, token_url = hotmart_mock.url, hotmart_mock.token_url
    with Hotmart("known-id", "known-secret", base_url=url, token_url=token_url) as client:
        client.sales.history()
    with Hotmart("known-id", "wrong", base_url=url, token_url=token_url) as client, pytest.raises(AuthenticationError):
        client.sales.history()


def test_errors_reach_the_client_as_its_exceptions(hotmart: Hotmart) -> None:
    with pytest.raises(BadRequestError) as bad:
        hotmart.sales.history(page_token="garbage")
    assert bad.value.error == "invalid_parameter"
    with pytest.raises(NotFoundError):
        hotmart.coupons.list(999999999)
