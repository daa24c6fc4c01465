from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_status import WebhookSubscriptionStatus
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="WebhookChargeDateSubscription")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookChargeDateSubscription:
    product: WebhookProductRef | Unset = UNSET
    """ A product named by id and name. """
    old_charge_day: int | Unset = UNSET
    """ Day of the month it was charged on before the change. """
    new_charge_day: int | Unset = UNSET
    """ Day of the month it is charged on from now. """
    date_next_charge: datetime.datetime | Unset = UNSET
    """ Next charge attempt, an ISO 8601 date-time (unlike the other events, where it is epoch
    milliseconds). For a cancelled subscription, the last day of access.
     """
    status: WebhookSubscriptionStatus | Unset = UNSET
    """ Status of a subscription in SWITCH_PLAN and UPDATE_SUBSCRIPTION_CHARGE_DATE. These pages
    spell cancellations CANCELED_BY_* (one L, VENDOR) where the purchase events and the REST
    endpoints say CANCELLED_BY_* (SELLER), see `SubscriptionStatus`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        old_charge_day = self.old_charge_day

        new_charge_day = self.new_charge_day

        date_next_charge: str | Unset = UNSET
        if not isinstance(self.date_next_charge, Unset):
            date_next_charge = self.date_next_charge.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = to_enum(WebhookSubscriptionStatus, self.status, "status").value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if old_charge_day is not UNSET:
            field_dict["old_charge_day"] = old_charge_day
        if new_charge_day is not UNSET:
            field_dict["new_charge_day"] = new_charge_day
        if date_next_charge is not UNSET:
            field_dict["date_next_charge"] = date_next_charge
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_charge_date_subscription = object.__new__(cls)
        webhook_charge_date_subscription.__dict__ = {
            "_raw": d,
            "old_charge_day": d.get("old_charge_day", UNSET),
            "new_charge_day": d.get("new_charge_day", UNSET),
        }
        return webhook_charge_date_subscription

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


def _parse_date_next_charge(d: dict[str, Any]) -> datetime.datetime | Unset:
    if d.get("date_next_charge") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _date_next_charge = d.get("date_next_charge", UNSET)
    date_next_charge: datetime.datetime | Unset
    if isinstance(_date_next_charge, Unset):
        date_next_charge = UNSET
    else:
        date_next_charge = datetime.datetime.fromisoformat(_date_next_charge)

    return date_next_charge


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


_KNOWN_FIELDS = frozenset(
    {
        "product",
        "old_charge_day",
        "new_charge_day",
        "date_next_charge",
        "status",
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
    WebhookChargeDateSubscription,
    "product",
    LazyField("WebhookChargeDateSubscription", "product", "product", _parse_product),
)
setattr(
    WebhookChargeDateSubscription,
    "date_next_charge",
    LazyField("WebhookChargeDateSubscription", "date_next_charge", "date_next_charge", _parse_date_next_charge),
)
setattr(
    WebhookChargeDateSubscription,
    "status",
    LazyField("WebhookChargeDateSubscription", "status", "status", _parse_status),
)
setattr(
    WebhookChargeDateSubscription,
    "additional_properties",
    LazyField("WebhookChargeDateSubscription", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_product_ref import WebhookProductRef  # noqa: E402
