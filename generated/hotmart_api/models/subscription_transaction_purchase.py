from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_purchase_status import TransactionPurchaseStatus
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

T = TypeVar("T", bound="SubscriptionTransactionPurchase")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionTransactionPurchase:
    transaction: str | Unset = UNSET
    order_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    approved_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    status: TransactionPurchaseStatus | Unset = UNSET
    """ Status of a purchase as the subscription transactions page lists it: `DELAYED` (from the
    second recurrence, payment not confirmed or failed) is its own, and it spells
    `UNDER_ANALYSIS` where the sales endpoints spell `UNDER_ANALISYS`.
     """
    payment: SubscriptionTransactionPayment | Unset = UNSET
    installment: SubscriptionTransactionInstallment | Unset = UNSET
    price: SubscriptionTransactionPrice | Unset = UNSET
    """ The price of a recurrence. The currency is in `currency`, not `currency_code`. """
    commission: SubscriptionTransactionCommission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        order_date: int | Unset = UNSET
        if not isinstance(self.order_date, Unset):
            order_date = to_millis(self.order_date)

        approved_date: int | Unset = UNSET
        if not isinstance(self.approved_date, Unset):
            approved_date = to_millis(self.approved_date)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = to_enum(TransactionPurchaseStatus, self.status, "status").value

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        installment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installment, Unset):
            installment = self.installment.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        commission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = self.commission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if order_date is not UNSET:
            field_dict["order_date"] = order_date
        if approved_date is not UNSET:
            field_dict["approved_date"] = approved_date
        if status is not UNSET:
            field_dict["status"] = status
        if payment is not UNSET:
            field_dict["payment"] = payment
        if installment is not UNSET:
            field_dict["installment"] = installment
        if price is not UNSET:
            field_dict["price"] = price
        if commission is not UNSET:
            field_dict["commission"] = commission

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_transaction_purchase = object.__new__(cls)
        subscription_transaction_purchase.__dict__ = {
            "_raw": d,
            "transaction": d.get("transaction", UNSET),
        }
        return subscription_transaction_purchase

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


def _parse_order_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("order_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_approved_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("approved_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_status(d: dict[str, Any]) -> TransactionPurchaseStatus | Unset:
    if d.get("status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _status = d.get("status", UNSET)
    status: TransactionPurchaseStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TransactionPurchaseStatus(_status)

    return status


def _parse_payment(d: dict[str, Any]) -> SubscriptionTransactionPayment | Unset:
    if d.get("payment") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _payment = d.get("payment", UNSET)
    payment: SubscriptionTransactionPayment | Unset
    if isinstance(_payment, Unset):
        payment = UNSET
    else:
        payment = SubscriptionTransactionPayment.from_dict(_payment)

    return payment


def _parse_installment(d: dict[str, Any]) -> SubscriptionTransactionInstallment | Unset:
    if d.get("installment") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _installment = d.get("installment", UNSET)
    installment: SubscriptionTransactionInstallment | Unset
    if isinstance(_installment, Unset):
        installment = UNSET
    else:
        installment = SubscriptionTransactionInstallment.from_dict(_installment)

    return installment


def _parse_price(d: dict[str, Any]) -> SubscriptionTransactionPrice | Unset:
    if d.get("price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _price = d.get("price", UNSET)
    price: SubscriptionTransactionPrice | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = SubscriptionTransactionPrice.from_dict(_price)

    return price


def _parse_commission(d: dict[str, Any]) -> SubscriptionTransactionCommission | Unset:
    if d.get("commission") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _commission = d.get("commission", UNSET)
    commission: SubscriptionTransactionCommission | Unset
    if isinstance(_commission, Unset):
        commission = UNSET
    else:
        commission = SubscriptionTransactionCommission.from_dict(_commission)

    return commission


_KNOWN_FIELDS = frozenset(
    {
        "transaction",
        "order_date",
        "approved_date",
        "status",
        "payment",
        "installment",
        "price",
        "commission",
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
    SubscriptionTransactionPurchase,
    "order_date",
    EpochMillisField("SubscriptionTransactionPurchase", "order_date", "order_date", _parse_order_date),
)
setattr(
    SubscriptionTransactionPurchase,
    "approved_date",
    EpochMillisField("SubscriptionTransactionPurchase", "approved_date", "approved_date", _parse_approved_date),
)
setattr(
    SubscriptionTransactionPurchase,
    "status",
    LazyField("SubscriptionTransactionPurchase", "status", "status", _parse_status),
)
setattr(
    SubscriptionTransactionPurchase,
    "payment",
    LazyField("SubscriptionTransactionPurchase", "payment", "payment", _parse_payment),
)
setattr(
    SubscriptionTransactionPurchase,
    "installment",
    LazyField("SubscriptionTransactionPurchase", "installment", "installment", _parse_installment),
)
setattr(
    SubscriptionTransactionPurchase,
    "price",
    LazyField("SubscriptionTransactionPurchase", "price", "price", _parse_price),
)
setattr(
    SubscriptionTransactionPurchase,
    "commission",
    LazyField("SubscriptionTransactionPurchase", "commission", "commission", _parse_commission),
)
setattr(
    SubscriptionTransactionPurchase,
    "additional_properties",
    LazyField("SubscriptionTransactionPurchase", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.subscription_transaction_commission import SubscriptionTransactionCommission  # noqa: E402
from ..models.subscription_transaction_installment import SubscriptionTransactionInstallment  # noqa: E402
from ..models.subscription_transaction_payment import SubscriptionTransactionPayment  # noqa: E402
from ..models.subscription_transaction_price import SubscriptionTransactionPrice  # noqa: E402
