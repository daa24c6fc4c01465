from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_plan import WebhookPlan


T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    plan: WebhookPlan | Unset = UNSET
    subscriber_code: str | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        subscriber_code = self.subscriber_code

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan is not UNSET:
            field_dict["plan"] = plan
        if subscriber_code is not UNSET:
            field_dict["subscriber_code"] = subscriber_code
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_plan import WebhookPlan  # noqa: PLC0415

        d = dict(src_dict)
        _plan = d.pop("plan", UNSET)
        plan: WebhookPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = WebhookPlan.from_dict(_plan)

        subscriber_code = d.pop("subscriber_code", UNSET)

        _status = d.pop("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionStatus(_status)

        webhook_subscription = cls(
            plan=plan,
            subscriber_code=subscriber_code,
            status=status,
        )

        webhook_subscription.additional_properties = d
        return webhook_subscription

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
