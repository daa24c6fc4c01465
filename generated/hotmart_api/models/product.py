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
    to_datetime,
    to_millis,
)

T = TypeVar("T", bound="Product")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class Product:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    ucode: str | Unset = UNSET
    """ The product's UUID, used by the offers and plans endpoints. """
    status: ProductStatus | Unset = UNSET
    """ Status of a product. """
    created_at: datetime.datetime | Unset = UNSET
    """ A point in time, sent as Unix epoch milliseconds (UTC). """
    format_: ProductFormat | Unset = UNSET
    """ Format of a product. `AGENT` is only listed by hotmart-python. """
    is_subscription: bool | Unset = UNSET
    warranty_period: int | Unset = UNSET
    """ Refund warranty in days. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        ucode = self.ucode

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: int | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = to_millis(self.created_at)

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        is_subscription = self.is_subscription

        warranty_period = self.warranty_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if ucode is not UNSET:
            field_dict["ucode"] = ucode
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if format_ is not UNSET:
            field_dict["format"] = format_
        if is_subscription is not UNSET:
            field_dict["is_subscription"] = is_subscription
        if warranty_period is not UNSET:
            field_dict["warranty_period"] = warranty_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        product = object.__new__(cls)
        product.__dict__ = {
            "_raw": d,
            "id": d.get("id", UNSET),
            "name": d.get("name", UNSET),
            "ucode": d.get("ucode", UNSET),
            "is_subscription": d.get("is_subscription", UNSET),
            "warranty_period": d.get("warranty_period", UNSET),
        }
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


def _parse_status(d: dict[str, Any]) -> ProductStatus | Unset:
    if d.get("status") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _status = d.get("status", UNSET)
    status: ProductStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = ProductStatus(_status)

    return status


def _parse_created_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("created_at")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_datetime(value)


def _parse_format_(d: dict[str, Any]) -> ProductFormat | Unset:
    if d.get("format") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _format_ = d.get("format", UNSET)
    format_: ProductFormat | Unset
    if isinstance(_format_, Unset):
        format_ = UNSET
    else:
        format_ = ProductFormat(_format_)

    return format_


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "ucode",
        "status",
        "created_at",
        "format",
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
setattr(Product, "status", LazyField("Product", "status", "status", _parse_status))
setattr(Product, "created_at", EpochMillisField("Product", "created_at", "created_at", _parse_created_at))
setattr(Product, "format_", LazyField("Product", "format_", "format", _parse_format_))
setattr(
    Product, "additional_properties", LazyField("Product", "additional_properties", "", _parse_additional_properties)
)
