from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_type import BillingType
from ..models.subscription_status import SubscriptionStatus
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

T = TypeVar("T", bound="SubscriptionTransaction")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionTransaction:
    """One transaction of a subscription, smart installment or smart recovery. `status` is the
    subscription's current status, `recurrency` the recurrence the transaction belongs to,
    `purchase` the charge itself. `cancellation_date` becomes empty again if the subscription
    is reactivated; `max_cycles` is absent when charges go on until cancelled.

    """

    subscription_id: int
    subscriber_code: str
    status: SubscriptionStatus
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    billing_type: BillingType
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
    """ Maximum number of recurrences of the plan. """
    has_unpaid_recurrency: bool | Unset = UNSET
    has_credit_card_change: bool | Unset = UNSET
    """ Whether charging stopped because of a problem with the payment method. """
    is_paid_anticipation: bool | Unset = UNSET
    is_paid_negotiation: bool | Unset = UNSET
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale, a subscription or an event. """
    trial_info: SubscriptionTransactionTrial | Unset = UNSET
    plan: SubscriptionTransactionPlan | Unset = UNSET
    recurrency: SubscriptionTransactionRecurrency | Unset = UNSET
    purchase: SubscriptionTransactionPurchase | Unset = UNSET
    subscriber: SubscriptionTransactionSubscriber | Unset = UNSET
    producer: SubscriptionTransactionProducer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        subscriber_code = self.subscriber_code

        status = to_enum(SubscriptionStatus, self.status, "status").value

        billing_type = to_enum(BillingType, self.billing_type, "billing_type").value

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

        trial_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_info, Unset):
            trial_info = self.trial_info.to_dict()

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        recurrency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrency, Unset):
            recurrency = self.recurrency.to_dict()

        purchase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase, Unset):
            purchase = self.purchase.to_dict()

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        producer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.producer, Unset):
            producer = self.producer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_id": subscription_id,
                "subscriber_code": subscriber_code,
                "status": status,
                "billing_type": billing_type,
            }
        )
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
        if trial_info is not UNSET:
            field_dict["trial_info"] = trial_info
        if plan is not UNSET:
            field_dict["plan"] = plan
        if recurrency is not UNSET:
            field_dict["recurrency"] = recurrency
        if purchase is not UNSET:
            field_dict["purchase"] = purchase
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber
        if producer is not UNSET:
            field_dict["producer"] = producer

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_transaction = object.__new__(cls)
        subscription_transaction.__dict__ = fields = {
            "_raw": d,
            "last_recurrency_number": d.get("last_recurrency_number", UNSET),
            "max_cycles": d.get("max_cycles", UNSET),
            "has_unpaid_recurrency": d.get("has_unpaid_recurrency", UNSET),
            "has_credit_card_change": d.get("has_credit_card_change", UNSET),
            "is_paid_anticipation": d.get("is_paid_anticipation", UNSET),
            "is_paid_negotiation": d.get("is_paid_negotiation", UNSET),
        }
        if "subscription_id" in d:  # else reading it raises ResponseParseError
            fields["subscription_id"] = d["subscription_id"]
        if "subscriber_code" in d:  # else reading it raises ResponseParseError
            fields["subscriber_code"] = d["subscriber_code"]
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


def _parse_subscription_id(d: dict[str, Any]) -> Any:
    return d["subscription_id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_subscriber_code(d: dict[str, Any]) -> Any:
    return d["subscriber_code"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_status(d: dict[str, Any]) -> SubscriptionStatus:
    status = SubscriptionStatus(d["status"])

    return status


def _parse_billing_type(d: dict[str, Any]) -> BillingType:
    billing_type = BillingType(d["billing_type"])

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


def _parse_trial_info(d: dict[str, Any]) -> SubscriptionTransactionTrial | Unset:
    if d.get("trial_info") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _trial_info = d.get("trial_info", UNSET)
    trial_info: SubscriptionTransactionTrial | Unset
    if isinstance(_trial_info, Unset):
        trial_info = UNSET
    else:
        trial_info = SubscriptionTransactionTrial.from_dict(_trial_info)

    return trial_info


def _parse_plan(d: dict[str, Any]) -> SubscriptionTransactionPlan | Unset:
    if d.get("plan") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _plan = d.get("plan", UNSET)
    plan: SubscriptionTransactionPlan | Unset
    if isinstance(_plan, Unset):
        plan = UNSET
    else:
        plan = SubscriptionTransactionPlan.from_dict(_plan)

    return plan


def _parse_recurrency(d: dict[str, Any]) -> SubscriptionTransactionRecurrency | Unset:
    if d.get("recurrency") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _recurrency = d.get("recurrency", UNSET)
    recurrency: SubscriptionTransactionRecurrency | Unset
    if isinstance(_recurrency, Unset):
        recurrency = UNSET
    else:
        recurrency = SubscriptionTransactionRecurrency.from_dict(_recurrency)

    return recurrency


def _parse_purchase(d: dict[str, Any]) -> SubscriptionTransactionPurchase | Unset:
    if d.get("purchase") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _purchase = d.get("purchase", UNSET)
    purchase: SubscriptionTransactionPurchase | Unset
    if isinstance(_purchase, Unset):
        purchase = UNSET
    else:
        purchase = SubscriptionTransactionPurchase.from_dict(_purchase)

    return purchase


def _parse_subscriber(d: dict[str, Any]) -> SubscriptionTransactionSubscriber | Unset:
    if d.get("subscriber") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _subscriber = d.get("subscriber", UNSET)
    subscriber: SubscriptionTransactionSubscriber | Unset
    if isinstance(_subscriber, Unset):
        subscriber = UNSET
    else:
        subscriber = SubscriptionTransactionSubscriber.from_dict(_subscriber)

    return subscriber


def _parse_producer(d: dict[str, Any]) -> SubscriptionTransactionProducer | Unset:
    if d.get("producer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _producer = d.get("producer", UNSET)
    producer: SubscriptionTransactionProducer | Unset
    if isinstance(_producer, Unset):
        producer = UNSET
    else:
        producer = SubscriptionTransactionProducer.from_dict(_producer)

    return producer


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
        "trial_info",
        "plan",
        "recurrency",
        "purchase",
        "subscriber",
        "producer",
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
    SubscriptionTransaction,
    "subscription_id",
    LazyField("SubscriptionTransaction", "subscription_id", "subscription_id", _parse_subscription_id),
)
setattr(
    SubscriptionTransaction,
    "subscriber_code",
    LazyField("SubscriptionTransaction", "subscriber_code", "subscriber_code", _parse_subscriber_code),
)
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
    "trial_info",
    LazyField("SubscriptionTransaction", "trial_info", "trial_info", _parse_trial_info),
)
setattr(SubscriptionTransaction, "plan", LazyField("SubscriptionTransaction", "plan", "plan", _parse_plan))
setattr(
    SubscriptionTransaction,
    "recurrency",
    LazyField("SubscriptionTransaction", "recurrency", "recurrency", _parse_recurrency),
)
setattr(
    SubscriptionTransaction, "purchase", LazyField("SubscriptionTransaction", "purchase", "purchase", _parse_purchase)
)
setattr(
    SubscriptionTransaction,
    "subscriber",
    LazyField("SubscriptionTransaction", "subscriber", "subscriber", _parse_subscriber),
)
setattr(
    SubscriptionTransaction, "producer", LazyField("SubscriptionTransaction", "producer", "producer", _parse_producer)
)
setattr(
    SubscriptionTransaction,
    "additional_properties",
    LazyField("SubscriptionTransaction", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.product_ref import ProductRef  # noqa: E402
from ..models.subscription_transaction_plan import SubscriptionTransactionPlan  # noqa: E402
from ..models.subscription_transaction_producer import SubscriptionTransactionProducer  # noqa: E402
from ..models.subscription_transaction_purchase import SubscriptionTransactionPurchase  # noqa: E402
from ..models.subscription_transaction_recurrency import SubscriptionTransactionRecurrency  # noqa: E402
from ..models.subscription_transaction_subscriber import SubscriptionTransactionSubscriber  # noqa: E402
from ..models.subscription_transaction_trial import SubscriptionTransactionTrial  # noqa: E402
