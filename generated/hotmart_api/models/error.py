from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Hotmart returns errors in one of two shapes: `{error, error_description}` (OAuth style, most
    endpoints) or `{code, message, details}`. Both are described here; any field may be absent.

    """

    error: str | Unset = UNSET
    """ Machine-readable error code, e.g. `invalid_parameter`, `invalid_token`, `too_many_requests`. """
    error_description: str | Unset = UNSET
    """ Human-readable explanation. """
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
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        error_description = d.pop("error_description", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        details = cast(list[str], d.pop("details", UNSET))

        error = cls(
            error=error,
            error_description=error_description,
            code=code,
            message=message,
            details=details,
        )

        error.additional_properties = d
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
