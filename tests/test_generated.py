"""The generated package: complete, parses every documented example losslessly, and survives what a
live API sends (unknown enum values and fields, non-IANA statuses)."""

from __future__ import annotations

import copy
import importlib
import inspect
import re
import typing
from decimal import Decimal
from enum import Enum
from types import ModuleType
from typing import Any

import httpx
import pytest
import respx

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
        elif enums := [arg for arg in typing.get_args(annotation) if isinstance(arg, type) and issubclass(arg, Enum)]:
            args[name] = next(iter(enums[0]))  # an enum argument: `TheEnum | TheEnumValue`
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


# -- enum arguments: the member or its string value, one check for every enum (issue 19, item 4) --

BASE_URL = "https://developers.hotmart.com"
SALES_HISTORY = f"{BASE_URL}/payments/api/v1/sales/history"
EMPTY_PAGE = {"items": [], "page_info": {"total_results": 0, "results_per_page": 0}}


def _api() -> Any:
    from hotmart_api import Client

    return Client(base_url=BASE_URL)


@pytest.mark.parametrize("value", ["APPROVED", "approved", "PurchaseStatus.APPROVED"])
def test_an_enum_query_argument_takes_the_member_or_its_string(value: str) -> None:
    from hotmart_api.api.sales import get_sales_history
    from hotmart_api.models import PaymentType, PurchaseStatus, SalesHistoryPage

    argument: Any = PurchaseStatus.APPROVED if value == "PurchaseStatus.APPROVED" else value
    with respx.mock() as router, _api() as api:
        route = router.get(SALES_HISTORY).respond(200, json=EMPTY_PAGE)
        page = get_sales_history.sync(client=api, transaction_status=argument, payment_type=PaymentType.PIX)
    assert isinstance(page, SalesHistoryPage)
    assert dict(route.calls.last.request.url.params) == {"transaction_status": "APPROVED", "payment_type": "PIX"}


async def test_the_async_functions_take_the_string_too() -> None:
    from hotmart_api.api.subscriptions import list_subscriptions

    with respx.mock() as router:
        route = router.get(f"{BASE_URL}/payments/api/v1/subscriptions").respond(200, json=EMPTY_PAGE)
        async with _api() as api:
            await list_subscriptions.asyncio_detailed(client=api, status=["ACTIVE", "CANCELLED_BY_CUSTOMER"])
    assert route.calls.last.request.url.params.get_list("status") == ["ACTIVE", "CANCELLED_BY_CUSTOMER"]


def test_a_value_the_spec_does_not_list_is_sent_only_as_an_explicit_member() -> None:
    from hotmart_api.api.sales import get_sales_history
    from hotmart_api.errors import InvalidParameterError
    from hotmart_api.models import PurchaseStatus

    with respx.mock(assert_all_called=False) as router, _api() as api:
        route = router.get(SALES_HISTORY).respond(200, json=EMPTY_PAGE)
        with pytest.raises(InvalidParameterError, match=r"^transaction_status: unknown value 'APROVED'") as info:
            get_sales_history.sync(client=api, transaction_status="APROVED")  # type: ignore[arg-type]
        assert info.value.parameter == "transaction_status"
        assert "PurchaseStatus('APROVED')" in info.value.problem  # says how to send it on purpose
        with pytest.raises(InvalidParameterError, match=r"^transaction_status: expected PurchaseStatus or its"):
            get_sales_history.sync(client=api, transaction_status=7)  # type: ignore[arg-type]
        assert not route.called  # nothing was sent
        get_sales_history.sync(client=api, transaction_status=PurchaseStatus("NEW_HOTMART_STATUS"))
    assert route.calls.last.request.url.params["transaction_status"] == "NEW_HOTMART_STATUS"


def test_an_enum_field_of_a_request_body_takes_its_string() -> None:
    from hotmart_api.api.negotiation import negotiate_installments
    from hotmart_api.errors import InvalidParameterError
    from hotmart_api.models import NegotiateInstallmentsRequest

    body = NegotiateInstallmentsRequest(subscription_id=1, recurrences=[2], payment_type="PIX")  # type: ignore[arg-type]
    request = negotiate_installments.build_request_kwargs(body=body)
    assert request["json"]["payment_type"] == "PIX"
    body.payment_type = "CHEQUE"  # type: ignore[assignment]
    with pytest.raises(InvalidParameterError, match=r"^payment_type: unknown value 'CHEQUE'"):
        negotiate_installments.build_request_kwargs(body=body)


def _flatten(annotation: Any) -> list[Any]:
    """The types an annotation is made of, unions and generics opened (Sequence[A | B] -> A, B)."""
    found = [annotation]
    for arg in typing.get_args(annotation):
        found += _flatten(arg)
    return found


