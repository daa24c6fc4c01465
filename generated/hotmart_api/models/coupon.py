from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    EpochMillisField,
    LazyField,
    Unset,
    model_repr,
    to_datetime,
    to_millis,
)

T = TypeVar("T", bound="Coupon")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class Coupon:
    id: int
    """ Coupon id, used to delete it. """
    coupon_code: str
    discount: float
    """ Discount as a fraction of the price. """
    active: bool | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    status: str | Unset = UNSET
    """ Validity of the coupon, in lower case unlike other enumerations, e.g. `valid`. """
    time_zone: CouponTimeZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coupon_code = self.coupon_code

        discount = self.discount

        active = self.active

        start_date: int | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = to_millis(self.start_date)

        status = self.status

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "coupon_code": coupon_code,
                "discount": discount,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        coupon = object.__new__(cls)
        coupon.__dict__ = fields = {
            "_raw": d,
            "active": d.get("active", UNSET),
            "status": d.get("status", UNSET),
        }
        if "id" in d:  # else reading it raises ResponseParseError
            fields["id"] = d["id"]
        if "coupon_code" in d:  # else reading it raises ResponseParseError
            fields["coupon_code"] = d["coupon_code"]
        if "discount" in d:  # else reading it raises ResponseParseError
            fields["discount"] = d["discount"]
        return coupon

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


def _parse_id(d: dict[str, Any]) -> Any:
    return d["id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_coupon_code(d: dict[str, Any]) -> Any:
    return d["coupon_code"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_discount(d: dict[str, Any]) -> Any:
    return d["discount"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_start_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("start_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_time_zone(d: dict[str, Any]) -> CouponTimeZone | Unset:
    if d.get("time_zone") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _time_zone = d.get("time_zone", UNSET)
    time_zone: CouponTimeZone | Unset
    if isinstance(_time_zone, Unset):
        time_zone = UNSET
    else:
        time_zone = CouponTimeZone.from_dict(_time_zone)

    return time_zone


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "coupon_code",
        "discount",
        "active",
        "start_date",
        "status",
        "time_zone",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(Coupon, "id", LazyField("Coupon", "id", "id", _parse_id))
setattr(Coupon, "coupon_code", LazyField("Coupon", "coupon_code", "coupon_code", _parse_coupon_code))
setattr(Coupon, "discount", LazyField("Coupon", "discount", "discount", _parse_discount))
setattr(Coupon, "start_date", EpochMillisField("Coupon", "start_date", "start_date", _parse_start_date))
setattr(Coupon, "time_zone", LazyField("Coupon", "time_zone", "time_zone", _parse_time_zone))
setattr(Coupon, "additional_properties", LazyField("Coupon", "additional_properties", "", _parse_additional_properties))


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.coupon_time_zone import CouponTimeZone  # noqa: E402
