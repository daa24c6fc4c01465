from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.club_plus_access import ClubPlusAccess
from ..models.club_role import ClubRole
from ..models.club_student_status import ClubStudentStatus
from ..models.club_student_type import ClubStudentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.club_student_progress_summary import ClubStudentProgressSummary


T = TypeVar("T", bound="ClubStudent")


@_attrs_define
class ClubStudent:
    user_id: str | Unset = UNSET
    """ Id used by `getClubStudentProgress`. """
    engagement: str | Unset = UNSET
    """ Engagement level computed by Hotmart, e.g. HIGH. """
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    last_access_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    first_access_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
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

        last_access_date = self.last_access_date

        first_access_date = self.first_access_date

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
        from ..models.club_student_progress_summary import ClubStudentProgressSummary  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        engagement = d.pop("engagement", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        last_access_date = d.pop("last_access_date", UNSET)

        first_access_date = d.pop("first_access_date", UNSET)

        _role = d.pop("role", UNSET)
        role: ClubRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = ClubRole(_role)

        locale = d.pop("locale", UNSET)

        _plus_access = d.pop("plus_access", UNSET)
        plus_access: ClubPlusAccess | Unset
        if isinstance(_plus_access, Unset):
            plus_access = UNSET
        else:
            plus_access = ClubPlusAccess(_plus_access)

        _progress = d.pop("progress", UNSET)
        progress: ClubStudentProgressSummary | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = ClubStudentProgressSummary.from_dict(_progress)

        _status = d.pop("status", UNSET)
        status: ClubStudentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ClubStudentStatus(_status)

        access_count = d.pop("access_count", UNSET)

        is_deletable = d.pop("is_deletable", UNSET)

        class_id = d.pop("class_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ClubStudentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ClubStudentType(_type_)

        club_student = cls(
            user_id=user_id,
            engagement=engagement,
            name=name,
            email=email,
            last_access_date=last_access_date,
            first_access_date=first_access_date,
            role=role,
            locale=locale,
            plus_access=plus_access,
            progress=progress,
            status=status,
            access_count=access_count,
            is_deletable=is_deletable,
            class_id=class_id,
            type_=type_,
        )

        club_student.additional_properties = d
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
