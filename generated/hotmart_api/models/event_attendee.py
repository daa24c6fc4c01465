from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="EventAttendee")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class EventAttendee:
    """The person who uses a ticket (may differ from the buyer)."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    document: str | Unset = UNSET
    """ CPF, RG or another document number. """
    phone: int | str | Unset = UNSET
    """ Phone number; Hotmart's example sends it as a JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        document = self.document

        phone: int | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if document is not UNSET:
            field_dict["document"] = document
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        event_attendee = object.__new__(cls)
        event_attendee.__dict__ = {
            "_raw": d,
            "id": d.get("id", UNSET),
            "name": d.get("name", UNSET),
            "email": d.get("email", UNSET),
            "document": d.get("document", UNSET),
        }
        return event_attendee

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


def _parse_phone(d: dict[str, Any]) -> int | str | Unset:
    def _parse_phone(data: object) -> int | str | Unset:
        if isinstance(data, Unset):
            return data
        return cast(int | str | Unset, data)

    phone = _parse_phone(d.get("phone", UNSET))

    return phone


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "email",
        "document",
        "phone",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(EventAttendee, "phone", LazyField("EventAttendee", "phone", "phone", _parse_phone))
setattr(
    EventAttendee,
    "additional_properties",
    LazyField("EventAttendee", "additional_properties", "", _parse_additional_properties),
)
