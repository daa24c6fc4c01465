from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurrency_status import RecurrencyStatus
from ..models.recurrency_transaction_type import RecurrencyTransactionType
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

T = TypeVar("T", bound="SubscriptionTransactionRecurrency")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionTransactionRecurrency:
    status: RecurrencyStatus | Unset = UNSET
    """ Payment status of one subscription recurrence. """
    number: int | Unset = UNSET
    """ Sequential number of the recurrence. """
    start_datetime: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    payment_delay_days: int | Unset = UNSET
    """ Days without payment since the last transaction order. """
    payment_delays_days: int | Unset = UNSET
    """ The same count, under the name Hotmart's example answer uses. """
    transaction_type: RecurrencyTransactionType | Unset = UNSET
    """ How a recurrence's transaction came about: `AUTOMATIC` (the scheduled charge),
    `ANTICIPATION` or `NEGOTIATION`; Hotmart's example shows `RECURRING`.
     """
    number_list: str | Unset = UNSET
    """ Comma-separated numbers of the anticipated or negotiated recurrences. """
    transaction_sequence: int | Unset = UNSET
    """ Position of the transaction among those of the same recurrence (from 1). """
    is_current_purchase: bool | Unset = UNSET
    """ Whether this is the recurrence's current purchase (the paid one, else the latest). """
    has_retry: bool | Unset = UNSET
    """ Whether automatic retries happened (up to 4 after a refused card, Apple Pay, Google Pay or PayPal charge).
    """
    scheduled_retry: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = to_enum(RecurrencyStatus, self.status, "status").value

        number = self.number

        start_datetime: int | Unset = UNSET
        if not isinstance(self.start_datetime, Unset):
            start_datetime = to_millis(self.start_datetime)

        payment_delay_days = self.payment_delay_days

        payment_delays_days = self.payment_delays_days

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = to_enum(RecurrencyTransactionType, self.transaction_type, "transaction_type").value

        number_list = self.number_list

        transaction_sequence = self.transaction_sequence

        is_current_purchase = self.is_current_purchase

        has_retry = self.has_retry

        scheduled_retry: int | Unset = UNSET
        if not isinstance(self.scheduled_retry, Unset):
            scheduled_retry = to_millis(self.scheduled_retry)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if number is not UNSET:
            field_dict["number"] = number
        if start_datetime is not UNSET:
            field_dict["start_datetime"] = start_datetime
        if payment_delay_days is not UNSET:
            field_dict["payment_delay_days"] = payment_delay_days
        if payment_delays_days is not UNSET:
            field_dict["payment_delays_days"] = payment_delays_days
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if number_list is not UNSET:
            field_dict["number_list"] = number_list
        if transaction_sequence is not UNSET:
            field_dict["transaction_sequence"] = transaction_sequence
        if is_current_purchase is not UNSET:
            field_dict["is_current_purchase"] = is_current_purchase
        if has_retry is not UNSET:
            field_dict["has_retry"] = has_retry
        if scheduled_retry is not UNSET:
            field_dict["scheduled_retry"] = scheduled_retry

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_transaction_recurrency = object.__new__(cls)
        subscription_transaction_recurrency.__dict__ = {
            "_raw": d,
            "number": d.get("number", UNSET),
            "payment_delay_days": d.get("payment_delay_days", UNSET),
            "payment_delays_days": d.get("payment_delays_days", UNSET),
            "number_list": d.get("number_list", UNSET),
            "transaction_sequence": d.get("transaction_sequence", UNSET),
            "is_current_purchase": d.get("is_current_purchase", UNSET),
            "has_retry": d.get("has_retry", UNSET),
        }
        return subscription_transaction_recurrency

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


def _parse_status(d: dict[str, Any]) -> RecurrencyStatus | Unset:
    if d.get("status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _status = d.get("status", UNSET)
    status: RecurrencyStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = RecurrencyStatus(_status)

    return status


def _parse_start_datetime(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("start_datetime")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_transaction_type(d: dict[str, Any]) -> RecurrencyTransactionType | Unset:
    if d.get("transaction_type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _transaction_type = d.get("transaction_type", UNSET)
    transaction_type: RecurrencyTransactionType | Unset
    if isinstance(_transaction_type, Unset):
        transaction_type = UNSET
    else:
        transaction_type = RecurrencyTransactionType(_transaction_type)

    return transaction_type


def _parse_scheduled_retry(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("scheduled_retry")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


_KNOWN_FIELDS = frozenset(
    {
        "status",
        "number",
        "start_datetime",
        "payment_delay_days",
        "payment_delays_days",
        "transaction_type",
        "number_list",
        "transaction_sequence",
        "is_current_purchase",
        "has_retry",
        "scheduled_retry",
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
    SubscriptionTransactionRecurrency,
    "status",
    LazyField("SubscriptionTransactionRecurrency", "status", "status", _parse_status),
)
setattr(
    SubscriptionTransactionRecurrency,
    "start_datetime",
    EpochMillisField("SubscriptionTransactionRecurrency", "start_datetime", "start_datetime", _parse_start_datetime),
)
setattr(
    SubscriptionTransactionRecurrency,
    "transaction_type",
    LazyField("SubscriptionTransactionRecurrency", "transaction_type", "transaction_type", _parse_transaction_type),
)
setattr(
    SubscriptionTransactionRecurrency,
    "scheduled_retry",
    EpochMillisField("SubscriptionTransactionRecurrency", "scheduled_retry", "scheduled_retry", _parse_scheduled_retry),
)
setattr(
    SubscriptionTransactionRecurrency,
    "additional_properties",
    LazyField("SubscriptionTransactionRecurrency", "additional_properties", "", _parse_additional_properties),
)
