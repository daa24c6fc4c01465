from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_format import ProductFormat
from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    ucode: str | Unset = UNSET
    """ The product's UUID, used by the offers and plans endpoints. """
    status: ProductStatus | Unset = UNSET
    """ Status of a product. """
    created_at: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
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

        created_at = self.created_at

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        ucode = d.pop("ucode", UNSET)

        _status = d.pop("status", UNSET)
        status: ProductStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProductStatus(_status)

        created_at = d.pop("created_at", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: ProductFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ProductFormat(_format_)

        is_subscription = d.pop("is_subscription", UNSET)

        warranty_period = d.pop("warranty_period", UNSET)

        product = cls(
            id=id,
            name=name,
            ucode=ucode,
            status=status,
            created_at=created_at,
            format_=format_,
            is_subscription=is_subscription,
            warranty_period=warranty_period,
        )

        product.additional_properties = d
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
