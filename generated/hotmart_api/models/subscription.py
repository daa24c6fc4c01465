from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.subscriber import Subscriber
    from ..models.subscription_plan import SubscriptionPlan
    from ..models.subscription_product import SubscriptionProduct


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    subscriber_code: str | Unset = UNSET
    subscription_id: int | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    accession_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    end_accession_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    request_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    date_next_charge: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    trial: bool | Unset = UNSET
    transaction: str | Unset = UNSET
    """ Transaction code of the purchase that started the subscription. """
    plan: SubscriptionPlan | Unset = UNSET
    product: SubscriptionProduct | Unset = UNSET
    price: Money | Unset = UNSET
    """ An amount in a currency. """
    subscriber: Subscriber | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        subscription_id = self.subscription_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        accession_date = self.accession_date

        end_accession_date = self.end_accession_date

        request_date = self.request_date

        date_next_charge = self.date_next_charge

        trial = self.trial

        transaction = self.transaction

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

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
        if accession_date is not UNSET:
            field_dict["accession_date"] = accession_date
        if end_accession_date is not UNSET:
            field_dict["end_accession_date"] = end_accession_date
        if request_date is not UNSET:
            field_dict["request_date"] = request_date
        if date_next_charge is not UNSET:
            field_dict["date_next_charge"] = date_next_charge
        if trial is not UNSET:
            field_dict["trial"] = trial
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if plan is not UNSET:
            field_dict["plan"] = plan
        if product is not UNSET:
            field_dict["product"] = product
        if price is not UNSET:
            field_dict["price"] = price
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.subscriber import Subscriber  # noqa: PLC0415
        from ..models.subscription_plan import SubscriptionPlan  # noqa: PLC0415
        from ..models.subscription_product import SubscriptionProduct  # noqa: PLC0415

        d = dict(src_dict)
        subscriber_code = d.pop("subscriber_code", UNSET)

        subscription_id = d.pop("subscription_id", UNSET)

        _status = d.pop("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionStatus(_status)

        accession_date = d.pop("accession_date", UNSET)

        end_accession_date = d.pop("end_accession_date", UNSET)

        request_date = d.pop("request_date", UNSET)

        date_next_charge = d.pop("date_next_charge", UNSET)

        trial = d.pop("trial", UNSET)

        transaction = d.pop("transaction", UNSET)

        _plan = d.pop("plan", UNSET)
        plan: SubscriptionPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = SubscriptionPlan.from_dict(_plan)

        _product = d.pop("product", UNSET)
        product: SubscriptionProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = SubscriptionProduct.from_dict(_product)

        _price = d.pop("price", UNSET)
        price: Money | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Money.from_dict(_price)

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: Subscriber | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = Subscriber.from_dict(_subscriber)

        subscription = cls(
            subscriber_code=subscriber_code,
            subscription_id=subscription_id,
            status=status,
            accession_date=accession_date,
            end_accession_date=end_accession_date,
            request_date=request_date,
            date_next_charge=date_next_charge,
            trial=trial,
            transaction=transaction,
            plan=plan,
            product=product,
            price=price,
            subscriber=subscriber,
        )

        subscription.additional_properties = d
        return subscription

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
