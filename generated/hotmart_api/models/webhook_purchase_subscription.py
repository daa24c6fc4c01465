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
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="WebhookPurchaseSubscription")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookPurchaseSubscription:
    """The subscription of a subscription sale; absent for other sales."""

    subscriber: WebhookSubscriberRef
    status: SubscriptionStatus | Unset = UNSET
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    plan: WebhookPlan | Unset = UNSET
    """ A subscription plan. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber = self.subscriber.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = to_enum(SubscriptionStatus, self.status, "status").value

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber": subscriber,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_purchase_subscription = object.__new__(cls)
        webhook_purchase_subscription.__dict__ = {
            "_raw": d,
        }
        return webhook_purchase_subscription

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


def _parse_subscriber(d: dict[str, Any]) -> WebhookSubscriberRef:
    subscriber = WebhookSubscriberRef.from_dict(d["subscriber"])

    return subscriber


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


def _parse_plan(d: dict[str, Any]) -> WebhookPlan | Unset:
    if d.get("plan") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _plan = d.get("plan", UNSET)
    plan: WebhookPlan | Unset
    if isinstance(_plan, Unset):
        plan = UNSET
    else:
        plan = WebhookPlan.from_dict(_plan)

    return plan


_KNOWN_FIELDS = frozenset(
    {
        "subscriber",
        "status",
        "plan",
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
    WebhookPurchaseSubscription,
    "subscriber",
    LazyField("WebhookPurchaseSubscription", "subscriber", "subscriber", _parse_subscriber),
)
setattr(
    WebhookPurchaseSubscription, "status", LazyField("WebhookPurchaseSubscription", "status", "status", _parse_status)
)
setattr(WebhookPurchaseSubscription, "plan", LazyField("WebhookPurchaseSubscription", "plan", "plan", _parse_plan))
setattr(
    WebhookPurchaseSubscription,
    "additional_properties",
    LazyField("WebhookPurchaseSubscription", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_plan import WebhookPlan  # noqa: E402
from ..models.webhook_subscriber_ref import WebhookSubscriberRef  # noqa: E402
