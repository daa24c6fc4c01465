from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_payment_mode import PlanPaymentMode
from ..models.plan_periodicity import PlanPeriodicity
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="ProductPlan")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ProductPlan:
    code: str
    name: str
    price: Money
    """ An amount in a currency. """
    payment_mode: PlanPaymentMode
    """ Payment mode of a subscription plan. The plans endpoint answers in Portuguese
    (`ASSINATURA` subscription, `PAGAMENTO_UNICO` single payment, `MULTIPLOS_PAGAMENTOS`
    multiple payments, `PAGAMENTO_VISTA` paid in full), unlike the offers' `OfferPaymentMode`.
     """
    periodicity: PlanPeriodicity
    """ How often a subscription plan charges. `BIANNUAL` is every six months (Hotmart's example
    names such a plan "Semestral"); `SINGLE_INSTALLMENT` is a single charge.
     """
    description: str | Unset = UNSET
    max_installments: int | Unset = UNSET
    trial_period: int | Unset = UNSET
    """ Trial length in days; absent when the plan has no trial. """
    is_subscription_recovery_enabled: bool | Unset = UNSET
    is_switch_plan_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        price = self.price.to_dict()

        payment_mode = to_enum(PlanPaymentMode, self.payment_mode, "payment_mode").value

        periodicity = to_enum(PlanPeriodicity, self.periodicity, "periodicity").value

        description = self.description

        max_installments = self.max_installments

        trial_period = self.trial_period

        is_subscription_recovery_enabled = self.is_subscription_recovery_enabled

        is_switch_plan_enabled = self.is_switch_plan_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "price": price,
                "payment_mode": payment_mode,
                "periodicity": periodicity,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if max_installments is not UNSET:
            field_dict["max_installments"] = max_installments
        if trial_period is not UNSET:
            field_dict["trial_period"] = trial_period
        if is_subscription_recovery_enabled is not UNSET:
            field_dict["is_subscription_recovery_enabled"] = is_subscription_recovery_enabled
        if is_switch_plan_enabled is not UNSET:
            field_dict["is_switch_plan_enabled"] = is_switch_plan_enabled

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        product_plan = object.__new__(cls)
        product_plan.__dict__ = fields = {
            "_raw": d,
            "description": d.get("description", UNSET),
            "max_installments": d.get("max_installments", UNSET),
            "trial_period": d.get("trial_period", UNSET),
            "is_subscription_recovery_enabled": d.get("is_subscription_recovery_enabled", UNSET),
            "is_switch_plan_enabled": d.get("is_switch_plan_enabled", UNSET),
        }
        if "code" in d:  # else reading it raises ResponseParseError
            fields["code"] = d["code"]
        if "name" in d:  # else reading it raises ResponseParseError
            fields["name"] = d["name"]
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


def _parse_code(d: dict[str, Any]) -> Any:
    return d["code"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_name(d: dict[str, Any]) -> Any:
    return d["name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_price(d: dict[str, Any]) -> Money:
    price = Money.from_dict(d["price"])

    return price


def _parse_payment_mode(d: dict[str, Any]) -> PlanPaymentMode:
    payment_mode = PlanPaymentMode(d["payment_mode"])

    return payment_mode


def _parse_periodicity(d: dict[str, Any]) -> PlanPeriodicity:
    periodicity = PlanPeriodicity(d["periodicity"])

    return periodicity


_KNOWN_FIELDS = frozenset(
    {
        "code",
        "name",
        "price",
        "payment_mode",
        "periodicity",
        "description",
        "max_installments",
        "trial_period",
        "is_subscription_recovery_enabled",
        "is_switch_plan_enabled",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(ProductPlan, "code", LazyField("ProductPlan", "code", "code", _parse_code))
setattr(ProductPlan, "name", LazyField("ProductPlan", "name", "name", _parse_name))
setattr(ProductPlan, "price", LazyField("ProductPlan", "price", "price", _parse_price))
setattr(ProductPlan, "payment_mode", LazyField("ProductPlan", "payment_mode", "payment_mode", _parse_payment_mode))
setattr(ProductPlan, "periodicity", LazyField("ProductPlan", "periodicity", "periodicity", _parse_periodicity))
setattr(
    ProductPlan,
    "additional_properties",
    LazyField("ProductPlan", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.money import Money  # noqa: E402
