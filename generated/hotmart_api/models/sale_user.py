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

T = TypeVar("T", bound="SaleUser")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SaleUser:
    """Contact data of a person involved in a sale."""

    ucode: str
    """ Hotmart's user code. """
    name: str
    email: str
    locale: str | Unset = UNSET
    """ Country and language, from the device's IP address (e.g. pt_BR, FR). """
    trade_name: str | Unset = UNSET
    """ Trade name, for companies. """
    cellphone: str | Unset = UNSET
    """ Mobile number; the international prefix is included for buyers only. """
    phone: str | Unset = UNSET
    """ Phone number; the international prefix is included for buyers only. """
    documents: list[SaleUserDocument] | Unset = UNSET
    address: SaleUserAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ucode = self.ucode

        name = self.name

        email = self.email

        locale = self.locale

        trade_name = self.trade_name

        cellphone = self.cellphone

        phone = self.phone

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
        field_dict.update(
            {
                "ucode": ucode,
                "name": name,
                "email": email,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale
        if trade_name is not UNSET:
            field_dict["trade_name"] = trade_name
        if cellphone is not UNSET:
            field_dict["cellphone"] = cellphone
        if phone is not UNSET:
            field_dict["phone"] = phone
        if documents is not UNSET:
            field_dict["documents"] = documents
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sale_user = object.__new__(cls)
        sale_user.__dict__ = fields = {
            "_raw": d,
            "locale": d.get("locale", UNSET),
            "trade_name": d.get("trade_name", UNSET),
            "cellphone": d.get("cellphone", UNSET),
            "phone": d.get("phone", UNSET),
        }
        if "ucode" in d:  # else reading it raises ResponseParseError
            fields["ucode"] = d["ucode"]
        if "name" in d:  # else reading it raises ResponseParseError
            fields["name"] = d["name"]
        if "email" in d:  # else reading it raises ResponseParseError
            fields["email"] = d["email"]
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


def _parse_ucode(d: dict[str, Any]) -> Any:
    return d["ucode"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_name(d: dict[str, Any]) -> Any:
    return d["name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_email(d: dict[str, Any]) -> Any:
    return d["email"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_documents(d: dict[str, Any]) -> list[SaleUserDocument] | Unset:
    if d.get("documents") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _documents = d.get("documents", UNSET)
    documents: list[SaleUserDocument] | Unset = UNSET
    if _documents is not UNSET:
        documents = []
        for documents_item_data in _documents:
            documents_item = SaleUserDocument.from_dict(documents_item_data)

            documents.append(documents_item)

    return documents


def _parse_address(d: dict[str, Any]) -> SaleUserAddress | Unset:
    if d.get("address") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _address = d.get("address", UNSET)
    address: SaleUserAddress | Unset
    if isinstance(_address, Unset):
        address = UNSET
    else:
        address = SaleUserAddress.from_dict(_address)

    return address


_KNOWN_FIELDS = frozenset(
    {
        "ucode",
        "name",
        "email",
        "locale",
        "trade_name",
        "cellphone",
        "phone",
        "documents",
        "address",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(SaleUser, "ucode", LazyField("SaleUser", "ucode", "ucode", _parse_ucode))
setattr(SaleUser, "name", LazyField("SaleUser", "name", "name", _parse_name))
setattr(SaleUser, "email", LazyField("SaleUser", "email", "email", _parse_email))
setattr(SaleUser, "documents", LazyField("SaleUser", "documents", "documents", _parse_documents))
setattr(SaleUser, "address", LazyField("SaleUser", "address", "address", _parse_address))
setattr(
    SaleUser, "additional_properties", LazyField("SaleUser", "additional_properties", "", _parse_additional_properties)
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.sale_user_address import SaleUserAddress  # noqa: E402
from ..models.sale_user_document import SaleUserDocument  # noqa: E402
