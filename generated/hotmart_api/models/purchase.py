from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commission_role import CommissionRole
from ..models.purchase_status import PurchaseStatus
from ..types import (
    UNSET,
    EpochMillisField,
    LazyField,
    Unset,
    model_repr,
    to_datetime,
    to_enum,
    to_millis,
)

T = TypeVar("T", bound="Purchase")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class Purchase:
    """A sale. `price` is the total the buyer paid, fees and interest included;
    `warranty_expire_date` ends the period in which the buyer may ask for a refund.

    """

    transaction: str
    """ Unique transaction code, e.g. HP17715690036014. """
    order_date: datetime.datetime
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    status: PurchaseStatus
    """ Status of a purchase. `UNDER_ANALISYS` is Hotmart's own spelling. By default sales
    endpoints return only APPROVED and COMPLETE.
     """
    price: Money
    """ An amount in a currency. """
    approved_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    recurrency_number: int | Unset = UNSET
    """ Recurrence number (card installments, smart installments, subscriptions). """
    is_subscription: bool | Unset = UNSET
    commission_as: CommissionRole | Unset = UNSET
    """ The role a commission is earned as. """
    payment: PurchasePayment | Unset = UNSET
    tracking: Tracking | Unset = UNSET
    """ Tracking codes given in the checkout link. """
    warranty_expire_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    offer: PurchaseOffer | Unset = UNSET
    """ The offer a sale was made with (in subscription summaries, only its code). """
    hotmart_fee: HotmartFee | Unset = UNSET
    """ Hotmart's fee on a sale. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        order_date = to_millis(self.order_date)

        status = to_enum(PurchaseStatus, self.status, "status").value

        price = self.price.to_dict()

        approved_date: int | Unset = UNSET
        if not isinstance(self.approved_date, Unset):
            approved_date = to_millis(self.approved_date)

        recurrency_number = self.recurrency_number

        is_subscription = self.is_subscription

        commission_as: str | Unset = UNSET
        if not isinstance(self.commission_as, Unset):
            commission_as = to_enum(CommissionRole, self.commission_as, "commission_as").value

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        warranty_expire_date: int | Unset = UNSET
        if not isinstance(self.warranty_expire_date, Unset):
            warranty_expire_date = to_millis(self.warranty_expire_date)

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        hotmart_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hotmart_fee, Unset):
            hotmart_fee = self.hotmart_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction": transaction,
                "order_date": order_date,
                "status": status,
                "price": price,
            }
        )
        if approved_date is not UNSET:
            field_dict["approved_date"] = approved_date
        if recurrency_number is not UNSET:
            field_dict["recurrency_number"] = recurrency_number
        if is_subscription is not UNSET:
            field_dict["is_subscription"] = is_subscription
        if commission_as is not UNSET:
            field_dict["commission_as"] = commission_as
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

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        purchase = object.__new__(cls)
        purchase.__dict__ = fields = {
            "_raw": d,
            "recurrency_number": d.get("recurrency_number", UNSET),
            "is_subscription": d.get("is_subscription", UNSET),
        }
        if "transaction" in d:  # else reading it raises ResponseParseError
            fields["transaction"] = d["transaction"]
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


def _parse_transaction(d: dict[str, Any]) -> Any:
    return d["transaction"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_order_date(d: dict[str, Any]) -> datetime.datetime:
    return to_datetime(d["order_date"])


def _parse_status(d: dict[str, Any]) -> PurchaseStatus:
    status = PurchaseStatus(d["status"])

    return status


def _parse_price(d: dict[str, Any]) -> Money:
    price = Money.from_dict(d["price"])

    return price


def _parse_approved_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("approved_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_commission_as(d: dict[str, Any]) -> CommissionRole | Unset:
    if d.get("commission_as") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _commission_as = d.get("commission_as", UNSET)
    commission_as: CommissionRole | Unset
    if isinstance(_commission_as, Unset):
        commission_as = UNSET
    else:
        commission_as = CommissionRole(_commission_as)

    return commission_as


def _parse_payment(d: dict[str, Any]) -> PurchasePayment | Unset:
    if d.get("payment") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _payment = d.get("payment", UNSET)
    payment: PurchasePayment | Unset
    if isinstance(_payment, Unset):
        payment = UNSET
    else:
        payment = PurchasePayment.from_dict(_payment)

    return payment


def _parse_tracking(d: dict[str, Any]) -> Tracking | Unset:
    if d.get("tracking") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _tracking = d.get("tracking", UNSET)
    tracking: Tracking | Unset
    if isinstance(_tracking, Unset):
        tracking = UNSET
    else:
        tracking = Tracking.from_dict(_tracking)

    return tracking


def _parse_warranty_expire_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("warranty_expire_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_offer(d: dict[str, Any]) -> PurchaseOffer | Unset:
    if d.get("offer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _offer = d.get("offer", UNSET)
    offer: PurchaseOffer | Unset
    if isinstance(_offer, Unset):
        offer = UNSET
    else:
        offer = PurchaseOffer.from_dict(_offer)

    return offer


def _parse_hotmart_fee(d: dict[str, Any]) -> HotmartFee | Unset:
    if d.get("hotmart_fee") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _hotmart_fee = d.get("hotmart_fee", UNSET)
    hotmart_fee: HotmartFee | Unset
    if isinstance(_hotmart_fee, Unset):
        hotmart_fee = UNSET
    else:
        hotmart_fee = HotmartFee.from_dict(_hotmart_fee)

    return hotmart_fee


_KNOWN_FIELDS = frozenset(
    {
        "transaction",
        "order_date",
        "status",
        "price",
        "approved_date",
        "recurrency_number",
        "is_subscription",
        "commission_as",
        "payment",
        "tracking",
        "warranty_expire_date",
        "offer",
        "hotmart_fee",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(Purchase, "transaction", LazyField("Purchase", "transaction", "transaction", _parse_transaction))
setattr(Purchase, "order_date", EpochMillisField("Purchase", "order_date", "order_date", _parse_order_date))
setattr(Purchase, "status", LazyField("Purchase", "status", "status", _parse_status))
setattr(Purchase, "price", LazyField("Purchase", "price", "price", _parse_price))
setattr(Purchase, "approved_date", EpochMillisField("Purchase", "approved_date", "approved_date", _parse_approved_date))
setattr(Purchase, "commission_as", LazyField("Purchase", "commission_as", "commission_as", _parse_commission_as))
setattr(Purchase, "payment", LazyField("Purchase", "payment", "payment", _parse_payment))
setattr(Purchase, "tracking", LazyField("Purchase", "tracking", "tracking", _parse_tracking))
setattr(
    Purchase,
    "warranty_expire_date",
    EpochMillisField("Purchase", "warranty_expire_date", "warranty_expire_date", _parse_warranty_expire_date),
)
setattr(Purchase, "offer", LazyField("Purchase", "offer", "offer", _parse_offer))
setattr(Purchase, "hotmart_fee", LazyField("Purchase", "hotmart_fee", "hotmart_fee", _parse_hotmart_fee))
setattr(
    Purchase, "additional_properties", LazyField("Purchase", "additional_properties", "", _parse_additional_properties)
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.hotmart_fee import HotmartFee  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.purchase_offer import PurchaseOffer  # noqa: E402
from ..models.purchase_payment import PurchasePayment  # noqa: E402
from ..models.tracking import Tracking  # noqa: E402
