from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="SalesSummaryItem")


@_attrs_define
class SalesSummaryItem:
    """Commission total of the matching sales in one currency."""

    total_items: int | Unset = UNSET
    """ Number of transactions summed into this total. """
    total_value: Money | Unset = UNSET
    """ An amount in a currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        total_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_value, Unset):
            total_value = self.total_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if total_value is not UNSET:
            field_dict["total_value"] = total_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        total_items = d.pop("total_items", UNSET)

        _total_value = d.pop("total_value", UNSET)
        total_value: Money | Unset
        if isinstance(_total_value, Unset):
            total_value = UNSET
        else:
            total_value = Money.from_dict(_total_value)

        sales_summary_item = cls(
            total_items=total_items,
            total_value=total_value,
        )

        sales_summary_item.additional_properties = d
        return sales_summary_item

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
