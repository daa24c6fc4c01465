from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    EpochMillisField,
    LazyField,
    model_repr,
    to_datetime,
    to_millis,
)

T = TypeVar("T", bound="UnpaidRecurrency")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class UnpaidRecurrency:
    number: int
    charge_date: datetime.datetime
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        charge_date = to_millis(self.charge_date)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "charge_date": charge_date,
            }
        )

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        unpaid_recurrency = object.__new__(cls)
        unpaid_recurrency.__dict__ = fields = {
            "_raw": d,
        }
        if "number" in d:  # else reading it raises ResponseParseError
            fields["number"] = d["number"]
        return unpaid_recurrency

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


def _parse_number(d: dict[str, Any]) -> Any:
    return d["number"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_charge_date(d: dict[str, Any]) -> datetime.datetime:
    return to_datetime(d["charge_date"])


_KNOWN_FIELDS = frozenset(
    {
        "number",
        "charge_date",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(UnpaidRecurrency, "number", LazyField("UnpaidRecurrency", "number", "number", _parse_number))
setattr(
    UnpaidRecurrency,
    "charge_date",
    EpochMillisField("UnpaidRecurrency", "charge_date", "charge_date", _parse_charge_date),
)
setattr(
    UnpaidRecurrency,
    "additional_properties",
    LazyField("UnpaidRecurrency", "additional_properties", "", _parse_additional_properties),
)
