from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_purchase_status import WebhookPurchaseStatus
from ..types import (
    UNSET,
    EpochMillisField,
    LazyField,
    Unset,
    model_repr,
    to_datetime,
    to_enum,
    to_millis,
)

T = TypeVar("T", bound="WebhookFulfillmentPurchase")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookFulfillmentPurchase:
    transaction: str
    status: WebhookPurchaseStatus
    """ Status of a purchase in the webhook payloads. The page's list has DISPUTE where the sales
    endpoints have PROTESTED (`PurchaseStatus`); `UNDER_ANALISYS` is Hotmart's own spelling.
    CANCELED and DELAYED are not in the page's list but are sent (see the evidence reason).
     """
    id: int | Unset = UNSET
    """ Numeric purchase id. """
    approved_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    order_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    price: WebhookMoney | Unset = UNSET
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    full_price: WebhookMoney | Unset = UNSET
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    shopper: WebhookFulfillmentPerson | Unset = UNSET
    """ The buyer (`shopper`) or the person paying (`billing`, who may differ). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        status = to_enum(WebhookPurchaseStatus, self.status, "status").value

        id = self.id

        approved_date: int | Unset = UNSET
        if not isinstance(self.approved_date, Unset):
            approved_date = to_millis(self.approved_date)

        order_date: int | Unset = UNSET
        if not isinstance(self.order_date, Unset):
            order_date = to_millis(self.order_date)

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        full_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_price, Unset):
            full_price = self.full_price.to_dict()

        shopper: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shopper, Unset):
            shopper = self.shopper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction": transaction,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if approved_date is not UNSET:
            field_dict["approved_date"] = approved_date
        if order_date is not UNSET:
            field_dict["order_date"] = order_date
        if price is not UNSET:
            field_dict["price"] = price
        if full_price is not UNSET:
            field_dict["full_price"] = full_price
        if shopper is not UNSET:
            field_dict["shopper"] = shopper

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_fulfillment_purchase = object.__new__(cls)
        webhook_fulfillment_purchase.__dict__ = fields = {
            "_raw": d,
            "id": d.get("id", UNSET),
        }
        if "transaction" in d:  # else reading it raises ResponseParseError
            fields["transaction"] = d["transaction"]
        return webhook_fulfillment_purchase

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


def _parse_transaction(d: dict[str, Any]) -> Any:
    return d["transaction"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_status(d: dict[str, Any]) -> WebhookPurchaseStatus:
    status = WebhookPurchaseStatus(d["status"])

    return status


def _parse_approved_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("approved_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_order_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("order_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_price(d: dict[str, Any]) -> WebhookMoney | Unset:
    if d.get("price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _price = d.get("price", UNSET)
    price: WebhookMoney | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = WebhookMoney.from_dict(_price)

    return price


def _parse_full_price(d: dict[str, Any]) -> WebhookMoney | Unset:
    if d.get("full_price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _full_price = d.get("full_price", UNSET)
    full_price: WebhookMoney | Unset
    if isinstance(_full_price, Unset):
        full_price = UNSET
    else:
        full_price = WebhookMoney.from_dict(_full_price)

    return full_price


def _parse_shopper(d: dict[str, Any]) -> WebhookFulfillmentPerson | Unset:
    if d.get("shopper") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _shopper = d.get("shopper", UNSET)
    shopper: WebhookFulfillmentPerson | Unset
    if isinstance(_shopper, Unset):
        shopper = UNSET
    else:
        shopper = WebhookFulfillmentPerson.from_dict(_shopper)

    return shopper


_KNOWN_FIELDS = frozenset(
    {
        "transaction",
        "status",
        "id",
        "approved_date",
        "order_date",
        "price",
        "full_price",
        "shopper",
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
    WebhookFulfillmentPurchase,
    "transaction",
    LazyField("WebhookFulfillmentPurchase", "transaction", "transaction", _parse_transaction),
)
setattr(
    WebhookFulfillmentPurchase, "status", LazyField("WebhookFulfillmentPurchase", "status", "status", _parse_status)
)
setattr(
    WebhookFulfillmentPurchase,
    "approved_date",
    EpochMillisField("WebhookFulfillmentPurchase", "approved_date", "approved_date", _parse_approved_date),
)
setattr(
    WebhookFulfillmentPurchase,
    "order_date",
    EpochMillisField("WebhookFulfillmentPurchase", "order_date", "order_date", _parse_order_date),
)
setattr(WebhookFulfillmentPurchase, "price", LazyField("WebhookFulfillmentPurchase", "price", "price", _parse_price))
setattr(
    WebhookFulfillmentPurchase,
    "full_price",
    LazyField("WebhookFulfillmentPurchase", "full_price", "full_price", _parse_full_price),
)
setattr(
    WebhookFulfillmentPurchase, "shopper", LazyField("WebhookFulfillmentPurchase", "shopper", "shopper", _parse_shopper)
)
setattr(
    WebhookFulfillmentPurchase,
    "additional_properties",
    LazyField("WebhookFulfillmentPurchase", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_fulfillment_person import WebhookFulfillmentPerson  # noqa: E402
from ..models.webhook_money import WebhookMoney  # noqa: E402
