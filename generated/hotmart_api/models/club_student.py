from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.club_plus_access import ClubPlusAccess
from ..models.club_role import ClubRole
from ..models.club_student_status import ClubStudentStatus
from ..models.club_student_type import ClubStudentType
from ..types import (
    UNSET,
    EpochMillisField,
    LazyField,
    Unset,
    to_datetime,
    to_millis,
)

T = TypeVar("T", bound="ClubStudent")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class ClubStudent:
    user_id: str | Unset = UNSET
    """ Id used by `getClubStudentProgress`. """
    engagement: str | Unset = UNSET
    """ Engagement level computed by Hotmart, e.g. HIGH. """
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    last_access_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    first_access_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    role: ClubRole | Unset = UNSET
    """ Role of a user in the Members Area. """
    locale: str | Unset = UNSET
    plus_access: ClubPlusAccess | Unset = UNSET
    """ Shared-access ("plus") situation of a student. """
    progress: ClubStudentProgressSummary | Unset = UNSET
    status: ClubStudentStatus | Unset = UNSET
    """ Access status of a student. """
    access_count: int | Unset = UNSET
    is_deletable: bool | Unset = UNSET
    class_id: str | Unset = UNSET
    type_: ClubStudentType | Unset = UNSET
    """ How a student got access. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        engagement = self.engagement

        name = self.name

        email = self.email

        last_access_date: int | Unset = UNSET
        if not isinstance(self.last_access_date, Unset):
            last_access_date = to_millis(self.last_access_date)

        first_access_date: int | Unset = UNSET
        if not isinstance(self.first_access_date, Unset):
            first_access_date = to_millis(self.first_access_date)

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        locale = self.locale

        plus_access: str | Unset = UNSET
        if not isinstance(self.plus_access, Unset):
            plus_access = self.plus_access.value

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        access_count = self.access_count

        is_deletable = self.is_deletable

        class_id = self.class_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if engagement is not UNSET:
            field_dict["engagement"] = engagement
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if last_access_date is not UNSET:
            field_dict["last_access_date"] = last_access_date
        if first_access_date is not UNSET:
            field_dict["first_access_date"] = first_access_date
        if role is not UNSET:
            field_dict["role"] = role
        if locale is not UNSET:
            field_dict["locale"] = locale
        if plus_access is not UNSET:
            field_dict["plus_access"] = plus_access
        if progress is not UNSET:
            field_dict["progress"] = progress
        if status is not UNSET:
            field_dict["status"] = status
        if access_count is not UNSET:
            field_dict["access_count"] = access_count
        if is_deletable is not UNSET:
            field_dict["is_deletable"] = is_deletable
        if class_id is not UNSET:
            field_dict["class_id"] = class_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_student = object.__new__(cls)
        club_student.__dict__ = {
            "_raw": d,
            "user_id": d.get("user_id", UNSET),
            "engagement": d.get("engagement", UNSET),
            "name": d.get("name", UNSET),
            "email": d.get("email", UNSET),
            "locale": d.get("locale", UNSET),
            "access_count": d.get("access_count", UNSET),
            "is_deletable": d.get("is_deletable", UNSET),
            "class_id": d.get("class_id", UNSET),
        }
        return club_student

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


def _parse_last_access_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("last_access_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_first_access_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("first_access_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_role(d: dict[str, Any]) -> ClubRole | Unset:
    if d.get("role") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _role = d.get("role", UNSET)
    role: ClubRole | Unset
    if isinstance(_role, Unset):
        role = UNSET
    else:
        role = ClubRole(_role)

    return role


def _parse_plus_access(d: dict[str, Any]) -> ClubPlusAccess | Unset:
    if d.get("plus_access") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _plus_access = d.get("plus_access", UNSET)
    plus_access: ClubPlusAccess | Unset
    if isinstance(_plus_access, Unset):
        plus_access = UNSET
    else:
        plus_access = ClubPlusAccess(_plus_access)

    return plus_access


def _parse_progress(d: dict[str, Any]) -> ClubStudentProgressSummary | Unset:
    if d.get("progress") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _progress = d.get("progress", UNSET)
    progress: ClubStudentProgressSummary | Unset
    if isinstance(_progress, Unset):
        progress = UNSET
    else:
        progress = ClubStudentProgressSummary.from_dict(_progress)

    return progress


def _parse_status(d: dict[str, Any]) -> ClubStudentStatus | Unset:
    if d.get("status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _status = d.get("status", UNSET)
    status: ClubStudentStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = ClubStudentStatus(_status)

    return status


def _parse_type_(d: dict[str, Any]) -> ClubStudentType | Unset:
    if d.get("type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _type_ = d.get("type", UNSET)
    type_: ClubStudentType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = ClubStudentType(_type_)

    return type_


_KNOWN_FIELDS = frozenset(
    {
        "user_id",
        "engagement",
        "name",
        "email",
        "last_access_date",
        "first_access_date",
        "role",
        "locale",
        "plus_access",
        "progress",
        "status",
        "access_count",
        "is_deletable",
        "class_id",
        "type",
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
    ClubStudent,
    "last_access_date",
    EpochMillisField("ClubStudent", "last_access_date", "last_access_date", _parse_last_access_date),
)
setattr(
    ClubStudent,
    "first_access_date",
    EpochMillisField("ClubStudent", "first_access_date", "first_access_date", _parse_first_access_date),
)
setattr(ClubStudent, "role", LazyField("ClubStudent", "role", "role", _parse_role))
setattr(ClubStudent, "plus_access", LazyField("ClubStudent", "plus_access", "plus_access", _parse_plus_access))
setattr(ClubStudent, "progress", LazyField("ClubStudent", "progress", "progress", _parse_progress))
setattr(ClubStudent, "status", LazyField("ClubStudent", "status", "status", _parse_status))
setattr(ClubStudent, "type_", LazyField("ClubStudent", "type_", "type", _parse_type_))
setattr(
    ClubStudent,
    "additional_properties",
    LazyField("ClubStudent", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.club_student_progress_summary import ClubStudentProgressSummary  # noqa: E402
