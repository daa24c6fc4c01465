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

T = TypeVar("T", bound="SubscriptionSummaryItem")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionSummaryItem:
    subscriber_code: str
    subscription_id: int
    status: SubscriptionStatus
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    product: ProductRef
    """ A product as referenced from a sale, a subscription or an event. """
    subscriber: Subscriber
    lifetime: int | Unset = UNSET
    """ Days since the accession: up to today for ACTIVE and DELAYED, 0 for INACTIVE and
    STARTED, up to the cancellation for cancelled ones, up to the expiry for OVERDUE.
     """
    accession_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    end_accession_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    trial: bool | Unset = UNSET
    plan: SubscriptionPlan | Unset = UNSET
    """ The plan of a subscription (in summaries: the plan of the last recurrence, which may
    differ from the plan subscribed to).
     """
    offer: PurchaseOffer | Unset = UNSET
    """ The offer a sale was made with (in subscription summaries, only its code). """
    last_recurrency: LastRecurrency | Unset = UNSET
    """ The last recurrence: the current one for ACTIVE and DELAYED subscriptions, the first for
    STARTED and INACTIVE ones, the final one for cancelled and OVERDUE ones.
     """
    unpaid_recurrencies: list[UnpaidRecurrency] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        subscription_id = self.subscription_id

        status = to_enum(SubscriptionStatus, self.status, "status").value

        product = self.product.to_dict()

        subscriber = self.subscriber.to_dict()

        lifetime = self.lifetime

        accession_date: int | Unset = UNSET
        if not isinstance(self.accession_date, Unset):
            accession_date = to_millis(self.accession_date)

        end_accession_date: int | Unset = UNSET
        if not isinstance(self.end_accession_date, Unset):
            end_accession_date = to_millis(self.end_accession_date)

        trial = self.trial

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        last_recurrency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_recurrency, Unset):
            last_recurrency = self.last_recurrency.to_dict()

        unpaid_recurrencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unpaid_recurrencies, Unset):
            unpaid_recurrencies = []
            for unpaid_recurrencies_item_data in self.unpaid_recurrencies:
                unpaid_recurrencies_item = unpaid_recurrencies_item_data.to_dict()
                unpaid_recurrencies.append(unpaid_recurrencies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_code": subscriber_code,
                "subscription_id": subscription_id,
                "status": status,
                "product": product,
                "subscriber": subscriber,
            }
        )
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if accession_date is not UNSET:
            field_dict["accession_date"] = accession_date
        if end_accession_date is not UNSET:
            field_dict["end_accession_date"] = end_accession_date
        if trial is not UNSET:
            field_dict["trial"] = trial
        if plan is not UNSET:
            field_dict["plan"] = plan
        if offer is not UNSET:
            field_dict["offer"] = offer
        if last_recurrency is not UNSET:
            field_dict["last_recurrency"] = last_recurrency
        if unpaid_recurrencies is not UNSET:
            field_dict["unpaid_recurrencies"] = unpaid_recurrencies

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_summary_item = object.__new__(cls)
        subscription_summary_item.__dict__ = fields = {
            "_raw": d,
            "lifetime": d.get("lifetime", UNSET),
            "trial": d.get("trial", UNSET),
        }
        if "subscriber_code" in d:  # else reading it raises ResponseParseError
            fields["subscriber_code"] = d["subscriber_code"]
        if "subscription_id" in d:  # else reading it raises ResponseParseError
            fields["subscription_id"] = d["subscription_id"]
        return subscription_summary_item

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


def _parse_product(d: dict[str, Any]) -> ProductRef:
    product = ProductRef.from_dict(d["product"])

    return product


def _parse_subscriber(d: dict[str, Any]) -> Subscriber:
    subscriber = Subscriber.from_dict(d["subscriber"])

    return subscriber


