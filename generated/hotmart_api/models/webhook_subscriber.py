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

T = TypeVar("T", bound="WebhookSubscriber")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookSubscriber:
    code: str
    """ The subscriber code (one per buyer and product). """
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: WebhookPhone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        email = self.email

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_subscriber = object.__new__(cls)
        webhook_subscriber.__dict__ = fields = {
            "_raw": d,
            "name": d.get("name", UNSET),
            "email": d.get("email", UNSET),
        }
        if "code" in d:  # else reading it raises ResponseParseError
            fields["code"] = d["code"]
        return webhook_subscriber

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


def _parse_code(d: dict[str, Any]) -> Any:
    return d["code"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_phone(d: dict[str, Any]) -> WebhookPhone | Unset:
    if d.get("phone") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _phone = d.get("phone", UNSET)
    phone: WebhookPhone | Unset
    if isinstance(_phone, Unset):
        phone = UNSET
    else:
        phone = WebhookPhone.from_dict(_phone)

    return phone


_KNOWN_FIELDS = frozenset(
    {
        "code",
        "name",
        "email",
        "phone",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookSubscriber, "code", LazyField("WebhookSubscriber", "code", "code", _parse_code))
setattr(WebhookSubscriber, "phone", LazyField("WebhookSubscriber", "phone", "phone", _parse_phone))
setattr(
    WebhookSubscriber,
    "additional_properties",
    LazyField("WebhookSubscriber", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_phone import WebhookPhone  # noqa: E402
