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

T = TypeVar("T", bound="ClubModule")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ClubModule:
    module_id: str
    name: str
    sequence: int | Unset = UNSET
    """ Display position. """
    is_extra: bool | Unset = UNSET
    """ Whether the module is extra (additional) content. """
    is_extra_paid: bool | Unset = UNSET
    """ For an extra module, whether it is paid. """
    is_public: bool | Unset = UNSET
    """ Whether the module is free, open to people who have not bought the course. """
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
        field_dict.update(
            {
                "module_id": module_id,
                "name": name,
            }
        )
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

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_module = object.__new__(cls)
        club_module.__dict__ = fields = {
            "_raw": d,
            "sequence": d.get("sequence", UNSET),
            "is_extra": d.get("is_extra", UNSET),
            "is_extra_paid": d.get("is_extra_paid", UNSET),
            "is_public": d.get("is_public", UNSET),
            "total_pages": d.get("total_pages", UNSET),
        }
        if "module_id" in d:  # else reading it raises ResponseParseError
            fields["module_id"] = d["module_id"]
        if "name" in d:  # else reading it raises ResponseParseError
            fields["name"] = d["name"]
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


def _parse_module_id(d: dict[str, Any]) -> Any:
    return d["module_id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_name(d: dict[str, Any]) -> Any:
    return d["name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_classes(d: dict[str, Any]) -> list[str] | Unset:
    if d.get("classes") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    classes = cast(list[str], d.get("classes", UNSET))

    return classes


_KNOWN_FIELDS = frozenset(
    {
        "module_id",
        "name",
        "sequence",
        "is_extra",
        "is_extra_paid",
        "is_public",
        "classes",
        "total_pages",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(ClubModule, "module_id", LazyField("ClubModule", "module_id", "module_id", _parse_module_id))
setattr(ClubModule, "name", LazyField("ClubModule", "name", "name", _parse_name))
setattr(ClubModule, "classes", LazyField("ClubModule", "classes", "classes", _parse_classes))
setattr(
    ClubModule,
    "additional_properties",
    LazyField("ClubModule", "additional_properties", "", _parse_additional_properties),
)
