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

T = TypeVar("T", bound="SubscriptionPlan")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionPlan:
    """The plan of a subscription (in summaries: the plan of the last recurrence, which may
    differ from the plan subscribed to).

    """

    name: str
    id: int | Unset = UNSET
    recurrency_period: int | Unset = UNSET
    """ Days between charges: 7 weekly, 30 monthly, 60 bimonthly, 90 quarterly, 180 every six
    months, 360 yearly.
     """
    max_charge_cycles: int | Unset = UNSET
    """ Maximum number of charges; absent when charges go on until the subscriber cancels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        recurrency_period = self.recurrency_period

        max_charge_cycles = self.max_charge_cycles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if recurrency_period is not UNSET:
            field_dict["recurrency_period"] = recurrency_period
        if max_charge_cycles is not UNSET:
            field_dict["max_charge_cycles"] = max_charge_cycles

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_plan = object.__new__(cls)
        subscription_plan.__dict__ = fields = {
            "_raw": d,
            "id": d.get("id", UNSET),
            "recurrency_period": d.get("recurrency_period", UNSET),
            "max_charge_cycles": d.get("max_charge_cycles", UNSET),
        }
        if "name" in d:  # else reading it raises ResponseParseError
            fields["name"] = d["name"]
        return subscription_plan

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


def _parse_name(d: dict[str, Any]) -> Any:
    return d["name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


_KNOWN_FIELDS = frozenset(
    {
        "name",
        "id",
        "recurrency_period",
        "max_charge_cycles",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(SubscriptionPlan, "name", LazyField("SubscriptionPlan", "name", "name", _parse_name))
setattr(
    SubscriptionPlan,
    "additional_properties",
    LazyField("SubscriptionPlan", "additional_properties", "", _parse_additional_properties),
)
