from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_ref import ProductRef
    from ..models.sale_commission import SaleCommission


T = TypeVar("T", bound="SaleCommissionsItem")


@_attrs_define
class SaleCommissionsItem:
    """One sale with its commission split."""

    transaction: str | Unset = UNSET
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    exchange_rate_currency_payout: float | Unset = UNSET
    """ Exchange rate from the purchase currency to the payout currency. """
    commissions: list[SaleCommission] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        exchange_rate_currency_payout = self.exchange_rate_currency_payout

        commissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commissions, Unset):
            commissions = []
            for commissions_item_data in self.commissions:
                commissions_item = commissions_item_data.to_dict()
                commissions.append(commissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if product is not UNSET:
            field_dict["product"] = product
        if exchange_rate_currency_payout is not UNSET:
            field_dict["exchange_rate_currency_payout"] = exchange_rate_currency_payout
        if commissions is not UNSET:
            field_dict["commissions"] = commissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_ref import ProductRef  # noqa: PLC0415
        from ..models.sale_commission import SaleCommission  # noqa: PLC0415

        d = dict(src_dict)
        transaction = d.pop("transaction", UNSET)

        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        exchange_rate_currency_payout = d.pop("exchange_rate_currency_payout", UNSET)

        _commissions = d.pop("commissions", UNSET)
        commissions: list[SaleCommission] | Unset = UNSET
        if _commissions is not UNSET:
            commissions = []
            for commissions_item_data in _commissions:
                commissions_item = SaleCommission.from_dict(commissions_item_data)

                commissions.append(commissions_item)

        sale_commissions_item = cls(
            transaction=transaction,
            product=product,
            exchange_rate_currency_payout=exchange_rate_currency_payout,
            commissions=commissions,
        )

        sale_commissions_item.additional_properties = d
        return sale_commissions_item

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
