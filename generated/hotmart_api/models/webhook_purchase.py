from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_business_model import WebhookBusinessModel
from ..models.webhook_invoice_by import WebhookInvoiceBy
from ..models.webhook_purchase_status import WebhookPurchaseStatus
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

T = TypeVar("T", bound="WebhookPurchase")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookPurchase:
    transaction: str
    """ The purchase's transaction code, e.g. HP17715690036014. """
    status: WebhookPurchaseStatus
    """ Status of a purchase in the webhook payloads. The page's list has DISPUTE where the sales
    endpoints have PROTESTED (`PurchaseStatus`); `UNDER_ANALISYS` is Hotmart's own spelling.
    CANCELED and DELAYED are not in the page's list but are sent (see the evidence reason).
     """
    price: WebhookMoney
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    approved_date: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    order_date: int | str | Unset = UNSET
    """ When the order was placed (for subscriptions, each renewal's order). Epoch milliseconds
    in every delivery seen; the page documents a string.
     """
    date_next_charge: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    full_price: WebhookMoney | Unset = UNSET
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    original_offer_price: WebhookMoney | Unset = UNSET
    """ An amount in the webhook payloads. Unlike the REST `Money`, its currency is in
    `currency_value`.
     """
    offer: WebhookPurchaseOffer | Unset = UNSET
    """ The offer bought. Fields without a value in the offer are not sent. """
    recurrence_number: int | Unset = UNSET
    """ Which recurrence of the subscription this purchase is (1 for the first). """
    subscription_anticipation_purchase: bool | Unset = UNSET
    """ Whether this is an early renewal of a subscription. """
    origin: WebhookOrigin | Unset = UNSET
    """ Tracking parameters of the sale. """
    checkout_country: WebhookCheckoutCountry | Unset = UNSET
    """ The country chosen at checkout. """
    order_bump: WebhookOrderBump | Unset = UNSET
    payment: WebhookPurchasePayment | Unset = UNSET
    invoice_by: WebhookInvoiceBy | Unset = UNSET
    """ Who issues the invoice. """
    is_funnel: bool | Unset = UNSET
    """ Whether the purchase was part of a Hotmart sales funnel. """
    event_tickets: WebhookEventTickets | Unset = UNSET
    """ Event tickets bought. """
    business_model: WebhookBusinessModel | Unset = UNSET
    """ Fiscal model: R (Hotmart invoices the buyer), A (the producer invoices through Hotmart's
    foreign legal entity), I (the producer invoices through Hotmart's Brazilian legal entity).
     """
    variants: WebhookPurchaseVariants | Unset = UNSET
    """ The product variation chosen; sent only when the product has variations. """
    sck_payment_link: str | Unset = UNSET
    """ Tracking code of a payment link. """
    buyer_ip: str | Unset = UNSET
    """ IP address of the buyer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        status = to_enum(WebhookPurchaseStatus, self.status, "status").value

        price = self.price.to_dict()

        approved_date: int | Unset = UNSET
        if not isinstance(self.approved_date, Unset):
            approved_date = to_millis(self.approved_date)

        order_date: int | str | Unset
        if isinstance(self.order_date, Unset):
            order_date = UNSET
        else:
            order_date = self.order_date

        date_next_charge: int | Unset = UNSET
        if not isinstance(self.date_next_charge, Unset):
            date_next_charge = to_millis(self.date_next_charge)

        full_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_price, Unset):
            full_price = self.full_price.to_dict()

        original_offer_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_offer_price, Unset):
            original_offer_price = self.original_offer_price.to_dict()

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        recurrence_number = self.recurrence_number

        subscription_anticipation_purchase = self.subscription_anticipation_purchase

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        checkout_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkout_country, Unset):
            checkout_country = self.checkout_country.to_dict()

        order_bump: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_bump, Unset):
            order_bump = self.order_bump.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        invoice_by: str | Unset = UNSET
        if not isinstance(self.invoice_by, Unset):
            invoice_by = to_enum(WebhookInvoiceBy, self.invoice_by, "invoice_by").value

        is_funnel = self.is_funnel

        event_tickets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_tickets, Unset):
            event_tickets = self.event_tickets.to_dict()

        business_model: str | Unset = UNSET
        if not isinstance(self.business_model, Unset):
            business_model = to_enum(WebhookBusinessModel, self.business_model, "business_model").value

        variants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = self.variants.to_dict()

        sck_payment_link = self.sck_payment_link

        buyer_ip = self.buyer_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction": transaction,
                "status": status,
                "price": price,
            }
        )
        if approved_date is not UNSET:
            field_dict["approved_date"] = approved_date
        if order_date is not UNSET:
            field_dict["order_date"] = order_date
        if date_next_charge is not UNSET:
            field_dict["date_next_charge"] = date_next_charge
        if full_price is not UNSET:
            field_dict["full_price"] = full_price
        if original_offer_price is not UNSET:
            field_dict["original_offer_price"] = original_offer_price
        if offer is not UNSET:
            field_dict["offer"] = offer
        if recurrence_number is not UNSET:
            field_dict["recurrence_number"] = recurrence_number
        if subscription_anticipation_purchase is not UNSET:
            field_dict["subscription_anticipation_purchase"] = subscription_anticipation_purchase
        if origin is not UNSET:
            field_dict["origin"] = origin
        if checkout_country is not UNSET:
            field_dict["checkout_country"] = checkout_country
        if order_bump is not UNSET:
            field_dict["order_bump"] = order_bump
        if payment is not UNSET:
            field_dict["payment"] = payment
        if invoice_by is not UNSET:
            field_dict["invoice_by"] = invoice_by
        if is_funnel is not UNSET:
            field_dict["is_funnel"] = is_funnel
        if event_tickets is not UNSET:
            field_dict["event_tickets"] = event_tickets
        if business_model is not UNSET:
            field_dict["business_model"] = business_model
        if variants is not UNSET:
            field_dict["variants"] = variants
        if sck_payment_link is not UNSET:
            field_dict["sckPaymentLink"] = sck_payment_link
        if buyer_ip is not UNSET:
            field_dict["buyer_ip"] = buyer_ip

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_purchase = object.__new__(cls)
        webhook_purchase.__dict__ = fields = {
            "_raw": d,
            "recurrence_number": d.get("recurrence_number", UNSET),
            "subscription_anticipation_purchase": d.get("subscription_anticipation_purchase", UNSET),
            "is_funnel": d.get("is_funnel", UNSET),
            "sck_payment_link": d.get("sckPaymentLink", UNSET),
            "buyer_ip": d.get("buyer_ip", UNSET),
        }
        if "transaction" in d:  # else reading it raises ResponseParseError
            fields["transaction"] = d["transaction"]
        return webhook_purchase

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


def _parse_status(d: dict[str, Any]) -> WebhookPurchaseStatus:
    status = WebhookPurchaseStatus(d["status"])

    return status


def _parse_price(d: dict[str, Any]) -> WebhookMoney:
    price = WebhookMoney.from_dict(d["price"])

    return price


def _parse_approved_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("approved_date")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_order_date(d: dict[str, Any]) -> int | str | Unset:
    def _parse_order_date(data: object) -> int | str | Unset:
        if isinstance(data, Unset):
            return data
        return cast(int | str | Unset, data)

    order_date = _parse_order_date(d.get("order_date", UNSET))

    return order_date


def _parse_date_next_charge(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("date_next_charge")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_full_price(d: dict[str, Any]) -> WebhookMoney | Unset:
    if d.get("full_price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _full_price = d.get("full_price", UNSET)
    full_price: WebhookMoney | Unset
    if isinstance(_full_price, Unset):
        full_price = UNSET
    else:
        full_price = WebhookMoney.from_dict(_full_price)

    return full_price


def _parse_original_offer_price(d: dict[str, Any]) -> WebhookMoney | Unset:
    if d.get("original_offer_price") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _original_offer_price = d.get("original_offer_price", UNSET)
    original_offer_price: WebhookMoney | Unset
    if isinstance(_original_offer_price, Unset):
        original_offer_price = UNSET
    else:
        original_offer_price = WebhookMoney.from_dict(_original_offer_price)

    return original_offer_price


def _parse_offer(d: dict[str, Any]) -> WebhookPurchaseOffer | Unset:
    if d.get("offer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _offer = d.get("offer", UNSET)
    offer: WebhookPurchaseOffer | Unset
    if isinstance(_offer, Unset):
        offer = UNSET
    else:
        offer = WebhookPurchaseOffer.from_dict(_offer)

    return offer


def _parse_origin(d: dict[str, Any]) -> WebhookOrigin | Unset:
    if d.get("origin") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _origin = d.get("origin", UNSET)
    origin: WebhookOrigin | Unset
    if isinstance(_origin, Unset):
        origin = UNSET
    else:
        origin = WebhookOrigin.from_dict(_origin)

    return origin


def _parse_checkout_country(d: dict[str, Any]) -> WebhookCheckoutCountry | Unset:
    if d.get("checkout_country") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _checkout_country = d.get("checkout_country", UNSET)
    checkout_country: WebhookCheckoutCountry | Unset
    if isinstance(_checkout_country, Unset):
        checkout_country = UNSET
    else:
        checkout_country = WebhookCheckoutCountry.from_dict(_checkout_country)

    return checkout_country


def _parse_order_bump(d: dict[str, Any]) -> WebhookOrderBump | Unset:
    if d.get("order_bump") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _order_bump = d.get("order_bump", UNSET)
    order_bump: WebhookOrderBump | Unset
    if isinstance(_order_bump, Unset):
        order_bump = UNSET
    else:
        order_bump = WebhookOrderBump.from_dict(_order_bump)

    return order_bump


def _parse_payment(d: dict[str, Any]) -> WebhookPurchasePayment | Unset:
    if d.get("payment") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _payment = d.get("payment", UNSET)
    payment: WebhookPurchasePayment | Unset
    if isinstance(_payment, Unset):
        payment = UNSET
    else:
        payment = WebhookPurchasePayment.from_dict(_payment)

    return payment


def _parse_invoice_by(d: dict[str, Any]) -> WebhookInvoiceBy | Unset:
    if d.get("invoice_by") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _invoice_by = d.get("invoice_by", UNSET)
    invoice_by: WebhookInvoiceBy | Unset
    if isinstance(_invoice_by, Unset):
        invoice_by = UNSET
    else:
        invoice_by = WebhookInvoiceBy(_invoice_by)

    return invoice_by


def _parse_event_tickets(d: dict[str, Any]) -> WebhookEventTickets | Unset:
    if d.get("event_tickets") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _event_tickets = d.get("event_tickets", UNSET)
    event_tickets: WebhookEventTickets | Unset
    if isinstance(_event_tickets, Unset):
        event_tickets = UNSET
    else:
        event_tickets = WebhookEventTickets.from_dict(_event_tickets)

    return event_tickets


def _parse_business_model(d: dict[str, Any]) -> WebhookBusinessModel | Unset:
    if d.get("business_model") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _business_model = d.get("business_model", UNSET)
    business_model: WebhookBusinessModel | Unset
    if isinstance(_business_model, Unset):
        business_model = UNSET
    else:
        business_model = WebhookBusinessModel(_business_model)

    return business_model


def _parse_variants(d: dict[str, Any]) -> WebhookPurchaseVariants | Unset:
    if d.get("variants") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _variants = d.get("variants", UNSET)
    variants: WebhookPurchaseVariants | Unset
    if isinstance(_variants, Unset):
        variants = UNSET
    else:
        variants = WebhookPurchaseVariants.from_dict(_variants)

    return variants


_KNOWN_FIELDS = frozenset(
    {
        "transaction",
        "status",
        "price",
        "approved_date",
        "order_date",
        "date_next_charge",
        "full_price",
        "original_offer_price",
        "offer",
        "recurrence_number",
        "subscription_anticipation_purchase",
        "origin",
        "checkout_country",
        "order_bump",
        "payment",
        "invoice_by",
        "is_funnel",
        "event_tickets",
        "business_model",
        "variants",
        "sckPaymentLink",
        "buyer_ip",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookPurchase, "transaction", LazyField("WebhookPurchase", "transaction", "transaction", _parse_transaction))
setattr(WebhookPurchase, "status", LazyField("WebhookPurchase", "status", "status", _parse_status))
setattr(WebhookPurchase, "price", LazyField("WebhookPurchase", "price", "price", _parse_price))
setattr(
    WebhookPurchase,
    "approved_date",
    EpochMillisField("WebhookPurchase", "approved_date", "approved_date", _parse_approved_date),
)
setattr(WebhookPurchase, "order_date", LazyField("WebhookPurchase", "order_date", "order_date", _parse_order_date))
setattr(
    WebhookPurchase,
    "date_next_charge",
    EpochMillisField("WebhookPurchase", "date_next_charge", "date_next_charge", _parse_date_next_charge),
)
setattr(WebhookPurchase, "full_price", LazyField("WebhookPurchase", "full_price", "full_price", _parse_full_price))
setattr(
    WebhookPurchase,
    "original_offer_price",
    LazyField("WebhookPurchase", "original_offer_price", "original_offer_price", _parse_original_offer_price),
)
setattr(WebhookPurchase, "offer", LazyField("WebhookPurchase", "offer", "offer", _parse_offer))
setattr(WebhookPurchase, "origin", LazyField("WebhookPurchase", "origin", "origin", _parse_origin))
setattr(
    WebhookPurchase,
    "checkout_country",
    LazyField("WebhookPurchase", "checkout_country", "checkout_country", _parse_checkout_country),
)
setattr(WebhookPurchase, "order_bump", LazyField("WebhookPurchase", "order_bump", "order_bump", _parse_order_bump))
setattr(WebhookPurchase, "payment", LazyField("WebhookPurchase", "payment", "payment", _parse_payment))
setattr(WebhookPurchase, "invoice_by", LazyField("WebhookPurchase", "invoice_by", "invoice_by", _parse_invoice_by))
setattr(
    WebhookPurchase,
    "event_tickets",
    LazyField("WebhookPurchase", "event_tickets", "event_tickets", _parse_event_tickets),
)
setattr(
    WebhookPurchase,
    "business_model",
    LazyField("WebhookPurchase", "business_model", "business_model", _parse_business_model),
)
setattr(WebhookPurchase, "variants", LazyField("WebhookPurchase", "variants", "variants", _parse_variants))
setattr(
    WebhookPurchase,
    "additional_properties",
    LazyField("WebhookPurchase", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_checkout_country import WebhookCheckoutCountry  # noqa: E402
from ..models.webhook_event_tickets import WebhookEventTickets  # noqa: E402
from ..models.webhook_money import WebhookMoney  # noqa: E402
from ..models.webhook_order_bump import WebhookOrderBump  # noqa: E402
from ..models.webhook_origin import WebhookOrigin  # noqa: E402
from ..models.webhook_purchase_offer import WebhookPurchaseOffer  # noqa: E402
from ..models.webhook_purchase_payment import WebhookPurchasePayment  # noqa: E402
from ..models.webhook_purchase_variants import WebhookPurchaseVariants  # noqa: E402
