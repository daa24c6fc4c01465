from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_status import PurchaseStatus
from ..types import (
    UNSET,
    EpochMillisField,
    LazyField,
    Unset,
    to_datetime,
    to_millis,
)

T = TypeVar("T", bound="WebhookPurchase")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class WebhookPurchase:
    approved_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    full_price: Money | Unset = UNSET
    """ An amount in a currency. """
    original_offer_price: Money | Unset = UNSET
    """ An amount in a currency. """
    price: Money | Unset = UNSET
    """ An amount in a currency. """
    payment: WebhookPurchasePayment | Unset = UNSET
    order_bump: WebhookOrderBump | Unset = UNSET
    offer: PurchaseOffer | Unset = UNSET
    status: PurchaseStatus | Unset = UNSET
    """ Status of a purchase. `UNDER_ANALISYS` is Hotmart's own spelling. By default sales
    endpoints return only APPROVED and COMPLETE.
     """
    transaction: str | Unset = UNSET
    recurrency_number: int | Unset = UNSET
    is_subscription: bool | Unset = UNSET
    subscription: WebhookSubscription | Unset = UNSET
    hottok: str | Unset = UNSET
    """ The account's webhook token, repeated in the body by some payload versions. """
    date_next_charge: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    warranty_expire_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    tracking: Tracking | Unset = UNSET
    variants: list[WebhookVariant] | Unset = UNSET
    """ Chosen product variants (added to version 2.0.0 payloads in March 2026). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved_date: int | Unset = UNSET
        if not isinstance(self.approved_date, Unset):
            approved_date = to_millis(self.approved_date)

        full_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_price, Unset):
            full_price = self.full_price.to_dict()

        original_offer_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_offer_price, Unset):
            original_offer_price = self.original_offer_price.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        order_bump: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_bump, Unset):
            order_bump = self.order_bump.to_dict()

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        transaction = self.transaction

        recurrency_number = self.recurrency_number

        is_subscription = self.is_subscription

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        hottok = self.hottok

        date_next_charge: int | Unset = UNSET
        if not isinstance(self.date_next_charge, Unset):
            date_next_charge = to_millis(self.date_next_charge)

        warranty_expire_date: int | Unset = UNSET
        if not isinstance(self.warranty_expire_date, Unset):
            warranty_expire_date = to_millis(self.warranty_expire_date)

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = []
            for variants_item_data in self.variants:
                variants_item = variants_item_data.to_dict()
                variants.append(variants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approved_date is not UNSET:
            field_dict["approved_date"] = approved_date
        if full_price is not UNSET:
            field_dict["full_price"] = full_price
        if original_offer_price is not UNSET:
            field_dict["original_offer_price"] = original_offer_price
        if price is not UNSET:
            field_dict["price"] = price
        if payment is not UNSET:
            field_dict["payment"] = payment
        if order_bump is not UNSET:
            field_dict["order_bump"] = order_bump
        if offer is not UNSET:
            field_dict["offer"] = offer
        if status is not UNSET:
            field_dict["status"] = status
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if recurrency_number is not UNSET:
            field_dict["recurrency_number"] = recurrency_number
        if is_subscription is not UNSET:
            field_dict["is_subscription"] = is_subscription
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if hottok is not UNSET:
            field_dict["hottok"] = hottok
        if date_next_charge is not UNSET:
            field_dict["date_next_charge"] = date_next_charge
        if warranty_expire_date is not UNSET:
            field_dict["warranty_expire_date"] = warranty_expire_date
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
        if variants is not UNSET:
            field_dict["variants"] = variants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_purchase = object.__new__(cls)
        webhook_purchase.__dict__ = {
            "_raw": d,
            "transaction": d.get("transaction", UNSET),
            "recurrency_number": d.get("recurrency_number", UNSET),
            "is_subscription": d.get("is_subscription", UNSET),
            "hottok": d.get("hottok", UNSET),
        }
        return webhook_purchase

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_approved_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("approved_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_full_price(d: dict[str, Any]) -> Money | Unset:
    if d.get("full_price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _full_price = d.get("full_price", UNSET)
    full_price: Money | Unset
    if isinstance(_full_price, Unset):
        full_price = UNSET
    else:
        full_price = Money.from_dict(_full_price)

    return full_price


def _parse_original_offer_price(d: dict[str, Any]) -> Money | Unset:
    if d.get("original_offer_price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _original_offer_price = d.get("original_offer_price", UNSET)
    original_offer_price: Money | Unset
    if isinstance(_original_offer_price, Unset):
        original_offer_price = UNSET
    else:
        original_offer_price = Money.from_dict(_original_offer_price)

    return original_offer_price


def _parse_price(d: dict[str, Any]) -> Money | Unset:
    if d.get("price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _price = d.get("price", UNSET)
    price: Money | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = Money.from_dict(_price)

    return price


def _parse_payment(d: dict[str, Any]) -> WebhookPurchasePayment | Unset:
    if d.get("payment") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _payment = d.get("payment", UNSET)
    payment: WebhookPurchasePayment | Unset
    if isinstance(_payment, Unset):
        payment = UNSET
    else:
        payment = WebhookPurchasePayment.from_dict(_payment)

    return payment


def _parse_order_bump(d: dict[str, Any]) -> WebhookOrderBump | Unset:
    if d.get("order_bump") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _order_bump = d.get("order_bump", UNSET)
    order_bump: WebhookOrderBump | Unset
    if isinstance(_order_bump, Unset):
        order_bump = UNSET
    else:
        order_bump = WebhookOrderBump.from_dict(_order_bump)

    return order_bump


def _parse_offer(d: dict[str, Any]) -> PurchaseOffer | Unset:
    if d.get("offer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _offer = d.get("offer", UNSET)
    offer: PurchaseOffer | Unset
    if isinstance(_offer, Unset):
        offer = UNSET
    else:
        offer = PurchaseOffer.from_dict(_offer)

    return offer


def _parse_status(d: dict[str, Any]) -> PurchaseStatus | Unset:
    if d.get("status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _status = d.get("status", UNSET)
    status: PurchaseStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = PurchaseStatus(_status)

    return status


def _parse_subscription(d: dict[str, Any]) -> WebhookSubscription | Unset:
    if d.get("subscription") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _subscription = d.get("subscription", UNSET)
    subscription: WebhookSubscription | Unset
    if isinstance(_subscription, Unset):
        subscription = UNSET
    else:
        subscription = WebhookSubscription.from_dict(_subscription)

    return subscription


def _parse_date_next_charge(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("date_next_charge")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_warranty_expire_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("warranty_expire_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_tracking(d: dict[str, Any]) -> Tracking | Unset:
    if d.get("tracking") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _tracking = d.get("tracking", UNSET)
    tracking: Tracking | Unset
    if isinstance(_tracking, Unset):
        tracking = UNSET
    else:
        tracking = Tracking.from_dict(_tracking)

    return tracking


def _parse_variants(d: dict[str, Any]) -> list[WebhookVariant] | Unset:
    if d.get("variants") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _variants = d.get("variants", UNSET)
    variants: list[WebhookVariant] | Unset = UNSET
    if _variants is not UNSET:
        variants = []
        for variants_item_data in _variants:
            variants_item = WebhookVariant.from_dict(variants_item_data)

            variants.append(variants_item)

    return variants


_KNOWN_FIELDS = frozenset(
    {
        "approved_date",
        "full_price",
        "original_offer_price",
        "price",
        "payment",
        "order_bump",
        "offer",
        "status",
        "transaction",
        "recurrency_number",
        "is_subscription",
        "subscription",
        "hottok",
        "date_next_charge",
        "warranty_expire_date",
        "tracking",
        "variants",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(
    WebhookPurchase,
    "approved_date",
    EpochMillisField("WebhookPurchase", "approved_date", "approved_date", _parse_approved_date),
)
setattr(WebhookPurchase, "full_price", LazyField("WebhookPurchase", "full_price", "full_price", _parse_full_price))
setattr(
    WebhookPurchase,
    "original_offer_price",
    LazyField("WebhookPurchase", "original_offer_price", "original_offer_price", _parse_original_offer_price),
)
setattr(WebhookPurchase, "price", LazyField("WebhookPurchase", "price", "price", _parse_price))
setattr(WebhookPurchase, "payment", LazyField("WebhookPurchase", "payment", "payment", _parse_payment))
setattr(WebhookPurchase, "order_bump", LazyField("WebhookPurchase", "order_bump", "order_bump", _parse_order_bump))
setattr(WebhookPurchase, "offer", LazyField("WebhookPurchase", "offer", "offer", _parse_offer))
setattr(WebhookPurchase, "status", LazyField("WebhookPurchase", "status", "status", _parse_status))
setattr(
    WebhookPurchase, "subscription", LazyField("WebhookPurchase", "subscription", "subscription", _parse_subscription)
)
setattr(
    WebhookPurchase,
    "date_next_charge",
    EpochMillisField("WebhookPurchase", "date_next_charge", "date_next_charge", _parse_date_next_charge),
)
setattr(
    WebhookPurchase,
    "warranty_expire_date",
    EpochMillisField("WebhookPurchase", "warranty_expire_date", "warranty_expire_date", _parse_warranty_expire_date),
)
setattr(WebhookPurchase, "tracking", LazyField("WebhookPurchase", "tracking", "tracking", _parse_tracking))
setattr(WebhookPurchase, "variants", LazyField("WebhookPurchase", "variants", "variants", _parse_variants))
setattr(
    WebhookPurchase,
    "additional_properties",
    LazyField("WebhookPurchase", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.money import Money  # noqa: E402
from ..models.purchase_offer import PurchaseOffer  # noqa: E402
from ..models.tracking import Tracking  # noqa: E402
from ..models.webhook_order_bump import WebhookOrderBump  # noqa: E402
from ..models.webhook_purchase_payment import WebhookPurchasePayment  # noqa: E402
from ..models.webhook_subscription import WebhookSubscription  # noqa: E402
from ..models.webhook_variant import WebhookVariant  # noqa: E402
