from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.buyer import Buyer
    from ..models.producer import Producer
    from ..models.product_ref import ProductRef
    from ..models.purchase import Purchase


T = TypeVar("T", bound="SaleHistoryItem")


@_attrs_define
class SaleHistoryItem:
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    buyer: Buyer | Unset = UNSET
    producer: Producer | Unset = UNSET
    purchase: Purchase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        producer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.producer, Unset):
            producer = self.producer.to_dict()

        purchase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase, Unset):
            purchase = self.purchase.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if producer is not UNSET:
            field_dict["producer"] = producer
        if purchase is not UNSET:
            field_dict["purchase"] = purchase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.buyer import Buyer  # noqa: PLC0415
        from ..models.producer import Producer  # noqa: PLC0415
        from ..models.product_ref import ProductRef  # noqa: PLC0415
        from ..models.purchase import Purchase  # noqa: PLC0415

        d = dict(src_dict)
        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        _buyer = d.pop("buyer", UNSET)
        buyer: Buyer | Unset
        if isinstance(_buyer, Unset):
            buyer = UNSET
        else:
            buyer = Buyer.from_dict(_buyer)

        _producer = d.pop("producer", UNSET)
        producer: Producer | Unset
        if isinstance(_producer, Unset):
            producer = UNSET
        else:
            producer = Producer.from_dict(_producer)

        _purchase = d.pop("purchase", UNSET)
        purchase: Purchase | Unset
        if isinstance(_purchase, Unset):
            purchase = UNSET
        else:
            purchase = Purchase.from_dict(_purchase)

        sale_history_item = cls(
            product=product,
            buyer=buyer,
            producer=producer,
            purchase=purchase,
        )

        sale_history_item.additional_properties = d
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
