from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="SubscriptionTransactionCommission")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionTransactionCommission:
    conversion_rate: float | Unset = UNSET
    """ Rate from the purchase currency to the commission currency. """
    currency: str | Unset = UNSET
    """ Commission currency (one item per currency if it changes). """
    original_value: float | Unset = UNSET
    """ Expected commission of the sale, paid or not. """
    original_paid_value: float | Unset = UNSET
    """ Amount paid by the buyer in the commission currency (0 after a refund or chargeback). """
    producer_value: float | Unset = UNSET
    """ Producer's expected commission. """
    producer_paid_value: float | Unset = UNSET
    """ Producer's actual commission (paid transactions, without refunds or chargebacks). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversion_rate = self.conversion_rate

        currency = self.currency

        original_value = self.original_value

        original_paid_value = self.original_paid_value

        producer_value = self.producer_value

        producer_paid_value = self.producer_paid_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_rate is not UNSET:
            field_dict["conversion_rate"] = conversion_rate
        if currency is not UNSET:
            field_dict["currency"] = currency
        if original_value is not UNSET:
            field_dict["original_value"] = original_value
        if original_paid_value is not UNSET:
            field_dict["original_paid_value"] = original_paid_value
        if producer_value is not UNSET:
            field_dict["producer_value"] = producer_value
        if producer_paid_value is not UNSET:
            field_dict["producer_paid_value"] = producer_paid_value

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_transaction_commission = object.__new__(cls)
        subscription_transaction_commission.__dict__ = {
            "_raw": d,
            "conversion_rate": d.get("conversion_rate", UNSET),
            "currency": d.get("currency", UNSET),
            "original_value": d.get("original_value", UNSET),
            "original_paid_value": d.get("original_paid_value", UNSET),
            "producer_value": d.get("producer_value", UNSET),
            "producer_paid_value": d.get("producer_paid_value", UNSET),
        }
        return subscription_transaction_commission

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


_KNOWN_FIELDS = frozenset(
    {
        "conversion_rate",
        "currency",
        "original_value",
        "original_paid_value",
        "producer_value",
        "producer_paid_value",
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
    SubscriptionTransactionCommission,
    "additional_properties",
    LazyField("SubscriptionTransactionCommission", "additional_properties", "", _parse_additional_properties),
)
