from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_ref import ProductRef
    from ..models.webhook_plan import WebhookPlan


T = TypeVar("T", bound="SwitchPlanEventData")


@_attrs_define
class SwitchPlanEventData:
    subscriber_code: str | Unset = UNSET
    old_plan: WebhookPlan | Unset = UNSET
    new_plan: WebhookPlan | Unset = UNSET
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        old_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.old_plan, Unset):
            old_plan = self.old_plan.to_dict()

        new_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_plan, Unset):
            new_plan = self.new_plan.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_code is not UNSET:
            field_dict["subscriber_code"] = subscriber_code
        if old_plan is not UNSET:
            field_dict["old_plan"] = old_plan
        if new_plan is not UNSET:
            field_dict["new_plan"] = new_plan
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_ref import ProductRef  # noqa: PLC0415
        from ..models.webhook_plan import WebhookPlan  # noqa: PLC0415

        d = dict(src_dict)
        subscriber_code = d.pop("subscriber_code", UNSET)

        _old_plan = d.pop("old_plan", UNSET)
        old_plan: WebhookPlan | Unset
        if isinstance(_old_plan, Unset):
            old_plan = UNSET
        else:
            old_plan = WebhookPlan.from_dict(_old_plan)

        _new_plan = d.pop("new_plan", UNSET)
        new_plan: WebhookPlan | Unset
        if isinstance(_new_plan, Unset):
            new_plan = UNSET
        else:
            new_plan = WebhookPlan.from_dict(_new_plan)

        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        switch_plan_event_data = cls(
            subscriber_code=subscriber_code,
            old_plan=old_plan,
            new_plan=new_plan,
            product=product,
        )

        switch_plan_event_data.additional_properties = d
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
