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

T = TypeVar("T", bound="WebhookFulfillmentVariant")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookFulfillmentVariant:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    """ e.g. Tamanho M - Azul. """
    sku: str | Unset = UNSET
    attributes: list[WebhookVariantAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        sku = self.sku

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if sku is not UNSET:
            field_dict["sku"] = sku
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_fulfillment_variant = object.__new__(cls)
        webhook_fulfillment_variant.__dict__ = {
            "_raw": d,
            "id": d.get("id", UNSET),
            "name": d.get("name", UNSET),
            "sku": d.get("sku", UNSET),
        }
        return webhook_fulfillment_variant

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


def _parse_attributes(d: dict[str, Any]) -> list[WebhookVariantAttribute] | Unset:
    if d.get("attributes") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _attributes = d.get("attributes", UNSET)
    attributes: list[WebhookVariantAttribute] | Unset = UNSET
    if _attributes is not UNSET:
        attributes = []
        for attributes_item_data in _attributes:
            attributes_item = WebhookVariantAttribute.from_dict(attributes_item_data)

            attributes.append(attributes_item)

    return attributes


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "sku",
        "attributes",
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
    WebhookFulfillmentVariant,
    "attributes",
    LazyField("WebhookFulfillmentVariant", "attributes", "attributes", _parse_attributes),
)
setattr(
    WebhookFulfillmentVariant,
    "additional_properties",
    LazyField("WebhookFulfillmentVariant", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_variant_attribute import WebhookVariantAttribute  # noqa: E402
