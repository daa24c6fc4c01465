"""The seeded data set: deterministic, consistent across lists, filterable and paginated like Hotmart."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import httpx
import pytest

from hotmart_client import Hotmart, to_millis
from hotmart_client.mock import MockServer, mock_server

from .helpers import listed_by_default

HISTORY = "/payments/api/v1/sales/history"


def _millis(day: str) -> int:
    return int(dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC).timestamp() * 1000)


def test_thousands_of_items_per_list(hotmart: Hotmart, hotmart_mock: MockServer) -> None:
    assert len(hotmart_mock.items("SaleHistoryItem")) == len(hotmart_mock.items("Subscription")) == 2000
    # Listings apply Hotmart's defaults (only approved and complete sales; subscriptions of the last
    # 30 days); products and students have none.
    assert hotmart.sales.history().page_info.total_results == len(listed_by_default(hotmart_mock))
    everything = hotmart.subscriptions.list(accession_date=dt.date(2000, 1, 1))
    assert everything.page_info.total_results == 2000
    assert hotmart.products.list().page_info.total_results == 2000
    assert hotmart.club.students(subdomain="my-school").page_info.total_results == 2000


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data() -> None:
    with (
        mock_server(seed=0, items=50) as first,
        mock_server(seed=0, items=50) as again,
        mock_server(seed=1, items=50) as other,
    ):
        pages = [httpx_items(server) for server in (first, again, other)]
    assert pages[0] == pages[1]
    assert pages[0] != pages[2]


def httpx_items(server: MockServer) -> list[str]:
    with server.client() as client:
        return [sale.purchase.transaction for sale in client.sales.history.export(max_results=100)]


def test_sales_are_newest_first_and_entities_are_shared(hotmart: Hotmart) -> None:
    sales = list(hotmart.sales.history.export(max_results=100, limit=600))
    dates = [s.purchase.order_date for s in sales]
    assert dates == sorted(dates, reverse=True)
    assert len({s.purchase.transaction for s in sales}) == len(sales)
    # A pool of buyers and best sellers: people buy more than once, products sell many times.
    assert Counter(s.buyer.email for s in sales).most_common(1)[0][1] > 1
    product_ids = {s.product.id for s in sales}
    assert len(product_ids) <= 60
    catalogue = {p.id for p in hotmart.products.list.export(max_results=100)}
    assert product_ids <= catalogue


def test_join_keys_agree_across_lists(hotmart: Hotmart) -> None:
    """A sale's transaction code is found in the commissions and price details lists too."""
    sale = hotmart.sales.history(max_results=1).items[0]
    transaction = sale.purchase.transaction
    assert hotmart.sales.commissions(transaction=transaction).items[0].transaction == transaction
    assert hotmart.sales.price_details(transaction=transaction).items[0].transaction == transaction


def test_filters_by_status_product_email_and_name(hotmart: Hotmart) -> None:
    refunded = list(hotmart.sales.history.export(transaction_status="REFUNDED", max_results=100))
    assert refunded and all(s.purchase.status == "REFUNDED" for s in refunded)

    some = hotmart.sales.history(max_results=1).items[0]
    by_product = list(hotmart.sales.history.export(product_id=some.product.id, max_results=100))
    assert by_product and all(s.product.id == some.product.id for s in by_product)

    by_email = hotmart.sales.history(buyer_email=some.buyer.email.upper()).items
    assert by_email and all(s.buyer.email == some.buyer.email for s in by_email)

    last_name = some.buyer.name.split()[-1]
    by_name = hotmart.sales.history(buyer_name=last_name.lower(), max_results=100).items
    assert by_name and all(last_name in s.buyer.name for s in by_name)

    paid_by_pix = hotmart.sales.history(payment_type="PIX", max_results=100).items
    assert paid_by_pix and all(s.purchase.payment.type_ == "PIX" for s in paid_by_pix)


def test_date_filters_bound_the_main_timestamp(hotmart: Hotmart) -> None:
    start, end = "2026-01-01", "2026-01-31"
    sales = list(hotmart.sales.history.export(start_date=start, end_date=end, max_results=100))
    assert sales
    # A date as the end bound means the whole of that day.
    assert all(_millis(start) <= to_millis(s.purchase.order_date) < _millis(end) + 86_400_000 for s in sales)
    total = hotmart.sales.history().page_info.total_results
    assert len(sales) < total


def test_named_date_filters_bound_their_field(hotmart: Hotmart) -> None:
    since = _millis("2026-03-01")
    subscriptions = hotmart.subscriptions.list(accession_date=since, max_results=100).items
    assert subscriptions and all(to_millis(s.accession_date) >= since for s in subscriptions)


def test_boolean_and_enum_filters_on_other_lists(hotmart: Hotmart) -> None:
    trial = hotmart.subscriptions.list(trial=True, status="ACTIVE", max_results=100).items
    assert trial and all(s.trial is True and s.status == "ACTIVE" for s in trial)
    extra = hotmart.club.modules(subdomain="my-school", is_extra=False)
    assert all(m.is_extra is False for m in extra)


def test_pagination_visits_every_item_once(hotmart: Hotmart) -> None:
    pager = hotmart.products.list.export(max_results=70)
    seen = [p.id for p in pager]
    assert len(seen) == len(set(seen)) == 2000
    assert pager.pages_fetched == 29


def test_page_info_and_previous_page_token(http: httpx.Client, hotmart_mock: MockServer) -> None:
    first = http.get(HISTORY, params={"max_results": 10}).json()
    assert first["page_info"]["total_results"] == len(listed_by_default(hotmart_mock))
    assert first["page_info"]["results_per_page"] == 10
    assert "prev_page_token" not in first["page_info"]
    second = http.get(HISTORY, params={"max_results": 10, "page_token": first["page_info"]["next_page_token"]})
    back_token = second.json()["page_info"]["prev_page_token"]
    back = http.get(HISTORY, params={"max_results": 10, "page_token": back_token}).json()
    assert back["items"] == first["items"]


def test_a_page_token_does_not_travel_to_another_query(http: httpx.Client) -> None:
    token = http.get(HISTORY, params={"max_results": 5}).json()["page_info"]["next_page_token"]
    response = http.get(HISTORY, params={"page_token": token, "transaction_status": "REFUNDED"})
    assert response.status_code == 400


def test_the_last_page_has_no_next_token(http: httpx.Client) -> None:
    page = http.get(HISTORY, params={"transaction": "HP12455690122399"}).json()
    assert len(page["items"]) == 1
    assert "next_page_token" not in page["page_info"]


@pytest.mark.hotmart_mock(items=30, sizes={"Product": 5})
def test_list_sizes_are_configurable(hotmart: Hotmart, hotmart_mock: MockServer) -> None:
    assert len(hotmart_mock.items("SaleHistoryItem")) == 30
    assert hotmart.sales.history(transaction_status="REFUNDED").page_info.total_results < 30
    assert hotmart.products.list().page_info.total_results == 5
