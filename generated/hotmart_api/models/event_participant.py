from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="EventParticipant")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class EventParticipant:
    """A ticket with its buyer and participant (the person who uses it)."""

    buyer: Buyer | Unset = UNSET
    """ The buyer of a sale or a ticket. In sales, only the data the buyer gave at checkout is sent;
    the e-mail is always there (checkout requires it, and every documented example has it).
     """
    participant: EventAttendee | Unset = UNSET
    """ The person who uses a ticket (may differ from the buyer). """
    eticket: ETicket | Unset = UNSET
    lot: EventLot | Unset = UNSET
    """ A ticket lot, which also serves as the ticket category. """
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale, a subscription or an event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        participant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participant, Unset):
            participant = self.participant.to_dict()

        eticket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eticket, Unset):
            eticket = self.eticket.to_dict()

        lot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot, Unset):
            lot = self.lot.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if participant is not UNSET:
            field_dict["participant"] = participant
        if eticket is not UNSET:
            field_dict["eticket"] = eticket
        if lot is not UNSET:
            field_dict["lot"] = lot
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        event_participant = object.__new__(cls)
        event_participant.__dict__ = {
            "_raw": d,
        }
        return event_participant

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


def _parse_buyer(d: dict[str, Any]) -> Buyer | Unset:
    if d.get("buyer") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _buyer = d.get("buyer", UNSET)
    buyer: Buyer | Unset
    if isinstance(_buyer, Unset):
        buyer = UNSET
    else:
        buyer = Buyer.from_dict(_buyer)

    return buyer


def _parse_participant(d: dict[str, Any]) -> EventAttendee | Unset:
    if d.get("participant") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _participant = d.get("participant", UNSET)
    participant: EventAttendee | Unset
    if isinstance(_participant, Unset):
        participant = UNSET
    else:
        participant = EventAttendee.from_dict(_participant)

    return participant


def _parse_eticket(d: dict[str, Any]) -> ETicket | Unset:
    if d.get("eticket") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _eticket = d.get("eticket", UNSET)
    eticket: ETicket | Unset
    if isinstance(_eticket, Unset):
        eticket = UNSET
    else:
        eticket = ETicket.from_dict(_eticket)

    return eticket


def _parse_lot(d: dict[str, Any]) -> EventLot | Unset:
    if d.get("lot") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _lot = d.get("lot", UNSET)
    lot: EventLot | Unset
    if isinstance(_lot, Unset):
        lot = UNSET
    else:
        lot = EventLot.from_dict(_lot)

    return lot


def _parse_product(d: dict[str, Any]) -> ProductRef | Unset:
    if d.get("product") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _product = d.get("product", UNSET)
    product: ProductRef | Unset
    if isinstance(_product, Unset):
        product = UNSET
    else:
        product = ProductRef.from_dict(_product)

    return product


_KNOWN_FIELDS = frozenset(
    {
        "buyer",
        "participant",
        "eticket",
        "lot",
        "product",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(EventParticipant, "buyer", LazyField("EventParticipant", "buyer", "buyer", _parse_buyer))
setattr(
    EventParticipant, "participant", LazyField("EventParticipant", "participant", "participant", _parse_participant)
)
setattr(EventParticipant, "eticket", LazyField("EventParticipant", "eticket", "eticket", _parse_eticket))
setattr(EventParticipant, "lot", LazyField("EventParticipant", "lot", "lot", _parse_lot))
setattr(EventParticipant, "product", LazyField("EventParticipant", "product", "product", _parse_product))
setattr(
    EventParticipant,
    "additional_properties",
    LazyField("EventParticipant", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.buyer import Buyer  # noqa: E402
from ..models.e_ticket import ETicket  # noqa: E402
from ..models.event_attendee import EventAttendee  # noqa: E402
from ..models.event_lot import EventLot  # noqa: E402
from ..models.product_ref import ProductRef  # noqa: E402
