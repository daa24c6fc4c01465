from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyField,
    model_repr,
)

T = TypeVar("T", bound="SalesSummaryItem")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SalesSummaryItem:
    """Commission total of the matching sales in one currency."""

    total_items: int
    """ Number of transactions summed into this total. """
    total_value: Money
    """ An amount in a currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        total_value = self.total_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_items": total_items,
                "total_value": total_value,
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
        sales_summary_item = object.__new__(cls)
        sales_summary_item.__dict__ = fields = {
            "_raw": d,
        }
        if "total_items" in d:  # else reading it raises ResponseParseError
            fields["total_items"] = d["total_items"]
        return sales_summary_item

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


def _parse_total_items(d: dict[str, Any]) -> Any:
    return d["total_items"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_total_value(d: dict[str, Any]) -> Money:
    total_value = Money.from_dict(d["total_value"])

    return total_value


_KNOWN_FIELDS = frozenset(
    {
        "total_items",
        "total_value",
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
    SalesSummaryItem, "total_items", LazyField("SalesSummaryItem", "total_items", "total_items", _parse_total_items)
)
setattr(
    SalesSummaryItem, "total_value", LazyField("SalesSummaryItem", "total_value", "total_value", _parse_total_value)
)
setattr(
    SalesSummaryItem,
    "additional_properties",
    LazyField("SalesSummaryItem", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.money import Money  # noqa: E402
