from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_type import BillingType
from ..models.recurrency_status import RecurrencyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LastRecurrency")


@_attrs_define
class LastRecurrency:
    number: int | Unset = UNSET
    request_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    status: RecurrencyStatus | Unset = UNSET
    """ Payment status of one subscription recurrence. """
    transaction_number: int | Unset = UNSET
    billing_type: BillingType | Unset = UNSET
    """ How a subscription code is billed; exactly one per subscription. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        request_date = self.request_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        transaction_number = self.transaction_number

        billing_type: str | Unset = UNSET
        if not isinstance(self.billing_type, Unset):
            billing_type = self.billing_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if request_date is not UNSET:
            field_dict["request_date"] = request_date
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_number is not UNSET:
            field_dict["transaction_number"] = transaction_number
        if billing_type is not UNSET:
            field_dict["billing_type"] = billing_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        request_date = d.pop("request_date", UNSET)

        _status = d.pop("status", UNSET)
        status: RecurrencyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RecurrencyStatus(_status)

        transaction_number = d.pop("transaction_number", UNSET)

        _billing_type = d.pop("billing_type", UNSET)
        billing_type: BillingType | Unset
        if isinstance(_billing_type, Unset):
            billing_type = UNSET
        else:
            billing_type = BillingType(_billing_type)

        last_recurrency = cls(
            number=number,
            request_date=request_date,
            status=status,
            transaction_number=transaction_number,
            billing_type=billing_type,
        )

        last_recurrency.additional_properties = d
        return last_recurrency

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
