"""Arguments: coercion, validation before sending, pass-through and per-call options."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import httpx
import pytest
import respx

from hotmart_api.models import PurchaseStatus, SubscriptionStatus
from hotmart_client import HotmartError, InvalidParameterError
from hotmart_client._coerce import to_millis, to_number

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
EMPTY_PAGE = {"items": [], "page_info": {}}


@pytest.fixture
def history(hotmart_routes: respx.MockRouter) -> respx.Route:
    return hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)


def sent_params(route: respx.Route) -> dict[str, str]:
    return dict(route.calls.last.request.url.params)


def test_enum_accepts_member_or_string(history: respx.Route) -> None:
    with new_client() as client:
        client.sales.history(transaction_status=PurchaseStatus.REFUNDED, payment_type="pix")
    assert sent_params(history) == {"transaction_status": "REFUNDED", "payment_type": "PIX"}


def test_unknown_enum_string_is_rejected_before_sending(history: respx.Route) -> None:
    with new_client() as client, pytest.raises(InvalidParameterError, match=r"transaction_status.*APPROVED") as info:
        client.sales.history(transaction_status="APROVED")
    assert info.value.parameter == "transaction_status"
    assert history.call_count == 0


def test_explicit_new_enum_value_is_the_escape_hatch(history: respx.Route) -> None:
    with new_client() as client:
        client.sales.history(transaction_status=PurchaseStatus("AWAITING_CONFIRMATION"))
    assert sent_params(history)["transaction_status"] == "AWAITING_CONFIRMATION"


@pytest.mark.parametrize(
    ("value", "millis"),
    [
        (dt.date(2026, 1, 1), 1767225600000),
        (dt.datetime(2026, 1, 1, 12, 0), 1767268800000),
        (dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3))), 1767268800000),
        ("2026-01-01", 1767225600000),
        ("2026-01-01T12:00:00Z", 1767268800000),
        (1767225600000, 1767225600000),
    ],
)
def test_time_arguments(history: respx.Route, value: object, millis: int) -> None:
    with new_client() as client:
        client.sales.history(start_date=value)  # type: ignore[arg-type]
    assert sent_params(history)["start_date"] == str(millis)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start_date": 1767225600}, "looks like epoch seconds"),
        ({"start_date": "next tuesday"}, "cannot parse"),
        ({"product_id": "abc"}, "expected an integer"),
        ({"product_id": True}, "expected an integer"),
        ({"max_results": 0}, "at least 1"),
        ({"buyer_email": 42}, "expected a string"),
        ({"transaction_status": 3}, "expected PurchaseStatus"),
    ],
)
def test_bad_input_fails_before_anything_is_sent(history: respx.Route, kwargs: dict[str, object], message: str) -> None:
    with new_client() as client, pytest.raises(InvalidParameterError, match=message):
        client.sales.history(**kwargs)  # type: ignore[arg-type]
    assert history.call_count == 0


def test_a_large_page_size_is_left_to_hotmart(history: respx.Route) -> None:
    # Hotmart's pagination page documents no maximum and its own examples ask for 500.
    with new_client() as client:
        client.sales.history(max_results=500)
    assert sent_params(history)["max_results"] == "500"


def test_repeatable_enum_filters_go_out_once_per_value(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api("/payments/api/v1/subscriptions")).respond(json=EMPTY_PAGE)
    with new_client() as client:
        client.subscriptions.list(status=["ACTIVE", SubscriptionStatus.DELAYED])
        client.subscriptions.list(status="overdue")
        with pytest.raises(InvalidParameterError, match="unknown value 'LIVE'"):
            client.subscriptions.list(status=["ACTIVE", "LIVE"])
    assert [request.url.params.get_list("status") for request, _ in route.calls] == [
        ["ACTIVE", "DELAYED"],
        ["OVERDUE"],
    ]


def test_numeric_strings_are_accepted_for_integers(history: respx.Route) -> None:
    with new_client() as client:
        client.sales.history(product_id="2125812")  # type: ignore[arg-type]
    assert sent_params(history)["product_id"] == "2125812"


def test_a_misspelt_keyword_raises_before_anything_is_sent(history: respx.Route) -> None:
    """Regression (Hardening 6): `transaction_stauts=` went out as a query parameter and the call
    silently returned unfiltered data."""
    with new_client() as client, pytest.raises(TypeError, match="transaction_stauts"):
        client.sales.history(transaction_stauts="REFUNDED")  # type: ignore[call-arg]
    assert history.call_count == 0


async def test_a_misspelt_keyword_raises_async(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    async with new_async_client() as client:
        with pytest.raises(TypeError, match="transaction_stauts"):
            await client.sales.history(transaction_stauts="REFUNDED")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="transaction_stauts"):
            client.sales.history.export(transaction_stauts="REFUNDED")  # type: ignore[call-arg]
    assert route.call_count == 0


def test_extra_query_sends_parameters_on_purpose(history: respx.Route) -> None:
    with new_client() as client:
        client.sales.history(extra_query={"brand_new_filter": "x", "since": dt.date(2026, 1, 1), "flag": True})
        with pytest.raises(InvalidParameterError, match="pass it by name"):
            client.sales.history(extra_query={"transaction_status": "REFUNDED"})
    assert sent_params(history) == {"brand_new_filter": "x", "since": "1767225600000", "flag": "true"}


def test_extra_body_is_merged_into_the_json_body(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.post(api("/products/api/v1/product/1234567/coupon")).respond(200)
    with new_client() as client:
        client.coupons.create(1234567, code="OFF10", discount=0.1, extra_body={"new_flag": True})
    assert json.loads(route.calls.last.request.content) == {"code": "OFF10", "discount": 0.1, "new_flag": True}


def test_timeout_none_means_no_timeout_and_not_given_the_clients(history: respx.Route) -> None:
    with new_client(timeout=7.0) as client:
        client.sales.history(timeout=None)
        assert history.calls.last.request.extensions["timeout"] == {
            "connect": None,
            "read": None,
            "write": None,
            "pool": None,
        }
        client.sales.history()
        assert history.calls.last.request.extensions["timeout"]["read"] == 7.0


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (dt.date(2026, 12, 31), 1798761599999),
        ("2026-12-31", 1798761599999),
        (dt.datetime(2026, 12, 31), 1798675200000),  # a datetime is taken as it is
        ("2026-12-31T00:00:00Z", 1798675200000),
        (1798675200000, 1798675200000),
    ],
)
def test_a_date_as_an_end_bound_includes_that_whole_day(history: respx.Route, end: object, expected: int) -> None:
    """Regression (Hardening 5): `end_date=date(2026, 12, 31)` became 00:00 of 31 December, so a
    whole-year export dropped its last day. A start bound keeps the day's first millisecond."""
    with new_client() as client:
        client.sales.history(start_date=dt.date(2026, 1, 1), end_date=end)  # type: ignore[arg-type]
    assert sent_params(history) == {"start_date": "1767225600000", "end_date": str(expected)}


