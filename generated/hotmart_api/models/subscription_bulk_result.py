from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_result import SubscriptionResult


T = TypeVar("T", bound="SubscriptionBulkResult")


@_attrs_define
class SubscriptionBulkResult:
    """Outcome of a bulk cancel or reactivate call."""

    success_subscriptions: list[SubscriptionResult] | Unset = UNSET
    fail_subscriptions: list[SubscriptionResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.success_subscriptions, Unset):
            success_subscriptions = []
            for success_subscriptions_item_data in self.success_subscriptions:
                success_subscriptions_item = success_subscriptions_item_data.to_dict()
                success_subscriptions.append(success_subscriptions_item)

        fail_subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fail_subscriptions, Unset):
            fail_subscriptions = []
            for fail_subscriptions_item_data in self.fail_subscriptions:
                fail_subscriptions_item = fail_subscriptions_item_data.to_dict()
                fail_subscriptions.append(fail_subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success_subscriptions is not UNSET:
            field_dict["success_subscriptions"] = success_subscriptions
        if fail_subscriptions is not UNSET:
            field_dict["fail_subscriptions"] = fail_subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_result import SubscriptionResult  # noqa: PLC0415

        d = dict(src_dict)
        _success_subscriptions = d.pop("success_subscriptions", UNSET)
        success_subscriptions: list[SubscriptionResult] | Unset = UNSET
        if _success_subscriptions is not UNSET:
            success_subscriptions = []
            for success_subscriptions_item_data in _success_subscriptions:
                success_subscriptions_item = SubscriptionResult.from_dict(success_subscriptions_item_data)

                success_subscriptions.append(success_subscriptions_item)

        _fail_subscriptions = d.pop("fail_subscriptions", UNSET)
        fail_subscriptions: list[SubscriptionResult] | Unset = UNSET
        if _fail_subscriptions is not UNSET:
            fail_subscriptions = []
            for fail_subscriptions_item_data in _fail_subscriptions:
                fail_subscriptions_item = SubscriptionResult.from_dict(fail_subscriptions_item_data)

                fail_subscriptions.append(fail_subscriptions_item)

        subscription_bulk_result = cls(
            success_subscriptions=success_subscriptions,
            fail_subscriptions=fail_subscriptions,
        )

        subscription_bulk_result.additional_properties = d
        return subscription_bulk_result

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
