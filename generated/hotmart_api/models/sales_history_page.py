from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesHistoryPage")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class SalesHistoryPage:
    items: list[SaleHistoryItem]
    page_info: PageInfo | Unset = UNSET
    """ Cursor information of a page. Tokens are absent on the first/last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if page_info is not UNSET:
            field_dict["page_info"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access."""
        d = dict(src_dict)
        if "items" not in d:
            raise KeyError("items")
        sales_history_page = cls.__new__(cls)
        sales_history_page.__dict__.update(
            _raw=d,
        )
        return sales_history_page

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
                raise ResponseParseError("SalesHistoryPage", key, raw.get(key, raw), exc) from exc
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


def _parse_items(d: dict[str, Any]) -> list[SaleHistoryItem]:
    items = []
    _items = d["items"]
    for items_item_data in _items:
        items_item = SaleHistoryItem.from_dict(items_item_data)

        items.append(items_item)

    return items


def _parse_page_info(d: dict[str, Any]) -> PageInfo | Unset:
    if d.get("page_info") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _page_info = d.get("page_info", UNSET)
    page_info: PageInfo | Unset
    if isinstance(_page_info, Unset):
        page_info = UNSET
    else:
        page_info = PageInfo.from_dict(_page_info)

    return page_info


_KNOWN_FIELDS = frozenset(
    {
        "items",
        "page_info",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Attribute -> (JSON key, parser of that field from the raw JSON object kept by from_dict).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "items": ("items", _parse_items),
    "page_info": ("page_info", _parse_page_info),
    "additional_properties": ("", _parse_additional_properties),
}


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.page_info import PageInfo  # noqa: E402
from ..models.sale_history_item import SaleHistoryItem  # noqa: E402
