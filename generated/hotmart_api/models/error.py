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

T = TypeVar("T", bound="Error")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class Error:
    """Hotmart returns errors in one of two shapes: `{error, error_description}` (OAuth style, most
    endpoints) or `{code, message, details}`. Both are described here; any field may be absent.

    """

    error: str | Unset = UNSET
    """ Machine-readable error code, e.g. `invalid_parameter`, `invalid_token`, `too_many_requests`. """
    error_description: str | Unset = UNSET
    """ Human-readable explanation. """
    error_uri: str | Unset = UNSET
    """ Link to Hotmart's page on response codes (seen in the change-due-day error example). """
    code: str | Unset = UNSET
    """ Machine-readable error code in the alternative shape, e.g. `UNAUTHORIZED`. """
    message: str | Unset = UNSET
    """ Human-readable explanation in the alternative shape. """
    details: list[str] | Unset = UNSET
    """ Further explanations in the alternative shape. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_description = self.error_description

        error_uri = self.error_uri

        code = self.code

        message = self.message

        details: list[str] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if error_uri is not UNSET:
            field_dict["error_uri"] = error_uri
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        error = object.__new__(cls)
        error.__dict__ = {
            "_raw": d,
            "error": d.get("error", UNSET),
            "error_description": d.get("error_description", UNSET),
            "error_uri": d.get("error_uri", UNSET),
            "code": d.get("code", UNSET),
            "message": d.get("message", UNSET),
        }
        return error

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


def _parse_details(d: dict[str, Any]) -> list[str] | Unset:
    if d.get("details") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    details = cast(list[str], d.get("details", UNSET))

    return details


_KNOWN_FIELDS = frozenset(
    {
        "error",
        "error_description",
        "error_uri",
        "code",
        "message",
        "details",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(Error, "details", LazyField("Error", "details", "details", _parse_details))
setattr(Error, "additional_properties", LazyField("Error", "additional_properties", "", _parse_additional_properties))
