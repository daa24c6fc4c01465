from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
from ..models.purchase_status import PurchaseStatus
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

T = TypeVar("T", bound="SubscriptionPurchase")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionPurchase:
    """One purchase (recurrence payment) of a subscription."""

    transaction: str
    status: PurchaseStatus
    """ Status of a purchase. `UNDER_ANALISYS` is Hotmart's own spelling. By default sales
    endpoints return only APPROVED and COMPLETE.
     """
    price: Money
    """ An amount in a currency. """
    approved_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    payment_engine: str | Unset = UNSET
    """ Payment platform, e.g. HotPay, HotPay Internacional. """
    payment_type: PaymentType | Unset = UNSET
    """ How a purchase was paid. """
    payment_method: str | Unset = UNSET
    """ Payment method detail. The field table lists the sales history's methods
    (`CREDIT_CARD_VISA`...), but Hotmart's example shows `VISA_CREDIT_CARD`: read it as text.
     """
    recurrency_number: int | Unset = UNSET
    under_warranty: bool | Unset = UNSET
    purchase_subscription: bool | Unset = UNSET
    """ Whether the purchase belongs to a subscription product. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        status = to_enum(PurchaseStatus, self.status, "status").value

        price = self.price.to_dict()

        approved_date: int | Unset = UNSET
        if not isinstance(self.approved_date, Unset):
            approved_date = to_millis(self.approved_date)

        payment_engine = self.payment_engine

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = to_enum(PaymentType, self.payment_type, "payment_type").value

        payment_method = self.payment_method

        recurrency_number = self.recurrency_number

        under_warranty = self.under_warranty

        purchase_subscription = self.purchase_subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction": transaction,
                "status": status,
                "price": price,
            }
        )
        if approved_date is not UNSET:
            field_dict["approved_date"] = approved_date
        if payment_engine is not UNSET:
            field_dict["payment_engine"] = payment_engine
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if recurrency_number is not UNSET:
            field_dict["recurrency_number"] = recurrency_number
        if under_warranty is not UNSET:
            field_dict["under_warranty"] = under_warranty
        if purchase_subscription is not UNSET:
            field_dict["purchase_subscription"] = purchase_subscription

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_purchase = object.__new__(cls)
        subscription_purchase.__dict__ = fields = {
            "_raw": d,
            "payment_engine": d.get("payment_engine", UNSET),
            "payment_method": d.get("payment_method", UNSET),
            "recurrency_number": d.get("recurrency_number", UNSET),
            "under_warranty": d.get("under_warranty", UNSET),
            "purchase_subscription": d.get("purchase_subscription", UNSET),
        }
        if "transaction" in d:  # else reading it raises ResponseParseError
            fields["transaction"] = d["transaction"]
        return subscription_purchase

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


def _parse_status(d: dict[str, Any]) -> PurchaseStatus:
    status = PurchaseStatus(d["status"])

    return status


def _parse_price(d: dict[str, Any]) -> Money:
    price = Money.from_dict(d["price"])

    return price


def _parse_approved_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("approved_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_payment_type(d: dict[str, Any]) -> PaymentType | Unset:
    if d.get("payment_type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _payment_type = d.get("payment_type", UNSET)
    payment_type: PaymentType | Unset
    if isinstance(_payment_type, Unset):
        payment_type = UNSET
    else:
        payment_type = PaymentType(_payment_type)

    return payment_type


_KNOWN_FIELDS = frozenset(
    {
        "transaction",
        "status",
        "price",
        "approved_date",
        "payment_engine",
        "payment_type",
        "payment_method",
        "recurrency_number",
        "under_warranty",
        "purchase_subscription",
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
    SubscriptionPurchase,
    "transaction",
    LazyField("SubscriptionPurchase", "transaction", "transaction", _parse_transaction),
)
setattr(SubscriptionPurchase, "status", LazyField("SubscriptionPurchase", "status", "status", _parse_status))
setattr(SubscriptionPurchase, "price", LazyField("SubscriptionPurchase", "price", "price", _parse_price))
setattr(
    SubscriptionPurchase,
    "approved_date",
    EpochMillisField("SubscriptionPurchase", "approved_date", "approved_date", _parse_approved_date),
)
setattr(
    SubscriptionPurchase,
    "payment_type",
    LazyField("SubscriptionPurchase", "payment_type", "payment_type", _parse_payment_type),
)
setattr(
    SubscriptionPurchase,
    "additional_properties",
    LazyField("SubscriptionPurchase", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.money import Money  # noqa: E402
