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

T = TypeVar("T", bound="WebhookSwitchedPlan")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookSwitchedPlan:
    id: int
    current: bool
    """ True for the plan the subscriber moved to, false for the previous one. """
    name: str | Unset = UNSET
    offer: WebhookOfferKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current = self.current

        name = self.name

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "current": current,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if offer is not UNSET:
            field_dict["offer"] = offer

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_switched_plan = object.__new__(cls)
        webhook_switched_plan.__dict__ = fields = {
            "_raw": d,
            "name": d.get("name", UNSET),
        }
        if "id" in d:  # else reading it raises ResponseParseError
            fields["id"] = d["id"]
        if "current" in d:  # else reading it raises ResponseParseError
            fields["current"] = d["current"]
        return webhook_switched_plan

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


def _parse_id(d: dict[str, Any]) -> Any:
    return d["id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_current(d: dict[str, Any]) -> Any:
    return d["current"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_offer(d: dict[str, Any]) -> WebhookOfferKey | Unset:
    if d.get("offer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _offer = d.get("offer", UNSET)
    offer: WebhookOfferKey | Unset
    if isinstance(_offer, Unset):
        offer = UNSET
    else:
        offer = WebhookOfferKey.from_dict(_offer)

    return offer


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "current",
        "name",
        "offer",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookSwitchedPlan, "id", LazyField("WebhookSwitchedPlan", "id", "id", _parse_id))
setattr(WebhookSwitchedPlan, "current", LazyField("WebhookSwitchedPlan", "current", "current", _parse_current))
setattr(WebhookSwitchedPlan, "offer", LazyField("WebhookSwitchedPlan", "offer", "offer", _parse_offer))
setattr(
    WebhookSwitchedPlan,
    "additional_properties",
    LazyField("WebhookSwitchedPlan", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_offer_key import WebhookOfferKey  # noqa: E402
