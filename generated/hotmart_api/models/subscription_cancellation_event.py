from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

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

T = TypeVar("T", bound="SubscriptionCancellationEvent")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SubscriptionCancellationEvent:
    """The SUBSCRIPTION_CANCELLATION event."""

    id: str
    creation_date: datetime.datetime
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    event: Literal["SUBSCRIPTION_CANCELLATION"]
    data: SubscriptionCancellationEventData
    """ The `data` of SUBSCRIPTION_CANCELLATION. """
    version: str | Unset = UNSET
    hottok: str | Unset = UNSET
    """ The account's webhook token, repeated in the body by some deliveries. Verify the
    `X-HOTMART-HOTTOK` header instead: a token inside the body travels with the payload into
    every log and database it is stored in.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creation_date = to_millis(self.creation_date)

        event = self.event

        data = self.data.to_dict()

        version = self.version

        hottok = self.hottok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "creation_date": creation_date,
                "event": event,
                "data": data,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if hottok is not UNSET:
            field_dict["hottok"] = hottok

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_cancellation_event = object.__new__(cls)
        subscription_cancellation_event.__dict__ = fields = {
            "_raw": d,
            "version": d.get("version", UNSET),
            "hottok": d.get("hottok", UNSET),
        }
        if "id" in d:  # else reading it raises ResponseParseError
            fields["id"] = d["id"]
        return subscription_cancellation_event

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


def _parse_id(d: dict[str, Any]) -> Any:
    return d["id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_creation_date(d: dict[str, Any]) -> datetime.datetime:
    return to_datetime(d["creation_date"])


def _parse_event(d: dict[str, Any]) -> Literal["SUBSCRIPTION_CANCELLATION"]:
    event = cast(Literal["SUBSCRIPTION_CANCELLATION"], d["event"])
    if event != "SUBSCRIPTION_CANCELLATION":
        raise ValueError(f"event must match const 'SUBSCRIPTION_CANCELLATION', got '{event}'")
    return event


def _parse_data(d: dict[str, Any]) -> SubscriptionCancellationEventData:
    data = SubscriptionCancellationEventData.from_dict(d["data"])

    return data


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "creation_date",
        "event",
        "data",
        "version",
        "hottok",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(SubscriptionCancellationEvent, "id", LazyField("SubscriptionCancellationEvent", "id", "id", _parse_id))
setattr(
    SubscriptionCancellationEvent,
    "creation_date",
    EpochMillisField("SubscriptionCancellationEvent", "creation_date", "creation_date", _parse_creation_date),
)
setattr(
    SubscriptionCancellationEvent, "event", LazyField("SubscriptionCancellationEvent", "event", "event", _parse_event)
)
setattr(SubscriptionCancellationEvent, "data", LazyField("SubscriptionCancellationEvent", "data", "data", _parse_data))
setattr(
    SubscriptionCancellationEvent,
    "additional_properties",
    LazyField("SubscriptionCancellationEvent", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.subscription_cancellation_event_data import SubscriptionCancellationEventData  # noqa: E402
