from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_interval_type import ChargeIntervalType
from ..models.subscription_status import SubscriptionStatus
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="SubscriptionResult")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionResult:
    """A subscription as returned by the cancel and reactivate operations: `status` is `ACTIVE` or
    `INACTIVE` (a reactivated subscription stays `INACTIVE` until the subscriber accepts).
    Unlike the rest of the API, its dates are strings in the form `YYYY-MM-DD HH:MM:SS`, not
    epoch milliseconds. Reactivation answers carry only `status`, `subscriber_code`,
    `creation_date`, `interval_between_charges` and `shopper`; failures in bulk answers carry
    `error`.

    """

    subscriber_code: str
    status: SubscriptionStatus | Unset = UNSET
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    creation_date: str | Unset = UNSET
    """ Creation date of the subscription, `YYYY-MM-DD HH:MM:SS`. """
    current_recurrence: int | Unset = UNSET
    date_last_recurrence: str | Unset = UNSET
    """ Date of the last payment, `YYYY-MM-DD HH:MM:SS`. """
    date_next_charge: str | Unset = UNSET
    """ Date of the next charge attempt, `YYYY-MM-DD HH:MM:SS`. """
    due_day: int | Unset = UNSET
    """ Day of the month of the charges, or day of the week (1 = Monday ... 7 = Sunday) for weekly plans. """
    trial_period: int | Unset = UNSET
    """ Trial length in days. """
    interval_type_between_charges: ChargeIntervalType | Unset = UNSET
    """ Unit of the interval between a subscription's charges. """
    interval_between_charges: int | Unset = UNSET
    """ In cancellation answers, the number of `interval_type_between_charges` units between
    charges (MONTH and 3 means quarterly); in reactivation answers, days between charges
    (7, 30, 60, 90, 180 or 360).
     """
    max_charge_cycles: int | Unset = UNSET
    """ Maximum number of charges; 0 means until the subscriber cancels. """
    activation_date: str | Unset = UNSET
    """ Activation date, `YYYY-MM-DD HH:MM:SS`. """
    error: str | Unset = UNSET
    """ Why the operation failed for this subscription (failures only). """
    shopper: SubscriptionShopper | Unset = UNSET
    """ The person who pays the subscription. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = to_enum(SubscriptionStatus, self.status, "status").value

        creation_date = self.creation_date

        current_recurrence = self.current_recurrence

        date_last_recurrence = self.date_last_recurrence

        date_next_charge = self.date_next_charge

        due_day = self.due_day

        trial_period = self.trial_period

        interval_type_between_charges: str | Unset = UNSET
        if not isinstance(self.interval_type_between_charges, Unset):
            interval_type_between_charges = to_enum(
                ChargeIntervalType, self.interval_type_between_charges, "interval_type_between_charges"
            ).value

        interval_between_charges = self.interval_between_charges

        max_charge_cycles = self.max_charge_cycles

        activation_date = self.activation_date

        error = self.error

        shopper: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shopper, Unset):
            shopper = self.shopper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_code": subscriber_code,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if current_recurrence is not UNSET:
            field_dict["current_recurrence"] = current_recurrence
        if date_last_recurrence is not UNSET:
            field_dict["date_last_recurrence"] = date_last_recurrence
        if date_next_charge is not UNSET:
            field_dict["date_next_charge"] = date_next_charge
        if due_day is not UNSET:
            field_dict["due_day"] = due_day
        if trial_period is not UNSET:
            field_dict["trial_period"] = trial_period
        if interval_type_between_charges is not UNSET:
            field_dict["interval_type_between_charges"] = interval_type_between_charges
        if interval_between_charges is not UNSET:
            field_dict["interval_between_charges"] = interval_between_charges
        if max_charge_cycles is not UNSET:
            field_dict["max_charge_cycles"] = max_charge_cycles
        if activation_date is not UNSET:
            field_dict["activation_date"] = activation_date
        if error is not UNSET:
            field_dict["error"] = error
        if shopper is not UNSET:
            field_dict["shopper"] = shopper

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_result = object.__new__(cls)
        subscription_result.__dict__ = fields = {
            "_raw": d,
            "creation_date": d.get("creation_date", UNSET),
            "current_recurrence": d.get("current_recurrence", UNSET),
            "date_last_recurrence": d.get("date_last_recurrence", UNSET),
            "date_next_charge": d.get("date_next_charge", UNSET),
            "due_day": d.get("due_day", UNSET),
            "trial_period": d.get("trial_period", UNSET),
            "interval_between_charges": d.get("interval_between_charges", UNSET),
            "max_charge_cycles": d.get("max_charge_cycles", UNSET),
            "activation_date": d.get("activation_date", UNSET),
            "error": d.get("error", UNSET),
        }
        if "subscriber_code" in d:  # else reading it raises ResponseParseError
            fields["subscriber_code"] = d["subscriber_code"]
        return subscription_result

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


def _parse_status(d: dict[str, Any]) -> SubscriptionStatus | Unset:
    if d.get("status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _status = d.get("status", UNSET)
    status: SubscriptionStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SubscriptionStatus(_status)

    return status


def _parse_interval_type_between_charges(d: dict[str, Any]) -> ChargeIntervalType | Unset:
    if d.get("interval_type_between_charges") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _interval_type_between_charges = d.get("interval_type_between_charges", UNSET)
    interval_type_between_charges: ChargeIntervalType | Unset
    if isinstance(_interval_type_between_charges, Unset):
        interval_type_between_charges = UNSET
    else:
        interval_type_between_charges = ChargeIntervalType(_interval_type_between_charges)

    return interval_type_between_charges


def _parse_shopper(d: dict[str, Any]) -> SubscriptionShopper | Unset:
    if d.get("shopper") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _shopper = d.get("shopper", UNSET)
    shopper: SubscriptionShopper | Unset
    if isinstance(_shopper, Unset):
        shopper = UNSET
    else:
        shopper = SubscriptionShopper.from_dict(_shopper)

    return shopper


_KNOWN_FIELDS = frozenset(
    {
        "subscriber_code",
        "status",
        "creation_date",
        "current_recurrence",
        "date_last_recurrence",
        "date_next_charge",
        "due_day",
        "trial_period",
        "interval_type_between_charges",
        "interval_between_charges",
        "max_charge_cycles",
        "activation_date",
        "error",
        "shopper",
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
    SubscriptionResult,
    "subscriber_code",
    LazyField("SubscriptionResult", "subscriber_code", "subscriber_code", _parse_subscriber_code),
)
setattr(SubscriptionResult, "status", LazyField("SubscriptionResult", "status", "status", _parse_status))
setattr(
    SubscriptionResult,
    "interval_type_between_charges",
    LazyField(
        "SubscriptionResult",
        "interval_type_between_charges",
        "interval_type_between_charges",
        _parse_interval_type_between_charges,
    ),
)
setattr(SubscriptionResult, "shopper", LazyField("SubscriptionResult", "shopper", "shopper", _parse_shopper))
setattr(
    SubscriptionResult,
    "additional_properties",
    LazyField("SubscriptionResult", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.subscription_shopper import SubscriptionShopper  # noqa: E402
