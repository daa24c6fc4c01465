from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.club_liberation_type import ClubLiberationType
from ..models.club_page_type import ClubPageType
from ..types import (
    UNSET,
    LazyField,
    Unset,
)

T = TypeVar("T", bound="ClubPage")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class ClubPage:
    page_id: str | Unset = UNSET
    name: str | Unset = UNSET
    page_order: int | Unset = UNSET
    type_: ClubPageType | Unset = UNSET
    """ Kind of Members Area page. """
    is_published: bool | Unset = UNSET
    total_comments: int | Unset = UNSET
    rates_average: float | Unset = UNSET
    rates: list[ClubPageRate] | Unset = UNSET
    has_media: bool | Unset = UNSET
    liberation_type: ClubLiberationType | Unset = UNSET
    """ How a page is released to students. """
    liberation_date: str | Unset = UNSET
    """ Release date for `BY_DATE` pages, as Hotmart formats it (a string). """
    liberation_days: int | Unset = UNSET
    """ Days after enrolment for `BY_DAYS` pages. """
    has_duration: bool | Unset = UNSET
    days_of_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_id = self.page_id

        name = self.name

        page_order = self.page_order

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_published = self.is_published

        total_comments = self.total_comments

        rates_average = self.rates_average

        rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = []
            for rates_item_data in self.rates:
                rates_item = rates_item_data.to_dict()
                rates.append(rates_item)

        has_media = self.has_media

        liberation_type: str | Unset = UNSET
        if not isinstance(self.liberation_type, Unset):
            liberation_type = self.liberation_type.value

        liberation_date = self.liberation_date

        liberation_days = self.liberation_days

        has_duration = self.has_duration

        days_of_duration = self.days_of_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if name is not UNSET:
            field_dict["name"] = name
        if page_order is not UNSET:
            field_dict["page_order"] = page_order
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if total_comments is not UNSET:
            field_dict["total_comments"] = total_comments
        if rates_average is not UNSET:
            field_dict["rates_average"] = rates_average
        if rates is not UNSET:
            field_dict["rates"] = rates
        if has_media is not UNSET:
            field_dict["has_media"] = has_media
        if liberation_type is not UNSET:
            field_dict["liberation_type"] = liberation_type
        if liberation_date is not UNSET:
            field_dict["liberation_date"] = liberation_date
        if liberation_days is not UNSET:
            field_dict["liberation_days"] = liberation_days
        if has_duration is not UNSET:
            field_dict["has_duration"] = has_duration
        if days_of_duration is not UNSET:
            field_dict["days_of_duration"] = days_of_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_page = object.__new__(cls)
        club_page.__dict__ = {
            "_raw": d,
            "page_id": d.get("page_id", UNSET),
            "name": d.get("name", UNSET),
            "page_order": d.get("page_order", UNSET),
            "is_published": d.get("is_published", UNSET),
            "total_comments": d.get("total_comments", UNSET),
            "rates_average": d.get("rates_average", UNSET),
            "has_media": d.get("has_media", UNSET),
            "liberation_date": d.get("liberation_date", UNSET),
            "liberation_days": d.get("liberation_days", UNSET),
            "has_duration": d.get("has_duration", UNSET),
            "days_of_duration": d.get("days_of_duration", UNSET),
        }
        return club_page

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


def _parse_type_(d: dict[str, Any]) -> ClubPageType | Unset:
    if d.get("type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _type_ = d.get("type", UNSET)
    type_: ClubPageType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = ClubPageType(_type_)

    return type_


def _parse_rates(d: dict[str, Any]) -> list[ClubPageRate] | Unset:
    if d.get("rates") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _rates = d.get("rates", UNSET)
    rates: list[ClubPageRate] | Unset = UNSET
    if _rates is not UNSET:
        rates = []
        for rates_item_data in _rates:
            rates_item = ClubPageRate.from_dict(rates_item_data)

            rates.append(rates_item)

    return rates


def _parse_liberation_type(d: dict[str, Any]) -> ClubLiberationType | Unset:
    if d.get("liberation_type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _liberation_type = d.get("liberation_type", UNSET)
    liberation_type: ClubLiberationType | Unset
    if isinstance(_liberation_type, Unset):
        liberation_type = UNSET
    else:
        liberation_type = ClubLiberationType(_liberation_type)

    return liberation_type


_KNOWN_FIELDS = frozenset(
    {
        "page_id",
        "name",
        "page_order",
        "type",
        "is_published",
        "total_comments",
        "rates_average",
        "rates",
        "has_media",
        "liberation_type",
        "liberation_date",
        "liberation_days",
        "has_duration",
        "days_of_duration",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(ClubPage, "type_", LazyField("ClubPage", "type_", "type", _parse_type_))
setattr(ClubPage, "rates", LazyField("ClubPage", "rates", "rates", _parse_rates))
setattr(
    ClubPage, "liberation_type", LazyField("ClubPage", "liberation_type", "liberation_type", _parse_liberation_type)
)
setattr(
    ClubPage, "additional_properties", LazyField("ClubPage", "additional_properties", "", _parse_additional_properties)
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.club_page_rate import ClubPageRate  # noqa: E402
