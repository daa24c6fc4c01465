from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesSummaryItem")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class SalesSummaryItem:
    """Commission total of the matching sales in one currency."""

    total_items: int | Unset = UNSET
    """ Number of transactions summed into this total. """
    total_value: Money | Unset = UNSET
    """ An amount in a currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        total_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_value, Unset):
            total_value = self.total_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if total_value is not UNSET:
            field_dict["total_value"] = total_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access."""
        d = dict(src_dict)
        sales_summary_item = cls.__new__(cls)
        sales_summary_item.__dict__.update(
            _raw=d,
            total_items=d.get("total_items", UNSET),
        )
        return sales_summary_item

    if not TYPE_CHECKING:  # hidden from type checkers so that unknown attributes stay errors

        def __getattr__(self, name: str) -> Any:
            # Only called for an attribute not set yet: parse that field from the raw JSON, keep it.
            raw = self.__dict__.get("_raw")
            lazy = _LAZY_FIELDS.get(name)
            if raw is None or lazy is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            key, parse = lazy
            try:
                value = parse(raw)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise ResponseParseError("SalesSummaryItem", key, raw.get(key, raw), exc) from exc
            self.__dict__[name] = value
            return value

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


def _parse_total_value(d: dict[str, Any]) -> Money | Unset:
    if d.get("total_value") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _total_value = d.get("total_value", UNSET)
    total_value: Money | Unset
    if isinstance(_total_value, Unset):
        total_value = UNSET
    else:
        total_value = Money.from_dict(_total_value)

    return total_value


_KNOWN_FIELDS = frozenset(
    {
        "total_items",
        "total_value",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Attribute -> (JSON key, parser of that field from the raw JSON object kept by from_dict).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "total_value": ("total_value", _parse_total_value),
    "additional_properties": ("", _parse_additional_properties),
}


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.money import Money  # noqa: E402
