from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleUserAddress")


@_attrs_define
class SaleUserAddress:
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    address: str | Unset = UNSET
    """ Street name. """
    complement: str | Unset = UNSET
    neighborhood: str | Unset = UNSET
    number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        state = self.state

        country = self.country

        zip_code = self.zip_code

        address = self.address

        complement = self.complement

        neighborhood = self.neighborhood

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if address is not UNSET:
            field_dict["address"] = address
        if complement is not UNSET:
            field_dict["complement"] = complement
        if neighborhood is not UNSET:
            field_dict["neighborhood"] = neighborhood
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        address = d.pop("address", UNSET)

        complement = d.pop("complement", UNSET)

        neighborhood = d.pop("neighborhood", UNSET)

        number = d.pop("number", UNSET)

        sale_user_address = cls(
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            address=address,
            complement=complement,
            neighborhood=neighborhood,
            number=number,
        )

        sale_user_address.additional_properties = d
        return sale_user_address

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
