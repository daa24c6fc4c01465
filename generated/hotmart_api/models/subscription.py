from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="Subscription")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class Subscription:
    """A subscription. `end_accession_date` is when the subscriber asked to cancel;
    `date_next_charge` is the next charge attempt, or for a cancelled subscription the last day
    of access. One buyer subscribed to two products has two subscriber codes.

    """

    subscriber_code: str
    subscription_id: int
    status: SubscriptionStatus
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    accession_date: datetime.datetime
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    plan: SubscriptionPlan
    """ The plan of a subscription (in summaries: the plan of the last recurrence, which may
    differ from the plan subscribed to).
     """
    product: SubscriptionProduct
    subscriber: Subscriber
    end_accession_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    request_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    date_next_charge: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    trial: bool | Unset = UNSET
    transaction: str | Unset = UNSET
    """ Transaction code of the purchase that started the subscription. """
    price: Money | Unset = UNSET
    """ An amount in a currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        subscription_id = self.subscription_id

        status = to_enum(SubscriptionStatus, self.status, "status").value

        accession_date = to_millis(self.accession_date)

        plan = self.plan.to_dict()

        product = self.product.to_dict()

        subscriber = self.subscriber.to_dict()

        end_accession_date: int | Unset = UNSET
        if not isinstance(self.end_accession_date, Unset):
            end_accession_date = to_millis(self.end_accession_date)

        request_date: int | Unset = UNSET
        if not isinstance(self.request_date, Unset):
            request_date = to_millis(self.request_date)

        date_next_charge: int | Unset = UNSET
        if not isinstance(self.date_next_charge, Unset):
            date_next_charge = to_millis(self.date_next_charge)

        trial = self.trial

        transaction = self.transaction

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_code": subscriber_code,
                "subscription_id": subscription_id,
                "status": status,
                "accession_date": accession_date,
                "plan": plan,
                "product": product,
                "subscriber": subscriber,
            }
        )
        if end_accession_date is not UNSET:
            field_dict["end_accession_date"] = end_accession_date
        if request_date is not UNSET:
            field_dict["request_date"] = request_date
        if date_next_charge is not UNSET:
            field_dict["date_next_charge"] = date_next_charge
        if trial is not UNSET:
            field_dict["trial"] = trial
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription = object.__new__(cls)
        subscription.__dict__ = fields = {
            "_raw": d,
            "trial": d.get("trial", UNSET),
            "transaction": d.get("transaction", UNSET),
        }
        if "subscriber_code" in d:  # else reading it raises ResponseParseError
            fields["subscriber_code"] = d["subscriber_code"]
        if "subscription_id" in d:  # else reading it raises ResponseParseError
            fields["subscription_id"] = d["subscription_id"]
        return subscription

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


def _parse_subscriber_code(d: dict[str, Any]) -> Any:
    return d["subscriber_code"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_subscription_id(d: dict[str, Any]) -> Any:
    return d["subscription_id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_status(d: dict[str, Any]) -> SubscriptionStatus:
    status = SubscriptionStatus(d["status"])

    return status


def _parse_accession_date(d: dict[str, Any]) -> datetime.datetime:
    return to_datetime(d["accession_date"])


def _parse_plan(d: dict[str, Any]) -> SubscriptionPlan:
    plan = SubscriptionPlan.from_dict(d["plan"])

    return plan


def _parse_product(d: dict[str, Any]) -> SubscriptionProduct:
    product = SubscriptionProduct.from_dict(d["product"])

    return product


def _parse_subscriber(d: dict[str, Any]) -> Subscriber:
    subscriber = Subscriber.from_dict(d["subscriber"])

    return subscriber


def _parse_end_accession_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("end_accession_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_request_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("request_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_date_next_charge(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("date_next_charge")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_price(d: dict[str, Any]) -> Money | Unset:
    if d.get("price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _price = d.get("price", UNSET)
    price: Money | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = Money.from_dict(_price)

    return price


_KNOWN_FIELDS = frozenset(
    {
        "subscriber_code",
        "subscription_id",
        "status",
        "accession_date",
        "plan",
        "product",
        "subscriber",
        "end_accession_date",
        "request_date",
        "date_next_charge",
        "trial",
        "transaction",
        "price",
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
    Subscription,
    "subscriber_code",
    LazyField("Subscription", "subscriber_code", "subscriber_code", _parse_subscriber_code),
)
setattr(
    Subscription,
    "subscription_id",
    LazyField("Subscription", "subscription_id", "subscription_id", _parse_subscription_id),
)
setattr(Subscription, "status", LazyField("Subscription", "status", "status", _parse_status))
setattr(
    Subscription,
    "accession_date",
    EpochMillisField("Subscription", "accession_date", "accession_date", _parse_accession_date),
)
setattr(Subscription, "plan", LazyField("Subscription", "plan", "plan", _parse_plan))
setattr(Subscription, "product", LazyField("Subscription", "product", "product", _parse_product))
setattr(Subscription, "subscriber", LazyField("Subscription", "subscriber", "subscriber", _parse_subscriber))
setattr(
    Subscription,
    "end_accession_date",
    EpochMillisField("Subscription", "end_accession_date", "end_accession_date", _parse_end_accession_date),
)
setattr(
    Subscription, "request_date", EpochMillisField("Subscription", "request_date", "request_date", _parse_request_date)
)
setattr(
    Subscription,
    "date_next_charge",
    EpochMillisField("Subscription", "date_next_charge", "date_next_charge", _parse_date_next_charge),
)
setattr(Subscription, "price", LazyField("Subscription", "price", "price", _parse_price))
setattr(
    Subscription,
    "additional_properties",
    LazyField("Subscription", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.money import Money  # noqa: E402
from ..models.subscriber import Subscriber  # noqa: E402
from ..models.subscription_plan import SubscriptionPlan  # noqa: E402
from ..models.subscription_product import SubscriptionProduct  # noqa: E402
