from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.negotiation_payment import NegotiationPayment


T = TypeVar("T", bound="NegotiationResult")


@_attrs_define
class NegotiationResult:
    """Result of a negotiation. Open object; fields not confirmed by live traffic."""

    subscription_id: int | Unset = UNSET
    transaction: str | Unset = UNSET
    """ Transaction code of the negotiation purchase. """
    payment: NegotiationPayment | Unset = UNSET
    """ The generated payment; `billet_*` fields for bank slips, `pix_*` fields for PIX. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        transaction = self.transaction

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.negotiation_payment import NegotiationPayment  # noqa: PLC0415

        d = dict(src_dict)
        subscription_id = d.pop("subscription_id", UNSET)

        transaction = d.pop("transaction", UNSET)

        _payment = d.pop("payment", UNSET)
        payment: NegotiationPayment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = NegotiationPayment.from_dict(_payment)

        negotiation_result = cls(
            subscription_id=subscription_id,
            transaction=transaction,
            payment=payment,
        )

        negotiation_result.additional_properties = d
        return negotiation_result

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
