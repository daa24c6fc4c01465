from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.installment_type import InstallmentType
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="SubscriptionTransactionInstallment")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionTransactionInstallment:
    installment_type: InstallmentType | Unset = UNSET
    """ How a purchase is split: `CONVENTIONAL_INSTALLMENT` (card installments), `SMART_INSTALLMENT`,
    `SMART_RECOVERY` or `ONE_TIME_PAYMENT`; Hotmart's example shows `MONTHLY`.
     """
    installment_number: int | Unset = UNSET
    """ Installments per recurrence (when the period is longer than a month). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installment_type: str | Unset = UNSET
        if not isinstance(self.installment_type, Unset):
            installment_type = to_enum(InstallmentType, self.installment_type, "installment_type").value

        installment_number = self.installment_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if installment_type is not UNSET:
            field_dict["installment_type"] = installment_type
        if installment_number is not UNSET:
            field_dict["installment_number"] = installment_number

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_transaction_installment = object.__new__(cls)
        subscription_transaction_installment.__dict__ = {
            "_raw": d,
            "installment_number": d.get("installment_number", UNSET),
        }
        return subscription_transaction_installment

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


def _parse_installment_type(d: dict[str, Any]) -> InstallmentType | Unset:
    if d.get("installment_type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _installment_type = d.get("installment_type", UNSET)
    installment_type: InstallmentType | Unset
    if isinstance(_installment_type, Unset):
        installment_type = UNSET
    else:
        installment_type = InstallmentType(_installment_type)

    return installment_type


_KNOWN_FIELDS = frozenset(
    {
        "installment_type",
        "installment_number",
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
    SubscriptionTransactionInstallment,
    "installment_type",
    LazyField("SubscriptionTransactionInstallment", "installment_type", "installment_type", _parse_installment_type),
)
setattr(
    SubscriptionTransactionInstallment,
    "additional_properties",
    LazyField("SubscriptionTransactionInstallment", "additional_properties", "", _parse_additional_properties),
)
