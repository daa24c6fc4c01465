from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventInfo")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class EventInfo:
    """An event. Open object; the fields listed are not confirmed by live traffic."""

    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    start_event_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    end_event_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    lots: list[EventLot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        start_event_date = self.start_event_date

        end_event_date = self.end_event_date

        lots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lots, Unset):
            lots = []
            for lots_item_data in self.lots:
                lots_item = lots_item_data.to_dict()
                lots.append(lots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if start_event_date is not UNSET:
            field_dict["start_event_date"] = start_event_date
        if end_event_date is not UNSET:
            field_dict["end_event_date"] = end_event_date
        if lots is not UNSET:
            field_dict["lots"] = lots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access."""
        d = dict(src_dict)
        event_info = cls.__new__(cls)
        event_info.__dict__.update(
            _raw=d,
            start_event_date=d.get("start_event_date", UNSET),
            end_event_date=d.get("end_event_date", UNSET),
        )
        return event_info

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
                raise ResponseParseError("EventInfo", key, raw.get(key, raw), exc) from exc
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


def _parse_product(d: dict[str, Any]) -> ProductRef | Unset:
    if d.get("product") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _product = d.get("product", UNSET)
    product: ProductRef | Unset
    if isinstance(_product, Unset):
        product = UNSET
    else:
        product = ProductRef.from_dict(_product)

    return product


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


# Attribute -> (JSON key, parser of that field from the raw JSON object kept by from_dict).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "product": ("product", _parse_product),
    "lots": ("lots", _parse_lots),
    "additional_properties": ("", _parse_additional_properties),
}


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.event_lot import EventLot  # noqa: E402
from ..models.product_ref import ProductRef  # noqa: E402
