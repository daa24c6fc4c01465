"""Dates and money in the generated models: the spec's `x-hotmart-format` markers (`epoch-millis`,
`decimal`) give aware UTC datetimes and exact Decimals, read lazily, written back as the JSON they
came from; variants are normalised and a value that cannot be a time or an amount fails when read."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
import typing
from decimal import Decimal
from typing import Any

import httpx
import pytest

import hotmart_client
from hotmart_api import models
from hotmart_api.api.sales import get_sales_history, get_sales_price_details
from hotmart_api.errors import ResponseParseError
from hotmart_api.types import UNSET, Unset, decimal_to_json, to_datetime, to_decimal, to_millis
from hotmart_client import webhooks
from tests.support import SPEC, resolve

UTC = dt.UTC
FORMAT_TYPES = {"epoch-millis": dt.datetime, "decimal": Decimal}


def _history_item() -> dict[str, Any]:
    example = SPEC["paths"]["/payments/api/v1/sales/history"]["get"]["responses"]["200"]["content"]
    return copy.deepcopy(example["application/json"]["example"]["items"][0])


def _marked_fields() -> list[tuple[str, str, str]]:
    """(schema, property, format) for every property of a component schema that carries an
    `x-hotmart-format`, inline or through its `$ref`."""
    found = []
    for name, schema in SPEC["components"]["schemas"].items():
        for prop, sub in (schema.get("properties") or {}).items():
            marker = resolve(sub).get("x-hotmart-format")
            if marker:
                found.append((name, prop, marker))
    return found


MARKED = _marked_fields()


def test_the_spec_marks_times_and_money() -> None:
    formats = {marker for _, _, marker in MARKED}
    assert formats == {"epoch-millis", "decimal"}
    assert ("Purchase", "order_date", "epoch-millis") in MARKED
    assert ("Money", "value", "decimal") in MARKED
    assert len(MARKED) > 40  # every EpochMillis field of REST and webhook schemas


@pytest.mark.parametrize(("schema", "prop", "marker"), MARKED, ids=[f"{s}.{p}" for s, p, _ in MARKED])
def test_every_marked_field_has_the_python_type_of_its_format(schema: str, prop: str, marker: str) -> None:
    model = getattr(models, schema)
    hints = typing.get_type_hints(model)
    name = prop if prop in hints else f"{prop}_"
    expected = FORMAT_TYPES[marker]
    wanted = expected if prop in (SPEC["components"]["schemas"][schema].get("required") or []) else expected | Unset
    assert hints[name] == wanted


def test_epoch_millis_read_as_aware_utc_datetimes_and_write_back_the_integer() -> None:
    raw = _history_item()
    item = models.SaleHistoryItem.from_dict(raw)
    order_date = item.purchase.order_date
    assert order_date == dt.datetime(2021, 6, 6, 3, 0, tzinfo=UTC) + dt.timedelta(
        milliseconds=raw["purchase"]["order_date"] - 1622948400000
    )
    assert isinstance(order_date, dt.datetime) and order_date.utcoffset() == dt.timedelta(0)
    assert to_millis(order_date) == raw["purchase"]["order_date"]
    assert item.to_dict() == raw
    assert json.loads(json.dumps(item.to_dict())) == raw


def test_datetime_conversion_is_exact_to_the_millisecond() -> None:
    fast_limit = 2**31 * 1000  # below it the conversion takes a float fast path (types.py)
    rng = random.Random(15)
    edges = [0, 1, -1, 999, 1622948400123, 1793399532982, 253402300799999, -62135596800000]
    edges += [fast_limit + delta for delta in range(-1001, 1001)]
    for millis in edges + [rng.randrange(-fast_limit, 2 * fast_limit) for _ in range(20_000)]:
        exact = dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(milliseconds=millis)
        assert to_datetime(millis) == exact, millis
        assert models.Purchase.from_dict({"order_date": millis}).order_date == exact, millis  # the field's own path
        assert to_millis(exact) == millis
    assert to_datetime(1622948400123).microsecond == 123000


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        ("1622948400000", dt.datetime(2021, 6, 6, 3, 0, tzinfo=UTC)),  # digits in a string
        ("2021-06-06T03:00:00Z", dt.datetime(2021, 6, 6, 3, 0, tzinfo=UTC)),
        ("2021-06-06T00:00:00-03:00", dt.datetime(2021, 6, 6, 3, 0, tzinfo=UTC)),  # normalised to UTC
        ("2021-06-06T03:00:00.250", dt.datetime(2021, 6, 6, 3, 0, 0, 250000, tzinfo=UTC)),  # naive: UTC
        ("2021-06-06", dt.datetime(2021, 6, 6, tzinfo=UTC)),
        (1622948400000.0, dt.datetime(2021, 6, 6, 3, 0, tzinfo=UTC)),
    ],
)
def test_time_variants_are_normalised(variant: object, expected: dt.datetime) -> None:
    raw = _history_item()
    raw["purchase"]["order_date"] = variant
    purchase = models.SaleHistoryItem.from_dict(raw).purchase
    assert purchase.order_date == expected
    assert purchase.order_date.tzinfo is UTC  # type: ignore[union-attr]
    assert purchase.to_dict()["order_date"] == to_millis(expected)  # written back as epoch ms


@pytest.mark.parametrize("bad", ["yesterday", "", True, [1622948400000], {"ms": 1}, 10**20, "9" * 30])
def test_a_value_that_is_not_a_time_fails_when_read_not_when_parsed(bad: object) -> None:
    raw = _history_item()
    raw["purchase"]["order_date"] = bad
    item = models.SaleHistoryItem.from_dict(raw)  # never refused for its shape
    assert item.purchase.transaction == raw["purchase"]["transaction"]  # the rest reads
    assert item.purchase.approved_date == to_datetime(raw["purchase"]["approved_date"])
    with pytest.raises(ResponseParseError, match=r"^Purchase\.order_date: cannot parse") as info:
        _ = item.purchase.order_date
    assert info.value.raw == bad
    assert isinstance(info.value, hotmart_client.HotmartError)


def test_null_time_reads_as_unset() -> None:
    raw = _history_item()
    raw["purchase"]["approved_date"] = None
    assert models.SaleHistoryItem.from_dict(raw).purchase.approved_date is UNSET


def test_a_required_time_absent_fails_when_read() -> None:
    delivery = webhooks.build_delivery("PURCHASE_APPROVED", hottok="h")[1]
    raw = json.loads(delivery)
    del raw["creation_date"]
    event = models.PurchaseEvent.from_dict(raw)
    assert event.event == "PURCHASE_APPROVED"
    with pytest.raises(ResponseParseError, match=r"^PurchaseEvent\.creation_date: required field is absent"):
        _ = event.creation_date


def test_money_reads_as_exact_decimals() -> None:
    example = SPEC["paths"]["/payments/api/v1/sales/price/details"]["get"]["responses"]["200"]["content"]
    raw = example["application/json"]["example"]
    page = get_sales_price_details.parse_success(httpx.Response(200, json=raw))
    item, written = page.items[0], raw["items"][0]
    for field in ("total", "fee", "base"):
        assert getattr(item, field).value == Decimal(str(written[field]["value"])), field
    assert item.coupon.value == Decimal(str(written["coupon"]["value"]))
    assert isinstance(item.fee.value, Decimal)
    assert page.to_dict() == raw

    sale = models.SaleHistoryItem.from_dict(_history_item())
    assert isinstance(sale.purchase.hotmart_fee.total, Decimal)
    assert isinstance(sale.purchase.hotmart_fee.percentage, float)  # a rate, not an amount: unmarked


def test_sums_of_money_are_exact_to_the_cent() -> None:
    # The float sum of these prints 345769.9000000004 (issue 15); the Decimal sum is exact.
    values = [0.1, 0.2, 345769.6]
    items = [models.Money.from_dict({"value": value, "currency_code": "BRL"}) for value in values]
    total = sum((item.value for item in items), Decimal(0))
    assert sum(values) != 345769.9
    assert total == Decimal("345769.9")


@pytest.mark.parametrize(
    ("raw", "expected", "written"),
    [
        (235.76, Decimal("235.76"), 235.76),
        (100, Decimal(100), 100),  # a JSON integer stays an integer
        (100.0, Decimal("100.0"), 100.0),  # and a JSON float a float
        (0.1, Decimal("0.1"), 0.1),
        (-12.5, Decimal("-12.5"), -12.5),
        (1e16, Decimal("1E+16"), 1e16),
        ("19.90", Decimal("19.90"), 19.9),  # a numeric string is a variant
    ],
)
def test_amounts_round_trip_as_json_numbers(raw: object, expected: Decimal, written: float) -> None:
    money = models.Money.from_dict({"value": raw})
    assert money.value == expected and isinstance(money.value, Decimal)
    out = money.to_dict()["value"]
    assert out == written and type(out) is type(written)


@pytest.mark.parametrize(
    "bad", ["R$ 19,90", "", "NaN", "Infinity", float("nan"), float("inf"), True, [1], {"value": 1}]
)
def test_a_value_that_is_not_an_amount_fails_when_read(bad: object) -> None:
    money = models.Money.from_dict({"value": bad, "currency_code": "BRL"})
    assert money.currency_code == "BRL"
    with pytest.raises(ResponseParseError, match=r"^Money\.value: cannot parse"):
        _ = money.value


def test_conversions_refuse_other_types() -> None:
    with pytest.raises(TypeError):
        to_decimal(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_datetime(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_millis("2021-06-06")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        decimal_to_json("1.0")  # type: ignore[arg-type]


def test_constructed_models_write_json() -> None:
    when = dt.datetime(2026, 1, 31, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    price = models.Money(value=Decimal("19.90"), currency_code="BRL")
    purchase = models.Purchase(transaction="HP1", order_date=when, status=models.PurchaseStatus.APPROVED, price=price)
    written = {"value": 19.9, "currency_code": "BRL"}
    expected = {"transaction": "HP1", "order_date": 1769904000000, "status": "APPROVED", "price": written}
    assert purchase.to_dict() == expected
    naive = models.Purchase(  # naive: taken as UTC
        transaction="HP1", order_date=dt.datetime(2026, 2, 1), status=models.PurchaseStatus.APPROVED, price=price
    )
    assert naive.to_dict()["order_date"] == 1769904000000


def test_top_level_conversions_are_the_models_own() -> None:
    assert hotmart_client.to_datetime is webhooks.to_datetime is to_datetime
    assert hotmart_client.to_millis is to_millis
    assert hotmart_client.to_datetime(1622948400000) == dt.datetime(2021, 6, 6, 3, 0, tzinfo=UTC)
    assert hotmart_client.to_millis(dt.datetime(2021, 6, 6, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3)))) == (
        1622948400000
    )
    # An already converted value passes through, so code written for integer fields keeps working.
    assert hotmart_client.to_datetime(hotmart_client.to_datetime(0)) == dt.datetime(1970, 1, 1, tzinfo=UTC)


def test_unset_has_a_short_repr() -> None:
    assert repr(UNSET) == "UNSET"
    printed = repr(models.Money(value=Decimal("1.50")))
    assert printed == "Money(value=Decimal('1.50'), currency_code=UNSET, additional_properties={})"
    assert hotmart_client.UNSET is UNSET and hotmart_client.Unset is Unset


def test_page_parse_reads_dates_through_the_endpoint() -> None:
    example = SPEC["paths"]["/payments/api/v1/sales/history"]["get"]["responses"]["200"]["content"]
    raw = example["application/json"]["example"]
    page = get_sales_history.parse_success(httpx.Response(200, json=raw))
    assert all(isinstance(item.purchase.order_date, dt.datetime) for item in page.items)
    assert page.to_dict() == raw
