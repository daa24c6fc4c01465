"""Bugs the conformance checks found in code this work does not own, as strict xfails: each test
states the behaviour the project promises, fails today, and turns into an XPASS (a failure, under
`strict=True`) once the bug is fixed, so whoever fixes it removes the marker.

Lazy model parsing (generator/templates/model.py.jinja, commit 704d520) parses nested fields on
first access and raises `hotmart_api.errors.ResponseParseError` (a ValueError, not a HotmartError)
there. `Operation.parse` (overlay/hotmart_client/_operation.py) only reads the page's `items` list,
so a malformed nested field passes it and fails later, in the caller's code or inside the pager, as
an untyped error instead of `APIResponseValidationError`.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import respx

from hotmart_api.errors import ResponseParseError
from hotmart_client import APIResponseValidationError, Hotmart, HotmartError
from hotmart_client._resources import OPERATIONS, PRODUCTION_URL, TOKEN_URL

LAZY_PARSE_BUG = (
    "Operation.parse returns lazily parsed models: a malformed nested field raises "
    "hotmart_api.errors.ResponseParseError (ValueError) later, outside the typed error hierarchy"
)


def response(body: object) -> httpx.Response:
    return httpx.Response(200, json=body, request=httpx.Request("GET", PRODUCTION_URL + "/x"))


@pytest.mark.xfail(strict=True, raises=ResponseParseError, reason=LAZY_PARSE_BUG)
def test_a_null_nested_object_in_an_item_is_a_typed_error() -> None:
    """{"items": [{"product": null}]}: parse it and read the item's fields, as any caller does."""
    with pytest.raises(HotmartError):
        page = OPERATIONS["getSalesHistory"].parse(response({"items": [{"product": None}]}))
        page.items[0].to_dict()


@pytest.mark.xfail(strict=True, raises=ResponseParseError, reason=LAZY_PARSE_BUG)
def test_a_null_nested_object_in_a_single_object_answer_is_a_typed_error() -> None:
    with pytest.raises(HotmartError):
        info = OPERATIONS["getEventInfo"].parse(response({"product": None}))
        info.to_dict()


@pytest.fixture
def page_info_null() -> Iterator[None]:
    history = {"items": [{"purchase": {"transaction": "HP1"}}], "page_info": None}
    with respx.mock() as router:
        router.post(TOKEN_URL).respond(json={"access_token": "t", "expires_in": 3600})
        router.get(PRODUCTION_URL + "/payments/api/v1/sales/history").respond(json=history)
        yield


@pytest.mark.xfail(strict=True, raises=ResponseParseError, reason=LAZY_PARSE_BUG)
@pytest.mark.usefixtures("page_info_null")
def test_the_pager_raises_a_typed_error_for_a_null_page_info() -> None:
    """`"page_info": null` passes Operation.parse; the pager's next-token lookup then raises
    ResponseParseError out of `for sale in pager` (Operation.next_page_token's getattr default
    only covers AttributeError)."""
    with Hotmart("id", "secret") as client, pytest.raises(APIResponseValidationError):
        list(client.sales.history_autopaginate())
