from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.negotiation_payment_type import NegotiationPaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.negotiation_discount import NegotiationDiscount


T = TypeVar("T", bound="NegotiateInstallmentsRequest")


@_attrs_define
class NegotiateInstallmentsRequest:
    """Overdue recurrences of one subscription to negotiate."""

    subscription_id: int
    """ Numeric subscription id (`subscription_id` from `listSubscriptions`). """
    recurrences: list[int]
    """ Numbers of the overdue recurrences to include (one to five). """
    payment_type: NegotiationPaymentType
    """ How the negotiated installments are paid (bank slip or PIX). """
    discount: NegotiationDiscount | Unset = UNSET
    """ An absolute discount on the negotiated amount. """
    document: str | Unset = UNSET
    """ The payer's CPF or CNPJ, digits only. Required for bank slips (BILLET). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        recurrences = self.recurrences

        payment_type = self.payment_type.value

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        document = self.document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_id": subscription_id,
                "recurrences": recurrences,
                "payment_type": payment_type,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.negotiation_discount import NegotiationDiscount  # noqa: PLC0415

        d = dict(src_dict)
        subscription_id = d.pop("subscription_id")

        recurrences = cast(list[int], d.pop("recurrences"))

        payment_type = NegotiationPaymentType(d.pop("payment_type"))

        _discount = d.pop("discount", UNSET)
        discount: NegotiationDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = NegotiationDiscount.from_dict(_discount)

        document = d.pop("document", UNSET)

        negotiate_installments_request = cls(
            subscription_id=subscription_id,
            recurrences=recurrences,
            payment_type=payment_type,
            discount=discount,
            document=document,
        )

        negotiate_installments_request.additional_properties = d
        return negotiate_installments_request

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
