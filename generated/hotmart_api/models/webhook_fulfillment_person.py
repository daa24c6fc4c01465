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

T = TypeVar("T", bound="WebhookFulfillmentPerson")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookFulfillmentPerson:
    """The buyer (`shopper`) or the person paying (`billing`, who may differ)."""

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    document: str | Unset = UNSET
    country: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    """ e.g. America/Sao_Paulo. """
    locale: str | Unset = UNSET
    """ e.g. pt_BR. """
    ucode: str | Unset = UNSET
    """ Hotmart's user code. """
    address: WebhookFulfillmentAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone = self.phone

        document = self.document

        country = self.country

        time_zone = self.time_zone

        locale = self.locale

        ucode = self.ucode

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if document is not UNSET:
            field_dict["document"] = document
        if country is not UNSET:
            field_dict["country"] = country
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if locale is not UNSET:
            field_dict["locale"] = locale
        if ucode is not UNSET:
            field_dict["ucode"] = ucode
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_fulfillment_person = object.__new__(cls)
        webhook_fulfillment_person.__dict__ = {
            "_raw": d,
            "name": d.get("name", UNSET),
            "email": d.get("email", UNSET),
            "phone": d.get("phone", UNSET),
            "document": d.get("document", UNSET),
            "country": d.get("country", UNSET),
            "time_zone": d.get("time_zone", UNSET),
            "locale": d.get("locale", UNSET),
            "ucode": d.get("ucode", UNSET),
        }
        return webhook_fulfillment_person

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


def _parse_address(d: dict[str, Any]) -> WebhookFulfillmentAddress | Unset:
    if d.get("address") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _address = d.get("address", UNSET)
    address: WebhookFulfillmentAddress | Unset
    if isinstance(_address, Unset):
        address = UNSET
    else:
        address = WebhookFulfillmentAddress.from_dict(_address)

    return address


_KNOWN_FIELDS = frozenset(
    {
        "name",
        "email",
        "phone",
        "document",
        "country",
        "time_zone",
        "locale",
        "ucode",
        "address",
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
    WebhookFulfillmentPerson, "address", LazyField("WebhookFulfillmentPerson", "address", "address", _parse_address)
)
setattr(
    WebhookFulfillmentPerson,
    "additional_properties",
    LazyField("WebhookFulfillmentPerson", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_fulfillment_address import WebhookFulfillmentAddress  # noqa: E402
