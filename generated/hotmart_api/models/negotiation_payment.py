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

T = TypeVar("T", bound="NegotiationPayment")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class NegotiationPayment:
    """The generated payment; `billet_*` fields for bank slips, `pix_*` fields for PIX."""

    type_: PaymentType | Unset = UNSET
    """ How a purchase was paid. """
    expiration_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    billet_url: str | Unset = UNSET
    billet_barcode: str | Unset = UNSET
    pix_code: str | Unset = UNSET
    """ PIX copy-and-paste code. """
    pix_qrcode: str | Unset = UNSET
    """ Link to the PIX QR code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = to_enum(PaymentType, self.type_, "type_").value

        expiration_date: int | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = to_millis(self.expiration_date)

        billet_url = self.billet_url

        billet_barcode = self.billet_barcode

        pix_code = self.pix_code

        pix_qrcode = self.pix_qrcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if billet_url is not UNSET:
            field_dict["billet_url"] = billet_url
        if billet_barcode is not UNSET:
            field_dict["billet_barcode"] = billet_barcode
        if pix_code is not UNSET:
            field_dict["pix_code"] = pix_code
        if pix_qrcode is not UNSET:
            field_dict["pix_qrcode"] = pix_qrcode

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        negotiation_payment = object.__new__(cls)
        negotiation_payment.__dict__ = {
            "_raw": d,
            "billet_url": d.get("billet_url", UNSET),
            "billet_barcode": d.get("billet_barcode", UNSET),
            "pix_code": d.get("pix_code", UNSET),
            "pix_qrcode": d.get("pix_qrcode", UNSET),
        }
        return negotiation_payment

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


def _parse_expiration_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("expiration_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


_KNOWN_FIELDS = frozenset(
    {
        "type",
        "expiration_date",
        "billet_url",
        "billet_barcode",
        "pix_code",
        "pix_qrcode",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(NegotiationPayment, "type_", LazyField("NegotiationPayment", "type_", "type", _parse_type_))
setattr(
    NegotiationPayment,
    "expiration_date",
    EpochMillisField("NegotiationPayment", "expiration_date", "expiration_date", _parse_expiration_date),
)
setattr(
    NegotiationPayment,
    "additional_properties",
    LazyField("NegotiationPayment", "additional_properties", "", _parse_additional_properties),
)
