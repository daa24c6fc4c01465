from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_format import ProductFormat
from ..models.product_status import ProductStatus
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

T = TypeVar("T", bound="Product")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class Product:
    """A product. `is_subscription` is false for smart installment and smart recovery products;
    for a bundle it follows its charging method.

    """

    id: int
    name: str
    ucode: str
    """ The product's UUID, used by the offers and plans endpoints. """
    status: ProductStatus
    """ Status of a product. """
    format_: ProductFormat
    """ Format of a product. """
    created_at: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    is_subscription: bool | Unset = UNSET
    warranty_period: int | Unset = UNSET
    """ Default refund warranty, in days. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        ucode = self.ucode

        status = to_enum(ProductStatus, self.status, "status").value

        format_ = to_enum(ProductFormat, self.format_, "format_").value

        created_at: int | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = to_millis(self.created_at)

        is_subscription = self.is_subscription

        warranty_period = self.warranty_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "ucode": ucode,
                "status": status,
                "format": format_,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_subscription is not UNSET:
            field_dict["is_subscription"] = is_subscription
        if warranty_period is not UNSET:
            field_dict["warranty_period"] = warranty_period

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        product = object.__new__(cls)
        product.__dict__ = fields = {
            "_raw": d,
            "is_subscription": d.get("is_subscription", UNSET),
            "warranty_period": d.get("warranty_period", UNSET),
        }
        if "id" in d:  # else reading it raises ResponseParseError
            fields["id"] = d["id"]
        if "name" in d:  # else reading it raises ResponseParseError
            fields["name"] = d["name"]
        if "ucode" in d:  # else reading it raises ResponseParseError
            fields["ucode"] = d["ucode"]
        return product

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


def _parse_id(d: dict[str, Any]) -> Any:
    return d["id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_name(d: dict[str, Any]) -> Any:
    return d["name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_ucode(d: dict[str, Any]) -> Any:
    return d["ucode"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_status(d: dict[str, Any]) -> ProductStatus:
    status = ProductStatus(d["status"])

    return status


def _parse_format_(d: dict[str, Any]) -> ProductFormat:
    format_ = ProductFormat(d["format"])

    return format_


def _parse_created_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("created_at")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "ucode",
        "status",
        "format",
        "created_at",
        "is_subscription",
        "warranty_period",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(Product, "id", LazyField("Product", "id", "id", _parse_id))
setattr(Product, "name", LazyField("Product", "name", "name", _parse_name))
setattr(Product, "ucode", LazyField("Product", "ucode", "ucode", _parse_ucode))
setattr(Product, "status", LazyField("Product", "status", "status", _parse_status))
setattr(Product, "format_", LazyField("Product", "format_", "format", _parse_format_))
setattr(Product, "created_at", EpochMillisField("Product", "created_at", "created_at", _parse_created_at))
setattr(
    Product, "additional_properties", LazyField("Product", "additional_properties", "", _parse_additional_properties)
)
