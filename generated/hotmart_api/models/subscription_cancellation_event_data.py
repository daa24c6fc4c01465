from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecimalField,
    EpochMillisField,
    LazyField,
    Unset,
    decimal_to_json,
    model_repr,
    to_datetime,
    to_decimal,
    to_millis,
)

T = TypeVar("T", bound="SubscriptionCancellationEventData")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionCancellationEventData:
    """The `data` of SUBSCRIPTION_CANCELLATION."""

    subscriber: WebhookSubscriber
    product: WebhookProductRef
    """ A product named by id and name. """
    cancellation_date: datetime.datetime
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    subscription: WebhookCancelledSubscription | Unset = UNSET
    date_next_charge: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    actual_recurrence_value: Decimal | Unset = UNSET
    """ Amount paid for the last recurrence processed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber = self.subscriber.to_dict()

        product = self.product.to_dict()

        cancellation_date = to_millis(self.cancellation_date)

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        date_next_charge: int | Unset = UNSET
        if not isinstance(self.date_next_charge, Unset):
            date_next_charge = to_millis(self.date_next_charge)

        actual_recurrence_value: int | float | Unset = UNSET
        if not isinstance(self.actual_recurrence_value, Unset):
            actual_recurrence_value = decimal_to_json(self.actual_recurrence_value)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber": subscriber,
                "product": product,
                "cancellation_date": cancellation_date,
            }
        )
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if date_next_charge is not UNSET:
            field_dict["date_next_charge"] = date_next_charge
        if actual_recurrence_value is not UNSET:
            field_dict["actual_recurrence_value"] = actual_recurrence_value

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_cancellation_event_data = object.__new__(cls)
        subscription_cancellation_event_data.__dict__ = {
            "_raw": d,
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


def _parse_subscriber(d: dict[str, Any]) -> WebhookSubscriber:
    subscriber = WebhookSubscriber.from_dict(d["subscriber"])

    return subscriber


def _parse_product(d: dict[str, Any]) -> WebhookProductRef:
    product = WebhookProductRef.from_dict(d["product"])

    return product


def _parse_cancellation_date(d: dict[str, Any]) -> datetime.datetime:
    return to_datetime(d["cancellation_date"])


def _parse_subscription(d: dict[str, Any]) -> WebhookCancelledSubscription | Unset:
    if d.get("subscription") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _subscription = d.get("subscription", UNSET)
    subscription: WebhookCancelledSubscription | Unset
    if isinstance(_subscription, Unset):
        subscription = UNSET
    else:
        subscription = WebhookCancelledSubscription.from_dict(_subscription)

    return subscription


def _parse_date_next_charge(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("date_next_charge")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_actual_recurrence_value(d: dict[str, Any]) -> Decimal | Unset:
    value = d.get("actual_recurrence_value")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_decimal(value)


_KNOWN_FIELDS = frozenset(
    {
        "subscriber",
        "product",
        "cancellation_date",
        "subscription",
        "date_next_charge",
        "actual_recurrence_value",
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
    "subscriber",
    LazyField("SubscriptionCancellationEventData", "subscriber", "subscriber", _parse_subscriber),
)
setattr(
    SubscriptionCancellationEventData,
    "product",
    LazyField("SubscriptionCancellationEventData", "product", "product", _parse_product),
)
setattr(
    SubscriptionCancellationEventData,
    "cancellation_date",
    EpochMillisField(
        "SubscriptionCancellationEventData", "cancellation_date", "cancellation_date", _parse_cancellation_date
    ),
)
setattr(
    SubscriptionCancellationEventData,
    "subscription",
    LazyField("SubscriptionCancellationEventData", "subscription", "subscription", _parse_subscription),
)
setattr(
    SubscriptionCancellationEventData,
    "date_next_charge",
    EpochMillisField(
        "SubscriptionCancellationEventData", "date_next_charge", "date_next_charge", _parse_date_next_charge
    ),
)
setattr(
    SubscriptionCancellationEventData,
    "actual_recurrence_value",
    DecimalField(
        "SubscriptionCancellationEventData",
        "actual_recurrence_value",
        "actual_recurrence_value",
        _parse_actual_recurrence_value,
    ),
)
setattr(
    SubscriptionCancellationEventData,
    "additional_properties",
    LazyField("SubscriptionCancellationEventData", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_cancelled_subscription import WebhookCancelledSubscription  # noqa: E402
from ..models.webhook_product_ref import WebhookProductRef  # noqa: E402
from ..models.webhook_subscriber import WebhookSubscriber  # noqa: E402
