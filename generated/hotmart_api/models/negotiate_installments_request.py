from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.negotiation_payment_type import NegotiationPaymentType
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="NegotiateInstallmentsRequest")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class NegotiateInstallmentsRequest:
    """Overdue recurrences of one subscription to negotiate."""

    subscription_id: int
    """ Numeric subscription id (`subscription_id` from `listSubscriptions`). """
    recurrences: list[int]
    """ Numbers of the overdue recurrences to include (one to five). """
    payment_type: NegotiationPaymentType
    """ How the negotiated installments are paid (bank slip or PIX). """
    discount: NegotiationDiscount | Unset = UNSET
    """ An absolute discount on the negotiated amount. """
    document: str | Unset = UNSET
    """ The payer's CPF or CNPJ, digits only. Required for bank slips (BILLET). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        recurrences = self.recurrences

        payment_type = to_enum(NegotiationPaymentType, self.payment_type, "payment_type").value

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        document = self.document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_id": subscription_id,
                "recurrences": recurrences,
                "payment_type": payment_type,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        negotiate_installments_request = object.__new__(cls)
        negotiate_installments_request.__dict__ = fields = {
            "_raw": d,
            "document": d.get("document", UNSET),
        }
        if "subscription_id" in d:  # else reading it raises ResponseParseError
            fields["subscription_id"] = d["subscription_id"]
        return negotiate_installments_request

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


def _parse_subscription_id(d: dict[str, Any]) -> Any:
    return d["subscription_id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_recurrences(d: dict[str, Any]) -> list[int]:
    recurrences = cast(list[int], d["recurrences"])

    return recurrences


def _parse_payment_type(d: dict[str, Any]) -> NegotiationPaymentType:
    payment_type = NegotiationPaymentType(d["payment_type"])

    return payment_type


def _parse_discount(d: dict[str, Any]) -> NegotiationDiscount | Unset:
    if d.get("discount") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _discount = d.get("discount", UNSET)
    discount: NegotiationDiscount | Unset
    if isinstance(_discount, Unset):
        discount = UNSET
    else:
        discount = NegotiationDiscount.from_dict(_discount)

    return discount


_KNOWN_FIELDS = frozenset(
    {
        "subscription_id",
        "recurrences",
        "payment_type",
        "discount",
        "document",
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
    NegotiateInstallmentsRequest,
    "subscription_id",
    LazyField("NegotiateInstallmentsRequest", "subscription_id", "subscription_id", _parse_subscription_id),
)
setattr(
    NegotiateInstallmentsRequest,
    "recurrences",
    LazyField("NegotiateInstallmentsRequest", "recurrences", "recurrences", _parse_recurrences),
)
setattr(
    NegotiateInstallmentsRequest,
    "payment_type",
    LazyField("NegotiateInstallmentsRequest", "payment_type", "payment_type", _parse_payment_type),
)
setattr(
    NegotiateInstallmentsRequest,
    "discount",
    LazyField("NegotiateInstallmentsRequest", "discount", "discount", _parse_discount),
)
setattr(
    NegotiateInstallmentsRequest,
    "additional_properties",
    LazyField("NegotiateInstallmentsRequest", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.negotiation_discount import NegotiationDiscount  # noqa: E402
