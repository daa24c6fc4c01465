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

T = TypeVar("T", bound="EventInfo")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class EventInfo:
    """An event (a product in the event-ticket format) with its dates and ticket lots."""

    product: ProductRef
    """ A product as referenced from a sale, a subscription or an event. """
    start_event_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    end_event_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    lots: list[EventLot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        start_event_date: int | Unset = UNSET
        if not isinstance(self.start_event_date, Unset):
            start_event_date = to_millis(self.start_event_date)

        end_event_date: int | Unset = UNSET
        if not isinstance(self.end_event_date, Unset):
            end_event_date = to_millis(self.end_event_date)

        lots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lots, Unset):
            lots = []
            for lots_item_data in self.lots:
                lots_item = lots_item_data.to_dict()
                lots.append(lots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
            }
        )
        if start_event_date is not UNSET:
            field_dict["start_event_date"] = start_event_date
        if end_event_date is not UNSET:
            field_dict["end_event_date"] = end_event_date
        if lots is not UNSET:
            field_dict["lots"] = lots

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        event_info = object.__new__(cls)
        event_info.__dict__ = {
            "_raw": d,
        }
        return event_info

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


def _parse_product(d: dict[str, Any]) -> ProductRef:
    product = ProductRef.from_dict(d["product"])

    return product


def _parse_start_event_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("start_event_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_end_event_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("end_event_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_lots(d: dict[str, Any]) -> list[EventLot] | Unset:
    if d.get("lots") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _lots = d.get("lots", UNSET)
    lots: list[EventLot] | Unset = UNSET
    if _lots is not UNSET:
        lots = []
        for lots_item_data in _lots:
            lots_item = EventLot.from_dict(lots_item_data)

            lots.append(lots_item)

    return lots


_KNOWN_FIELDS = frozenset(
    {
        "product",
        "start_event_date",
        "end_event_date",
        "lots",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(EventInfo, "product", LazyField("EventInfo", "product", "product", _parse_product))
setattr(
    EventInfo,
    "start_event_date",
    EpochMillisField("EventInfo", "start_event_date", "start_event_date", _parse_start_event_date),
)
setattr(
    EventInfo,
    "end_event_date",
    EpochMillisField("EventInfo", "end_event_date", "end_event_date", _parse_end_event_date),
)
setattr(EventInfo, "lots", LazyField("EventInfo", "lots", "lots", _parse_lots))
setattr(
    EventInfo,
    "additional_properties",
    LazyField("EventInfo", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.event_lot import EventLot  # noqa: E402
from ..models.product_ref import ProductRef  # noqa: E402
