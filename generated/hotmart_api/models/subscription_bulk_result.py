from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyField,
    model_repr,
)

T = TypeVar("T", bound="SubscriptionBulkResult")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionBulkResult:
    """Outcome of a bulk cancel or reactivate call."""

    success_subscriptions: list[SubscriptionResult]
    fail_subscriptions: list[SubscriptionResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_subscriptions = []
        for success_subscriptions_item_data in self.success_subscriptions:
            success_subscriptions_item = success_subscriptions_item_data.to_dict()
            success_subscriptions.append(success_subscriptions_item)

        fail_subscriptions = []
        for fail_subscriptions_item_data in self.fail_subscriptions:
            fail_subscriptions_item = fail_subscriptions_item_data.to_dict()
            fail_subscriptions.append(fail_subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success_subscriptions": success_subscriptions,
                "fail_subscriptions": fail_subscriptions,
            }
        )

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_bulk_result = object.__new__(cls)
        subscription_bulk_result.__dict__ = {
            "_raw": d,
        }
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


def _parse_success_subscriptions(d: dict[str, Any]) -> list[SubscriptionResult]:
    success_subscriptions = []
    _success_subscriptions = d["success_subscriptions"]
    for success_subscriptions_item_data in _success_subscriptions:
        success_subscriptions_item = SubscriptionResult.from_dict(success_subscriptions_item_data)

        success_subscriptions.append(success_subscriptions_item)

    return success_subscriptions


def _parse_fail_subscriptions(d: dict[str, Any]) -> list[SubscriptionResult]:
    fail_subscriptions = []
    _fail_subscriptions = d["fail_subscriptions"]
    for fail_subscriptions_item_data in _fail_subscriptions:
        fail_subscriptions_item = SubscriptionResult.from_dict(fail_subscriptions_item_data)

        fail_subscriptions.append(fail_subscriptions_item)

    return fail_subscriptions


_KNOWN_FIELDS = frozenset(
    {
        "success_subscriptions",
        "fail_subscriptions",
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
    SubscriptionBulkResult,
    "success_subscriptions",
    LazyField("SubscriptionBulkResult", "success_subscriptions", "success_subscriptions", _parse_success_subscriptions),
)
setattr(
    SubscriptionBulkResult,
    "fail_subscriptions",
    LazyField("SubscriptionBulkResult", "fail_subscriptions", "fail_subscriptions", _parse_fail_subscriptions),
)
setattr(
    SubscriptionBulkResult,
    "additional_properties",
    LazyField("SubscriptionBulkResult", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.subscription_result import SubscriptionResult  # noqa: E402
