from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReactivateSubscriptionsRequest")


@_attrs_define
class ReactivateSubscriptionsRequest:
    """Subscriptions to reactivate in one call."""

    subscriber_code: list[str]
    """ Codes of the subscriptions to reactivate. """
    charge: bool | Unset = False
    """ Charge the subscribers right away instead of e-mailing a payment link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        charge = self.charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_code": subscriber_code,
            }
        )
        if charge is not UNSET:
            field_dict["charge"] = charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_code = cast(list[str], d.pop("subscriber_code"))

        charge = d.pop("charge", UNSET)

        reactivate_subscriptions_request = cls(
            subscriber_code=subscriber_code,
            charge=charge,
        )

        reactivate_subscriptions_request.additional_properties = d
        return reactivate_subscriptions_request

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
