from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="PurchasePayment")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class PurchasePayment:
    method: str | Unset = UNSET
    """ Payment method, finer than `type`: e.g. `CREDIT_CARD_VISA`, `CREDIT_CARD_MASTERCARD`,
    `BILLET`, `PIX`, `PAYPAL`, `GOOGLE_PAY`, `APPLE_PAY`, `SEPA_DIRECT_DEBIT`, `OXXO`,
    `UNKNOWN` (Hotmart's sales history page lists about forty).
     """
    installments_number: int | Unset = UNSET
    """ Number of installments (installment purchases in BRL, MXN or COP). """
    type_: PaymentType | Unset = UNSET
    """ How a purchase was paid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        installments_number = self.installments_number

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = to_enum(PaymentType, self.type_, "type_").value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if installments_number is not UNSET:
            field_dict["installments_number"] = installments_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        purchase_payment = object.__new__(cls)
        purchase_payment.__dict__ = {
            "_raw": d,
            "method": d.get("method", UNSET),
            "installments_number": d.get("installments_number", UNSET),
        }
        return purchase_payment

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


def _parse_type_(d: dict[str, Any]) -> PaymentType | Unset:
    if d.get("type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _type_ = d.get("type", UNSET)
    type_: PaymentType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PaymentType(_type_)

    return type_


_KNOWN_FIELDS = frozenset(
    {
        "method",
        "installments_number",
        "type",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(PurchasePayment, "type_", LazyField("PurchasePayment", "type_", "type", _parse_type_))
setattr(
    PurchasePayment,
    "additional_properties",
    LazyField("PurchasePayment", "additional_properties", "", _parse_additional_properties),
)
