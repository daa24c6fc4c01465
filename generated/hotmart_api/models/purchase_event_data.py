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

T = TypeVar("T", bound="PurchaseEventData")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class PurchaseEventData:
    """The `data` of the purchase events."""

    product: WebhookProduct
    """ The product bought. """
    buyer: WebhookBuyer
    """ The buyer. The page says buyer data is sent only when the buyer gave it (the producer
    chooses the checkout's fields), so every field may be absent, `email` and `name` included,
    as in the cart abandonment event.
     """
    purchase: WebhookPurchase
    affiliates: list[WebhookAffiliate] | Unset = UNSET
    producer: WebhookProducer | Unset = UNSET
    commissions: list[WebhookCommission] | Unset = UNSET
    shipping: WebhookShipping | Unset = UNSET
    """ Shipping of a physical product; absent when there is none. """
    subscription: WebhookPurchaseSubscription | Unset = UNSET
    """ The subscription of a subscription sale; absent for other sales. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        buyer = self.buyer.to_dict()

        purchase = self.purchase.to_dict()

        affiliates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.affiliates, Unset):
            affiliates = []
            for affiliates_item_data in self.affiliates:
                affiliates_item = affiliates_item_data.to_dict()
                affiliates.append(affiliates_item)

        producer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.producer, Unset):
            producer = self.producer.to_dict()

        commissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commissions, Unset):
            commissions = []
            for commissions_item_data in self.commissions:
                commissions_item = commissions_item_data.to_dict()
                commissions.append(commissions_item)

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
                "buyer": buyer,
                "purchase": purchase,
            }
        )
        if affiliates is not UNSET:
            field_dict["affiliates"] = affiliates
        if producer is not UNSET:
            field_dict["producer"] = producer
        if commissions is not UNSET:
            field_dict["commissions"] = commissions
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        purchase_event_data = object.__new__(cls)
        purchase_event_data.__dict__ = {
            "_raw": d,
        }
        return purchase_event_data

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


def _parse_product(d: dict[str, Any]) -> WebhookProduct:
    product = WebhookProduct.from_dict(d["product"])

    return product


def _parse_buyer(d: dict[str, Any]) -> WebhookBuyer:
    buyer = WebhookBuyer.from_dict(d["buyer"])

    return buyer


def _parse_purchase(d: dict[str, Any]) -> WebhookPurchase:
    purchase = WebhookPurchase.from_dict(d["purchase"])

    return purchase


def _parse_affiliates(d: dict[str, Any]) -> list[WebhookAffiliate] | Unset:
    if d.get("affiliates") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _affiliates = d.get("affiliates", UNSET)
    affiliates: list[WebhookAffiliate] | Unset = UNSET
    if _affiliates is not UNSET:
        affiliates = []
        for affiliates_item_data in _affiliates:
            affiliates_item = WebhookAffiliate.from_dict(affiliates_item_data)

            affiliates.append(affiliates_item)

    return affiliates


def _parse_producer(d: dict[str, Any]) -> WebhookProducer | Unset:
    if d.get("producer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _producer = d.get("producer", UNSET)
    producer: WebhookProducer | Unset
    if isinstance(_producer, Unset):
        producer = UNSET
    else:
        producer = WebhookProducer.from_dict(_producer)

    return producer


def _parse_commissions(d: dict[str, Any]) -> list[WebhookCommission] | Unset:
    if d.get("commissions") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _commissions = d.get("commissions", UNSET)
    commissions: list[WebhookCommission] | Unset = UNSET
    if _commissions is not UNSET:
        commissions = []
        for commissions_item_data in _commissions:
            commissions_item = WebhookCommission.from_dict(commissions_item_data)

            commissions.append(commissions_item)

    return commissions


def _parse_shipping(d: dict[str, Any]) -> WebhookShipping | Unset:
    if d.get("shipping") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _shipping = d.get("shipping", UNSET)
    shipping: WebhookShipping | Unset
    if isinstance(_shipping, Unset):
        shipping = UNSET
    else:
        shipping = WebhookShipping.from_dict(_shipping)

    return shipping


def _parse_subscription(d: dict[str, Any]) -> WebhookPurchaseSubscription | Unset:
    if d.get("subscription") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _subscription = d.get("subscription", UNSET)
    subscription: WebhookPurchaseSubscription | Unset
    if isinstance(_subscription, Unset):
        subscription = UNSET
    else:
        subscription = WebhookPurchaseSubscription.from_dict(_subscription)

    return subscription


_KNOWN_FIELDS = frozenset(
    {
        "product",
        "buyer",
        "purchase",
        "affiliates",
        "producer",
        "commissions",
        "shipping",
        "subscription",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(PurchaseEventData, "product", LazyField("PurchaseEventData", "product", "product", _parse_product))
setattr(PurchaseEventData, "buyer", LazyField("PurchaseEventData", "buyer", "buyer", _parse_buyer))
setattr(PurchaseEventData, "purchase", LazyField("PurchaseEventData", "purchase", "purchase", _parse_purchase))
setattr(PurchaseEventData, "affiliates", LazyField("PurchaseEventData", "affiliates", "affiliates", _parse_affiliates))
setattr(PurchaseEventData, "producer", LazyField("PurchaseEventData", "producer", "producer", _parse_producer))
setattr(
    PurchaseEventData, "commissions", LazyField("PurchaseEventData", "commissions", "commissions", _parse_commissions)
)
setattr(PurchaseEventData, "shipping", LazyField("PurchaseEventData", "shipping", "shipping", _parse_shipping))
setattr(
    PurchaseEventData,
    "subscription",
    LazyField("PurchaseEventData", "subscription", "subscription", _parse_subscription),
)
setattr(
    PurchaseEventData,
    "additional_properties",
    LazyField("PurchaseEventData", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_affiliate import WebhookAffiliate  # noqa: E402
from ..models.webhook_buyer import WebhookBuyer  # noqa: E402
from ..models.webhook_commission import WebhookCommission  # noqa: E402
from ..models.webhook_producer import WebhookProducer  # noqa: E402
from ..models.webhook_product import WebhookProduct  # noqa: E402
from ..models.webhook_purchase import WebhookPurchase  # noqa: E402
from ..models.webhook_purchase_subscription import WebhookPurchaseSubscription  # noqa: E402
from ..models.webhook_shipping import WebhookShipping  # noqa: E402