def test_enum_arguments_are_typed_as_the_enum_or_its_values() -> None:
    """The signature says what is accepted: `TheEnum | TheEnumValue` (a Literal of exactly the
    spec's values), for every enum argument of every generated function, lists included."""
    checked = set()
    for _, _, op in OPERATIONS:
        for name, param in inspect.signature(endpoint(op).sync_detailed, eval_str=True).parameters.items():
            parts = _flatten(param.annotation)
            for enum_class in [part for part in parts if isinstance(part, type) and issubclass(part, Enum)]:
                literals = [set(typing.get_args(part)) for part in parts if typing.get_origin(part) is typing.Literal]
                assert literals == [{member.value for member in enum_class}], (op["operationId"], name, parts)
                checked.add((op["operationId"], name))
    assert ("getSalesHistory", "transaction_status") in checked
    assert ("listSubscriptions", "status") in checked  # a list of them
    assert len(checked) >= 20  # 23 enum arguments today


def test_repr_never_raises_on_a_malformed_or_missing_field(caplog: pytest.LogCaptureFixture) -> None:
    """`%r` in a log line must work on whatever Hotmart sent (issue 18, item 7.9): a field that
    cannot be read shows why instead of raising, and the other fields still show their values."""
    import logging

    from hotmart_api.models import SaleHistoryItem, SalesHistoryPage

    example = copy.deepcopy(example_of(_op("getSalesHistory"))["items"][0])
    example["purchase"]["price"] = "235.76 BRL"  # an object in the spec
    example["purchase"]["order_date"] = "not a time"  # epoch milliseconds in the spec
    example["product"] = 5  # an object in the spec
    del example["buyer"]  # required
    item = SaleHistoryItem.from_dict(example)
    text = repr(item)
    assert "price=<unreadable: Purchase.price: cannot parse str value" in text
    assert "order_date=<unreadable: Purchase.order_date" in text
    assert "product=<unreadable: SaleHistoryItem.product" in text
    assert "buyer=<unreadable: SaleHistoryItem.buyer: required field is absent from the JSON>" in text
    assert "transaction='HP12455690122399'" in text  # the readable fields keep their values
    with caplog.at_level(logging.INFO):
        logging.getLogger("test").info("item %r", item)
        logging.getLogger("test").info("page %r", SalesHistoryPage.from_dict({}))
    assert [record.getMessage()[:26] for record in caplog.records] == [
        "item SaleHistoryItem(produ",
        "page SalesHistoryPage(item",
    ]
    assert not [record for record in caplog.records if record.exc_info]
    # A well-formed model prints as attrs prints it.
    sound = SaleHistoryItem.from_dict(example_of(_op("getSalesHistory"))["items"][0])
    assert repr(sound).startswith("SaleHistoryItem(product=ProductRef(id=2125812, ") and "<unreadable" not in repr(
        sound
    )


# -- the evidence ledger's fixes, as the generated package and the mock see them (issue 19, item 6) --


def test_price_details_keeps_the_17_statuses_and_says_its_page_lists_14() -> None:
    """The page lists 14 statuses; the spec keeps the shared 17 (a full copy asks for each one, and
    dropping three would lose their sales silently) and marks that choice inferred, with why."""
    from hotmart_api.api.sales import get_sales_price_details
    from tests.support import SPEC

    param = SPEC["components"]["parameters"]["PriceDetailsTransactionStatus"]
    assert param["x-hotmart-evidence"] == "inferred"
    assert all(
        word in param["x-hotmart-evidence-reason"] for word in ("NO_FUNDS", "PRE_ORDER", "PROCESSING_TRANSACTION")
    )
    operation = SPEC["paths"]["/payments/api/v1/sales/price/details"]["get"]
    assert {"$ref": "#/components/parameters/PriceDetailsTransactionStatus"} in operation["parameters"]
    url = f"{BASE_URL}/payments/api/v1/sales/price/details"
    with respx.mock() as router, _api() as api:
        route = router.get(url).respond(200, json=EMPTY_PAGE)
        get_sales_price_details.sync(client=api, transaction_status="NO_FUNDS")  # one of the three
    assert route.calls.last.request.url.params["transaction_status"] == "NO_FUNDS"


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("operation", ["cancel_subscription", "reactivate_subscription"])
def test_cancelling_or_reactivating_one_subscription_needs_no_body(operation: str, flavour: str) -> None:
    """Both body fields are optional on their pages, so the body is: none is sent unless given,
    and the mock (which refuses a missing body where the spec requires one) answers 200."""
    import asyncio

    from hotmart_api import Client
    from hotmart_client.mock import mock_server

    module = importlib.import_module(f"hotmart_api.api.subscriptions.{operation}")
    suffix = "/cancel" if operation == "cancel_subscription" else "/reactivate"
    assert "json" not in module.build_request_kwargs(subscriber_code="I9OT62C3")  # no body is sent
    with mock_server(seed=1) as server, server.client() as hotmart:
        code = server.items("Subscription")[0]["subscriber_code"]
        api = Client(base_url=hotmart.base_url, httpx_args={"auth": hotmart.auth})
        if flavour == "sync":
            with api:
                response = module.sync_detailed(code, client=api)
        else:

            async def call() -> Any:
                async with api:
                    return await module.asyncio_detailed(code, client=api)

            response = asyncio.run(call())
        answered = [(record.path, record.status) for record in server.requests if record.path.endswith(code + suffix)]
    assert response.status_code == 200, response.content
    assert answered == [(f"/payments/api/v1/subscriptions/{code}{suffix}", 200)]
