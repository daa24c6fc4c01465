from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="ProductOffer")


@_attrs_define
class ProductOffer:
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    price: Money | Unset = UNSET
    """ An amount in a currency. """
    payment_mode: str | Unset = UNSET
    """ e.g. PAY_IN_FULL, INVOICE, SUBSCRIPTION. """
    is_currency_conversion_enabled: bool | Unset = UNSET
    is_main_offer: bool | Unset = UNSET
    is_smart_recovery_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        description = self.description

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        payment_mode = self.payment_mode

        is_currency_conversion_enabled = self.is_currency_conversion_enabled

        is_main_offer = self.is_main_offer

        is_smart_recovery_enabled = self.is_smart_recovery_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if payment_mode is not UNSET:
            field_dict["payment_mode"] = payment_mode
        if is_currency_conversion_enabled is not UNSET:
            field_dict["is_currency_conversion_enabled"] = is_currency_conversion_enabled
        if is_main_offer is not UNSET:
            field_dict["is_main_offer"] = is_main_offer
        if is_smart_recovery_enabled is not UNSET:
            field_dict["is_smart_recovery_enabled"] = is_smart_recovery_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _price = d.pop("price", UNSET)
        price: Money | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Money.from_dict(_price)

        payment_mode = d.pop("payment_mode", UNSET)

        is_currency_conversion_enabled = d.pop("is_currency_conversion_enabled", UNSET)

        is_main_offer = d.pop("is_main_offer", UNSET)

        is_smart_recovery_enabled = d.pop("is_smart_recovery_enabled", UNSET)

        product_offer = cls(
            code=code,
            name=name,
            description=description,
            price=price,
            payment_mode=payment_mode,
            is_currency_conversion_enabled=is_currency_conversion_enabled,
            is_main_offer=is_main_offer,
            is_smart_recovery_enabled=is_smart_recovery_enabled,
        )

        product_offer.additional_properties = d
        return product_offer

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