def _parse_accession_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("accession_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_end_accession_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("end_accession_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_plan(d: dict[str, Any]) -> SubscriptionPlan | Unset:
    if d.get("plan") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _plan = d.get("plan", UNSET)
    plan: SubscriptionPlan | Unset
    if isinstance(_plan, Unset):
        plan = UNSET
    else:
        plan = SubscriptionPlan.from_dict(_plan)

    return plan


def _parse_offer(d: dict[str, Any]) -> PurchaseOffer | Unset:
    if d.get("offer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _offer = d.get("offer", UNSET)
    offer: PurchaseOffer | Unset
    if isinstance(_offer, Unset):
        offer = UNSET
    else:
        offer = PurchaseOffer.from_dict(_offer)

    return offer


def _parse_last_recurrency(d: dict[str, Any]) -> LastRecurrency | Unset:
    if d.get("last_recurrency") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _last_recurrency = d.get("last_recurrency", UNSET)
    last_recurrency: LastRecurrency | Unset
    if isinstance(_last_recurrency, Unset):
        last_recurrency = UNSET
    else:
        last_recurrency = LastRecurrency.from_dict(_last_recurrency)

    return last_recurrency


def _parse_unpaid_recurrencies(d: dict[str, Any]) -> list[UnpaidRecurrency] | Unset:
    if d.get("unpaid_recurrencies") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _unpaid_recurrencies = d.get("unpaid_recurrencies", UNSET)
    unpaid_recurrencies: list[UnpaidRecurrency] | Unset = UNSET
    if _unpaid_recurrencies is not UNSET:
        unpaid_recurrencies = []
        for unpaid_recurrencies_item_data in _unpaid_recurrencies:
            unpaid_recurrencies_item = UnpaidRecurrency.from_dict(unpaid_recurrencies_item_data)

            unpaid_recurrencies.append(unpaid_recurrencies_item)

    return unpaid_recurrencies


_KNOWN_FIELDS = frozenset(
    {
        "subscriber_code",
        "subscription_id",
        "status",
        "product",
        "subscriber",
        "lifetime",
        "accession_date",
        "end_accession_date",
        "trial",
        "plan",
        "offer",
        "last_recurrency",
        "unpaid_recurrencies",
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
    SubscriptionSummaryItem,
    "subscriber_code",
    LazyField("SubscriptionSummaryItem", "subscriber_code", "subscriber_code", _parse_subscriber_code),
)
setattr(
    SubscriptionSummaryItem,
    "subscription_id",
    LazyField("SubscriptionSummaryItem", "subscription_id", "subscription_id", _parse_subscription_id),
)
setattr(SubscriptionSummaryItem, "status", LazyField("SubscriptionSummaryItem", "status", "status", _parse_status))
setattr(SubscriptionSummaryItem, "product", LazyField("SubscriptionSummaryItem", "product", "product", _parse_product))
setattr(
    SubscriptionSummaryItem,
    "subscriber",
    LazyField("SubscriptionSummaryItem", "subscriber", "subscriber", _parse_subscriber),
)
setattr(
    SubscriptionSummaryItem,
    "accession_date",
    EpochMillisField("SubscriptionSummaryItem", "accession_date", "accession_date", _parse_accession_date),
)
setattr(
    SubscriptionSummaryItem,
    "end_accession_date",
    EpochMillisField("SubscriptionSummaryItem", "end_accession_date", "end_accession_date", _parse_end_accession_date),
)
setattr(SubscriptionSummaryItem, "plan", LazyField("SubscriptionSummaryItem", "plan", "plan", _parse_plan))
setattr(SubscriptionSummaryItem, "offer", LazyField("SubscriptionSummaryItem", "offer", "offer", _parse_offer))
setattr(
    SubscriptionSummaryItem,
    "last_recurrency",
    LazyField("SubscriptionSummaryItem", "last_recurrency", "last_recurrency", _parse_last_recurrency),
)
setattr(
    SubscriptionSummaryItem,
    "unpaid_recurrencies",
    LazyField("SubscriptionSummaryItem", "unpaid_recurrencies", "unpaid_recurrencies", _parse_unpaid_recurrencies),
)
setattr(
    SubscriptionSummaryItem,
    "additional_properties",
    LazyField("SubscriptionSummaryItem", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.last_recurrency import LastRecurrency  # noqa: E402
from ..models.product_ref import ProductRef  # noqa: E402
from ..models.purchase_offer import PurchaseOffer  # noqa: E402
from ..models.subscriber import Subscriber  # noqa: E402
from ..models.subscription_plan import SubscriptionPlan  # noqa: E402
from ..models.unpaid_recurrency import UnpaidRecurrency  # noqa: E402
