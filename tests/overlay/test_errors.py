"""Every error class, both of Hotmart's error shapes, and bodies no API should send."""

from __future__ import annotations

import pytest
import respx

from hotmart_client import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    HotmartError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (418, APIStatusError),
        (499, APIStatusError),
    ],
)
def test_status_maps_to_error_class(hotmart_routes: respx.MockRouter, status: int, error_class: type) -> None:
    hotmart_routes.get(api(HISTORY)).respond(
        status,
        json={"error": "some_code", "error_description": "Something specific went wrong"},
        headers={"Retry-After": "0", "X-Request-Id": "req-123"},
    )
    with new_client(max_retries=0) as client, pytest.raises(error_class) as info:
        client.sales.history()
    error = info.value
    assert isinstance(error, HotmartError) and isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.error == "some_code"
    assert error.error_description == "Something specific went wrong"
    assert error.request_id == "req-123"
    assert "Something specific went wrong" in str(error) and str(status) in str(error)
    assert "GET /payments/api/v1/sales/history" in str(error)


def test_code_message_details_shape_is_normalised(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(
        400, json={"code": "INVALID_PARAMETER", "message": "Invalid status", "details": ["must be one of ..."]}
    )
    with new_client() as client, pytest.raises(BadRequestError) as info:
        client.sales.history()
    assert info.value.error == "INVALID_PARAMETER"
    assert info.value.error_description == "Invalid status"
    assert info.value.details == ["must be one of ..."]


def test_html_error_page_from_a_proxy(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(
        502, text="<html><body><h1>502 Bad Gateway</h1></body></html>", headers={"content-type": "text/html"}
    )
    with new_client(max_retries=0) as client, pytest.raises(InternalServerError, match="502 Bad Gateway") as info:
        client.sales.history()
    assert info.value.body is None and info.value.error is None


@pytest.mark.parametrize("body", [b'{"items": [{"purchase": ', b"<html>ok</html>", b"\xff\xfe"])
def test_invalid_json_in_a_2xx_is_a_typed_error_with_the_raw_body(
    hotmart_routes: respx.MockRouter, body: bytes
) -> None:
    hotmart_routes.get(api(HISTORY)).respond(200, content=body)
    with new_client() as client, pytest.raises(APIResponseValidationError) as info:
        client.sales.history()
    assert info.value.body == body
    assert info.value.status_code == 200


def test_body_of_the_wrong_shape_is_a_typed_error(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(200, json=["not", "a", "page"])
    with new_client() as client, pytest.raises(APIResponseValidationError, match="does not match the spec"):
        client.sales.history()


def test_missing_required_field_is_a_typed_error(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(200, json={"page_info": {}})
    with new_client() as client, pytest.raises(APIResponseValidationError):
        client.sales.history()


async def test_async_errors_are_the_same_classes(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(404, json={"error": "not_found", "error_description": "nope"})
    async with new_async_client() as client:
        with pytest.raises(NotFoundError, match="nope"):
            await client.sales.history()
