from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.buyer import Buyer
    from ..models.e_ticket import ETicket
    from ..models.event_attendee import EventAttendee
    from ..models.event_lot import EventLot
    from ..models.product_ref import ProductRef


T = TypeVar("T", bound="EventParticipant")


@_attrs_define
class EventParticipant:
    """A ticket with its buyer and participant. Open object."""

    buyer: Buyer | Unset = UNSET
    participant: EventAttendee | Unset = UNSET
    """ The person who uses a ticket (may differ from the buyer). """
    eticket: ETicket | Unset = UNSET
    lot: EventLot | Unset = UNSET
    """ A ticket lot, which also serves as the ticket category. """
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.buyer import Buyer  # noqa: PLC0415
        from ..models.e_ticket import ETicket  # noqa: PLC0415
        from ..models.event_attendee import EventAttendee  # noqa: PLC0415
        from ..models.event_lot import EventLot  # noqa: PLC0415
        from ..models.product_ref import ProductRef  # noqa: PLC0415

        d = dict(src_dict)
        _buyer = d.pop("buyer", UNSET)
        buyer: Buyer | Unset
        if isinstance(_buyer, Unset):
            buyer = UNSET
        else:
            buyer = Buyer.from_dict(_buyer)

        _participant = d.pop("participant", UNSET)
        participant: EventAttendee | Unset
        if isinstance(_participant, Unset):
            participant = UNSET
        else:
            participant = EventAttendee.from_dict(_participant)

        _eticket = d.pop("eticket", UNSET)
        eticket: ETicket | Unset
        if isinstance(_eticket, Unset):
            eticket = UNSET
        else:
            eticket = ETicket.from_dict(_eticket)

        _lot = d.pop("lot", UNSET)
        lot: EventLot | Unset
        if isinstance(_lot, Unset):
            lot = UNSET
        else:
            lot = EventLot.from_dict(_lot)

        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        event_participant = cls(
            buyer=buyer,
            participant=participant,
            eticket=eticket,
            lot=lot,
            product=product,
        )

        event_participant.additional_properties = d
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
