from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_shipping_type import WebhookShippingType
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="WebhookFulfillmentShipping")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookFulfillmentShipping:
    shipping_total_value: WebhookMoney | Unset = UNSET
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    carrier: WebhookFulfillmentCarrier | Unset = UNSET
    shipping_logistics_time: int | Unset = UNSET
    """ Estimated transport days. """
    carrier_options: WebhookFulfillmentCarrierOption | Unset = UNSET
    type_: WebhookShippingType | Unset = UNSET
    estimate_shipping_cost: WebhookMoney | Unset = UNSET
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    shipping_markup_price: WebhookMoney | Unset = UNSET
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_total_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_total_value, Unset):
            shipping_total_value = self.shipping_total_value.to_dict()

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        shipping_logistics_time = self.shipping_logistics_time

        carrier_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier_options, Unset):
            carrier_options = self.carrier_options.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = to_enum(WebhookShippingType, self.type_, "type_").value

        estimate_shipping_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimate_shipping_cost, Unset):
            estimate_shipping_cost = self.estimate_shipping_cost.to_dict()

        shipping_markup_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_markup_price, Unset):
            shipping_markup_price = self.shipping_markup_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_total_value is not UNSET:
            field_dict["shipping_total_value"] = shipping_total_value
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if shipping_logistics_time is not UNSET:
            field_dict["shipping_logistics_time"] = shipping_logistics_time
        if carrier_options is not UNSET:
            field_dict["carrier_options"] = carrier_options
        if type_ is not UNSET:
            field_dict["type"] = type_
        if estimate_shipping_cost is not UNSET:
            field_dict["estimate_shipping_cost"] = estimate_shipping_cost
        if shipping_markup_price is not UNSET:
            field_dict["shipping_markup_price"] = shipping_markup_price

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_fulfillment_shipping = object.__new__(cls)
        webhook_fulfillment_shipping.__dict__ = {
            "_raw": d,
            "shipping_logistics_time": d.get("shipping_logistics_time", UNSET),
        }
        return webhook_fulfillment_shipping

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


def _parse_shipping_total_value(d: dict[str, Any]) -> WebhookMoney | Unset:
    if d.get("shipping_total_value") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _shipping_total_value = d.get("shipping_total_value", UNSET)
    shipping_total_value: WebhookMoney | Unset
    if isinstance(_shipping_total_value, Unset):
        shipping_total_value = UNSET
    else:
        shipping_total_value = WebhookMoney.from_dict(_shipping_total_value)

    return shipping_total_value


def _parse_carrier(d: dict[str, Any]) -> WebhookFulfillmentCarrier | Unset:
    if d.get("carrier") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _carrier = d.get("carrier", UNSET)
    carrier: WebhookFulfillmentCarrier | Unset
    if isinstance(_carrier, Unset):
        carrier = UNSET
    else:
        carrier = WebhookFulfillmentCarrier.from_dict(_carrier)

    return carrier


def _parse_carrier_options(d: dict[str, Any]) -> WebhookFulfillmentCarrierOption | Unset:
    if d.get("carrier_options") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _carrier_options = d.get("carrier_options", UNSET)
    carrier_options: WebhookFulfillmentCarrierOption | Unset
    if isinstance(_carrier_options, Unset):
        carrier_options = UNSET
    else:
        carrier_options = WebhookFulfillmentCarrierOption.from_dict(_carrier_options)

    return carrier_options


def _parse_type_(d: dict[str, Any]) -> WebhookShippingType | Unset:
    if d.get("type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _type_ = d.get("type", UNSET)
    type_: WebhookShippingType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = WebhookShippingType(_type_)

    return type_


def _parse_estimate_shipping_cost(d: dict[str, Any]) -> WebhookMoney | Unset:
    if d.get("estimate_shipping_cost") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _estimate_shipping_cost = d.get("estimate_shipping_cost", UNSET)
    estimate_shipping_cost: WebhookMoney | Unset
    if isinstance(_estimate_shipping_cost, Unset):
        estimate_shipping_cost = UNSET
    else:
        estimate_shipping_cost = WebhookMoney.from_dict(_estimate_shipping_cost)

    return estimate_shipping_cost


def _parse_shipping_markup_price(d: dict[str, Any]) -> WebhookMoney | Unset:
    if d.get("shipping_markup_price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _shipping_markup_price = d.get("shipping_markup_price", UNSET)
    shipping_markup_price: WebhookMoney | Unset
    if isinstance(_shipping_markup_price, Unset):
        shipping_markup_price = UNSET
    else:
        shipping_markup_price = WebhookMoney.from_dict(_shipping_markup_price)

    return shipping_markup_price


_KNOWN_FIELDS = frozenset(
    {
        "shipping_total_value",
        "carrier",
        "shipping_logistics_time",
        "carrier_options",
        "type",
        "estimate_shipping_cost",
        "shipping_markup_price",
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
    WebhookFulfillmentShipping,
    "shipping_total_value",
    LazyField(
        "WebhookFulfillmentShipping", "shipping_total_value", "shipping_total_value", _parse_shipping_total_value
    ),
)
setattr(
    WebhookFulfillmentShipping, "carrier", LazyField("WebhookFulfillmentShipping", "carrier", "carrier", _parse_carrier)
)
setattr(
    WebhookFulfillmentShipping,
    "carrier_options",
    LazyField("WebhookFulfillmentShipping", "carrier_options", "carrier_options", _parse_carrier_options),
)
setattr(WebhookFulfillmentShipping, "type_", LazyField("WebhookFulfillmentShipping", "type_", "type", _parse_type_))
setattr(
    WebhookFulfillmentShipping,
    "estimate_shipping_cost",
    LazyField(
        "WebhookFulfillmentShipping", "estimate_shipping_cost", "estimate_shipping_cost", _parse_estimate_shipping_cost
    ),
)
setattr(
    WebhookFulfillmentShipping,
    "shipping_markup_price",
    LazyField(
        "WebhookFulfillmentShipping", "shipping_markup_price", "shipping_markup_price", _parse_shipping_markup_price
    ),
)
setattr(
    WebhookFulfillmentShipping,
    "additional_properties",
    LazyField("WebhookFulfillmentShipping", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_fulfillment_carrier import WebhookFulfillmentCarrier  # noqa: E402
from ..models.webhook_fulfillment_carrier_option import WebhookFulfillmentCarrierOption  # noqa: E402
from ..models.webhook_money import WebhookMoney  # noqa: E402
