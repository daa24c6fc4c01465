from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_ref import ProductRef
    from ..models.sale_participant import SaleParticipant


T = TypeVar("T", bound="SaleParticipantsItem")


@_attrs_define
class SaleParticipantsItem:
    """One sale with everyone who took part in it."""

    transaction: str | Unset = UNSET
    """ Transaction code of the sale. """
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    users: list[SaleParticipant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if product is not UNSET:
            field_dict["product"] = product
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_ref import ProductRef  # noqa: PLC0415
        from ..models.sale_participant import SaleParticipant  # noqa: PLC0415

        d = dict(src_dict)
        transaction = d.pop("transaction", UNSET)

        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        _users = d.pop("users", UNSET)
        users: list[SaleParticipant] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = SaleParticipant.from_dict(users_item_data)

                users.append(users_item)

        sale_participants_item = cls(
            transaction=transaction,
            product=product,
            users=users,
        )

        sale_participants_item.additional_properties = d
        return sale_participants_item

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
