from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_type import BillingType
from ..models.transaction_subscription_status import TransactionSubscriptionStatus
from ..types import (
    UNSET,
    EpochMillisField,
    LazyField,
    Unset,
    to_datetime,
    to_millis,
)

T = TypeVar("T", bound="SubscriptionTransaction")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionTransaction:
    """One subscription charge transaction. Open object: only top-level fields are described
    (taken from a copy of Hotmart's page for this endpoint); Hotmart also sends nested objects
    such as `trial_info`, `plan`, `recurrency`, `purchase`, `subscriber` and `producer`.

    """

    subscription_id: int | Unset = UNSET
    subscriber_code: str | Unset = UNSET
    status: TransactionSubscriptionStatus | Unset = UNSET
    """ Subscription status as used by the subscription transactions endpoint: the subscription
    statuses plus a plain `CANCELLED`.
     """
    billing_type: BillingType | Unset = UNSET
    """ How a subscription code is billed; exactly one per subscription. """
    last_update: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    adoption_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    date_next_charge: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    last_recurrency_start_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    cancellation_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    last_recurrency_number: int | Unset = UNSET
    max_cycles: int | Unset = UNSET
    """ Maximum number of recurrences of the plan; 0 means no limit. """
    has_unpaid_recurrency: bool | Unset = UNSET
    has_credit_card_change: bool | Unset = UNSET
    is_paid_anticipation: bool | Unset = UNSET
    is_paid_negotiation: bool | Unset = UNSET
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        subscriber_code = self.subscriber_code

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        billing_type: str | Unset = UNSET
        if not isinstance(self.billing_type, Unset):
            billing_type = self.billing_type.value

        last_update: int | Unset = UNSET
        if not isinstance(self.last_update, Unset):
            last_update = to_millis(self.last_update)

        adoption_date: int | Unset = UNSET
        if not isinstance(self.adoption_date, Unset):
            adoption_date = to_millis(self.adoption_date)

        date_next_charge: int | Unset = UNSET
        if not isinstance(self.date_next_charge, Unset):
            date_next_charge = to_millis(self.date_next_charge)

        last_recurrency_start_date: int | Unset = UNSET
        if not isinstance(self.last_recurrency_start_date, Unset):
            last_recurrency_start_date = to_millis(self.last_recurrency_start_date)

        cancellation_date: int | Unset = UNSET
        if not isinstance(self.cancellation_date, Unset):
            cancellation_date = to_millis(self.cancellation_date)

        last_recurrency_number = self.last_recurrency_number

        max_cycles = self.max_cycles

        has_unpaid_recurrency = self.has_unpaid_recurrency

        has_credit_card_change = self.has_credit_card_change

        is_paid_anticipation = self.is_paid_anticipation

        is_paid_negotiation = self.is_paid_negotiation

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if subscriber_code is not UNSET:
            field_dict["subscriber_code"] = subscriber_code
        if status is not UNSET:
            field_dict["status"] = status
        if billing_type is not UNSET:
            field_dict["billing_type"] = billing_type
        if last_update is not UNSET:
            field_dict["last_update"] = last_update
        if adoption_date is not UNSET:
            field_dict["adoption_date"] = adoption_date
        if date_next_charge is not UNSET:
            field_dict["date_next_charge"] = date_next_charge
        if last_recurrency_start_date is not UNSET:
            field_dict["last_recurrency_start_date"] = last_recurrency_start_date
        if cancellation_date is not UNSET:
            field_dict["cancellation_date"] = cancellation_date
        if last_recurrency_number is not UNSET:
            field_dict["last_recurrency_number"] = last_recurrency_number
        if max_cycles is not UNSET:
            field_dict["max_cycles"] = max_cycles
        if has_unpaid_recurrency is not UNSET:
            field_dict["has_unpaid_recurrency"] = has_unpaid_recurrency
        if has_credit_card_change is not UNSET:
            field_dict["has_credit_card_change"] = has_credit_card_change
        if is_paid_anticipation is not UNSET:
            field_dict["is_paid_anticipation"] = is_paid_anticipation
        if is_paid_negotiation is not UNSET:
            field_dict["is_paid_negotiation"] = is_paid_negotiation
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_transaction = object.__new__(cls)
        subscription_transaction.__dict__ = {
            "_raw": d,
            "subscription_id": d.get("subscription_id", UNSET),
            "subscriber_code": d.get("subscriber_code", UNSET),
            "last_recurrency_number": d.get("last_recurrency_number", UNSET),
            "max_cycles": d.get("max_cycles", UNSET),
            "has_unpaid_recurrency": d.get("has_unpaid_recurrency", UNSET),
            "has_credit_card_change": d.get("has_credit_card_change", UNSET),
            "is_paid_anticipation": d.get("is_paid_anticipation", UNSET),
            "is_paid_negotiation": d.get("is_paid_negotiation", UNSET),
        }
        return subscription_transaction

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


def _parse_status(d: dict[str, Any]) -> TransactionSubscriptionStatus | Unset:
    if d.get("status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _status = d.get("status", UNSET)
    status: TransactionSubscriptionStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TransactionSubscriptionStatus(_status)

    return status


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


def _parse_last_update(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("last_update")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_adoption_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("adoption_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_date_next_charge(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("date_next_charge")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_last_recurrency_start_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("last_recurrency_start_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_cancellation_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("cancellation_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


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
        "subscription_id",
        "subscriber_code",
        "status",
        "billing_type",
        "last_update",
        "adoption_date",
        "date_next_charge",
        "last_recurrency_start_date",
        "cancellation_date",
        "last_recurrency_number",
        "max_cycles",
        "has_unpaid_recurrency",
        "has_credit_card_change",
        "is_paid_anticipation",
        "is_paid_negotiation",
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
setattr(SubscriptionTransaction, "status", LazyField("SubscriptionTransaction", "status", "status", _parse_status))
setattr(
    SubscriptionTransaction,
    "billing_type",
    LazyField("SubscriptionTransaction", "billing_type", "billing_type", _parse_billing_type),
)
setattr(
    SubscriptionTransaction,
    "last_update",
    EpochMillisField("SubscriptionTransaction", "last_update", "last_update", _parse_last_update),
)
setattr(
    SubscriptionTransaction,
    "adoption_date",
    EpochMillisField("SubscriptionTransaction", "adoption_date", "adoption_date", _parse_adoption_date),
)
setattr(
    SubscriptionTransaction,
    "date_next_charge",
    EpochMillisField("SubscriptionTransaction", "date_next_charge", "date_next_charge", _parse_date_next_charge),
)
setattr(
    SubscriptionTransaction,
    "last_recurrency_start_date",
    EpochMillisField(
        "SubscriptionTransaction",
        "last_recurrency_start_date",
        "last_recurrency_start_date",
        _parse_last_recurrency_start_date,
    ),
)
setattr(
    SubscriptionTransaction,
    "cancellation_date",
    EpochMillisField("SubscriptionTransaction", "cancellation_date", "cancellation_date", _parse_cancellation_date),
)
setattr(SubscriptionTransaction, "product", LazyField("SubscriptionTransaction", "product", "product", _parse_product))
setattr(
    SubscriptionTransaction,
    "additional_properties",
    LazyField("SubscriptionTransaction", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.product_ref import ProductRef  # noqa: E402
