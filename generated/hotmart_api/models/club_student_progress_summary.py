from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClubStudentProgressSummary")


@_attrs_define
class ClubStudentProgressSummary:
    completed_percentage: float | Unset = UNSET
    total: int | Unset = UNSET
    """ Number of lessons. """
    completed: int | Unset = UNSET
    """ Number of lessons completed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_percentage = self.completed_percentage

        total = self.total

        completed = self.completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_percentage is not UNSET:
            field_dict["completed_percentage"] = completed_percentage
        if total is not UNSET:
            field_dict["total"] = total
        if completed is not UNSET:
            field_dict["completed"] = completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_percentage = d.pop("completed_percentage", UNSET)

        total = d.pop("total", UNSET)

        completed = d.pop("completed", UNSET)

        club_student_progress_summary = cls(
            completed_percentage=completed_percentage,
            total=total,
            completed=completed,
        )

        club_student_progress_summary.additional_properties = d
        return club_student_progress_summary

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
