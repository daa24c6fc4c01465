from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookProduct")


@_attrs_define
class WebhookProduct:
    id: int | Unset = UNSET
    ucode: str | Unset = UNSET
    name: str | Unset = UNSET
    has_co_production: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ucode = self.ucode

        name = self.name

        has_co_production = self.has_co_production

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ucode is not UNSET:
            field_dict["ucode"] = ucode
        if name is not UNSET:
            field_dict["name"] = name
        if has_co_production is not UNSET:
            field_dict["has_co_production"] = has_co_production

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ucode = d.pop("ucode", UNSET)

        name = d.pop("name", UNSET)

        has_co_production = d.pop("has_co_production", UNSET)

        webhook_product = cls(
            id=id,
            ucode=ucode,
            name=name,
            has_co_production=has_co_production,
        )

        webhook_product.additional_properties = d
        return webhook_product

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
