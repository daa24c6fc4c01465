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

T = TypeVar("T", bound="PageInfo")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class PageInfo:
    """Cursor information of a page. Tokens are absent on the first/last page."""

    total_results: int | Unset = UNSET
    """ Total number of items matching the query. """
    next_page_token: None | str | Unset = UNSET
    """ Token of the next page; absent or null on the last page. """
    prev_page_token: None | str | Unset = UNSET
    """ Token of the previous page; absent or null on the first page. """
    results_per_page: int | Unset = UNSET
    """ Items in this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_results = self.total_results

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        prev_page_token: None | str | Unset
        if isinstance(self.prev_page_token, Unset):
            prev_page_token = UNSET
        else:
            prev_page_token = self.prev_page_token

        results_per_page = self.results_per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if prev_page_token is not UNSET:
            field_dict["prev_page_token"] = prev_page_token
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        page_info = object.__new__(cls)
        page_info.__dict__ = {
            "_raw": d,
            "total_results": d.get("total_results", UNSET),
            "results_per_page": d.get("results_per_page", UNSET),
        }
        return page_info

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


def _parse_next_page_token(d: dict[str, Any]) -> None | str | Unset:
    def _parse_next_page_token(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    next_page_token = _parse_next_page_token(d.get("next_page_token", UNSET))

    return next_page_token


def _parse_prev_page_token(d: dict[str, Any]) -> None | str | Unset:
    def _parse_prev_page_token(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    prev_page_token = _parse_prev_page_token(d.get("prev_page_token", UNSET))

    return prev_page_token


_KNOWN_FIELDS = frozenset(
    {
        "total_results",
        "next_page_token",
        "prev_page_token",
        "results_per_page",
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
    PageInfo, "next_page_token", LazyField("PageInfo", "next_page_token", "next_page_token", _parse_next_page_token)
)
setattr(
    PageInfo, "prev_page_token", LazyField("PageInfo", "prev_page_token", "prev_page_token", _parse_prev_page_token)
)
setattr(
    PageInfo, "additional_properties", LazyField("PageInfo", "additional_properties", "", _parse_additional_properties)
)
