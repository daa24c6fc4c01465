from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPurchasePayment")


@_attrs_define
class WebhookPurchasePayment:
    method: str | Unset = UNSET
    installments_number: int | Unset = UNSET
    installment_value: float | Unset = UNSET
    type_: PaymentType | Unset = UNSET
    """ How a purchase was paid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        installments_number = self.installments_number

        installment_value = self.installment_value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if installments_number is not UNSET:
            field_dict["installments_number"] = installments_number
        if installment_value is not UNSET:
            field_dict["installment_value"] = installment_value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = d.pop("method", UNSET)

        installments_number = d.pop("installments_number", UNSET)

        installment_value = d.pop("installment_value", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PaymentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PaymentType(_type_)

        webhook_purchase_payment = cls(
            method=method,
            installments_number=installments_number,
            installment_value=installment_value,
            type_=type_,
        )

        webhook_purchase_payment.additional_properties = d
        return webhook_purchase_payment

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
