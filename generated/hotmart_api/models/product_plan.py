from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_periodicity import PlanPeriodicity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="ProductPlan")


@_attrs_define
class ProductPlan:
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    price: Money | Unset = UNSET
    """ An amount in a currency. """
    payment_mode: str | Unset = UNSET
    """ e.g. SUBSCRIPTION. """
    periodicity: PlanPeriodicity | Unset = UNSET
    """ How often a subscription plan charges. Other values (e.g. weekly) may exist. """
    max_installments: int | Unset = UNSET
    trial_period: int | Unset = UNSET
    """ Trial length in days, when the plan has one. """
    is_subscription_recovery_enabled: bool | Unset = UNSET
    is_switch_plan_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        description = self.description

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        payment_mode = self.payment_mode

        periodicity: str | Unset = UNSET
        if not isinstance(self.periodicity, Unset):
            periodicity = self.periodicity.value

        max_installments = self.max_installments

        trial_period = self.trial_period

        is_subscription_recovery_enabled = self.is_subscription_recovery_enabled

        is_switch_plan_enabled = self.is_switch_plan_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if payment_mode is not UNSET:
            field_dict["payment_mode"] = payment_mode
        if periodicity is not UNSET:
            field_dict["periodicity"] = periodicity
        if max_installments is not UNSET:
            field_dict["max_installments"] = max_installments
        if trial_period is not UNSET:
            field_dict["trial_period"] = trial_period
        if is_subscription_recovery_enabled is not UNSET:
            field_dict["is_subscription_recovery_enabled"] = is_subscription_recovery_enabled
        if is_switch_plan_enabled is not UNSET:
            field_dict["is_switch_plan_enabled"] = is_switch_plan_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _price = d.pop("price", UNSET)
        price: Money | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Money.from_dict(_price)

        payment_mode = d.pop("payment_mode", UNSET)

        _periodicity = d.pop("periodicity", UNSET)
        periodicity: PlanPeriodicity | Unset
        if isinstance(_periodicity, Unset):
            periodicity = UNSET
        else:
            periodicity = PlanPeriodicity(_periodicity)

        max_installments = d.pop("max_installments", UNSET)

        trial_period = d.pop("trial_period", UNSET)

        is_subscription_recovery_enabled = d.pop("is_subscription_recovery_enabled", UNSET)

        is_switch_plan_enabled = d.pop("is_switch_plan_enabled", UNSET)

        product_plan = cls(
            code=code,
            name=name,
            description=description,
            price=price,
            payment_mode=payment_mode,
            periodicity=periodicity,
            max_installments=max_installments,
            trial_period=trial_period,
            is_subscription_recovery_enabled=is_subscription_recovery_enabled,
            is_switch_plan_enabled=is_switch_plan_enabled,
        )

        product_plan.additional_properties = d
        return product_plan

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
