from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.club_expiration_type import ClubExpirationType
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="ClubPageExpiration")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ClubPageExpiration:
    type_: ClubExpirationType
    """ How a page expires; `BY_DAYS` (some days after the purchase) is the only kind today. """
    duration_days: int | Unset = UNSET
    """ Days after the purchase at which the page expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = to_enum(ClubExpirationType, self.type_, "type_").value

        duration_days = self.duration_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if duration_days is not UNSET:
            field_dict["duration_days"] = duration_days

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_page_expiration = object.__new__(cls)
        club_page_expiration.__dict__ = {
            "_raw": d,
            "duration_days": d.get("duration_days", UNSET),
        }
        return club_page_expiration

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


def _parse_type_(d: dict[str, Any]) -> ClubExpirationType:
    type_ = ClubExpirationType(d["type"])

    return type_


_KNOWN_FIELDS = frozenset(
    {
        "type",
        "duration_days",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(ClubPageExpiration, "type_", LazyField("ClubPageExpiration", "type_", "type", _parse_type_))
setattr(
    ClubPageExpiration,
    "additional_properties",
    LazyField("ClubPageExpiration", "additional_properties", "", _parse_additional_properties),
)
