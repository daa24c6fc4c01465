from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_ref import ProductRef
    from ..models.webhook_contact import WebhookContact


T = TypeVar("T", bound="SubscriptionCancellationEventData")


@_attrs_define
class SubscriptionCancellationEventData:
    subscriber_code: str | Unset = UNSET
    subscription_id: int | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    subscriber: WebhookContact | Unset = UNSET
    """ Name and e-mail of a buyer or subscriber in the lighter webhook payloads. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        subscription_id = self.subscription_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_code is not UNSET:
            field_dict["subscriber_code"] = subscriber_code
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if status is not UNSET:
            field_dict["status"] = status
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
        subscriber_code = d.pop("subscriber_code", UNSET)

        subscription_id = d.pop("subscription_id", UNSET)

        _status = d.pop("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionStatus(_status)

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

        subscription_cancellation_event_data = cls(
            subscriber_code=subscriber_code,
            subscription_id=subscription_id,
            status=status,
            product=product,
            subscriber=subscriber,
        )

        subscription_cancellation_event_data.additional_properties = d
        return subscription_cancellation_event_data

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
