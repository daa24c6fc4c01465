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

T = TypeVar("T", bound="ReactivateSubscriptionsRequest")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ReactivateSubscriptionsRequest:
    """Subscriptions to reactivate in one call."""

    subscriber_code: list[str]
    """ Codes of the subscriptions to reactivate. """
    charge: bool | Unset = False
    """ Generate a new charge on reactivation. Either way each subscriber accepts through an
    e-mail link valid for 3 days.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        charge = self.charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_code": subscriber_code,
            }
        )
        if charge is not UNSET:
            field_dict["charge"] = charge

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        reactivate_subscriptions_request = object.__new__(cls)
        reactivate_subscriptions_request.__dict__ = {
            "_raw": d,
            "charge": d.get("charge", UNSET),
        }
        return reactivate_subscriptions_request

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


def _parse_subscriber_code(d: dict[str, Any]) -> list[str]:
    subscriber_code = cast(list[str], d["subscriber_code"])

    return subscriber_code


_KNOWN_FIELDS = frozenset(
    {
        "subscriber_code",
        "charge",
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
    ReactivateSubscriptionsRequest,
    "subscriber_code",
    LazyField("ReactivateSubscriptionsRequest", "subscriber_code", "subscriber_code", _parse_subscriber_code),
)
setattr(
    ReactivateSubscriptionsRequest,
    "additional_properties",
    LazyField("ReactivateSubscriptionsRequest", "additional_properties", "", _parse_additional_properties),
)
