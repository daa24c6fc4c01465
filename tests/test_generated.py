"""The generated package: complete, parses every documented example losslessly, and survives what a
live API sends (unknown enum values and fields, non-IANA statuses)."""

from __future__ import annotations

import copy
import importlib
import inspect
import re
from decimal import Decimal
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.corpus import mismatches
from tests.support import spec_operations

OPERATIONS = list(spec_operations())
IDS = [op["operationId"] for _, _, op in OPERATIONS]


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def endpoint(op: dict[str, Any]) -> ModuleType:
    return importlib.import_module(f"hotmart_api.api.{snake(op['tags'][0])}.{snake(op['operationId'])}")


def example_of(op: dict[str, Any]) -> Any:
    return op["responses"]["200"].get("content", {}).get("application/json", {}).get("example")


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=IDS)
def test_every_operation_has_sync_and_async_functions(path: str, method: str, op: dict[str, Any]) -> None:
    module = endpoint(op)
    assert inspect.isfunction(module.sync_detailed)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert callable(module.build_request_kwargs)
    assert callable(module.parse_success)
    request = module.build_request_kwargs(**_required_args(module, op))
    assert request["method"].upper() == method.upper()


def _required_args(module: ModuleType, op: dict[str, Any]) -> dict[str, Any]:
    """Values for the required arguments of a generated request builder (bodies: the spec's example)."""
    args: dict[str, Any] = {}
    for name, param in inspect.signature(module.build_request_kwargs, eval_str=True).parameters.items():
        if param.default is not inspect.Parameter.empty:
            continue
        annotation = param.annotation
        if annotation is int:
            args[name] = 1234567
        elif annotation is str:
            args[name] = "value"
        elif hasattr(annotation, "from_dict"):
            args[name] = annotation.from_dict(op["requestBody"]["content"]["application/json"]["example"])
        elif isinstance(annotation, type) and issubclass(annotation, str):  # an enum
            args[name] = next(iter(annotation))
        else:
            args[name] = "value"
    return args


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=IDS)
def test_examples_round_trip_through_the_models(path: str, method: str, op: dict[str, Any]) -> None:
    example = example_of(op)
    if example is None:
        assert endpoint(op).parse_success(httpx.Response(200)) is None
        return
    parsed = endpoint(op).parse_success(httpx.Response(200, json=example))
    # Every field is typed and reads back equal (a date-time may serialise as +00:00 for Z).
    assert list(mismatches(parsed, example)) == []


def _op(operation_id: str) -> dict[str, Any]:
    return next(op for _, _, op in OPERATIONS if op["operationId"] == operation_id)


# Hotmart's own documented examples are checked field by field in tests/test_rest_corpus.py.


def test_unknown_enum_value_and_unknown_fields_parse() -> None:
    example = copy.deepcopy(example_of(_op("getSalesHistory")))
    example["items"][0]["purchase"]["status"] = "AWAITING_PIX_CONFIRMATION"
    example["items"][0]["purchase"]["payment"]["type"] = "CRYPTO"
    example["items"][0]["brand_new_section"] = {"nested": [1, 2]}
    example["page_info"]["cursor_version"] = 2
    page = endpoint(_op("getSalesHistory")).parse_success(httpx.Response(200, json=example))
    purchase = page.items[0].purchase
    assert purchase.status == "AWAITING_PIX_CONFIRMATION"
    assert purchase.status.is_known is False
    assert purchase.payment.type_.value == "CRYPTO"
    assert page.items[0]["brand_new_section"] == {"nested": [1, 2]}
    assert page.page_info["cursor_version"] == 2
    assert page.to_dict() == example


def test_known_enum_values_stay_canonical_members() -> None:
    from hotmart_api.models import PurchaseStatus

    assert PurchaseStatus("APPROVED") is PurchaseStatus.APPROVED
    assert PurchaseStatus.APPROVED.is_known


def test_non_iana_status_does_not_crash_the_generated_client() -> None:
    from hotmart_api import Client

    transport = httpx.MockTransport(lambda request: httpx.Response(520, text="<html>origin error</html>"))
    client = Client(base_url="https://developers.hotmart.com", httpx_args={"transport": transport})
    module = endpoint(_op("getSalesHistory"))
    response = module.sync_detailed(client=client)
    assert response.status_code == 520
    assert response.parsed is None


def test_models_parse_lazily_and_report_bad_fields_when_read() -> None:
    from hotmart_api.errors import ResponseParseError
    from hotmart_api.models import SaleHistoryItem

    example = copy.deepcopy(example_of(_op("getSalesHistory"))["items"][0])
    example["purchase"]["price"] = "235.76 BRL"  # an object in the spec
    item = SaleHistoryItem.from_dict(example)
    assert item.purchase.transaction == "HP12455690122399"  # other fields are still readable
    with pytest.raises(ResponseParseError, match=r"Purchase\.price") as info:
        _ = item.purchase.price
    assert info.value.raw == "235.76 BRL"


def test_lazy_models_behave_like_eager_ones() -> None:
    from hotmart_api.models import Money, SaleHistoryItem

    example = example_of(_op("getSalesHistory"))["items"][0]
    parsed = SaleHistoryItem.from_dict(example)
    again = SaleHistoryItem.from_dict(example)
    assert parsed == again
    assert repr(parsed) == repr(again)
    assert parsed.purchase.price == Money(value=Decimal("235.76"), currency_code="BRL")
    parsed.purchase.price.value = Decimal("1.5")  # parsed values are cached: edits stick
    assert parsed.to_dict()["purchase"]["price"]["value"] == 1.5
    with pytest.raises(AttributeError):
        _ = parsed.no_such_field  # type: ignore[attr-defined]


def test_missing_required_field_fails_when_read_not_at_parse_time() -> None:
    from hotmart_api.errors import ResponseParseError
    from hotmart_api.models import AccessToken, SalesHistoryPage

    page = SalesHistoryPage.from_dict({"page_info": {"total_results": 0}})  # what Hotmart sends is kept
    assert page.page_info.total_results == 0
    with pytest.raises(ResponseParseError, match=r"^SalesHistoryPage\.items: required field is absent") as info:
        _ = page.items
    assert (info.value.model, info.value.field, info.value.missing, info.value.raw) == (
        "SalesHistoryPage",
        "items",
        True,
        None,
    )
    with pytest.raises(ResponseParseError, match=r"SalesHistoryPage\.items"):
        page.to_dict()

    token = AccessToken.from_dict({"expires_in": 86400})  # a required plain (string) field absent
    assert token.expires_in == 86400
    with pytest.raises(ResponseParseError, match=r"^AccessToken\.access_token: required field is absent") as info:
        _ = token.access_token
    assert info.value.missing
    assert AccessToken.from_dict({"access_token": "t", "expires_in": 1}).to_dict() == {
        "access_token": "t",
        "expires_in": 1,
    }
