from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_ref import ProductRef
    from ..models.webhook_contact import WebhookContact


T = TypeVar("T", bound="ClubFirstAccessEventData")


@_attrs_define
class ClubFirstAccessEventData:
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    subscriber: WebhookContact | Unset = UNSET
    """ Name and e-mail of a buyer or subscriber in the lighter webhook payloads. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

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

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: WebhookContact | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = WebhookContact.from_dict(_subscriber)

        club_first_access_event_data = cls(
            product=product,
            subscriber=subscriber,
        )

        club_first_access_event_data.additional_properties = d
        return club_first_access_event_data

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
