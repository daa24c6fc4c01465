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

T = TypeVar("T", bound="CartAbandonmentEventData")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class CartAbandonmentEventData:
    """The `data` of PURCHASE_OUT_OF_SHOPPING_CART."""

    product: WebhookProductRef
    """ A product named by id and name. """
    affiliate: bool | Unset = UNSET
    """ Whether the lead came from an affiliate. """
    buyer: WebhookLead | Unset = UNSET
    """ The person who left the checkout, who may be the one paying rather than the one using the
    product. Only what they typed is sent; the producer chooses the checkout's fields.
     """
    offer: WebhookOfferRef | Unset = UNSET
    checkout_country: WebhookCheckoutCountry | Unset = UNSET
    """ The country chosen at checkout. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        affiliate = self.affiliate

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        checkout_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkout_country, Unset):
            checkout_country = self.checkout_country.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
            }
        )
        if affiliate is not UNSET:
            field_dict["affiliate"] = affiliate
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if offer is not UNSET:
            field_dict["offer"] = offer
        if checkout_country is not UNSET:
            field_dict["checkout_country"] = checkout_country

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        cart_abandonment_event_data = object.__new__(cls)
        cart_abandonment_event_data.__dict__ = {
            "_raw": d,
            "affiliate": d.get("affiliate", UNSET),
        }
        return cart_abandonment_event_data

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


def _parse_product(d: dict[str, Any]) -> WebhookProductRef:
    product = WebhookProductRef.from_dict(d["product"])

    return product


def _parse_buyer(d: dict[str, Any]) -> WebhookLead | Unset:
    if d.get("buyer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _buyer = d.get("buyer", UNSET)
    buyer: WebhookLead | Unset
    if isinstance(_buyer, Unset):
        buyer = UNSET
    else:
        buyer = WebhookLead.from_dict(_buyer)

    return buyer


def _parse_offer(d: dict[str, Any]) -> WebhookOfferRef | Unset:
    if d.get("offer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _offer = d.get("offer", UNSET)
    offer: WebhookOfferRef | Unset
    if isinstance(_offer, Unset):
        offer = UNSET
    else:
        offer = WebhookOfferRef.from_dict(_offer)

    return offer


def _parse_checkout_country(d: dict[str, Any]) -> WebhookCheckoutCountry | Unset:
    if d.get("checkout_country") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _checkout_country = d.get("checkout_country", UNSET)
    checkout_country: WebhookCheckoutCountry | Unset
    if isinstance(_checkout_country, Unset):
        checkout_country = UNSET
    else:
        checkout_country = WebhookCheckoutCountry.from_dict(_checkout_country)

    return checkout_country


_KNOWN_FIELDS = frozenset(
    {
        "product",
        "affiliate",
        "buyer",
        "offer",
        "checkout_country",
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
    CartAbandonmentEventData, "product", LazyField("CartAbandonmentEventData", "product", "product", _parse_product)
)
setattr(CartAbandonmentEventData, "buyer", LazyField("CartAbandonmentEventData", "buyer", "buyer", _parse_buyer))
setattr(CartAbandonmentEventData, "offer", LazyField("CartAbandonmentEventData", "offer", "offer", _parse_offer))
setattr(
    CartAbandonmentEventData,
    "checkout_country",
    LazyField("CartAbandonmentEventData", "checkout_country", "checkout_country", _parse_checkout_country),
)
setattr(
    CartAbandonmentEventData,
    "additional_properties",
    LazyField("CartAbandonmentEventData", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_checkout_country import WebhookCheckoutCountry  # noqa: E402
from ..models.webhook_lead import WebhookLead  # noqa: E402
from ..models.webhook_offer_ref import WebhookOfferRef  # noqa: E402
from ..models.webhook_product_ref import WebhookProductRef  # noqa: E402
