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

T = TypeVar("T", bound="ClubLesson")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ClubLesson:
    """A page (lesson) with the student's completion; `completed_date` only when completed."""

    page_id: str
    page_name: str
    module_name: str
    is_completed: bool
    is_module_extra: bool | Unset = UNSET
    completed_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_id = self.page_id

        page_name = self.page_name

        module_name = self.module_name

        is_completed = self.is_completed

        is_module_extra = self.is_module_extra

        completed_date: int | Unset = UNSET
        if not isinstance(self.completed_date, Unset):
            completed_date = to_millis(self.completed_date)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_id": page_id,
                "page_name": page_name,
                "module_name": module_name,
                "is_completed": is_completed,
            }
        )
        if is_module_extra is not UNSET:
            field_dict["is_module_extra"] = is_module_extra
        if completed_date is not UNSET:
            field_dict["completed_date"] = completed_date

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_lesson = object.__new__(cls)
        club_lesson.__dict__ = fields = {
            "_raw": d,
            "is_module_extra": d.get("is_module_extra", UNSET),
        }
        if "page_id" in d:  # else reading it raises ResponseParseError
            fields["page_id"] = d["page_id"]
        if "page_name" in d:  # else reading it raises ResponseParseError
            fields["page_name"] = d["page_name"]
        if "module_name" in d:  # else reading it raises ResponseParseError
            fields["module_name"] = d["module_name"]
        if "is_completed" in d:  # else reading it raises ResponseParseError
            fields["is_completed"] = d["is_completed"]
        return club_lesson

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


def _parse_page_name(d: dict[str, Any]) -> Any:
    return d["page_name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_module_name(d: dict[str, Any]) -> Any:
    return d["module_name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_is_completed(d: dict[str, Any]) -> Any:
    return d["is_completed"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_completed_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("completed_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


_KNOWN_FIELDS = frozenset(
    {
        "page_id",
        "page_name",
        "module_name",
        "is_completed",
        "is_module_extra",
        "completed_date",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(ClubLesson, "page_id", LazyField("ClubLesson", "page_id", "page_id", _parse_page_id))
setattr(ClubLesson, "page_name", LazyField("ClubLesson", "page_name", "page_name", _parse_page_name))
setattr(ClubLesson, "module_name", LazyField("ClubLesson", "module_name", "module_name", _parse_module_name))
setattr(ClubLesson, "is_completed", LazyField("ClubLesson", "is_completed", "is_completed", _parse_is_completed))
setattr(
    ClubLesson,
    "completed_date",
    EpochMillisField("ClubLesson", "completed_date", "completed_date", _parse_completed_date),
)
setattr(
    ClubLesson,
    "additional_properties",
    LazyField("ClubLesson", "additional_properties", "", _parse_additional_properties),
)
