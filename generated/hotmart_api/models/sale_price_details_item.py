from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.price_coupon import PriceCoupon
    from ..models.product_ref import ProductRef


T = TypeVar("T", bound="SalePriceDetailsItem")


@_attrs_define
class SalePriceDetailsItem:
    """Price breakdown of one sale."""

    transaction: str | Unset = UNSET
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    base: Money | Unset = UNSET
    """ An amount in a currency. """
    total: Money | Unset = UNSET
    """ An amount in a currency. """
    vat: Money | Unset = UNSET
    """ An amount in a currency. """
    fee: Money | Unset = UNSET
    """ An amount in a currency. """
    coupon: PriceCoupon | Unset = UNSET
    """ The coupon applied to a sale. """
    real_conversion_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        vat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat, Unset):
            vat = self.vat.to_dict()

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon, Unset):
            coupon = self.coupon.to_dict()

        real_conversion_rate = self.real_conversion_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if product is not UNSET:
            field_dict["product"] = product
        if base is not UNSET:
            field_dict["base"] = base
        if total is not UNSET:
            field_dict["total"] = total
        if vat is not UNSET:
            field_dict["vat"] = vat
        if fee is not UNSET:
            field_dict["fee"] = fee
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if real_conversion_rate is not UNSET:
            field_dict["real_conversion_rate"] = real_conversion_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.price_coupon import PriceCoupon  # noqa: PLC0415
        from ..models.product_ref import ProductRef  # noqa: PLC0415

        d = dict(src_dict)
        transaction = d.pop("transaction", UNSET)

        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        _base = d.pop("base", UNSET)
        base: Money | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = Money.from_dict(_base)

        _total = d.pop("total", UNSET)
        total: Money | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Money.from_dict(_total)

        _vat = d.pop("vat", UNSET)
        vat: Money | Unset
        if isinstance(_vat, Unset):
            vat = UNSET
        else:
            vat = Money.from_dict(_vat)

        _fee = d.pop("fee", UNSET)
        fee: Money | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = Money.from_dict(_fee)

        _coupon = d.pop("coupon", UNSET)
        coupon: PriceCoupon | Unset
        if isinstance(_coupon, Unset):
            coupon = UNSET
        else:
            coupon = PriceCoupon.from_dict(_coupon)

        real_conversion_rate = d.pop("real_conversion_rate", UNSET)

        sale_price_details_item = cls(
            transaction=transaction,
            product=product,
            base=base,
            total=total,
            vat=vat,
            fee=fee,
            coupon=coupon,
            real_conversion_rate=real_conversion_rate,
        )

        sale_price_details_item.additional_properties = d
        return sale_price_details_item

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
