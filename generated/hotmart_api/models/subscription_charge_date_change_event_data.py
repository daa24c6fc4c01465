from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionChargeDateChangeEventData")


@_attrs_define
class SubscriptionChargeDateChangeEventData:
    subscriber_code: str | Unset = UNSET
    old_date_next_charge: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    new_date_next_charge: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        old_date_next_charge = self.old_date_next_charge

        new_date_next_charge = self.new_date_next_charge

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
        d = dict(src_dict)
        subscriber_code = d.pop("subscriber_code", UNSET)

        old_date_next_charge = d.pop("old_date_next_charge", UNSET)

        new_date_next_charge = d.pop("new_date_next_charge", UNSET)

        subscription_charge_date_change_event_data = cls(
            subscriber_code=subscriber_code,
            old_date_next_charge=old_date_next_charge,
            new_date_next_charge=new_date_next_charge,
        )

        subscription_charge_date_change_event_data.additional_properties = d
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
