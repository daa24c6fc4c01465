from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_user_address import SaleUserAddress
    from ..models.sale_user_document import SaleUserDocument


T = TypeVar("T", bound="SaleUser")


@_attrs_define
class SaleUser:
    """Contact data of a person involved in a sale."""

    ucode: str | Unset = UNSET
    """ Hotmart's user code. """
    locale: str | Unset = UNSET
    """ Locale, e.g. pt_BR. """
    name: str | Unset = UNSET
    trade_name: str | Unset = UNSET
    """ Trade name, for companies. """
    cellphone: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    documents: list[SaleUserDocument] | Unset = UNSET
    address: SaleUserAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ucode = self.ucode

        locale = self.locale

        name = self.name

        trade_name = self.trade_name

        cellphone = self.cellphone

        phone = self.phone

        email = self.email

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ucode is not UNSET:
            field_dict["ucode"] = ucode
        if locale is not UNSET:
            field_dict["locale"] = locale
        if name is not UNSET:
            field_dict["name"] = name
        if trade_name is not UNSET:
            field_dict["trade_name"] = trade_name
        if cellphone is not UNSET:
            field_dict["cellphone"] = cellphone
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if documents is not UNSET:
            field_dict["documents"] = documents
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_user_address import SaleUserAddress  # noqa: PLC0415
        from ..models.sale_user_document import SaleUserDocument  # noqa: PLC0415

        d = dict(src_dict)
        ucode = d.pop("ucode", UNSET)

        locale = d.pop("locale", UNSET)

        name = d.pop("name", UNSET)

        trade_name = d.pop("trade_name", UNSET)

        cellphone = d.pop("cellphone", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _documents = d.pop("documents", UNSET)
        documents: list[SaleUserDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = SaleUserDocument.from_dict(documents_item_data)

                documents.append(documents_item)

        _address = d.pop("address", UNSET)
        address: SaleUserAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = SaleUserAddress.from_dict(_address)

        sale_user = cls(
            ucode=ucode,
            locale=locale,
            name=name,
            trade_name=trade_name,
            cellphone=cellphone,
            phone=phone,
            email=email,
            documents=documents,
            address=address,
        )

        sale_user.additional_properties = d
        return sale_user

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