def test_extra_headers_and_timeout_per_call(history: respx.Route) -> None:
    with new_client() as client:
        client.sales.history(extra_headers={"X-Trace": "abc"}, timeout=3.5)
    request = history.calls.last.request
    assert request.headers["x-trace"] == "abc"
    assert request.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


def test_extra_headers_cannot_override_authorization(history: respx.Route) -> None:
    with new_client() as client, pytest.raises(HotmartError, match="Authorization"):
        client.sales.history(extra_headers={"Authorization": "Bearer mine"})


def test_money_amounts_accept_decimal() -> None:
    assert to_number(Decimal("0.15"), "discount") == 0.15
    with pytest.raises(InvalidParameterError):
        to_number("0.15", "discount")


def test_naive_datetime_is_utc() -> None:
    assert to_millis(dt.datetime(1970, 1, 2), "x") == 86_400_000


def test_injected_http_client_is_used_and_not_closed(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    http = httpx.Client(headers={"X-Mine": "1"})
    with new_client(http_client=http) as client:
        client.sales.history()
    assert not http.is_closed
    assert hotmart_routes.calls.last.request.headers["x-mine"] == "1"
    http.close()


def test_custom_transport_is_used() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 60})
        return httpx.Response(200, json=EMPTY_PAGE)

    with new_client(transport=httpx.MockTransport(handler)) as client:
        client.sales.history()
    assert seen == ["/security/oauth/token", HISTORY]
