from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_ref import ProductRef
    from ..models.webhook_contact import WebhookContact


T = TypeVar("T", bound="CartAbandonmentEventData")


@_attrs_define
class CartAbandonmentEventData:
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    buyer: WebhookContact | Unset = UNSET
    """ Name and e-mail of a buyer or subscriber in the lighter webhook payloads. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if buyer is not UNSET:
            field_dict["buyer"] = buyer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_ref import ProductRef  # noqa: PLC0415
        from ..models.webhook_contact import WebhookContact  # noqa: PLC0415

        d = dict(src_dict)
        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        _buyer = d.pop("buyer", UNSET)
        buyer: WebhookContact | Unset
        if isinstance(_buyer, Unset):
            buyer = UNSET
        else:
            buyer = WebhookContact.from_dict(_buyer)

        cart_abandonment_event_data = cls(
            product=product,
            buyer=buyer,
        )

        cart_abandonment_event_data.additional_properties = d
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
