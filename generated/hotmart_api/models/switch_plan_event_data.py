from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyField,
    Unset,
)

T = TypeVar("T", bound="SwitchPlanEventData")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
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
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        switch_plan_event_data = object.__new__(cls)
        switch_plan_event_data.__dict__ = {
            "_raw": d,
            "subscriber_code": d.get("subscriber_code", UNSET),
        }
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


def _parse_old_plan(d: dict[str, Any]) -> WebhookPlan | Unset:
    if d.get("old_plan") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _old_plan = d.get("old_plan", UNSET)
    old_plan: WebhookPlan | Unset
    if isinstance(_old_plan, Unset):
        old_plan = UNSET
    else:
        old_plan = WebhookPlan.from_dict(_old_plan)

    return old_plan


def _parse_new_plan(d: dict[str, Any]) -> WebhookPlan | Unset:
    if d.get("new_plan") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _new_plan = d.get("new_plan", UNSET)
    new_plan: WebhookPlan | Unset
    if isinstance(_new_plan, Unset):
        new_plan = UNSET
    else:
        new_plan = WebhookPlan.from_dict(_new_plan)

    return new_plan


def _parse_product(d: dict[str, Any]) -> ProductRef | Unset:
    if d.get("product") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _product = d.get("product", UNSET)
    product: ProductRef | Unset
    if isinstance(_product, Unset):
        product = UNSET
    else:
        product = ProductRef.from_dict(_product)

    return product


_KNOWN_FIELDS = frozenset(
    {
        "subscriber_code",
        "old_plan",
        "new_plan",
        "product",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(SwitchPlanEventData, "old_plan", LazyField("SwitchPlanEventData", "old_plan", "old_plan", _parse_old_plan))
setattr(SwitchPlanEventData, "new_plan", LazyField("SwitchPlanEventData", "new_plan", "new_plan", _parse_new_plan))
setattr(SwitchPlanEventData, "product", LazyField("SwitchPlanEventData", "product", "product", _parse_product))
setattr(
    SwitchPlanEventData,
    "additional_properties",
    LazyField("SwitchPlanEventData", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.product_ref import ProductRef  # noqa: E402
from ..models.webhook_plan import WebhookPlan  # noqa: E402
