from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_results = d.pop("total_results", UNSET)

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(d.pop("next_page_token", UNSET))

        def _parse_prev_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev_page_token = _parse_prev_page_token(d.pop("prev_page_token", UNSET))

        results_per_page = d.pop("results_per_page", UNSET)

        page_info = cls(
            total_results=total_results,
            next_page_token=next_page_token,
            prev_page_token=prev_page_token,
            results_per_page=results_per_page,
        )

        page_info.additional_properties = d
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
