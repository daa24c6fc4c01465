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

T = TypeVar("T", bound="WebhookFulfillmentDelivery")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookFulfillmentDelivery:
    shipping_processing_time: int | Unset = UNSET
    """ Handling days the producer adds. """
    method_type: str | Unset = UNSET
    """ e.g. SHIPPING. """
    delivery_time: int | Unset = UNSET
    """ Estimated delivery, in working days. """
    destination: WebhookFulfillmentAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_processing_time = self.shipping_processing_time

        method_type = self.method_type

        delivery_time = self.delivery_time

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_processing_time is not UNSET:
            field_dict["shipping_processing_time"] = shipping_processing_time
        if method_type is not UNSET:
            field_dict["method_type"] = method_type
        if delivery_time is not UNSET:
            field_dict["delivery_time"] = delivery_time
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_fulfillment_delivery = object.__new__(cls)
        webhook_fulfillment_delivery.__dict__ = {
            "_raw": d,
            "shipping_processing_time": d.get("shipping_processing_time", UNSET),
            "method_type": d.get("method_type", UNSET),
            "delivery_time": d.get("delivery_time", UNSET),
        }
        return webhook_fulfillment_delivery

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


def _parse_destination(d: dict[str, Any]) -> WebhookFulfillmentAddress | Unset:
    if d.get("destination") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _destination = d.get("destination", UNSET)
    destination: WebhookFulfillmentAddress | Unset
    if isinstance(_destination, Unset):
        destination = UNSET
    else:
        destination = WebhookFulfillmentAddress.from_dict(_destination)

    return destination


_KNOWN_FIELDS = frozenset(
    {
        "shipping_processing_time",
        "method_type",
        "delivery_time",
        "destination",
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
    WebhookFulfillmentDelivery,
    "destination",
    LazyField("WebhookFulfillmentDelivery", "destination", "destination", _parse_destination),
)
setattr(
    WebhookFulfillmentDelivery,
    "additional_properties",
    LazyField("WebhookFulfillmentDelivery", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_fulfillment_address import WebhookFulfillmentAddress  # noqa: E402
