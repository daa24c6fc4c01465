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

T = TypeVar("T", bound="SubscriptionTransactionTrial")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionTransactionTrial:
    trial: bool | Unset = UNSET
    """ Whether the subscription had a trial period. """
    trial_period: int | Unset = UNSET
    """ Trial length in days. """
    trial_end: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial = self.trial

        trial_period = self.trial_period

        trial_end: int | Unset = UNSET
        if not isinstance(self.trial_end, Unset):
            trial_end = to_millis(self.trial_end)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trial is not UNSET:
            field_dict["trial"] = trial
        if trial_period is not UNSET:
            field_dict["trial_period"] = trial_period
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_transaction_trial = object.__new__(cls)
        subscription_transaction_trial.__dict__ = {
            "_raw": d,
            "trial": d.get("trial", UNSET),
            "trial_period": d.get("trial_period", UNSET),
        }
        return subscription_transaction_trial

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


def _parse_trial_end(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("trial_end")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


_KNOWN_FIELDS = frozenset(
    {
        "trial",
        "trial_period",
        "trial_end",
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
    SubscriptionTransactionTrial,
    "trial_end",
    EpochMillisField("SubscriptionTransactionTrial", "trial_end", "trial_end", _parse_trial_end),
)
setattr(
    SubscriptionTransactionTrial,
    "additional_properties",
    LazyField("SubscriptionTransactionTrial", "additional_properties", "", _parse_additional_properties),
)
