"""The mock behaves as Hotmart's pages say Hotmart does, over HTTP: default filters, Club pages on v2,
page sizes, and synthetic data that is consistent with itself and with the configured period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from hotmart_client import AuthenticationError, Hotmart
from hotmart_client.mock import MockServer, mock_server
from hotmart_client.mock._config import DEFAULT_PERIOD

from .helpers import DEFAULT_SALE_STATUSES, SPEC, resolve

HISTORY = "/payments/api/v1/sales/history"
SUBSCRIPTIONS = "/payments/api/v1/subscriptions"
DAY = 86_400_000


def _millis(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp() * 1000)


# -- Hotmart's defaults ---------------------------------------------------------------------------


def test_sales_without_a_status_filter_are_only_approved_and_complete(http: httpx.Client) -> None:
    default = http.get(HISTORY, params={"max_results": 500}).json()["items"]
    assert default and {s["purchase"]["status"] for s in default} <= set(DEFAULT_SALE_STATUSES)
    refunded = http.get(HISTORY, params={"transaction_status": "REFUNDED", "max_results": 50}).json()["items"]
    assert refunded and {s["purchase"]["status"] for s in refunded} == {"REFUNDED"}


def test_a_transaction_filter_turns_the_status_default_off(http: httpx.Client, hotmart_mock: MockServer) -> None:
    other = next(s for s in hotmart_mock.items("SaleHistoryItem") if s["purchase"]["status"] == "WAITING_PAYMENT")
    code = other["purchase"]["transaction"]
    found = http.get(HISTORY, params={"transaction": code}).json()["items"]
    assert [s["purchase"]["transaction"] for s in found] == [code]


def test_subscriptions_without_dates_are_those_of_the_last_30_days(http: httpx.Client) -> None:
    today = _millis(DEFAULT_PERIOD[1])  # the mock's today: the end of its period
    recent = _all(http, SUBSCRIPTIONS, {})
    assert recent and all(today - 30 * DAY <= s["accession_date"] for s in recent)
    everything = _all(http, SUBSCRIPTIONS, {"accession_date": _millis(DEFAULT_PERIOD[0])})
    assert len(everything) == 2000 > len(recent)
    # How the resource page says to list every active subscription:
    active = _all(http, SUBSCRIPTIONS, {"accession_date": _millis(dt.date(2000, 1, 1)), "status": "ACTIVE"})
    assert len(active) == sum(1 for s in everything if s["status"] == "ACTIVE")


@pytest.mark.hotmart_mock(today=dt.date(2025, 6, 30))
def test_the_mocks_today_is_configurable(http: httpx.Client) -> None:
    recent = _all(http, SUBSCRIPTIONS, {})
    start = _millis(dt.date(2025, 5, 31))
    assert recent and all(s["accession_date"] >= start for s in recent)


def test_several_statuses_at_once(http: httpx.Client) -> None:
    params = {"accession_date": 0, "status": ["ACTIVE", "DELAYED"], "max_results": 500}
    items = http.get(SUBSCRIPTIONS, params=params).json()["items"]
    assert {s["status"] for s in items} == {"ACTIVE", "DELAYED"}


def _all(http: httpx.Client, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    query = {**params, "max_results": 500}
    while True:
        page = http.get(path, params=query).json()
        items += page["items"]
        token = page["page_info"].get("next_page_token")
        if not token:
            return items
        query["page_token"] = token


# -- Members Area pages ---------------------------------------------------------------------------


def test_club_pages_are_read_on_v2_by_product(hotmart: Hotmart, http: httpx.Client) -> None:
    module = hotmart.club.modules(subdomain="my-school")[0]
    pages = hotmart.club.pages(module.module_id, product_id=2125812)
    assert pages and all(p.page_id and p.page_order is not None for p in pages)
    assert http.get(f"/club/api/v2/modules/{module.module_id}/pages").status_code == 400  # product_id required
    assert http.get(f"/club/api/v1/modules/{module.module_id}/pages", params={"subdomain": "x"}).status_code == 404


# -- page sizes -------------------------------------------------------------------------------------


def test_page_sizes_above_100_are_honoured(hotmart: Hotmart) -> None:
    assert len(hotmart.products.list(max_results=300).items) == 300


# -- plausible data -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def data() -> Iterator[MockServer]:
    with mock_server(items=600) as server:
        yield server


def test_hotmart_fee_is_its_percentage_of_the_base(data: MockServer) -> None:
    """The rate is the documented one (9.9%, not a random share of the sale); bases vary."""
    fees = [s["purchase"]["hotmart_fee"] for s in data.items("SaleHistoryItem")]
    assert {f["percentage"] for f in fees} == {9.9}
    assert len({f["base"] for f in fees}) > 100
    for fee in fees:
        assert fee["total"] == round(fee["base"] * fee["percentage"] / 100 + fee["fixed"], 2)


def test_price_details_add_up(data: MockServer) -> None:
    for item in data.items("SalePriceDetailsItem"):
        parts = [item["base"], item["vat"], item["fee"]]
        assert item["total"]["value"] == round(sum(p["value"] for p in parts), 2)
        assert {p["currency_code"] for p in [*parts, item["total"]]} == {item["base"]["currency_code"]}


PERIOD_NAMES = {7: "Semanal", 30: "Mensal", 60: "Bimestral", 90: "Trimestral", 180: "Semestral", 360: "Anual"}


def test_plan_names_match_their_periods(data: MockServer) -> None:
    plans = [s["plan"] for s in data.items("Subscription")] + [s["plan"] for s in data.items("SubscriptionSummaryItem")]
    assert {p["recurrency_period"] for p in plans} <= set(PERIOD_NAMES)
    assert len({p["recurrency_period"] for p in plans}) > 2
    assert all(p["name"] == f"Plano {PERIOD_NAMES[p['recurrency_period']]}" for p in plans)
    by_id: dict[int, set[int]] = {}
    for subscription in data.items("Subscription"):
        by_id.setdefault(subscription["plan"]["id"], set()).add(subscription["plan"]["recurrency_period"])
    assert all(len(periods) == 1 for periods in by_id.values()), "one plan, one period"


def test_product_plan_names_match_their_periodicity(data: MockServer) -> None:
    labels = {"WEEKLY": "Semanal", "MONTHLY": "Mensal", "BIMONTHLY": "Bimestral", "QUARTERLY": "Trimestral"}
    labels |= {"BIANNUAL": "Semestral", "ANNUAL": "Anual"}
    with data.client() as hotmart:
        ucode = hotmart.products.list(max_results=1).items[0].ucode
        plans = hotmart.products.plans(ucode).items
    named = [p for p in plans if str(p.periodicity) in labels]
    assert named and all(p.name == f"Plano {labels[str(p.periodicity)]}" for p in named)


def test_dates_fall_inside_the_period(data: MockServer) -> None:
    start, end = (_millis(day) for day in DEFAULT_PERIOD)
    for collection in ("SaleHistoryItem", "Subscription", "SubscriptionTransaction", "Product", "ClubStudent"):
        items = data.items(collection)
        times = [when for item in items for when in _timestamps(collection, item)]
        assert times and min(times) >= start, collection
    # Each item's own date (a sale's order, a subscription's start) is inside; dates Hotmart
    # schedules ahead (warranty end, next charge) may come after, as they come after today.
    assert all(start <= s["purchase"]["order_date"] < end for s in data.items("SaleHistoryItem"))
    assert all(start <= s["accession_date"] < end for s in data.items("Subscription"))


def _timestamps(schema_name: str, item: Any) -> Iterator[int]:
    """Every epoch-millisecond value of an item, found through the spec's EpochMillis references."""

    def walk(node: Any, value: Any) -> Iterator[int]:
        if isinstance(node, dict) and node.get("$ref", "").endswith("/EpochMillis"):
            if isinstance(value, int):
                yield value
            return
        schema = resolve(node)
        if isinstance(value, dict):
            for key, child in value.items():
                yield from walk(schema.get("properties", {}).get(key, {}), child)
        elif isinstance(value, list):
            for child in value:
                yield from walk(schema.get("items", {}), child)

    yield from walk(SPEC["components"]["schemas"][schema_name], item)


# -- credentials ------------------------------------------------------------------------------------


def test_a_server_with_credentials_gives_a_client_that_signs_in() -> None:
    with mock_server(credentials={"my-app": "my-secret"}, items=20) as server:
        assert (server.client_id, server.client_secret) == ("my-app", "my-secret")
        with server.client() as hotmart:
            assert hotmart.products.list().items
        stranger = Hotmart("mock-client-id", "mock-client-secret", base_url=server.url, token_url=server.token_url)
        with stranger, pytest.raises(AuthenticationError):
            stranger.products.list()


async def test_the_async_client_of_a_server_with_credentials_signs_in() -> None:
    with mock_server(credentials={"my-app": "my-secret"}, items=20) as server:
        async with server.async_client() as hotmart:
            assert (await hotmart.products.list()).items
