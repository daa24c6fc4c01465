from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    EpochMillisField,
    LazyField,
    Unset,
    model_repr,
    to_datetime,
    to_millis,
)

T = TypeVar("T", bound="SwitchPlanEventData")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SwitchPlanEventData:
    """The `data` of SWITCH_PLAN."""

    subscription: WebhookSwitchedSubscription
    plans: list[WebhookSwitchedPlan]
    """ The new plan (`current` true) and the previous one. """
    switch_plan_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription = self.subscription.to_dict()

        plans = []
        for plans_item_data in self.plans:
            plans_item = plans_item_data.to_dict()
            plans.append(plans_item)

        switch_plan_date: int | Unset = UNSET
        if not isinstance(self.switch_plan_date, Unset):
            switch_plan_date = to_millis(self.switch_plan_date)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription": subscription,
                "plans": plans,
            }
        )
        if switch_plan_date is not UNSET:
            field_dict["switch_plan_date"] = switch_plan_date

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        switch_plan_event_data = object.__new__(cls)
        switch_plan_event_data.__dict__ = {
            "_raw": d,
        }
        return switch_plan_event_data

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


def _parse_subscription(d: dict[str, Any]) -> WebhookSwitchedSubscription:
    subscription = WebhookSwitchedSubscription.from_dict(d["subscription"])

    return subscription


def _parse_plans(d: dict[str, Any]) -> list[WebhookSwitchedPlan]:
    plans = []
    _plans = d["plans"]
    for plans_item_data in _plans:
        plans_item = WebhookSwitchedPlan.from_dict(plans_item_data)

        plans.append(plans_item)

    return plans


def _parse_switch_plan_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("switch_plan_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


_KNOWN_FIELDS = frozenset(
    {
        "subscription",
        "plans",
        "switch_plan_date",
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
    SwitchPlanEventData,
    "subscription",
    LazyField("SwitchPlanEventData", "subscription", "subscription", _parse_subscription),
)
setattr(SwitchPlanEventData, "plans", LazyField("SwitchPlanEventData", "plans", "plans", _parse_plans))
setattr(
    SwitchPlanEventData,
    "switch_plan_date",
    EpochMillisField("SwitchPlanEventData", "switch_plan_date", "switch_plan_date", _parse_switch_plan_date),
)
setattr(
    SwitchPlanEventData,
    "additional_properties",
    LazyField("SwitchPlanEventData", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_switched_plan import WebhookSwitchedPlan  # noqa: E402
from ..models.webhook_switched_subscription import WebhookSwitchedSubscription  # noqa: E402
