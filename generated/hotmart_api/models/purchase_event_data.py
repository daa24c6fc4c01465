from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_affiliate import WebhookAffiliate
    from ..models.webhook_buyer import WebhookBuyer
    from ..models.webhook_commission import WebhookCommission
    from ..models.webhook_producer import WebhookProducer
    from ..models.webhook_product import WebhookProduct
    from ..models.webhook_purchase import WebhookPurchase


T = TypeVar("T", bound="PurchaseEventData")


@_attrs_define
class PurchaseEventData:
    product: WebhookProduct | Unset = UNSET
    affiliates: list[WebhookAffiliate] | Unset = UNSET
    buyer: WebhookBuyer | Unset = UNSET
    producer: WebhookProducer | Unset = UNSET
    commissions: list[WebhookCommission] | Unset = UNSET
    purchase: WebhookPurchase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        affiliates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.affiliates, Unset):
            affiliates = []
            for affiliates_item_data in self.affiliates:
                affiliates_item = affiliates_item_data.to_dict()
                affiliates.append(affiliates_item)

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        producer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.producer, Unset):
            producer = self.producer.to_dict()

        commissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commissions, Unset):
            commissions = []
            for commissions_item_data in self.commissions:
                commissions_item = commissions_item_data.to_dict()
                commissions.append(commissions_item)

        purchase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase, Unset):
            purchase = self.purchase.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if affiliates is not UNSET:
            field_dict["affiliates"] = affiliates
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if producer is not UNSET:
            field_dict["producer"] = producer
        if commissions is not UNSET:
            field_dict["commissions"] = commissions
        if purchase is not UNSET:
            field_dict["purchase"] = purchase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_affiliate import WebhookAffiliate  # noqa: PLC0415
        from ..models.webhook_buyer import WebhookBuyer  # noqa: PLC0415
        from ..models.webhook_commission import WebhookCommission  # noqa: PLC0415
        from ..models.webhook_producer import WebhookProducer  # noqa: PLC0415
        from ..models.webhook_product import WebhookProduct  # noqa: PLC0415
        from ..models.webhook_purchase import WebhookPurchase  # noqa: PLC0415

        d = dict(src_dict)
        _product = d.pop("product", UNSET)
        product: WebhookProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = WebhookProduct.from_dict(_product)

        _affiliates = d.pop("affiliates", UNSET)
        affiliates: list[WebhookAffiliate] | Unset = UNSET
        if _affiliates is not UNSET:
            affiliates = []
            for affiliates_item_data in _affiliates:
                affiliates_item = WebhookAffiliate.from_dict(affiliates_item_data)

                affiliates.append(affiliates_item)

        _buyer = d.pop("buyer", UNSET)
        buyer: WebhookBuyer | Unset
        if isinstance(_buyer, Unset):
            buyer = UNSET
        else:
            buyer = WebhookBuyer.from_dict(_buyer)

        _producer = d.pop("producer", UNSET)
        producer: WebhookProducer | Unset
        if isinstance(_producer, Unset):
            producer = UNSET
        else:
            producer = WebhookProducer.from_dict(_producer)

        _commissions = d.pop("commissions", UNSET)
        commissions: list[WebhookCommission] | Unset = UNSET
        if _commissions is not UNSET:
            commissions = []
            for commissions_item_data in _commissions:
                commissions_item = WebhookCommission.from_dict(commissions_item_data)

                commissions.append(commissions_item)

        _purchase = d.pop("purchase", UNSET)
        purchase: WebhookPurchase | Unset
        if isinstance(_purchase, Unset):
            purchase = UNSET
        else:
            purchase = WebhookPurchase.from_dict(_purchase)

        purchase_event_data = cls(
            product=product,
            affiliates=affiliates,
            buyer=buyer,
            producer=producer,
            commissions=commissions,
            purchase=purchase,
        )

        purchase_event_data.additional_properties = d
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
