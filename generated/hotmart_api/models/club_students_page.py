from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="ClubStudentsPage")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ClubStudentsPage:
    items: list[ClubStudent]
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

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_students_page = object.__new__(cls)
        club_students_page.__dict__ = {
            "_raw": d,
        }
        return club_students_page

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


def _parse_items(d: dict[str, Any]) -> list[ClubStudent]:
    items = []
    _items = d["items"]
    for items_item_data in _items:
        items_item = ClubStudent.from_dict(items_item_data)

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


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(ClubStudentsPage, "items", LazyField("ClubStudentsPage", "items", "items", _parse_items))
setattr(ClubStudentsPage, "page_info", LazyField("ClubStudentsPage", "page_info", "page_info", _parse_page_info))
setattr(
    ClubStudentsPage,
    "additional_properties",
    LazyField("ClubStudentsPage", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.club_student import ClubStudent  # noqa: E402
from ..models.page_info import PageInfo  # noqa: E402
