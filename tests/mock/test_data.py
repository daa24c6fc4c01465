"""The seeded data set: deterministic, consistent across lists, filterable and paginated like Hotmart."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import httpx
import pytest

from hotmart_client import Hotmart, to_millis
from hotmart_client.mock import MockServer, mock_server

HISTORY = "/payments/api/v1/sales/history"


def _millis(day: str) -> int:
    return int(dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC).timestamp() * 1000)


def test_thousands_of_items_per_list(hotmart_client: Hotmart) -> None:
    assert hotmart_client.sales.history().page_info.total_results == 2000
    assert hotmart_client.subscriptions.list().page_info.total_results == 2000
    assert hotmart_client.products.list().page_info.total_results == 2000
    assert hotmart_client.club.students("my-school").page_info.total_results == 2000


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
        return [sale.purchase.transaction for sale in client.sales.history_autopaginate(max_results=100)]


def test_sales_are_newest_first_and_entities_are_shared(hotmart_client: Hotmart) -> None:
    sales = list(hotmart_client.sales.history_autopaginate(max_results=100, limit=600))
    dates = [s.purchase.order_date for s in sales]
    assert dates == sorted(dates, reverse=True)
    assert len({s.purchase.transaction for s in sales}) == len(sales)
    # A pool of buyers and best sellers: people buy more than once, products sell many times.
    assert Counter(s.buyer.email for s in sales).most_common(1)[0][1] > 1
    product_ids = {s.product.id for s in sales}
    assert len(product_ids) <= 60
    catalogue = {p.id for p in hotmart_client.products.list_autopaginate(max_results=100)}
    assert product_ids <= catalogue


def test_join_keys_agree_across_lists(hotmart_client: Hotmart) -> None:
    """A sale's transaction code is found in the commissions and price details lists too."""
    sale = hotmart_client.sales.history(max_results=1).items[0]
    transaction = sale.purchase.transaction
    assert hotmart_client.sales.commissions(transaction=transaction).items[0].transaction == transaction
    assert hotmart_client.sales.price_details(transaction=transaction).items[0].transaction == transaction


def test_filters_by_status_product_email_and_name(hotmart_client: Hotmart) -> None:
    refunded = list(hotmart_client.sales.history_autopaginate(transaction_status="REFUNDED", max_results=100))
    assert refunded and all(s.purchase.status == "REFUNDED" for s in refunded)

    some = hotmart_client.sales.history(max_results=1).items[0]
    by_product = list(hotmart_client.sales.history_autopaginate(product_id=some.product.id, max_results=100))
    assert by_product and all(s.product.id == some.product.id for s in by_product)

    by_email = hotmart_client.sales.history(buyer_email=some.buyer.email.upper()).items
    assert by_email and all(s.buyer.email == some.buyer.email for s in by_email)

    last_name = some.buyer.name.split()[-1]
    by_name = hotmart_client.sales.history(buyer_name=last_name.lower(), max_results=100).items
    assert by_name and all(last_name in s.buyer.name for s in by_name)

    paid_by_pix = hotmart_client.sales.history(payment_type="PIX", max_results=100).items
    assert paid_by_pix and all(s.purchase.payment.type_ == "PIX" for s in paid_by_pix)


def test_date_filters_bound_the_main_timestamp(hotmart_client: Hotmart) -> None:
    start, end = "2026-01-01", "2026-01-31"
    sales = list(hotmart_client.sales.history_autopaginate(start_date=start, end_date=end, max_results=100))
    assert sales
    assert all(_millis(start) <= to_millis(s.purchase.order_date) <= _millis(end) for s in sales)
    total = hotmart_client.sales.history().page_info.total_results
    assert len(sales) < total


def test_named_date_filters_bound_their_field(hotmart_client: Hotmart) -> None:
    since = _millis("2026-03-01")
    subscriptions = hotmart_client.subscriptions.list(accession_date=since, max_results=100).items
    assert subscriptions and all(to_millis(s.accession_date) >= since for s in subscriptions)


def test_boolean_and_enum_filters_on_other_lists(hotmart_client: Hotmart) -> None:
    trial = hotmart_client.subscriptions.list(trial=True, status="ACTIVE", max_results=100).items
    assert trial and all(s.trial is True and s.status == "ACTIVE" for s in trial)
    extra = hotmart_client.club.modules("my-school", is_extra=False)
    assert all(m.is_extra is False for m in extra)


def test_pagination_visits_every_item_once(hotmart_client: Hotmart) -> None:
    pager = hotmart_client.sales.history_autopaginate(max_results=70)
    seen = [s.purchase.transaction for s in pager]
    assert len(seen) == len(set(seen)) == 2000
    assert pager.pages_fetched == 29


def test_page_info_and_previous_page_token(http: httpx.Client) -> None:
    first = http.get(HISTORY, params={"max_results": 10}).json()
    assert first["page_info"]["total_results"] == 2000
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
def test_list_sizes_are_configurable(hotmart_client: Hotmart) -> None:
    assert hotmart_client.sales.history().page_info.total_results == 30
    assert hotmart_client.products.list().page_info.total_results == 5
