from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus
from ..types import (
    UNSET,
    LazyField,
    Unset,
)

T = TypeVar("T", bound="SubscriptionCancellationEventData")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionCancellationEventData:
    subscriber_code: str | Unset = UNSET
    subscription_id: int | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    subscriber: WebhookContact | Unset = UNSET
    """ Name and e-mail of a buyer or subscriber in the lighter webhook payloads. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        subscription_id = self.subscription_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_code is not UNSET:
            field_dict["subscriber_code"] = subscriber_code
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if status is not UNSET:
            field_dict["status"] = status
        if product is not UNSET:
            field_dict["product"] = product
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_cancellation_event_data = object.__new__(cls)
        subscription_cancellation_event_data.__dict__ = {
            "_raw": d,
            "subscriber_code": d.get("subscriber_code", UNSET),
            "subscription_id": d.get("subscription_id", UNSET),
        }
        return subscription_cancellation_event_data

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


def _parse_status(d: dict[str, Any]) -> SubscriptionStatus | Unset:
    if d.get("status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _status = d.get("status", UNSET)
    status: SubscriptionStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SubscriptionStatus(_status)

    return status


def _parse_product(d: dict[str, Any]) -> ProductRef | Unset:
    if d.get("product") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _product = d.get("product", UNSET)
    product: ProductRef | Unset
    if isinstance(_product, Unset):
        product = UNSET
    else:
        product = ProductRef.from_dict(_product)

    return product


def _parse_subscriber(d: dict[str, Any]) -> WebhookContact | Unset:
    if d.get("subscriber") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _subscriber = d.get("subscriber", UNSET)
    subscriber: WebhookContact | Unset
    if isinstance(_subscriber, Unset):
        subscriber = UNSET
    else:
        subscriber = WebhookContact.from_dict(_subscriber)

    return subscriber


_KNOWN_FIELDS = frozenset(
    {
        "subscriber_code",
        "subscription_id",
        "status",
        "product",
        "subscriber",
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
    SubscriptionCancellationEventData,
    "status",
    LazyField("SubscriptionCancellationEventData", "status", "status", _parse_status),
)
setattr(
    SubscriptionCancellationEventData,
    "product",
    LazyField("SubscriptionCancellationEventData", "product", "product", _parse_product),
)
setattr(
    SubscriptionCancellationEventData,
    "subscriber",
    LazyField("SubscriptionCancellationEventData", "subscriber", "subscriber", _parse_subscriber),
)
setattr(
    SubscriptionCancellationEventData,
    "additional_properties",
    LazyField("SubscriptionCancellationEventData", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.product_ref import ProductRef  # noqa: E402
from ..models.webhook_contact import WebhookContact  # noqa: E402
