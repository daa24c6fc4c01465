"""Lazily parsed models stay inside the typed error hierarchy.

These started as strict xfails written by the conformance checks (lazy parsing once let a malformed
nested field escape as an error outside HotmartError). Now: `null` for an optional object reads as
absent, a wrongly shaped field raises `ResponseParseError` (a HotmartError) when read, and the page
envelope (items and next token) is checked when the call returns.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import respx

from hotmart_api.types import Unset
from hotmart_client import APIResponseValidationError, Hotmart, HotmartError, ResponseParseError
from hotmart_client._constants import PRODUCTION_URL, TOKEN_URL
from hotmart_client.resources import OPERATIONS
from tests.support import sale


def response(body: object) -> httpx.Response:
    return httpx.Response(200, json=body, request=httpx.Request("GET", PRODUCTION_URL + "/x"))


def test_a_null_nested_object_in_an_item_reads_as_absent() -> None:
    page = OPERATIONS["getSalesHistory"].parse(response({"items": [{**sale("HP1"), "producer": None}]}))
    assert isinstance(page.items[0].producer, Unset)
    assert page.items[0].to_dict() == sale("HP1")


def test_an_item_of_an_unexpected_shape_is_returned_and_fails_only_where_read() -> None:
    """What Hotmart sends is not refused for its shape: the page parses, the other items read
    normally, and reading the odd field raises a typed error naming it."""
    odd = {**sale("HP2"), "purchase": "not an object"}
    missing = {key: value for key, value in sale("HP3").items() if key != "buyer"}
    page = OPERATIONS["getSalesHistory"].parse(response({"items": [sale("HP1"), odd, missing]}))
    first, second, third = page.items
    assert first.purchase.transaction == "HP1" and second.product.id == third.product.id == 2125812
    with pytest.raises(ResponseParseError) as wrong:
        second.purchase  # noqa: B018 - reading it is the point
    assert (wrong.value.field, wrong.value.raw, wrong.value.missing) == ("purchase", "not an object", False)
    with pytest.raises(ResponseParseError) as absent:
        third.buyer  # noqa: B018
    assert (absent.value.field, absent.value.missing) == ("buyer", True)


def test_a_wrongly_shaped_nested_object_is_a_typed_error_when_read() -> None:
    info = OPERATIONS["getEventInfo"].parse(response({"product": "not an object"}))
    with pytest.raises(ResponseParseError) as caught:
        info.to_dict()
    assert isinstance(caught.value, HotmartError)
    assert caught.value.raw == "not an object"


@pytest.fixture
def history_route() -> Iterator[respx.Route]:
    with respx.mock() as router:
        router.post(TOKEN_URL).respond(json={"access_token": "t", "expires_in": 3600})
        yield router.get(PRODUCTION_URL + "/payments/api/v1/sales/history")


def test_the_pager_ends_on_a_null_page_info(history_route: respx.Route) -> None:
    history_route.respond(json={"items": [sale("HP1")], "page_info": None})
    with Hotmart("id", "secret") as client:
        assert [sale.purchase.transaction for sale in client.sales.history.export()] == ["HP1"]


def test_a_malformed_page_envelope_fails_at_call_time(history_route: respx.Route) -> None:
    history_route.respond(json={"items": [], "page_info": ["not", "an", "object"]})
    with Hotmart("id", "secret") as client, pytest.raises(APIResponseValidationError):
        client.sales.history()
