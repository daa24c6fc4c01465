from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClubModule")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
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
        """Wrap a JSON object: plain fields are read now, the others on first access."""
        d = dict(src_dict)
        club_module = cls.__new__(cls)
        club_module.__dict__.update(
            _raw=d,
            module_id=d.get("module_id", UNSET),
            name=d.get("name", UNSET),
            sequence=d.get("sequence", UNSET),
            is_extra=d.get("is_extra", UNSET),
            is_extra_paid=d.get("is_extra_paid", UNSET),
            is_public=d.get("is_public", UNSET),
            total_pages=d.get("total_pages", UNSET),
        )
        return club_module

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
                raise ResponseParseError("ClubModule", key, raw.get(key, raw), exc) from exc
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


# Attribute -> (JSON key, parser of that field from the raw JSON object kept by from_dict).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "classes": ("classes", _parse_classes),
    "additional_properties": ("", _parse_additional_properties),
}
