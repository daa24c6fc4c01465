from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billet_recovery_type import BilletRecoveryType
from ..models.payment_type import PaymentType
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

T = TypeVar("T", bound="SubscriptionTransactionPayment")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionTransactionPayment:
    payment_type: PaymentType | Unset = UNSET
    """ How a purchase was paid. """
    credit_card_flag: str | Unset = UNSET
    """ Card brand given at checkout, e.g. VISA. """
    refusal_message: str | Unset = UNSET
    """ Why the payment was refused, e.g. `INSUFFICIENT FUNDS`, `TRANSACTION DECLINED`,
    `CARD EXPIRED`, `INVALID CARD NUMBER`, `DUPLICATE TRANSACTION`.
     """
    refund_chargeback_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    pix_expiration_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    billet_expiration_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    billet_reprint_code: str | Unset = UNSET
    """ URL of the bank slip, to print it again. """
    billet_recovery_type: BilletRecoveryType | Unset = UNSET
    """ How a bank-slip recovery was started. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = to_enum(PaymentType, self.payment_type, "payment_type").value

        credit_card_flag = self.credit_card_flag

        refusal_message = self.refusal_message

        refund_chargeback_date: int | Unset = UNSET
        if not isinstance(self.refund_chargeback_date, Unset):
            refund_chargeback_date = to_millis(self.refund_chargeback_date)

        pix_expiration_date: int | Unset = UNSET
        if not isinstance(self.pix_expiration_date, Unset):
            pix_expiration_date = to_millis(self.pix_expiration_date)

        billet_expiration_date: int | Unset = UNSET
        if not isinstance(self.billet_expiration_date, Unset):
            billet_expiration_date = to_millis(self.billet_expiration_date)

        billet_reprint_code = self.billet_reprint_code

        billet_recovery_type: str | Unset = UNSET
        if not isinstance(self.billet_recovery_type, Unset):
            billet_recovery_type = to_enum(BilletRecoveryType, self.billet_recovery_type, "billet_recovery_type").value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if credit_card_flag is not UNSET:
            field_dict["credit_card_flag"] = credit_card_flag
        if refusal_message is not UNSET:
            field_dict["refusal_message"] = refusal_message
        if refund_chargeback_date is not UNSET:
            field_dict["refund_chargeback_date"] = refund_chargeback_date
        if pix_expiration_date is not UNSET:
            field_dict["pix_expiration_date"] = pix_expiration_date
        if billet_expiration_date is not UNSET:
            field_dict["billet_expiration_date"] = billet_expiration_date
        if billet_reprint_code is not UNSET:
            field_dict["billet_reprint_code"] = billet_reprint_code
        if billet_recovery_type is not UNSET:
            field_dict["billet_recovery_type"] = billet_recovery_type

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_transaction_payment = object.__new__(cls)
        subscription_transaction_payment.__dict__ = {
            "_raw": d,
            "credit_card_flag": d.get("credit_card_flag", UNSET),
            "refusal_message": d.get("refusal_message", UNSET),
            "billet_reprint_code": d.get("billet_reprint_code", UNSET),
        }
        return subscription_transaction_payment

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


def _parse_refund_chargeback_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("refund_chargeback_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_pix_expiration_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("pix_expiration_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_billet_expiration_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("billet_expiration_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_billet_recovery_type(d: dict[str, Any]) -> BilletRecoveryType | Unset:
    if d.get("billet_recovery_type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _billet_recovery_type = d.get("billet_recovery_type", UNSET)
    billet_recovery_type: BilletRecoveryType | Unset
    if isinstance(_billet_recovery_type, Unset):
        billet_recovery_type = UNSET
    else:
        billet_recovery_type = BilletRecoveryType(_billet_recovery_type)

    return billet_recovery_type


_KNOWN_FIELDS = frozenset(
    {
        "payment_type",
        "credit_card_flag",
        "refusal_message",
        "refund_chargeback_date",
        "pix_expiration_date",
        "billet_expiration_date",
        "billet_reprint_code",
        "billet_recovery_type",
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
    SubscriptionTransactionPayment,
    "payment_type",
    LazyField("SubscriptionTransactionPayment", "payment_type", "payment_type", _parse_payment_type),
)
setattr(
    SubscriptionTransactionPayment,
    "refund_chargeback_date",
    EpochMillisField(
        "SubscriptionTransactionPayment",
        "refund_chargeback_date",
        "refund_chargeback_date",
        _parse_refund_chargeback_date,
    ),
)
setattr(
    SubscriptionTransactionPayment,
    "pix_expiration_date",
    EpochMillisField(
        "SubscriptionTransactionPayment", "pix_expiration_date", "pix_expiration_date", _parse_pix_expiration_date
    ),
)
setattr(
    SubscriptionTransactionPayment,
    "billet_expiration_date",
    EpochMillisField(
        "SubscriptionTransactionPayment",
        "billet_expiration_date",
        "billet_expiration_date",
        _parse_billet_expiration_date,
    ),
)
setattr(
    SubscriptionTransactionPayment,
    "billet_recovery_type",
    LazyField(
        "SubscriptionTransactionPayment", "billet_recovery_type", "billet_recovery_type", _parse_billet_recovery_type
    ),
)
setattr(
    SubscriptionTransactionPayment,
    "additional_properties",
    LazyField("SubscriptionTransactionPayment", "additional_properties", "", _parse_additional_properties),
)
