from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_type import BillingType
from ..models.recurrency_status import RecurrencyStatus
from ..types import (
    UNSET,
    EpochMillisField,
    LazyField,
    Unset,
    model_repr,
    to_datetime,
    to_enum,
    to_millis,
)

T = TypeVar("T", bound="LastRecurrency")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class LastRecurrency:
    """The last recurrence: the current one for ACTIVE and DELAYED subscriptions, the first for
    STARTED and INACTIVE ones, the final one for cancelled and OVERDUE ones.

    """

    number: int
    status: RecurrencyStatus
    """ Payment status of one subscription recurrence. """
    request_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    transaction_number: int | Unset = UNSET
    billing_type: BillingType | Unset = UNSET
    """ How a subscription code is billed; exactly one per subscription. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        status = to_enum(RecurrencyStatus, self.status, "status").value

        request_date: int | Unset = UNSET
        if not isinstance(self.request_date, Unset):
            request_date = to_millis(self.request_date)

        transaction_number = self.transaction_number

        billing_type: str | Unset = UNSET
        if not isinstance(self.billing_type, Unset):
            billing_type = to_enum(BillingType, self.billing_type, "billing_type").value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "status": status,
            }
        )
        if request_date is not UNSET:
            field_dict["request_date"] = request_date
        if transaction_number is not UNSET:
            field_dict["transaction_number"] = transaction_number
        if billing_type is not UNSET:
            field_dict["billing_type"] = billing_type

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        last_recurrency = object.__new__(cls)
        last_recurrency.__dict__ = fields = {
            "_raw": d,
            "transaction_number": d.get("transaction_number", UNSET),
        }
        if "number" in d:  # else reading it raises ResponseParseError
            fields["number"] = d["number"]
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


def _parse_number(d: dict[str, Any]) -> Any:
    return d["number"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_status(d: dict[str, Any]) -> RecurrencyStatus:
    status = RecurrencyStatus(d["status"])

    return status


def _parse_request_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("request_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_billing_type(d: dict[str, Any]) -> BillingType | Unset:
    if d.get("billing_type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _billing_type = d.get("billing_type", UNSET)
    billing_type: BillingType | Unset
    if isinstance(_billing_type, Unset):
        billing_type = UNSET
    else:
        billing_type = BillingType(_billing_type)

    return billing_type


_KNOWN_FIELDS = frozenset(
    {
        "number",
        "status",
        "request_date",
        "transaction_number",
        "billing_type",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(LastRecurrency, "number", LazyField("LastRecurrency", "number", "number", _parse_number))
setattr(LastRecurrency, "status", LazyField("LastRecurrency", "status", "status", _parse_status))
setattr(
    LastRecurrency,
    "request_date",
    EpochMillisField("LastRecurrency", "request_date", "request_date", _parse_request_date),
)
setattr(
    LastRecurrency, "billing_type", LazyField("LastRecurrency", "billing_type", "billing_type", _parse_billing_type)
)
setattr(
    LastRecurrency,
    "additional_properties",
    LazyField("LastRecurrency", "additional_properties", "", _parse_additional_properties),
)
