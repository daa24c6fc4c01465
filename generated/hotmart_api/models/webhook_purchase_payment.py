from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="WebhookPurchasePayment")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookPurchasePayment:
    type_: PaymentType
    """ How a purchase was paid. """
    installments_number: int | Unset = UNSET
    """ Number of installments (BRL, MXN and COP purchases). """
    billet_barcode: str | Unset = UNSET
    """ Bank slip bar code (bank slip payments only). """
    billet_url: str | Unset = UNSET
    """ Link to print the bank slip again (bank slip payments only). """
    pix_code: str | Unset = UNSET
    """ PIX copy-and-paste code (PIX payments only). """
    pix_qrcode: str | Unset = UNSET
    """ Link to the PIX QR code (PIX payments only). """
    pix_expiration_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    refusal_reason: str | Unset = UNSET
    """ Why the card operator refused the payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = to_enum(PaymentType, self.type_, "type_").value

        installments_number = self.installments_number

        billet_barcode = self.billet_barcode

        billet_url = self.billet_url

        pix_code = self.pix_code

        pix_qrcode = self.pix_qrcode

        pix_expiration_date: int | Unset = UNSET
        if not isinstance(self.pix_expiration_date, Unset):
            pix_expiration_date = to_millis(self.pix_expiration_date)

        refusal_reason = self.refusal_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if installments_number is not UNSET:
            field_dict["installments_number"] = installments_number
        if billet_barcode is not UNSET:
            field_dict["billet_barcode"] = billet_barcode
        if billet_url is not UNSET:
            field_dict["billet_url"] = billet_url
        if pix_code is not UNSET:
            field_dict["pix_code"] = pix_code
        if pix_qrcode is not UNSET:
            field_dict["pix_qrcode"] = pix_qrcode
        if pix_expiration_date is not UNSET:
            field_dict["pix_expiration_date"] = pix_expiration_date
        if refusal_reason is not UNSET:
            field_dict["refusal_reason"] = refusal_reason

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_purchase_payment = object.__new__(cls)
        webhook_purchase_payment.__dict__ = {
            "_raw": d,
            "installments_number": d.get("installments_number", UNSET),
            "billet_barcode": d.get("billet_barcode", UNSET),
            "billet_url": d.get("billet_url", UNSET),
            "pix_code": d.get("pix_code", UNSET),
            "pix_qrcode": d.get("pix_qrcode", UNSET),
            "refusal_reason": d.get("refusal_reason", UNSET),
        }
        return webhook_purchase_payment

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


def _parse_type_(d: dict[str, Any]) -> PaymentType:
    type_ = PaymentType(d["type"])

    return type_


def _parse_pix_expiration_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("pix_expiration_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


_KNOWN_FIELDS = frozenset(
    {
        "type",
        "installments_number",
        "billet_barcode",
        "billet_url",
        "pix_code",
        "pix_qrcode",
        "pix_expiration_date",
        "refusal_reason",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookPurchasePayment, "type_", LazyField("WebhookPurchasePayment", "type_", "type", _parse_type_))
setattr(
    WebhookPurchasePayment,
    "pix_expiration_date",
    EpochMillisField(
        "WebhookPurchasePayment", "pix_expiration_date", "pix_expiration_date", _parse_pix_expiration_date
    ),
)
setattr(
    WebhookPurchasePayment,
    "additional_properties",
    LazyField("WebhookPurchasePayment", "additional_properties", "", _parse_additional_properties),
)
