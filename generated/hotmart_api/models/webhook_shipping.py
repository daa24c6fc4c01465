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

T = TypeVar("T", bound="WebhookShipping")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookShipping:
    """Shipping of a physical product; absent when there is none."""

    cost: WebhookMoney | Unset = UNSET
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    estimated_delivery_days: int | Unset = UNSET
    """ Estimated days to deliver (carrier plus handling). """
    carrier: WebhookShippingCarrier | Unset = UNSET
    fulfillment: WebhookShippingFulfillment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict()

        estimated_delivery_days = self.estimated_delivery_days

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        fulfillment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment, Unset):
            fulfillment = self.fulfillment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if estimated_delivery_days is not UNSET:
            field_dict["estimated_delivery_days"] = estimated_delivery_days
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_shipping = object.__new__(cls)
        webhook_shipping.__dict__ = {
            "_raw": d,
            "estimated_delivery_days": d.get("estimated_delivery_days", UNSET),
        }
        return webhook_shipping

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


def _parse_cost(d: dict[str, Any]) -> WebhookMoney | Unset:
    if d.get("cost") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _cost = d.get("cost", UNSET)
    cost: WebhookMoney | Unset
    if isinstance(_cost, Unset):
        cost = UNSET
    else:
        cost = WebhookMoney.from_dict(_cost)

    return cost


def _parse_carrier(d: dict[str, Any]) -> WebhookShippingCarrier | Unset:
    if d.get("carrier") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _carrier = d.get("carrier", UNSET)
    carrier: WebhookShippingCarrier | Unset
    if isinstance(_carrier, Unset):
        carrier = UNSET
    else:
        carrier = WebhookShippingCarrier.from_dict(_carrier)

    return carrier


def _parse_fulfillment(d: dict[str, Any]) -> WebhookShippingFulfillment | Unset:
    if d.get("fulfillment") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _fulfillment = d.get("fulfillment", UNSET)
    fulfillment: WebhookShippingFulfillment | Unset
    if isinstance(_fulfillment, Unset):
        fulfillment = UNSET
    else:
        fulfillment = WebhookShippingFulfillment.from_dict(_fulfillment)

    return fulfillment


_KNOWN_FIELDS = frozenset(
    {
        "cost",
        "estimated_delivery_days",
        "carrier",
        "fulfillment",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookShipping, "cost", LazyField("WebhookShipping", "cost", "cost", _parse_cost))
setattr(WebhookShipping, "carrier", LazyField("WebhookShipping", "carrier", "carrier", _parse_carrier))
setattr(WebhookShipping, "fulfillment", LazyField("WebhookShipping", "fulfillment", "fulfillment", _parse_fulfillment))
setattr(
    WebhookShipping,
    "additional_properties",
    LazyField("WebhookShipping", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_money import WebhookMoney  # noqa: E402
from ..models.webhook_shipping_carrier import WebhookShippingCarrier  # noqa: E402
from ..models.webhook_shipping_fulfillment import WebhookShippingFulfillment  # noqa: E402
