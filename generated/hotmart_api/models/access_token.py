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

T = TypeVar("T", bound="AccessToken")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class AccessToken:
    access_token: str
    """ Opaque bearer token. A secret. """
    expires_in: int
    """ Lifetime in seconds (86400 observed). """
    token_type: str | Unset = UNSET
    """ Always `bearer`. """
    scope: str | Unset = UNSET
    jti: str | Unset = UNSET
    """ Token id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        token_type = self.token_type

        scope = self.scope

        jti = self.jti

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if scope is not UNSET:
            field_dict["scope"] = scope
        if jti is not UNSET:
            field_dict["jti"] = jti

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        access_token = object.__new__(cls)
        access_token.__dict__ = fields = {
            "_raw": d,
            "token_type": d.get("token_type", UNSET),
            "scope": d.get("scope", UNSET),
            "jti": d.get("jti", UNSET),
        }
        if "access_token" in d:  # else reading it raises ResponseParseError
            fields["access_token"] = d["access_token"]
        if "expires_in" in d:  # else reading it raises ResponseParseError
            fields["expires_in"] = d["expires_in"]
        return access_token

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


def _parse_access_token(d: dict[str, Any]) -> Any:
    return d["access_token"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_expires_in(d: dict[str, Any]) -> Any:
    return d["expires_in"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


_KNOWN_FIELDS = frozenset(
    {
        "access_token",
        "expires_in",
        "token_type",
        "scope",
        "jti",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(AccessToken, "access_token", LazyField("AccessToken", "access_token", "access_token", _parse_access_token))
setattr(AccessToken, "expires_in", LazyField("AccessToken", "expires_in", "expires_in", _parse_expires_in))
setattr(
    AccessToken,
    "additional_properties",
    LazyField("AccessToken", "additional_properties", "", _parse_additional_properties),
)
