from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_shopper import SubscriptionShopper


T = TypeVar("T", bound="SubscriptionResult")


@_attrs_define
class SubscriptionResult:
    """A subscription as returned by the cancel and reactivate operations. Unlike the rest of the
    API, its dates are strings in the form `YYYY-MM-DD HH:MM:SS`, not epoch milliseconds.

    """

    status: SubscriptionStatus | Unset = UNSET
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    subscriber_code: str | Unset = UNSET
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
    interval_type_between_charges: str | Unset = UNSET
    """ Unit of the interval between charges, e.g. DAY, WEEK, MONTH. """
    interval_between_charges: int | Unset = UNSET
    """ Number of units between charges (MONTH and 3 means quarterly). """
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
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        subscriber_code = self.subscriber_code

        creation_date = self.creation_date

        current_recurrence = self.current_recurrence

        date_last_recurrence = self.date_last_recurrence

        date_next_charge = self.date_next_charge

        due_day = self.due_day

        trial_period = self.trial_period

        interval_type_between_charges = self.interval_type_between_charges

        interval_between_charges = self.interval_between_charges

        max_charge_cycles = self.max_charge_cycles

        activation_date = self.activation_date

        error = self.error

        shopper: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shopper, Unset):
            shopper = self.shopper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if subscriber_code is not UNSET:
            field_dict["subscriber_code"] = subscriber_code
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_shopper import SubscriptionShopper  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionStatus(_status)

        subscriber_code = d.pop("subscriber_code", UNSET)

        creation_date = d.pop("creation_date", UNSET)

        current_recurrence = d.pop("current_recurrence", UNSET)

        date_last_recurrence = d.pop("date_last_recurrence", UNSET)

        date_next_charge = d.pop("date_next_charge", UNSET)

        due_day = d.pop("due_day", UNSET)

        trial_period = d.pop("trial_period", UNSET)

        interval_type_between_charges = d.pop("interval_type_between_charges", UNSET)

        interval_between_charges = d.pop("interval_between_charges", UNSET)

        max_charge_cycles = d.pop("max_charge_cycles", UNSET)

        activation_date = d.pop("activation_date", UNSET)

        error = d.pop("error", UNSET)

        _shopper = d.pop("shopper", UNSET)
        shopper: SubscriptionShopper | Unset
        if isinstance(_shopper, Unset):
            shopper = UNSET
        else:
            shopper = SubscriptionShopper.from_dict(_shopper)

        subscription_result = cls(
            status=status,
            subscriber_code=subscriber_code,
            creation_date=creation_date,
            current_recurrence=current_recurrence,
            date_last_recurrence=date_last_recurrence,
            date_next_charge=date_next_charge,
            due_day=due_day,
            trial_period=trial_period,
            interval_type_between_charges=interval_type_between_charges,
            interval_between_charges=interval_between_charges,
            max_charge_cycles=max_charge_cycles,
            activation_date=activation_date,
            error=error,
            shopper=shopper,
        )

        subscription_result.additional_properties = d
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
