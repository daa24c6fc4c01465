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

T = TypeVar("T", bound="OrderFulfillmentEventData")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class OrderFulfillmentEventData:
    """The `data` of ORDER_FULFILLMENT."""

    purchase: WebhookFulfillmentPurchase
    line_items: list[WebhookFulfillmentLineItem] | Unset = UNSET
    delivery: WebhookFulfillmentDelivery | Unset = UNSET
    shipping: WebhookFulfillmentShipping | Unset = UNSET
    fulfillment_service: WebhookFulfillmentService | Unset = UNSET
    billing: WebhookFulfillmentPerson | Unset = UNSET
    """ The buyer (`shopper`) or the person paying (`billing`, who may differ). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase = self.purchase.to_dict()

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        fulfillment_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_service, Unset):
            fulfillment_service = self.fulfillment_service.to_dict()

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "purchase": purchase,
            }
        )
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if fulfillment_service is not UNSET:
            field_dict["fulfillment_service"] = fulfillment_service
        if billing is not UNSET:
            field_dict["billing"] = billing

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        order_fulfillment_event_data = object.__new__(cls)
        order_fulfillment_event_data.__dict__ = {
            "_raw": d,
        }
        return order_fulfillment_event_data

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


def _parse_purchase(d: dict[str, Any]) -> WebhookFulfillmentPurchase:
    purchase = WebhookFulfillmentPurchase.from_dict(d["purchase"])

    return purchase


def _parse_line_items(d: dict[str, Any]) -> list[WebhookFulfillmentLineItem] | Unset:
    if d.get("line_items") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _line_items = d.get("line_items", UNSET)
    line_items: list[WebhookFulfillmentLineItem] | Unset = UNSET
    if _line_items is not UNSET:
        line_items = []
        for line_items_item_data in _line_items:
            line_items_item = WebhookFulfillmentLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

    return line_items


def _parse_delivery(d: dict[str, Any]) -> WebhookFulfillmentDelivery | Unset:
    if d.get("delivery") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _delivery = d.get("delivery", UNSET)
    delivery: WebhookFulfillmentDelivery | Unset
    if isinstance(_delivery, Unset):
        delivery = UNSET
    else:
        delivery = WebhookFulfillmentDelivery.from_dict(_delivery)

    return delivery


def _parse_shipping(d: dict[str, Any]) -> WebhookFulfillmentShipping | Unset:
    if d.get("shipping") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _shipping = d.get("shipping", UNSET)
    shipping: WebhookFulfillmentShipping | Unset
    if isinstance(_shipping, Unset):
        shipping = UNSET
    else:
        shipping = WebhookFulfillmentShipping.from_dict(_shipping)

    return shipping


def _parse_fulfillment_service(d: dict[str, Any]) -> WebhookFulfillmentService | Unset:
    if d.get("fulfillment_service") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _fulfillment_service = d.get("fulfillment_service", UNSET)
    fulfillment_service: WebhookFulfillmentService | Unset
    if isinstance(_fulfillment_service, Unset):
        fulfillment_service = UNSET
    else:
        fulfillment_service = WebhookFulfillmentService.from_dict(_fulfillment_service)

    return fulfillment_service


def _parse_billing(d: dict[str, Any]) -> WebhookFulfillmentPerson | Unset:
    if d.get("billing") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _billing = d.get("billing", UNSET)
    billing: WebhookFulfillmentPerson | Unset
    if isinstance(_billing, Unset):
        billing = UNSET
    else:
        billing = WebhookFulfillmentPerson.from_dict(_billing)

    return billing


_KNOWN_FIELDS = frozenset(
    {
        "purchase",
        "line_items",
        "delivery",
        "shipping",
        "fulfillment_service",
        "billing",
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
    OrderFulfillmentEventData,
    "purchase",
    LazyField("OrderFulfillmentEventData", "purchase", "purchase", _parse_purchase),
)
setattr(
    OrderFulfillmentEventData,
    "line_items",
    LazyField("OrderFulfillmentEventData", "line_items", "line_items", _parse_line_items),
)
setattr(
    OrderFulfillmentEventData,
    "delivery",
    LazyField("OrderFulfillmentEventData", "delivery", "delivery", _parse_delivery),
)
setattr(
    OrderFulfillmentEventData,
    "shipping",
    LazyField("OrderFulfillmentEventData", "shipping", "shipping", _parse_shipping),
)
setattr(
    OrderFulfillmentEventData,
    "fulfillment_service",
    LazyField("OrderFulfillmentEventData", "fulfillment_service", "fulfillment_service", _parse_fulfillment_service),
)
setattr(
    OrderFulfillmentEventData, "billing", LazyField("OrderFulfillmentEventData", "billing", "billing", _parse_billing)
)
setattr(
    OrderFulfillmentEventData,
    "additional_properties",
    LazyField("OrderFulfillmentEventData", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_fulfillment_delivery import WebhookFulfillmentDelivery  # noqa: E402
from ..models.webhook_fulfillment_line_item import WebhookFulfillmentLineItem  # noqa: E402
from ..models.webhook_fulfillment_person import WebhookFulfillmentPerson  # noqa: E402
from ..models.webhook_fulfillment_purchase import WebhookFulfillmentPurchase  # noqa: E402
from ..models.webhook_fulfillment_service import WebhookFulfillmentService  # noqa: E402
from ..models.webhook_fulfillment_shipping import WebhookFulfillmentShipping  # noqa: E402
