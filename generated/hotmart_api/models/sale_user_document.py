from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_type import DocumentType
from ..types import (
    LazyField,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="SaleUserDocument")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SaleUserDocument:
    value: str
    """ The document number. """
    type_: DocumentType
    """ Kind of identity document of a sale participant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_ = to_enum(DocumentType, self.type_, "type_").value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "type": type_,
            }
        )

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sale_user_document = object.__new__(cls)
        sale_user_document.__dict__ = fields = {
            "_raw": d,
        }
        if "value" in d:  # else reading it raises ResponseParseError
            fields["value"] = d["value"]
        return sale_user_document

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


def _parse_value(d: dict[str, Any]) -> Any:
    return d["value"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_type_(d: dict[str, Any]) -> DocumentType:
    type_ = DocumentType(d["type"])

    return type_


_KNOWN_FIELDS = frozenset(
    {
        "value",
        "type",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(SaleUserDocument, "value", LazyField("SaleUserDocument", "value", "value", _parse_value))
setattr(SaleUserDocument, "type_", LazyField("SaleUserDocument", "type_", "type", _parse_type_))
setattr(
    SaleUserDocument,
    "additional_properties",
    LazyField("SaleUserDocument", "additional_properties", "", _parse_additional_properties),
)
