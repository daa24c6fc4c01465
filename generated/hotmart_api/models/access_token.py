from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessToken")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access."""
        d = dict(src_dict)
        if "access_token" not in d:
            raise KeyError("access_token")
        if "expires_in" not in d:
            raise KeyError("expires_in")
        access_token = cls.__new__(cls)
        access_token.__dict__.update(
            _raw=d,
            access_token=d.get("access_token", UNSET),
            expires_in=d.get("expires_in", UNSET),
            token_type=d.get("token_type", UNSET),
            scope=d.get("scope", UNSET),
            jti=d.get("jti", UNSET),
        )
        return access_token

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
                raise ResponseParseError("AccessToken", key, raw.get(key, raw), exc) from exc
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
        "access_token",
        "expires_in",
        "token_type",
        "scope",
        "jti",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Attribute -> (JSON key, parser of that field from the raw JSON object kept by from_dict).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "additional_properties": ("", _parse_additional_properties),
}
