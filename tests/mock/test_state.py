"""Write operations change what later reads return, through the real client."""

from __future__ import annotations

import pytest

from hotmart_client import Hotmart, NotFoundError
from hotmart_client.mock import MockServer


def _approved_sale(client: Hotmart) -> str:
    return str(client.sales.history(transaction_status="APPROVED", max_results=1).items[0].purchase.transaction)


def test_a_refund_makes_the_sale_refunded(hotmart_client: Hotmart) -> None:
    transaction = _approved_sale(hotmart_client)
    hotmart_client.sales.refund(transaction)
    (sale,) = hotmart_client.sales.history(transaction=transaction).items
    assert sale.purchase.status == "REFUNDED"
    refunded = {
        s.purchase.transaction for s in hotmart_client.sales.history.export(transaction_status="REFUNDED")
    }
    assert transaction in refunded
    with pytest.raises(NotFoundError):
        hotmart_client.sales.refund("HP00000000000000")


def test_writes_do_not_leak_into_the_next_test(hotmart_mock: MockServer, hotmart_client: Hotmart) -> None:
    """Runs after the refund test: the fixture reset the data, and the refund example is approved again."""
    (sale,) = hotmart_client.sales.history(transaction="HP12455690122399").items
    assert sale.purchase.status == "APPROVED"
    assert not any(r.operation_id == "refundSale" for r in hotmart_mock.requests)


def test_coupons_are_created_listed_and_deleted(hotmart_client: Hotmart) -> None:
    product = hotmart_client.products.list(max_results=1).items[0].id
    before = hotmart_client.coupons.list(product).page_info.total_results
    hotmart_client.coupons.create(product, code="BLACKFRIDAY", discount=0.3)
    (coupon,) = hotmart_client.coupons.list(product, code="BLACKFRIDAY").items
    assert coupon.discount == 0.3
    assert hotmart_client.coupons.list(product).page_info.total_results == before + 1
    # Newest first: the new coupon heads the list.
    assert hotmart_client.coupons.list(product, max_results=1).items[0].coupon_code == "BLACKFRIDAY"
    hotmart_client.coupons.delete(coupon.id)
    assert hotmart_client.coupons.list(product, code="BLACKFRIDAY").items == []
    with pytest.raises(NotFoundError):
        hotmart_client.coupons.delete(coupon.id)


def test_coupons_belong_to_their_product(hotmart_client: Hotmart) -> None:
    first, second = (p.id for p in hotmart_client.products.list(max_results=2).items)
    hotmart_client.coupons.create(first, code="ONLYFIRST", discount=0.1)
    assert hotmart_client.coupons.list(second, code="ONLYFIRST").items == []
    with pytest.raises(NotFoundError):
        hotmart_client.coupons.create(1, code="NOPRODUCT", discount=0.1)


def test_cancel_and_reactivate_a_subscription(hotmart_client: Hotmart) -> None:
    code = hotmart_client.subscriptions.list(status="ACTIVE", max_results=1).items[0].subscriber_code
    result = hotmart_client.subscriptions.cancel_one(code, send_mail=False)
    assert (result.status, result.subscriber_code) == ("CANCELLED_BY_SELLER", code)
    assert hotmart_client.subscriptions.list(subscriber_code=code).items[0].status == "CANCELLED_BY_SELLER"

    again = hotmart_client.subscriptions.cancel(subscriber_code=[code, "UNKNOWN1"])
    assert again.success_subscriptions == []
    assert sorted(f.subscriber_code for f in again.fail_subscriptions) == sorted([code, "UNKNOWN1"])

    back = hotmart_client.subscriptions.reactivate(subscriber_code=[code])
    assert [s.subscriber_code for s in back.success_subscriptions] == [code]
    assert hotmart_client.subscriptions.list(subscriber_code=code).items[0].status == "ACTIVE"


async def test_writes_through_the_async_client(hotmart_mock: MockServer) -> None:
    async with hotmart_mock.async_client() as client:
        page = await client.sales.history(transaction_status="APPROVED", max_results=1)
        transaction = page.items[0].purchase.transaction
        await client.sales.refund(transaction)
        after = await client.sales.history(transaction=transaction)
    assert after.items[0].purchase.status == "REFUNDED"


def test_reset_restores_the_seeded_data(hotmart_mock: MockServer, hotmart_client: Hotmart) -> None:
    transaction = _approved_sale(hotmart_client)
    hotmart_client.sales.refund(transaction)
    hotmart_mock.reset()
    with hotmart_mock.client() as fresh:
        assert fresh.sales.history(transaction=transaction).items[0].purchase.status == "APPROVED"


def test_items_gives_the_current_data(hotmart_mock: MockServer, hotmart_client: Hotmart) -> None:
    transaction = _approved_sale(hotmart_client)
    hotmart_client.sales.refund(transaction)
    statuses = {i["purchase"]["transaction"]: i["purchase"]["status"] for i in hotmart_mock.items("SaleHistoryItem")}
    assert statuses[transaction] == "REFUNDED"
