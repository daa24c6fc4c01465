from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkin_status import CheckinStatus
from ..models.ticket_status import TicketStatus
from ..models.ticket_type import TicketType
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

T = TypeVar("T", bound="ETicket")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ETicket:
    id: int | Unset = UNSET
    ticket_qr_code: str | Unset = UNSET
    current_update: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    checkin_status: CheckinStatus | Unset = UNSET
    """ State of a participant's registration data; `ALL` is only meaningful as a filter. """
    is_blocked: bool | Unset = UNSET
    ticket_status: TicketStatus | Unset = UNSET
    """ Status of an event ticket. """
    ticket_type: TicketType | Unset = UNSET
    """ Paid or free ticket; `ALL` is only meaningful as a filter. """
    checkin_url: str | Unset = UNSET
    """ Check-in link e-mailed to the buyer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticket_qr_code = self.ticket_qr_code

        current_update: int | Unset = UNSET
        if not isinstance(self.current_update, Unset):
            current_update = to_millis(self.current_update)

        checkin_status: str | Unset = UNSET
        if not isinstance(self.checkin_status, Unset):
            checkin_status = to_enum(CheckinStatus, self.checkin_status, "checkin_status").value

        is_blocked = self.is_blocked

        ticket_status: str | Unset = UNSET
        if not isinstance(self.ticket_status, Unset):
            ticket_status = to_enum(TicketStatus, self.ticket_status, "ticket_status").value

        ticket_type: str | Unset = UNSET
        if not isinstance(self.ticket_type, Unset):
            ticket_type = to_enum(TicketType, self.ticket_type, "ticket_type").value

        checkin_url = self.checkin_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ticket_qr_code is not UNSET:
            field_dict["ticket_qr_code"] = ticket_qr_code
        if current_update is not UNSET:
            field_dict["current_update"] = current_update
        if checkin_status is not UNSET:
            field_dict["checkin_status"] = checkin_status
        if is_blocked is not UNSET:
            field_dict["is_blocked"] = is_blocked
        if ticket_status is not UNSET:
            field_dict["ticket_status"] = ticket_status
        if ticket_type is not UNSET:
            field_dict["ticket_type"] = ticket_type
        if checkin_url is not UNSET:
            field_dict["checkin_url"] = checkin_url

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        e_ticket = object.__new__(cls)
        e_ticket.__dict__ = {
            "_raw": d,
            "id": d.get("id", UNSET),
            "ticket_qr_code": d.get("ticket_qr_code", UNSET),
            "is_blocked": d.get("is_blocked", UNSET),
            "checkin_url": d.get("checkin_url", UNSET),
        }
        return e_ticket

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


def _parse_current_update(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("current_update")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_checkin_status(d: dict[str, Any]) -> CheckinStatus | Unset:
    if d.get("checkin_status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _checkin_status = d.get("checkin_status", UNSET)
    checkin_status: CheckinStatus | Unset
    if isinstance(_checkin_status, Unset):
        checkin_status = UNSET
    else:
        checkin_status = CheckinStatus(_checkin_status)

    return checkin_status


def _parse_ticket_status(d: dict[str, Any]) -> TicketStatus | Unset:
    if d.get("ticket_status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _ticket_status = d.get("ticket_status", UNSET)
    ticket_status: TicketStatus | Unset
    if isinstance(_ticket_status, Unset):
        ticket_status = UNSET
    else:
        ticket_status = TicketStatus(_ticket_status)

    return ticket_status


def _parse_ticket_type(d: dict[str, Any]) -> TicketType | Unset:
    if d.get("ticket_type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _ticket_type = d.get("ticket_type", UNSET)
    ticket_type: TicketType | Unset
    if isinstance(_ticket_type, Unset):
        ticket_type = UNSET
    else:
        ticket_type = TicketType(_ticket_type)

    return ticket_type


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "ticket_qr_code",
        "current_update",
        "checkin_status",
        "is_blocked",
        "ticket_status",
        "ticket_type",
        "checkin_url",
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
    ETicket, "current_update", EpochMillisField("ETicket", "current_update", "current_update", _parse_current_update)
)
setattr(ETicket, "checkin_status", LazyField("ETicket", "checkin_status", "checkin_status", _parse_checkin_status))
setattr(ETicket, "ticket_status", LazyField("ETicket", "ticket_status", "ticket_status", _parse_ticket_status))
setattr(ETicket, "ticket_type", LazyField("ETicket", "ticket_type", "ticket_type", _parse_ticket_type))
setattr(
    ETicket, "additional_properties", LazyField("ETicket", "additional_properties", "", _parse_additional_properties)
)
