from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClubModule")


@_attrs_define
class ClubModule:
    module_id: str | Unset = UNSET
    name: str | Unset = UNSET
    sequence: int | Unset = UNSET
    """ Display position. """
    is_extra: bool | Unset = UNSET
    is_extra_paid: bool | Unset = UNSET
    is_public: bool | Unset = UNSET
    classes: list[str] | Unset = UNSET
    """ Ids of the classes (student groups) that can see the module. """
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        module_id = self.module_id

        name = self.name

        sequence = self.sequence

        is_extra = self.is_extra

        is_extra_paid = self.is_extra_paid

        is_public = self.is_public

        classes: list[str] | Unset = UNSET
        if not isinstance(self.classes, Unset):
            classes = self.classes

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module_id is not UNSET:
            field_dict["module_id"] = module_id
        if name is not UNSET:
            field_dict["name"] = name
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if is_extra is not UNSET:
            field_dict["is_extra"] = is_extra
        if is_extra_paid is not UNSET:
            field_dict["is_extra_paid"] = is_extra_paid
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if classes is not UNSET:
            field_dict["classes"] = classes
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        module_id = d.pop("module_id", UNSET)

        name = d.pop("name", UNSET)

        sequence = d.pop("sequence", UNSET)

        is_extra = d.pop("is_extra", UNSET)

        is_extra_paid = d.pop("is_extra_paid", UNSET)

        is_public = d.pop("is_public", UNSET)

        classes = cast(list[str], d.pop("classes", UNSET))

        total_pages = d.pop("total_pages", UNSET)

        club_module = cls(
            module_id=module_id,
            name=name,
            sequence=sequence,
            is_extra=is_extra,
            is_extra_paid=is_extra_paid,
            is_public=is_public,
            classes=classes,
            total_pages=total_pages,
        )

        club_module.additional_properties = d
        return club_module

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
