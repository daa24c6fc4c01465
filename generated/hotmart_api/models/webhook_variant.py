from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_variant_option import WebhookVariantOption


T = TypeVar("T", bound="WebhookVariant")


@_attrs_define
class WebhookVariant:
    name: str | Unset = UNSET
    option: WebhookVariantOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.option, Unset):
            option = self.option.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if option is not UNSET:
            field_dict["option"] = option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_variant_option import WebhookVariantOption  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _option = d.pop("option", UNSET)
        option: WebhookVariantOption | Unset
        if isinstance(_option, Unset):
            option = UNSET
        else:
            option = WebhookVariantOption.from_dict(_option)

        webhook_variant = cls(
            name=name,
            option=option,
        )

        webhook_variant.additional_properties = d
        return webhook_variant

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
