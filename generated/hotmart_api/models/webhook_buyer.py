from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_buyer_address import WebhookBuyerAddress


T = TypeVar("T", bound="WebhookBuyer")


@_attrs_define
class WebhookBuyer:
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    ucode: str | Unset = UNSET
    document: str | Unset = UNSET
    document_type: str | Unset = UNSET
    """ e.g. CPF, CNPJ. """
    phone: str | Unset = UNSET
    checkout_phone: str | Unset = UNSET
    address: WebhookBuyerAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        first_name = self.first_name

        last_name = self.last_name

        ucode = self.ucode

        document = self.document

        document_type = self.document_type

        phone = self.phone

        checkout_phone = self.checkout_phone

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if ucode is not UNSET:
            field_dict["ucode"] = ucode
        if document is not UNSET:
            field_dict["document"] = document
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if phone is not UNSET:
            field_dict["phone"] = phone
        if checkout_phone is not UNSET:
            field_dict["checkout_phone"] = checkout_phone
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_buyer_address import WebhookBuyerAddress  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        ucode = d.pop("ucode", UNSET)

        document = d.pop("document", UNSET)

        document_type = d.pop("document_type", UNSET)

        phone = d.pop("phone", UNSET)

        checkout_phone = d.pop("checkout_phone", UNSET)

        _address = d.pop("address", UNSET)
        address: WebhookBuyerAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = WebhookBuyerAddress.from_dict(_address)

        webhook_buyer = cls(
            email=email,
            name=name,
            first_name=first_name,
            last_name=last_name,
            ucode=ucode,
            document=document,
            document_type=document_type,
            phone=phone,
            checkout_phone=checkout_phone,
            address=address,
        )

        webhook_buyer.additional_properties = d
        return webhook_buyer

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
