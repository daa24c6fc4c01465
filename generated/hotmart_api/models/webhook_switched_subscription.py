from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_status import WebhookSubscriptionStatus
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

T = TypeVar("T", bound="WebhookSwitchedSubscription")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookSwitchedSubscription:
    subscriber_code: str
    """ The subscriber code (one per buyer and product). """
    status: WebhookSubscriptionStatus | Unset = UNSET
    """ Status of a subscription in SWITCH_PLAN and UPDATE_SUBSCRIPTION_CHARGE_DATE. These pages
    spell cancellations CANCELED_BY_* (one L, VENDOR) where the purchase events and the REST
    endpoints say CANCELLED_BY_* (SELLER), see `SubscriptionStatus`.
     """
    date_next_charge: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    product: WebhookProductRef | Unset = UNSET
    """ A product named by id and name. """
    user: WebhookUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = to_enum(WebhookSubscriptionStatus, self.status, "status").value

        date_next_charge: int | Unset = UNSET
        if not isinstance(self.date_next_charge, Unset):
            date_next_charge = to_millis(self.date_next_charge)

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_code": subscriber_code,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if date_next_charge is not UNSET:
            field_dict["date_next_charge"] = date_next_charge
        if product is not UNSET:
            field_dict["product"] = product
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_switched_subscription = object.__new__(cls)
        webhook_switched_subscription.__dict__ = fields = {
            "_raw": d,
        }
        if "subscriber_code" in d:  # else reading it raises ResponseParseError
            fields["subscriber_code"] = d["subscriber_code"]
        return webhook_switched_subscription

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


def _parse_status(d: dict[str, Any]) -> WebhookSubscriptionStatus | Unset:
    if d.get("status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _status = d.get("status", UNSET)
    status: WebhookSubscriptionStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = WebhookSubscriptionStatus(_status)

    return status


def _parse_date_next_charge(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("date_next_charge")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_product(d: dict[str, Any]) -> WebhookProductRef | Unset:
    if d.get("product") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _product = d.get("product", UNSET)
    product: WebhookProductRef | Unset
    if isinstance(_product, Unset):
        product = UNSET
    else:
        product = WebhookProductRef.from_dict(_product)

    return product


def _parse_user(d: dict[str, Any]) -> WebhookUser | Unset:
    if d.get("user") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _user = d.get("user", UNSET)
    user: WebhookUser | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = WebhookUser.from_dict(_user)

    return user


_KNOWN_FIELDS = frozenset(
    {
        "subscriber_code",
        "status",
        "date_next_charge",
        "product",
        "user",
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
    WebhookSwitchedSubscription,
    "subscriber_code",
    LazyField("WebhookSwitchedSubscription", "subscriber_code", "subscriber_code", _parse_subscriber_code),
)
setattr(
    WebhookSwitchedSubscription, "status", LazyField("WebhookSwitchedSubscription", "status", "status", _parse_status)
)
setattr(
    WebhookSwitchedSubscription,
    "date_next_charge",
    EpochMillisField("WebhookSwitchedSubscription", "date_next_charge", "date_next_charge", _parse_date_next_charge),
)
setattr(
    WebhookSwitchedSubscription,
    "product",
    LazyField("WebhookSwitchedSubscription", "product", "product", _parse_product),
)
setattr(WebhookSwitchedSubscription, "user", LazyField("WebhookSwitchedSubscription", "user", "user", _parse_user))
setattr(
    WebhookSwitchedSubscription,
    "additional_properties",
    LazyField("WebhookSwitchedSubscription", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_product_ref import WebhookProductRef  # noqa: E402
from ..models.webhook_user import WebhookUser  # noqa: E402
