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

T = TypeVar("T", bound="WebhookFulfillmentProduct")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookFulfillmentProduct:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    ucode: str | Unset = UNSET
    format_: str | Unset = UNSET
    """ PHYSICAL. """
    support_email: str | Unset = UNSET
    seller: WebhookFulfillmentSeller | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        ucode = self.ucode

        format_ = self.format_

        support_email = self.support_email

        seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller, Unset):
            seller = self.seller.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if ucode is not UNSET:
            field_dict["ucode"] = ucode
        if format_ is not UNSET:
            field_dict["format"] = format_
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        if seller is not UNSET:
            field_dict["seller"] = seller

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_fulfillment_product = object.__new__(cls)
        webhook_fulfillment_product.__dict__ = {
            "_raw": d,
            "id": d.get("id", UNSET),
            "name": d.get("name", UNSET),
            "ucode": d.get("ucode", UNSET),
            "format_": d.get("format", UNSET),
            "support_email": d.get("support_email", UNSET),
        }
        return webhook_fulfillment_product

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


def _parse_seller(d: dict[str, Any]) -> WebhookFulfillmentSeller | Unset:
    if d.get("seller") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _seller = d.get("seller", UNSET)
    seller: WebhookFulfillmentSeller | Unset
    if isinstance(_seller, Unset):
        seller = UNSET
    else:
        seller = WebhookFulfillmentSeller.from_dict(_seller)

    return seller


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "ucode",
        "format",
        "support_email",
        "seller",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookFulfillmentProduct, "seller", LazyField("WebhookFulfillmentProduct", "seller", "seller", _parse_seller))
setattr(
    WebhookFulfillmentProduct,
    "additional_properties",
    LazyField("WebhookFulfillmentProduct", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_fulfillment_seller import WebhookFulfillmentSeller  # noqa: E402
