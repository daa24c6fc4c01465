from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commission_role import CommissionRole
from ..models.purchase_status import PurchaseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hotmart_fee import HotmartFee
    from ..models.money import Money
    from ..models.purchase_offer import PurchaseOffer
    from ..models.purchase_payment import PurchasePayment
    from ..models.tracking import Tracking


T = TypeVar("T", bound="Purchase")


@_attrs_define
class Purchase:
    transaction: str | Unset = UNSET
    order_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    approved_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    status: PurchaseStatus | Unset = UNSET
    """ Status of a purchase. `UNDER_ANALISYS` is Hotmart's own spelling. By default sales
    endpoints return only APPROVED and COMPLETE.
     """
    recurrency_number: int | Unset = UNSET
    is_subscription: bool | Unset = UNSET
    commission_as: CommissionRole | Unset = UNSET
    """ The role a commission is earned as. """
    price: Money | Unset = UNSET
    """ An amount in a currency. """
    payment: PurchasePayment | Unset = UNSET
    tracking: Tracking | Unset = UNSET
    warranty_expire_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    offer: PurchaseOffer | Unset = UNSET
    hotmart_fee: HotmartFee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        order_date = self.order_date

        approved_date = self.approved_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        recurrency_number = self.recurrency_number

        is_subscription = self.is_subscription

        commission_as: str | Unset = UNSET
        if not isinstance(self.commission_as, Unset):
            commission_as = self.commission_as.value

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        warranty_expire_date = self.warranty_expire_date

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        hotmart_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hotmart_fee, Unset):
            hotmart_fee = self.hotmart_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if order_date is not UNSET:
            field_dict["order_date"] = order_date
        if approved_date is not UNSET:
            field_dict["approved_date"] = approved_date
        if status is not UNSET:
            field_dict["status"] = status
        if recurrency_number is not UNSET:
            field_dict["recurrency_number"] = recurrency_number
        if is_subscription is not UNSET:
            field_dict["is_subscription"] = is_subscription
        if commission_as is not UNSET:
            field_dict["commission_as"] = commission_as
        if price is not UNSET:
            field_dict["price"] = price
        if payment is not UNSET:
            field_dict["payment"] = payment
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
        if warranty_expire_date is not UNSET:
            field_dict["warranty_expire_date"] = warranty_expire_date
        if offer is not UNSET:
            field_dict["offer"] = offer
        if hotmart_fee is not UNSET:
            field_dict["hotmart_fee"] = hotmart_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hotmart_fee import HotmartFee  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.purchase_offer import PurchaseOffer  # noqa: PLC0415
        from ..models.purchase_payment import PurchasePayment  # noqa: PLC0415
        from ..models.tracking import Tracking  # noqa: PLC0415

        d = dict(src_dict)
        transaction = d.pop("transaction", UNSET)

        order_date = d.pop("order_date", UNSET)

        approved_date = d.pop("approved_date", UNSET)

        _status = d.pop("status", UNSET)
        status: PurchaseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PurchaseStatus(_status)

        recurrency_number = d.pop("recurrency_number", UNSET)

        is_subscription = d.pop("is_subscription", UNSET)

        _commission_as = d.pop("commission_as", UNSET)
        commission_as: CommissionRole | Unset
        if isinstance(_commission_as, Unset):
            commission_as = UNSET
        else:
            commission_as = CommissionRole(_commission_as)

        _price = d.pop("price", UNSET)
        price: Money | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Money.from_dict(_price)

        _payment = d.pop("payment", UNSET)
        payment: PurchasePayment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = PurchasePayment.from_dict(_payment)

        _tracking = d.pop("tracking", UNSET)
        tracking: Tracking | Unset
        if isinstance(_tracking, Unset):
            tracking = UNSET
        else:
            tracking = Tracking.from_dict(_tracking)

        warranty_expire_date = d.pop("warranty_expire_date", UNSET)

        _offer = d.pop("offer", UNSET)
        offer: PurchaseOffer | Unset
        if isinstance(_offer, Unset):
            offer = UNSET
        else:
            offer = PurchaseOffer.from_dict(_offer)

        _hotmart_fee = d.pop("hotmart_fee", UNSET)
        hotmart_fee: HotmartFee | Unset
        if isinstance(_hotmart_fee, Unset):
            hotmart_fee = UNSET
        else:
            hotmart_fee = HotmartFee.from_dict(_hotmart_fee)

        purchase = cls(
            transaction=transaction,
            order_date=order_date,
            approved_date=approved_date,
            status=status,
            recurrency_number=recurrency_number,
            is_subscription=is_subscription,
            commission_as=commission_as,
            price=price,
            payment=payment,
            tracking=tracking,
            warranty_expire_date=warranty_expire_date,
            offer=offer,
            hotmart_fee=hotmart_fee,
        )

        purchase.additional_properties = d
        return purchase

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
