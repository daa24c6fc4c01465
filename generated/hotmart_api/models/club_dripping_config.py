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

T = TypeVar("T", bound="ClubDrippingConfig")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ClubDrippingConfig:
    """A release (and optional expiry) rule of a page and the classes it applies to."""

    liberation: ClubPageLiberation | Unset = UNSET
    """ When a page is released; which field is set depends on `type`. """
    expiration: ClubPageExpiration | Unset = UNSET
    classes: list[ClubClass] | Unset = UNSET
    """ The classes the rule applies to; an empty list means every class. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liberation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liberation, Unset):
            liberation = self.liberation.to_dict()

        expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.to_dict()

        classes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classes, Unset):
            classes = []
            for classes_item_data in self.classes:
                classes_item = classes_item_data.to_dict()
                classes.append(classes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liberation is not UNSET:
            field_dict["liberation"] = liberation
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if classes is not UNSET:
            field_dict["classes"] = classes

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        club_dripping_config = object.__new__(cls)
        club_dripping_config.__dict__ = {
            "_raw": d,
        }
        return club_dripping_config

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


def _parse_liberation(d: dict[str, Any]) -> ClubPageLiberation | Unset:
    if d.get("liberation") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _liberation = d.get("liberation", UNSET)
    liberation: ClubPageLiberation | Unset
    if isinstance(_liberation, Unset):
        liberation = UNSET
    else:
        liberation = ClubPageLiberation.from_dict(_liberation)

    return liberation


def _parse_expiration(d: dict[str, Any]) -> ClubPageExpiration | Unset:
    if d.get("expiration") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _expiration = d.get("expiration", UNSET)
    expiration: ClubPageExpiration | Unset
    if isinstance(_expiration, Unset):
        expiration = UNSET
    else:
        expiration = ClubPageExpiration.from_dict(_expiration)

    return expiration


def _parse_classes(d: dict[str, Any]) -> list[ClubClass] | Unset:
    if d.get("classes") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _classes = d.get("classes", UNSET)
    classes: list[ClubClass] | Unset = UNSET
    if _classes is not UNSET:
        classes = []
        for classes_item_data in _classes:
            classes_item = ClubClass.from_dict(classes_item_data)

            classes.append(classes_item)

    return classes


_KNOWN_FIELDS = frozenset(
    {
        "liberation",
        "expiration",
        "classes",
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
    ClubDrippingConfig, "liberation", LazyField("ClubDrippingConfig", "liberation", "liberation", _parse_liberation)
)
setattr(
    ClubDrippingConfig, "expiration", LazyField("ClubDrippingConfig", "expiration", "expiration", _parse_expiration)
)
setattr(ClubDrippingConfig, "classes", LazyField("ClubDrippingConfig", "classes", "classes", _parse_classes))
setattr(
    ClubDrippingConfig,
    "additional_properties",
    LazyField("ClubDrippingConfig", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.club_class import ClubClass  # noqa: E402
from ..models.club_page_expiration import ClubPageExpiration  # noqa: E402
from ..models.club_page_liberation import ClubPageLiberation  # noqa: E402
