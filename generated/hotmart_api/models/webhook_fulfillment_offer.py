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

T = TypeVar("T", bound="WebhookFulfillmentOffer")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookFulfillmentOffer:
    code: str | Unset = UNSET
    price: WebhookMoney | Unset = UNSET
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_fulfillment_offer = object.__new__(cls)
        webhook_fulfillment_offer.__dict__ = {
            "_raw": d,
            "code": d.get("code", UNSET),
        }
        return webhook_fulfillment_offer

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


def _parse_price(d: dict[str, Any]) -> WebhookMoney | Unset:
    if d.get("price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _price = d.get("price", UNSET)
    price: WebhookMoney | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = WebhookMoney.from_dict(_price)

    return price


_KNOWN_FIELDS = frozenset(
    {
        "code",
        "price",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookFulfillmentOffer, "price", LazyField("WebhookFulfillmentOffer", "price", "price", _parse_price))
setattr(
    WebhookFulfillmentOffer,
    "additional_properties",
    LazyField("WebhookFulfillmentOffer", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_money import WebhookMoney  # noqa: E402
