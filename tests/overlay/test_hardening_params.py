"""Issue 11, minor items: malformed integers and non-finite numbers are typed errors raised before
anything is sent, and the rate limiter's repr shows the limit it was given."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
import respx

from hotmart_client import InvalidParameterError, RateLimiter
from hotmart_client._coerce import to_int, to_number

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
COUPON = "/products/api/v1/product/123/coupon"
EMPTY_PAGE = {"items": [], "page_info": {}}


@pytest.mark.parametrize("text", ["--5", "-", "- 5", "5-", "1_000", "٣"])
def test_malformed_integer_strings_raise_invalid_parameter_error(text: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        to_int(text, "max_results")
    assert info.value.parameter == "max_results"


@pytest.mark.parametrize(("text", "expected"), [("5", 5), (" -5 ", -5), ("+7", 7)])
def test_well_formed_integer_strings_are_accepted(text: str, expected: int) -> None:
    assert to_int(text, "n") == expected


def test_malformed_integer_is_rejected_by_a_call_before_sending(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client() as client, pytest.raises(InvalidParameterError, match="max_results"):
        client.sales.history(max_results="--5")
    assert route.call_count == 0
    assert hotmart_routes["token"].call_count == 0


NON_FINITE = [float("nan"), float("inf"), -math.inf, Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity"), 10**400]


@pytest.mark.parametrize("value", NON_FINITE, ids=repr)
def test_non_finite_numbers_raise_invalid_parameter_error(value: float | Decimal) -> None:
    with pytest.raises(InvalidParameterError, match="finite") as info:
        to_number(value, "discount", maximum=0.99)
    assert info.value.parameter == "discount"


@pytest.mark.parametrize("value", [float("nan"), Decimal("NaN"), float("-inf")], ids=repr)
def test_nan_discount_is_rejected_before_sending(hotmart_routes: respx.MockRouter, value: float | Decimal) -> None:
    route = hotmart_routes.post(api(COUPON)).respond(200)
    with new_client() as client, pytest.raises(InvalidParameterError, match="discount"):
        client.coupons.create(123, code="SUMMER", discount=value)
    assert route.call_count == 0


async def test_nan_discount_is_rejected_before_sending_async(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.post(api(COUPON)).respond(200)
    async with new_async_client() as client:
        with pytest.raises(InvalidParameterError, match="discount"):
            await client.coupons.create(123, code="SUMMER", discount=float("nan"))
        with pytest.raises(InvalidParameterError, match="max_results"):
            await client.sales.history(max_results="--5")
    assert route.call_count == 0


def test_rate_limiter_repr_shows_the_limit_it_was_given() -> None:
    assert repr(RateLimiter(500)) == "RateLimiter(requests=500, per=60s, burst=10)"
    assert repr(RateLimiter(100, 10.0, burst=5)) == "RateLimiter(requests=100, per=10s, burst=5)"
    assert repr(RateLimiter(1, 0.5)) == "RateLimiter(requests=1, per=0.5s, burst=1)"
