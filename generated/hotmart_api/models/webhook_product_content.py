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

T = TypeVar("T", bound="WebhookProductContent")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookProductContent:
    """The products of a combo."""

    has_physical_products: bool | Unset = UNSET
    """ Whether any product of the combo is physical. """
    products: list[WebhookContentProduct] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_physical_products = self.has_physical_products

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_physical_products is not UNSET:
            field_dict["has_physical_products"] = has_physical_products
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_product_content = object.__new__(cls)
        webhook_product_content.__dict__ = {
            "_raw": d,
            "has_physical_products": d.get("has_physical_products", UNSET),
        }
        return webhook_product_content

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


def _parse_products(d: dict[str, Any]) -> list[WebhookContentProduct] | Unset:
    if d.get("products") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _products = d.get("products", UNSET)
    products: list[WebhookContentProduct] | Unset = UNSET
    if _products is not UNSET:
        products = []
        for products_item_data in _products:
            products_item = WebhookContentProduct.from_dict(products_item_data)

            products.append(products_item)

    return products


_KNOWN_FIELDS = frozenset(
    {
        "has_physical_products",
        "products",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookProductContent, "products", LazyField("WebhookProductContent", "products", "products", _parse_products))
setattr(
    WebhookProductContent,
    "additional_properties",
    LazyField("WebhookProductContent", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_content_product import WebhookContentProduct  # noqa: E402
