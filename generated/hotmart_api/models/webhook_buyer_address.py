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

T = TypeVar("T", bound="WebhookBuyerAddress")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookBuyerAddress:
    """The buyer's address, from the checkout (when asked for) or the buyer's account; absent
    fields are not sent.

    """

    zipcode: str | Unset = UNSET
    country: str | Unset = UNSET
    country_iso: str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code. """
    state: str | Unset = UNSET
    city: str | Unset = UNSET
    neighborhood: str | Unset = UNSET
    address: str | Unset = UNSET
    """ Street; the page names the field `street` or `address`, its example uses `address`. """
    street: str | Unset = UNSET
    """ Street, under the other name the page gives it. """
    number: str | Unset = UNSET
    complement: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zipcode = self.zipcode

        country = self.country

        country_iso = self.country_iso

        state = self.state

        city = self.city

        neighborhood = self.neighborhood

        address = self.address

        street = self.street

        number = self.number

        complement = self.complement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if country is not UNSET:
            field_dict["country"] = country
        if country_iso is not UNSET:
            field_dict["country_iso"] = country_iso
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if neighborhood is not UNSET:
            field_dict["neighborhood"] = neighborhood
        if address is not UNSET:
            field_dict["address"] = address
        if street is not UNSET:
            field_dict["street"] = street
        if number is not UNSET:
            field_dict["number"] = number
        if complement is not UNSET:
            field_dict["complement"] = complement

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_buyer_address = object.__new__(cls)
        webhook_buyer_address.__dict__ = {
            "_raw": d,
            "zipcode": d.get("zipcode", UNSET),
            "country": d.get("country", UNSET),
            "country_iso": d.get("country_iso", UNSET),
            "state": d.get("state", UNSET),
            "city": d.get("city", UNSET),
            "neighborhood": d.get("neighborhood", UNSET),
            "address": d.get("address", UNSET),
            "street": d.get("street", UNSET),
            "number": d.get("number", UNSET),
            "complement": d.get("complement", UNSET),
        }
        return webhook_buyer_address

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
        "zipcode",
        "country",
        "country_iso",
        "state",
        "city",
        "neighborhood",
        "address",
        "street",
        "number",
        "complement",
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
    WebhookBuyerAddress,
    "additional_properties",
    LazyField("WebhookBuyerAddress", "additional_properties", "", _parse_additional_properties),
)
