from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.last_recurrency import LastRecurrency
    from ..models.product_ref import ProductRef
    from ..models.purchase_offer import PurchaseOffer
    from ..models.subscriber import Subscriber
    from ..models.subscription_plan import SubscriptionPlan
    from ..models.unpaid_recurrency import UnpaidRecurrency


T = TypeVar("T", bound="SubscriptionSummaryItem")


@_attrs_define
class SubscriptionSummaryItem:
    subscriber_code: str | Unset = UNSET
    subscription_id: int | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET
    """ Status of a subscription. `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
    the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
     """
    lifetime: int | Unset = UNSET
    """ Number of recurrences the subscription has lived. """
    accession_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    end_accession_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    trial: bool | Unset = UNSET
    plan: SubscriptionPlan | Unset = UNSET
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    offer: PurchaseOffer | Unset = UNSET
    last_recurrency: LastRecurrency | Unset = UNSET
    unpaid_recurrencies: list[UnpaidRecurrency] | Unset = UNSET
    subscriber: Subscriber | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        subscription_id = self.subscription_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        lifetime = self.lifetime

        accession_date = self.accession_date

        end_accession_date = self.end_accession_date

        trial = self.trial

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        last_recurrency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_recurrency, Unset):
            last_recurrency = self.last_recurrency.to_dict()

        unpaid_recurrencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unpaid_recurrencies, Unset):
            unpaid_recurrencies = []
            for unpaid_recurrencies_item_data in self.unpaid_recurrencies:
                unpaid_recurrencies_item = unpaid_recurrencies_item_data.to_dict()
                unpaid_recurrencies.append(unpaid_recurrencies_item)

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
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if accession_date is not UNSET:
            field_dict["accession_date"] = accession_date
        if end_accession_date is not UNSET:
            field_dict["end_accession_date"] = end_accession_date
        if trial is not UNSET:
            field_dict["trial"] = trial
        if plan is not UNSET:
            field_dict["plan"] = plan
        if product is not UNSET:
            field_dict["product"] = product
        if offer is not UNSET:
            field_dict["offer"] = offer
        if last_recurrency is not UNSET:
            field_dict["last_recurrency"] = last_recurrency
        if unpaid_recurrencies is not UNSET:
            field_dict["unpaid_recurrencies"] = unpaid_recurrencies
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.last_recurrency import LastRecurrency  # noqa: PLC0415
        from ..models.product_ref import ProductRef  # noqa: PLC0415
        from ..models.purchase_offer import PurchaseOffer  # noqa: PLC0415
        from ..models.subscriber import Subscriber  # noqa: PLC0415
        from ..models.subscription_plan import SubscriptionPlan  # noqa: PLC0415
        from ..models.unpaid_recurrency import UnpaidRecurrency  # noqa: PLC0415

        d = dict(src_dict)
        subscriber_code = d.pop("subscriber_code", UNSET)

        subscription_id = d.pop("subscription_id", UNSET)

        _status = d.pop("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionStatus(_status)

        lifetime = d.pop("lifetime", UNSET)

        accession_date = d.pop("accession_date", UNSET)

        end_accession_date = d.pop("end_accession_date", UNSET)

        trial = d.pop("trial", UNSET)

        _plan = d.pop("plan", UNSET)
        plan: SubscriptionPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = SubscriptionPlan.from_dict(_plan)

        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        _offer = d.pop("offer", UNSET)
        offer: PurchaseOffer | Unset
        if isinstance(_offer, Unset):
            offer = UNSET
        else:
            offer = PurchaseOffer.from_dict(_offer)

        _last_recurrency = d.pop("last_recurrency", UNSET)
        last_recurrency: LastRecurrency | Unset
        if isinstance(_last_recurrency, Unset):
            last_recurrency = UNSET
        else:
            last_recurrency = LastRecurrency.from_dict(_last_recurrency)

        _unpaid_recurrencies = d.pop("unpaid_recurrencies", UNSET)
        unpaid_recurrencies: list[UnpaidRecurrency] | Unset = UNSET
        if _unpaid_recurrencies is not UNSET:
            unpaid_recurrencies = []
            for unpaid_recurrencies_item_data in _unpaid_recurrencies:
                unpaid_recurrencies_item = UnpaidRecurrency.from_dict(unpaid_recurrencies_item_data)

                unpaid_recurrencies.append(unpaid_recurrencies_item)

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: Subscriber | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = Subscriber.from_dict(_subscriber)

        subscription_summary_item = cls(
            subscriber_code=subscriber_code,
            subscription_id=subscription_id,
            status=status,
            lifetime=lifetime,
            accession_date=accession_date,
            end_accession_date=end_accession_date,
            trial=trial,
            plan=plan,
            product=product,
            offer=offer,
            last_recurrency=last_recurrency,
            unpaid_recurrencies=unpaid_recurrencies,
            subscriber=subscriber,
        )

        subscription_summary_item.additional_properties = d
        return subscription_summary_item

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
