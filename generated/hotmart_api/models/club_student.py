from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.club_engagement import ClubEngagement
from ..models.club_plus_access import ClubPlusAccess
from ..models.club_role import ClubRole
from ..models.club_student_status import ClubStudentStatus
from ..models.club_student_type import ClubStudentType
from ..types import (
    UNSET,
    EpochMillisField,
    LazyField,
    Unset,
    model_repr,
    to_datetime,
    to_enum,
    to_millis,
)

T = TypeVar("T", bound="ClubStudent")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ClubStudent:
    user_id: str
    """ Id used by `getClubStudentProgress`. """
    name: str
    email: str
    role: ClubRole
    """ Role of a user in the Members Area. """
    status: ClubStudentStatus
    """ Access status of a student. """
    engagement: ClubEngagement | Unset = UNSET
    """ How much a student interacts with the product, as Hotmart measures it. """
    last_access_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    first_access_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    locale: str | Unset = UNSET
    plus_access: ClubPlusAccess | Unset = UNSET
    """ Shared-access ("plus") situation of a student. """
    progress: ClubStudentProgressSummary | Unset = UNSET
    purchase_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    access_count: int | Unset = UNSET
    """ Number of accesses to the Members Area. """
    is_deletable: bool | Unset = UNSET
    """ Whether the student can be blocked. """
    class_id: str | Unset = UNSET
    """ Id of the student's class. """
    type_: ClubStudentType | Unset = UNSET
    """ How a student got access. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name = self.name

        email = self.email

        role = to_enum(ClubRole, self.role, "role").value

        status = to_enum(ClubStudentStatus, self.status, "status").value

        engagement: str | Unset = UNSET
        if not isinstance(self.engagement, Unset):
            engagement = to_enum(ClubEngagement, self.engagement, "engagement").value

        last_access_date: int | Unset = UNSET
        if not isinstance(self.last_access_date, Unset):
            last_access_date = to_millis(self.last_access_date)

        first_access_date: int | Unset = UNSET
        if not isinstance(self.first_access_date, Unset):
            first_access_date = to_millis(self.first_access_date)

        locale = self.locale

        plus_access: str | Unset = UNSET
        if not isinstance(self.plus_access, Unset):
            plus_access = to_enum(ClubPlusAccess, self.plus_access, "plus_access").value

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        purchase_date: int | Unset = UNSET
        if not isinstance(self.purchase_date, Unset):
            purchase_date = to_millis(self.purchase_date)

        access_count = self.access_count

        is_deletable = self.is_deletable

        class_id = self.class_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = to_enum(ClubStudentType, self.type_, "type_").value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "name": name,
                "email": email,
                "role": role,
                "status": status,
            }
        )
        if engagement is not UNSET:
            field_dict["engagement"] = engagement
        if last_access_date is not UNSET:
            field_dict["last_access_date"] = last_access_date
        if first_access_date is not UNSET:
            field_dict["first_access_date"] = first_access_date
        if locale is not UNSET:
            field_dict["locale"] = locale
        if plus_access is not UNSET:
            field_dict["plus_access"] = plus_access
        if progress is not UNSET:
            field_dict["progress"] = progress
        if purchase_date is not UNSET:
            field_dict["purchase_date"] = purchase_date
        if access_count is not UNSET:
            field_dict["access_count"] = access_count
        if is_deletable is not UNSET:
            field_dict["is_deletable"] = is_deletable
        if class_id is not UNSET:
            field_dict["class_id"] = class_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_student = object.__new__(cls)
        club_student.__dict__ = fields = {
            "_raw": d,
            "locale": d.get("locale", UNSET),
            "access_count": d.get("access_count", UNSET),
            "is_deletable": d.get("is_deletable", UNSET),
            "class_id": d.get("class_id", UNSET),
        }
        if "user_id" in d:  # else reading it raises ResponseParseError
            fields["user_id"] = d["user_id"]
        if "name" in d:  # else reading it raises ResponseParseError
            fields["name"] = d["name"]
        if "email" in d:  # else reading it raises ResponseParseError
            fields["email"] = d["email"]
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


def _parse_user_id(d: dict[str, Any]) -> Any:
    return d["user_id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_name(d: dict[str, Any]) -> Any:
    return d["name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_email(d: dict[str, Any]) -> Any:
    return d["email"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_role(d: dict[str, Any]) -> ClubRole:
    role = ClubRole(d["role"])

    return role


def _parse_status(d: dict[str, Any]) -> ClubStudentStatus:
    status = ClubStudentStatus(d["status"])

    return status


def _parse_engagement(d: dict[str, Any]) -> ClubEngagement | Unset:
    if d.get("engagement") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _engagement = d.get("engagement", UNSET)
    engagement: ClubEngagement | Unset
    if isinstance(_engagement, Unset):
        engagement = UNSET
    else:
        engagement = ClubEngagement(_engagement)

    return engagement


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


def _parse_purchase_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("purchase_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


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
        "name",
        "email",
        "role",
        "status",
        "engagement",
        "last_access_date",
        "first_access_date",
        "locale",
        "plus_access",
        "progress",
        "purchase_date",
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
setattr(ClubStudent, "user_id", LazyField("ClubStudent", "user_id", "user_id", _parse_user_id))
setattr(ClubStudent, "name", LazyField("ClubStudent", "name", "name", _parse_name))
setattr(ClubStudent, "email", LazyField("ClubStudent", "email", "email", _parse_email))
setattr(ClubStudent, "role", LazyField("ClubStudent", "role", "role", _parse_role))
setattr(ClubStudent, "status", LazyField("ClubStudent", "status", "status", _parse_status))
setattr(ClubStudent, "engagement", LazyField("ClubStudent", "engagement", "engagement", _parse_engagement))
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
setattr(ClubStudent, "plus_access", LazyField("ClubStudent", "plus_access", "plus_access", _parse_plus_access))
setattr(ClubStudent, "progress", LazyField("ClubStudent", "progress", "progress", _parse_progress))
setattr(
    ClubStudent,
    "purchase_date",
    EpochMillisField("ClubStudent", "purchase_date", "purchase_date", _parse_purchase_date),
)
setattr(ClubStudent, "type_", LazyField("ClubStudent", "type_", "type", _parse_type_))
setattr(
    ClubStudent,
    "additional_properties",
    LazyField("ClubStudent", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.club_student_progress_summary import ClubStudentProgressSummary  # noqa: E402
