from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.club_liberation_type import ClubLiberationType
from ..models.club_page_type import ClubPageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.club_page_rate import ClubPageRate


T = TypeVar("T", bound="ClubPage")


@_attrs_define
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
        from ..models.club_page_rate import ClubPageRate  # noqa: PLC0415

        d = dict(src_dict)
        page_id = d.pop("page_id", UNSET)

        name = d.pop("name", UNSET)

        page_order = d.pop("page_order", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ClubPageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ClubPageType(_type_)

        is_published = d.pop("is_published", UNSET)

        total_comments = d.pop("total_comments", UNSET)

        rates_average = d.pop("rates_average", UNSET)

        _rates = d.pop("rates", UNSET)
        rates: list[ClubPageRate] | Unset = UNSET
        if _rates is not UNSET:
            rates = []
            for rates_item_data in _rates:
                rates_item = ClubPageRate.from_dict(rates_item_data)

                rates.append(rates_item)

        has_media = d.pop("has_media", UNSET)

        _liberation_type = d.pop("liberation_type", UNSET)
        liberation_type: ClubLiberationType | Unset
        if isinstance(_liberation_type, Unset):
            liberation_type = UNSET
        else:
            liberation_type = ClubLiberationType(_liberation_type)

        liberation_date = d.pop("liberation_date", UNSET)

        liberation_days = d.pop("liberation_days", UNSET)

        has_duration = d.pop("has_duration", UNSET)

        days_of_duration = d.pop("days_of_duration", UNSET)

        club_page = cls(
            page_id=page_id,
            name=name,
            page_order=page_order,
            type_=type_,
            is_published=is_published,
            total_comments=total_comments,
            rates_average=rates_average,
            rates=rates,
            has_media=has_media,
            liberation_type=liberation_type,
            liberation_date=liberation_date,
            liberation_days=liberation_days,
            has_duration=has_duration,
            days_of_duration=days_of_duration,
        )

        club_page.additional_properties = d
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
