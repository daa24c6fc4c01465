from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HotmartFee")


@_attrs_define
class HotmartFee:
    total: float | Unset = UNSET
    fixed: float | Unset = UNSET
    base: float | Unset = UNSET
    percentage: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        fixed = self.fixed

        base = self.base

        percentage = self.percentage

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if fixed is not UNSET:
            field_dict["fixed"] = fixed
        if base is not UNSET:
            field_dict["base"] = base
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        fixed = d.pop("fixed", UNSET)

        base = d.pop("base", UNSET)

        percentage = d.pop("percentage", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        hotmart_fee = cls(
            total=total,
            fixed=fixed,
            base=base,
            percentage=percentage,
            currency_code=currency_code,
        )

        hotmart_fee.additional_properties = d
        return hotmart_fee

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
