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

T = TypeVar("T", bound="WebhookFulfillmentLineItem")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookFulfillmentLineItem:
    offer: WebhookFulfillmentOffer | Unset = UNSET
    product: WebhookFulfillmentProduct | Unset = UNSET
    quantity: int | Unset = UNSET
    variant: WebhookFulfillmentVariant | Unset = UNSET
    dimension: WebhookFulfillmentDimension | Unset = UNSET
    """ Package size for the freight. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        quantity = self.quantity

        variant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.to_dict()

        dimension: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimension, Unset):
            dimension = self.dimension.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer is not UNSET:
            field_dict["offer"] = offer
        if product is not UNSET:
            field_dict["product"] = product
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if variant is not UNSET:
            field_dict["variant"] = variant
        if dimension is not UNSET:
            field_dict["dimension"] = dimension

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_fulfillment_line_item = object.__new__(cls)
        webhook_fulfillment_line_item.__dict__ = {
            "_raw": d,
            "quantity": d.get("quantity", UNSET),
        }
        return webhook_fulfillment_line_item

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


def _parse_offer(d: dict[str, Any]) -> WebhookFulfillmentOffer | Unset:
    if d.get("offer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _offer = d.get("offer", UNSET)
    offer: WebhookFulfillmentOffer | Unset
    if isinstance(_offer, Unset):
        offer = UNSET
    else:
        offer = WebhookFulfillmentOffer.from_dict(_offer)

    return offer


def _parse_product(d: dict[str, Any]) -> WebhookFulfillmentProduct | Unset:
    if d.get("product") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _product = d.get("product", UNSET)
    product: WebhookFulfillmentProduct | Unset
    if isinstance(_product, Unset):
        product = UNSET
    else:
        product = WebhookFulfillmentProduct.from_dict(_product)

    return product


def _parse_variant(d: dict[str, Any]) -> WebhookFulfillmentVariant | Unset:
    if d.get("variant") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _variant = d.get("variant", UNSET)
    variant: WebhookFulfillmentVariant | Unset
    if isinstance(_variant, Unset):
        variant = UNSET
    else:
        variant = WebhookFulfillmentVariant.from_dict(_variant)

    return variant


def _parse_dimension(d: dict[str, Any]) -> WebhookFulfillmentDimension | Unset:
    if d.get("dimension") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _dimension = d.get("dimension", UNSET)
    dimension: WebhookFulfillmentDimension | Unset
    if isinstance(_dimension, Unset):
        dimension = UNSET
    else:
        dimension = WebhookFulfillmentDimension.from_dict(_dimension)

    return dimension


_KNOWN_FIELDS = frozenset(
    {
        "offer",
        "product",
        "quantity",
        "variant",
        "dimension",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookFulfillmentLineItem, "offer", LazyField("WebhookFulfillmentLineItem", "offer", "offer", _parse_offer))
setattr(
    WebhookFulfillmentLineItem, "product", LazyField("WebhookFulfillmentLineItem", "product", "product", _parse_product)
)
setattr(
    WebhookFulfillmentLineItem, "variant", LazyField("WebhookFulfillmentLineItem", "variant", "variant", _parse_variant)
)
setattr(
    WebhookFulfillmentLineItem,
    "dimension",
    LazyField("WebhookFulfillmentLineItem", "dimension", "dimension", _parse_dimension),
)
setattr(
    WebhookFulfillmentLineItem,
    "additional_properties",
    LazyField("WebhookFulfillmentLineItem", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_fulfillment_dimension import WebhookFulfillmentDimension  # noqa: E402
from ..models.webhook_fulfillment_offer import WebhookFulfillmentOffer  # noqa: E402
from ..models.webhook_fulfillment_product import WebhookFulfillmentProduct  # noqa: E402
from ..models.webhook_fulfillment_variant import WebhookFulfillmentVariant  # noqa: E402
