from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_payment_mode import OfferPaymentMode
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="ProductOffer")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ProductOffer:
    code: str
    price: Money
    """ An amount in a currency. """
    payment_mode: OfferPaymentMode
    """ Payment mode of an offer, in the English vocabulary of the sales history and offers pages
    (the plans endpoint uses Portuguese names, see `PlanPaymentMode`). `FINANCED_BILLET` is
    listed by the offers page only.
     """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_currency_conversion_enabled: bool | Unset = UNSET
    is_main_offer: bool | Unset = UNSET
    is_smart_recovery_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        price = self.price.to_dict()

        payment_mode = to_enum(OfferPaymentMode, self.payment_mode, "payment_mode").value

        name = self.name

        description = self.description

        is_currency_conversion_enabled = self.is_currency_conversion_enabled

        is_main_offer = self.is_main_offer

        is_smart_recovery_enabled = self.is_smart_recovery_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "price": price,
                "payment_mode": payment_mode,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_currency_conversion_enabled is not UNSET:
            field_dict["is_currency_conversion_enabled"] = is_currency_conversion_enabled
        if is_main_offer is not UNSET:
            field_dict["is_main_offer"] = is_main_offer
        if is_smart_recovery_enabled is not UNSET:
            field_dict["is_smart_recovery_enabled"] = is_smart_recovery_enabled

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        product_offer = object.__new__(cls)
        product_offer.__dict__ = fields = {
            "_raw": d,
            "name": d.get("name", UNSET),
            "description": d.get("description", UNSET),
            "is_currency_conversion_enabled": d.get("is_currency_conversion_enabled", UNSET),
            "is_main_offer": d.get("is_main_offer", UNSET),
            "is_smart_recovery_enabled": d.get("is_smart_recovery_enabled", UNSET),
        }
        if "code" in d:  # else reading it raises ResponseParseError
            fields["code"] = d["code"]
        return product_offer

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


def _parse_price(d: dict[str, Any]) -> Money:
    price = Money.from_dict(d["price"])

    return price


def _parse_payment_mode(d: dict[str, Any]) -> OfferPaymentMode:
    payment_mode = OfferPaymentMode(d["payment_mode"])

    return payment_mode


_KNOWN_FIELDS = frozenset(
    {
        "code",
        "price",
        "payment_mode",
        "name",
        "description",
        "is_currency_conversion_enabled",
        "is_main_offer",
        "is_smart_recovery_enabled",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(ProductOffer, "code", LazyField("ProductOffer", "code", "code", _parse_code))
setattr(ProductOffer, "price", LazyField("ProductOffer", "price", "price", _parse_price))
setattr(ProductOffer, "payment_mode", LazyField("ProductOffer", "payment_mode", "payment_mode", _parse_payment_mode))
setattr(
    ProductOffer,
    "additional_properties",
    LazyField("ProductOffer", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.money import Money  # noqa: E402
