from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.club_first_access_event_data import ClubFirstAccessEventData


T = TypeVar("T", bound="ClubFirstAccessEvent")


@_attrs_define
class ClubFirstAccessEvent:
    """Envelope of the CLUB_FIRST_ACCESS event."""

    id: str | Unset = UNSET
    creation_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    event: Literal["CLUB_FIRST_ACCESS"] | Unset = UNSET
    version: str | Unset = UNSET
    data: ClubFirstAccessEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creation_date = self.creation_date

        event = self.event

        version = self.version

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if event is not UNSET:
            field_dict["event"] = event
        if version is not UNSET:
            field_dict["version"] = version
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.club_first_access_event_data import ClubFirstAccessEventData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        creation_date = d.pop("creation_date", UNSET)

        event = cast(Literal["CLUB_FIRST_ACCESS"] | Unset, d.pop("event", UNSET))
        if event != "CLUB_FIRST_ACCESS" and not isinstance(event, Unset):
            raise ValueError(f"event must match const 'CLUB_FIRST_ACCESS', got '{event}'")

        version = d.pop("version", UNSET)

        _data = d.pop("data", UNSET)
        data: ClubFirstAccessEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ClubFirstAccessEventData.from_dict(_data)

        club_first_access_event = cls(
            id=id,
            creation_date=creation_date,
            event=event,
            version=version,
            data=data,
        )

        club_first_access_event.additional_properties = d
        return club_first_access_event

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
