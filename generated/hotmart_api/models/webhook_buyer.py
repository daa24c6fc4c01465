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

T = TypeVar("T", bound="WebhookBuyer")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookBuyer:
    """The buyer. The page says buyer data is sent only when the buyer gave it (the producer
    chooses the checkout's fields), so every field may be absent, `email` and `name` included,
    as in the cart abandonment event.

    """

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    """ Full name. """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    checkout_phone: str | Unset = UNSET
    """ Phone given at checkout; for international sales it includes the country code. """
    checkout_phone_code: str | Unset = UNSET
    """ Area code (DDD), sent for Brazilian buyers only. """
    document: str | Unset = UNSET
    document_type: str | Unset = UNSET
    """ CPF or CNPJ (Brazil), DNI or CIF (Spain), DOCUMENT (elsewhere). """
    address: WebhookBuyerAddress | Unset = UNSET
    """ The buyer's address, from the checkout (when asked for) or the buyer's account; absent
    fields are not sent.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        first_name = self.first_name

        last_name = self.last_name

        checkout_phone = self.checkout_phone

        checkout_phone_code = self.checkout_phone_code

        document = self.document

        document_type = self.document_type

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if checkout_phone is not UNSET:
            field_dict["checkout_phone"] = checkout_phone
        if checkout_phone_code is not UNSET:
            field_dict["checkout_phone_code"] = checkout_phone_code
        if document is not UNSET:
            field_dict["document"] = document
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
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
        webhook_buyer = object.__new__(cls)
        webhook_buyer.__dict__ = {
            "_raw": d,
            "email": d.get("email", UNSET),
            "name": d.get("name", UNSET),
            "first_name": d.get("first_name", UNSET),
            "last_name": d.get("last_name", UNSET),
            "checkout_phone": d.get("checkout_phone", UNSET),
            "checkout_phone_code": d.get("checkout_phone_code", UNSET),
            "document": d.get("document", UNSET),
            "document_type": d.get("document_type", UNSET),
        }
        return webhook_buyer

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


def _parse_address(d: dict[str, Any]) -> WebhookBuyerAddress | Unset:
    if d.get("address") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _address = d.get("address", UNSET)
    address: WebhookBuyerAddress | Unset
    if isinstance(_address, Unset):
        address = UNSET
    else:
        address = WebhookBuyerAddress.from_dict(_address)

    return address


_KNOWN_FIELDS = frozenset(
    {
        "email",
        "name",
        "first_name",
        "last_name",
        "checkout_phone",
        "checkout_phone_code",
        "document",
        "document_type",
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
setattr(WebhookBuyer, "address", LazyField("WebhookBuyer", "address", "address", _parse_address))
setattr(
    WebhookBuyer,
    "additional_properties",
    LazyField("WebhookBuyer", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_buyer_address import WebhookBuyerAddress  # noqa: E402
