from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyField,
    model_repr,
)

T = TypeVar("T", bound="NegotiationResult")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class NegotiationResult:
    """The negotiation's purchase and the payment generated for it."""

    subscription_id: int
    transaction: str
    """ Transaction code of the negotiation purchase. """
    payment: NegotiationPayment
    """ The generated payment; `billet_*` fields for bank slips, `pix_*` fields for PIX. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        transaction = self.transaction

        payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_id": subscription_id,
                "transaction": transaction,
                "payment": payment,
            }
        )

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        negotiation_result = object.__new__(cls)
        negotiation_result.__dict__ = fields = {
            "_raw": d,
        }
        if "subscription_id" in d:  # else reading it raises ResponseParseError
            fields["subscription_id"] = d["subscription_id"]
        if "transaction" in d:  # else reading it raises ResponseParseError
            fields["transaction"] = d["transaction"]
        return negotiation_result

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


def _parse_transaction(d: dict[str, Any]) -> Any:
    return d["transaction"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_payment(d: dict[str, Any]) -> NegotiationPayment:
    payment = NegotiationPayment.from_dict(d["payment"])

    return payment


_KNOWN_FIELDS = frozenset(
    {
        "subscription_id",
        "transaction",
        "payment",
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
    NegotiationResult,
    "subscription_id",
    LazyField("NegotiationResult", "subscription_id", "subscription_id", _parse_subscription_id),
)
setattr(
    NegotiationResult, "transaction", LazyField("NegotiationResult", "transaction", "transaction", _parse_transaction)
)
setattr(NegotiationResult, "payment", LazyField("NegotiationResult", "payment", "payment", _parse_payment))
setattr(
    NegotiationResult,
    "additional_properties",
    LazyField("NegotiationResult", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.negotiation_payment import NegotiationPayment  # noqa: E402
