from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="CreateCouponRequest")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class CreateCouponRequest:
    """A discount coupon to create."""

    code: str
    """ Code the buyer types at checkout. """
    discount: float
    """ Discount as a fraction of the price (0.2 = 20% off). """
    start_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    end_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    affiliate: int | Unset = UNSET
    """ Id of the affiliate the coupon is restricted to. """
    offer_ids: list[int] | Unset = UNSET
    """ Ids of the offers the coupon applies to; all offers when absent or empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        discount = self.discount

        start_date: int | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = to_millis(self.start_date)

        end_date: int | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = to_millis(self.end_date)

        affiliate = self.affiliate

        offer_ids: list[int] | Unset = UNSET
        if not isinstance(self.offer_ids, Unset):
            offer_ids = self.offer_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "discount": discount,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if affiliate is not UNSET:
            field_dict["affiliate"] = affiliate
        if offer_ids is not UNSET:
            field_dict["offer_ids"] = offer_ids

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        create_coupon_request = object.__new__(cls)
        create_coupon_request.__dict__ = fields = {
            "_raw": d,
            "affiliate": d.get("affiliate", UNSET),
        }
        if "code" in d:  # else reading it raises ResponseParseError
            fields["code"] = d["code"]
        if "discount" in d:  # else reading it raises ResponseParseError
            fields["discount"] = d["discount"]
        return create_coupon_request

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


def _parse_code(d: dict[str, Any]) -> Any:
    return d["code"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_discount(d: dict[str, Any]) -> Any:
    return d["discount"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_start_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("start_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_end_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("end_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_offer_ids(d: dict[str, Any]) -> list[int] | Unset:
    if d.get("offer_ids") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    offer_ids = cast(list[int], d.get("offer_ids", UNSET))

    return offer_ids


_KNOWN_FIELDS = frozenset(
    {
        "code",
        "discount",
        "start_date",
        "end_date",
        "affiliate",
        "offer_ids",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(CreateCouponRequest, "code", LazyField("CreateCouponRequest", "code", "code", _parse_code))
setattr(CreateCouponRequest, "discount", LazyField("CreateCouponRequest", "discount", "discount", _parse_discount))
setattr(
    CreateCouponRequest,
    "start_date",
    EpochMillisField("CreateCouponRequest", "start_date", "start_date", _parse_start_date),
)
setattr(
    CreateCouponRequest, "end_date", EpochMillisField("CreateCouponRequest", "end_date", "end_date", _parse_end_date)
)
setattr(CreateCouponRequest, "offer_ids", LazyField("CreateCouponRequest", "offer_ids", "offer_ids", _parse_offer_ids))
setattr(
    CreateCouponRequest,
    "additional_properties",
    LazyField("CreateCouponRequest", "additional_properties", "", _parse_additional_properties),
)
