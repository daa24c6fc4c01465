from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.negotiation_discount_type import NegotiationDiscountType

T = TypeVar("T", bound="NegotiationDiscount")


@_attrs_define
class NegotiationDiscount:
    """An absolute discount on the negotiated amount."""

    type_: NegotiationDiscountType
    """ Kind of discount; only an absolute (custom) amount exists today. """
    value: float
    """ Discount amount in the subscription's currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = NegotiationDiscountType(d.pop("type"))

        value = d.pop("value")

        negotiation_discount = cls(
            type_=type_,
            value=value,
        )

        negotiation_discount.additional_properties = d
        return negotiation_discount

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
