from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClubLesson")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class ClubLesson:
    """A lesson with the student's completion. Open object: the fields listed are those read by
    independent client code, not confirmed by a wrapper this spec relies on.

    """

    page_id: str | Unset = UNSET
    page_name: str | Unset = UNSET
    module_name: str | Unset = UNSET
    is_module_extra: bool | Unset = UNSET
    is_completed: bool | Unset = UNSET
    completed_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_id = self.page_id

        page_name = self.page_name

        module_name = self.module_name

        is_module_extra = self.is_module_extra

        is_completed = self.is_completed

        completed_date = self.completed_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if page_name is not UNSET:
            field_dict["page_name"] = page_name
        if module_name is not UNSET:
            field_dict["module_name"] = module_name
        if is_module_extra is not UNSET:
            field_dict["is_module_extra"] = is_module_extra
        if is_completed is not UNSET:
            field_dict["is_completed"] = is_completed
        if completed_date is not UNSET:
            field_dict["completed_date"] = completed_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access."""
        d = dict(src_dict)
        club_lesson = cls.__new__(cls)
        club_lesson.__dict__.update(
            _raw=d,
            page_id=d.get("page_id", UNSET),
            page_name=d.get("page_name", UNSET),
            module_name=d.get("module_name", UNSET),
            is_module_extra=d.get("is_module_extra", UNSET),
            is_completed=d.get("is_completed", UNSET),
            completed_date=d.get("completed_date", UNSET),
        )
        return club_lesson

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
                raise ResponseParseError("ClubLesson", key, raw.get(key, raw), exc) from exc
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


_KNOWN_FIELDS = frozenset(
    {
        "page_id",
        "page_name",
        "module_name",
        "is_module_extra",
        "is_completed",
        "completed_date",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Attribute -> (JSON key, parser of that field from the raw JSON object kept by from_dict).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "additional_properties": ("", _parse_additional_properties),
}
