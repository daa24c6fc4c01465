from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.club_page_type import ClubPageType
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="ClubPage")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ClubPage:
    """A page (lesson) of a module."""

    page_id: str
    name: str
    type_: ClubPageType
    """ Kind of Members Area page. """
    page_order: int
    """ Position of the page in its module. """
    total_comments: int | Unset = UNSET
    rates: list[ClubPageRate] | Unset = UNSET
    """ How many students gave each rating (1 bad ... 5 excellent). """
    rates_average: float | Unset = UNSET
    published: bool | Unset = UNSET
    """ Whether students can see the page. """
    has_media: bool | Unset = UNSET
    dripping_configs: list[ClubDrippingConfig] | Unset = UNSET
    """ Release and expiry rules; empty when the page is released at once to everyone. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_id = self.page_id

        name = self.name

        type_ = to_enum(ClubPageType, self.type_, "type_").value

        page_order = self.page_order

        total_comments = self.total_comments

        rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = []
            for rates_item_data in self.rates:
                rates_item = rates_item_data.to_dict()
                rates.append(rates_item)

        rates_average = self.rates_average

        published = self.published

        has_media = self.has_media

        dripping_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dripping_configs, Unset):
            dripping_configs = []
            for dripping_configs_item_data in self.dripping_configs:
                dripping_configs_item = dripping_configs_item_data.to_dict()
                dripping_configs.append(dripping_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_id": page_id,
                "name": name,
                "type": type_,
                "page_order": page_order,
            }
        )
        if total_comments is not UNSET:
            field_dict["total_comments"] = total_comments
        if rates is not UNSET:
            field_dict["rates"] = rates
        if rates_average is not UNSET:
            field_dict["rates_average"] = rates_average
        if published is not UNSET:
            field_dict["published"] = published
        if has_media is not UNSET:
            field_dict["has_media"] = has_media
        if dripping_configs is not UNSET:
            field_dict["dripping_configs"] = dripping_configs

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_page = object.__new__(cls)
        club_page.__dict__ = fields = {
            "_raw": d,
            "total_comments": d.get("total_comments", UNSET),
            "rates_average": d.get("rates_average", UNSET),
            "published": d.get("published", UNSET),
            "has_media": d.get("has_media", UNSET),
        }
        if "page_id" in d:  # else reading it raises ResponseParseError
            fields["page_id"] = d["page_id"]
        if "name" in d:  # else reading it raises ResponseParseError
            fields["name"] = d["name"]
        if "page_order" in d:  # else reading it raises ResponseParseError
            fields["page_order"] = d["page_order"]
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


def _parse_page_id(d: dict[str, Any]) -> Any:
    return d["page_id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_name(d: dict[str, Any]) -> Any:
    return d["name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_type_(d: dict[str, Any]) -> ClubPageType:
    type_ = ClubPageType(d["type"])

    return type_


def _parse_page_order(d: dict[str, Any]) -> Any:
    return d["page_order"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


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


def _parse_dripping_configs(d: dict[str, Any]) -> list[ClubDrippingConfig] | Unset:
    if d.get("dripping_configs") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _dripping_configs = d.get("dripping_configs", UNSET)
    dripping_configs: list[ClubDrippingConfig] | Unset = UNSET
    if _dripping_configs is not UNSET:
        dripping_configs = []
        for dripping_configs_item_data in _dripping_configs:
            dripping_configs_item = ClubDrippingConfig.from_dict(dripping_configs_item_data)

            dripping_configs.append(dripping_configs_item)

    return dripping_configs


_KNOWN_FIELDS = frozenset(
    {
        "page_id",
        "name",
        "type",
        "page_order",
        "total_comments",
        "rates",
        "rates_average",
        "published",
        "has_media",
        "dripping_configs",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(ClubPage, "page_id", LazyField("ClubPage", "page_id", "page_id", _parse_page_id))
setattr(ClubPage, "name", LazyField("ClubPage", "name", "name", _parse_name))
setattr(ClubPage, "type_", LazyField("ClubPage", "type_", "type", _parse_type_))
setattr(ClubPage, "page_order", LazyField("ClubPage", "page_order", "page_order", _parse_page_order))
setattr(ClubPage, "rates", LazyField("ClubPage", "rates", "rates", _parse_rates))
setattr(
    ClubPage, "dripping_configs", LazyField("ClubPage", "dripping_configs", "dripping_configs", _parse_dripping_configs)
)
setattr(
    ClubPage, "additional_properties", LazyField("ClubPage", "additional_properties", "", _parse_additional_properties)
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.club_dripping_config import ClubDrippingConfig  # noqa: E402
from ..models.club_page_rate import ClubPageRate  # noqa: E402
