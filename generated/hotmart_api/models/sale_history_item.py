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

T = TypeVar("T", bound="SaleHistoryItem")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SaleHistoryItem:
    product: ProductRef
    """ A product as referenced from a sale, a subscription or an event. """
    buyer: Buyer
    """ The buyer of a sale or a ticket. In sales, only the data the buyer gave at checkout is sent;
    the e-mail is always there (checkout requires it, and every documented example has it).
     """
    purchase: Purchase
    """ A sale. `price` is the total the buyer paid, fees and interest included;
    `warranty_expire_date` ends the period in which the buyer may ask for a refund.
     """
    producer: Producer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        buyer = self.buyer.to_dict()

        purchase = self.purchase.to_dict()

        producer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.producer, Unset):
            producer = self.producer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
                "buyer": buyer,
                "purchase": purchase,
            }
        )
        if producer is not UNSET:
            field_dict["producer"] = producer

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sale_history_item = object.__new__(cls)
        sale_history_item.__dict__ = {
            "_raw": d,
        }
        return sale_history_item

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


def _parse_product(d: dict[str, Any]) -> ProductRef:
    product = ProductRef.from_dict(d["product"])

    return product


def _parse_buyer(d: dict[str, Any]) -> Buyer:
    buyer = Buyer.from_dict(d["buyer"])

    return buyer


def _parse_purchase(d: dict[str, Any]) -> Purchase:
    purchase = Purchase.from_dict(d["purchase"])

    return purchase


def _parse_producer(d: dict[str, Any]) -> Producer | Unset:
    if d.get("producer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _producer = d.get("producer", UNSET)
    producer: Producer | Unset
    if isinstance(_producer, Unset):
        producer = UNSET
    else:
        producer = Producer.from_dict(_producer)

    return producer


_KNOWN_FIELDS = frozenset(
    {
        "product",
        "buyer",
        "purchase",
        "producer",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(SaleHistoryItem, "product", LazyField("SaleHistoryItem", "product", "product", _parse_product))
setattr(SaleHistoryItem, "buyer", LazyField("SaleHistoryItem", "buyer", "buyer", _parse_buyer))
setattr(SaleHistoryItem, "purchase", LazyField("SaleHistoryItem", "purchase", "purchase", _parse_purchase))
setattr(SaleHistoryItem, "producer", LazyField("SaleHistoryItem", "producer", "producer", _parse_producer))
setattr(
    SaleHistoryItem,
    "additional_properties",
    LazyField("SaleHistoryItem", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.buyer import Buyer  # noqa: E402
from ..models.producer import Producer  # noqa: E402
from ..models.product_ref import ProductRef  # noqa: E402
from ..models.purchase import Purchase  # noqa: E402
