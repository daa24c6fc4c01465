from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.club_liberation_type import ClubLiberationType
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="ClubPageLiberation")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ClubPageLiberation:
    """When a page is released; which field is set depends on `type`."""

    type_: ClubLiberationType
    """ How a page is released: `BY_DAYS` some days after the purchase, `BY_DATE` on a fixed date,
    `BY_QUIZ` once a quiz chosen by the producer is completed.
     """
    liberation_date: str | Unset = UNSET
    """ Release date, for `BY_DATE`: an ISO 8601 text such as `2020-03-27T03:00:00Z`, not epoch
    milliseconds.
     """
    liberation_days: int | Unset = UNSET
    """ Days after the purchase, for `BY_DAYS`. """
    page_id: str | Unset = UNSET
    """ The quiz page to complete, for `BY_QUIZ`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = to_enum(ClubLiberationType, self.type_, "type_").value

        liberation_date = self.liberation_date

        liberation_days = self.liberation_days

        page_id = self.page_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if liberation_date is not UNSET:
            field_dict["liberation_date"] = liberation_date
        if liberation_days is not UNSET:
            field_dict["liberation_days"] = liberation_days
        if page_id is not UNSET:
            field_dict["page_id"] = page_id

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_page_liberation = object.__new__(cls)
        club_page_liberation.__dict__ = {
            "_raw": d,
            "liberation_date": d.get("liberation_date", UNSET),
            "liberation_days": d.get("liberation_days", UNSET),
            "page_id": d.get("page_id", UNSET),
        }
        return club_page_liberation

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


def _parse_type_(d: dict[str, Any]) -> ClubLiberationType:
    type_ = ClubLiberationType(d["type"])

    return type_


_KNOWN_FIELDS = frozenset(
    {
        "type",
        "liberation_date",
        "liberation_days",
        "page_id",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(ClubPageLiberation, "type_", LazyField("ClubPageLiberation", "type_", "type", _parse_type_))
setattr(
    ClubPageLiberation,
    "additional_properties",
    LazyField("ClubPageLiberation", "additional_properties", "", _parse_additional_properties),
)
