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
    to_datetime,
    to_millis,
)

T = TypeVar("T", bound="SubscriptionChargeDateChangeEventData")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionChargeDateChangeEventData:
    subscriber_code: str | Unset = UNSET
    old_date_next_charge: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    new_date_next_charge: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        old_date_next_charge: int | Unset = UNSET
        if not isinstance(self.old_date_next_charge, Unset):
            old_date_next_charge = to_millis(self.old_date_next_charge)

        new_date_next_charge: int | Unset = UNSET
        if not isinstance(self.new_date_next_charge, Unset):
            new_date_next_charge = to_millis(self.new_date_next_charge)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_code is not UNSET:
            field_dict["subscriber_code"] = subscriber_code
        if old_date_next_charge is not UNSET:
            field_dict["old_date_next_charge"] = old_date_next_charge
        if new_date_next_charge is not UNSET:
            field_dict["new_date_next_charge"] = new_date_next_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_charge_date_change_event_data = object.__new__(cls)
        subscription_charge_date_change_event_data.__dict__ = {
            "_raw": d,
            "subscriber_code": d.get("subscriber_code", UNSET),
        }
        return subscription_charge_date_change_event_data

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


def _parse_old_date_next_charge(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("old_date_next_charge")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_new_date_next_charge(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("new_date_next_charge")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


_KNOWN_FIELDS = frozenset(
    {
        "subscriber_code",
        "old_date_next_charge",
        "new_date_next_charge",
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
    SubscriptionChargeDateChangeEventData,
    "old_date_next_charge",
    EpochMillisField(
        "SubscriptionChargeDateChangeEventData",
        "old_date_next_charge",
        "old_date_next_charge",
        _parse_old_date_next_charge,
    ),
)
setattr(
    SubscriptionChargeDateChangeEventData,
    "new_date_next_charge",
    EpochMillisField(
        "SubscriptionChargeDateChangeEventData",
        "new_date_next_charge",
        "new_date_next_charge",
        _parse_new_date_next_charge,
    ),
)
setattr(
    SubscriptionChargeDateChangeEventData,
    "additional_properties",
    LazyField("SubscriptionChargeDateChangeEventData", "additional_properties", "", _parse_additional_properties),
)
