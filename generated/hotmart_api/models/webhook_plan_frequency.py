from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_periodicity import PlanPeriodicity
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPlanFrequency")


@_attrs_define
class WebhookPlanFrequency:
    periodicity: PlanPeriodicity | Unset = UNSET
    """ How often a subscription plan charges. Other values (e.g. weekly) may exist. """
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        periodicity: str | Unset = UNSET
        if not isinstance(self.periodicity, Unset):
            periodicity = self.periodicity.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if periodicity is not UNSET:
            field_dict["periodicity"] = periodicity
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _periodicity = d.pop("periodicity", UNSET)
        periodicity: PlanPeriodicity | Unset
        if isinstance(_periodicity, Unset):
            periodicity = UNSET
        else:
            periodicity = PlanPeriodicity(_periodicity)

        value = d.pop("value", UNSET)

        webhook_plan_frequency = cls(
            periodicity=periodicity,
            value=value,
        )

        webhook_plan_frequency.additional_properties = d
        return webhook_plan_frequency

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
