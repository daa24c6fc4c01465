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

T = TypeVar("T", bound="SalePriceDetailsItem")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SalePriceDetailsItem:
    """Price breakdown of one sale: `total` = `base` + `vat` + `fee`. `base` is what the
    commissions are split from (add-on fees come out of it); `vat` applies to sales in Europe
    and Mexico only; `fee` is the interest of an installment purchase in BRL or MXN, paid by
    the producer or the buyer depending on the product (not Hotmart's fee, which the sales
    history reports as `hotmart_fee`); `real_conversion_rate` converts the offer's original
    price into the buyer's local currency.

    """

    transaction: str
    product: ProductRef
    """ A product as referenced from a sale, a subscription or an event. """
    base: Money
    """ An amount in a currency. """
    total: Money
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

        product = self.product.to_dict()

        base = self.base.to_dict()

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
        field_dict.update(
            {
                "transaction": transaction,
                "product": product,
                "base": base,
                "total": total,
            }
        )
        if vat is not UNSET:
            field_dict["vat"] = vat
        if fee is not UNSET:
            field_dict["fee"] = fee
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if real_conversion_rate is not UNSET:
            field_dict["real_conversion_rate"] = real_conversion_rate

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sale_price_details_item = object.__new__(cls)
        sale_price_details_item.__dict__ = fields = {
            "_raw": d,
            "real_conversion_rate": d.get("real_conversion_rate", UNSET),
        }
        if "transaction" in d:  # else reading it raises ResponseParseError
            fields["transaction"] = d["transaction"]
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


def _parse_transaction(d: dict[str, Any]) -> Any:
    return d["transaction"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_product(d: dict[str, Any]) -> ProductRef:
    product = ProductRef.from_dict(d["product"])

    return product


def _parse_base(d: dict[str, Any]) -> Money:
    base = Money.from_dict(d["base"])

    return base


def _parse_total(d: dict[str, Any]) -> Money:
    total = Money.from_dict(d["total"])

    return total


def _parse_vat(d: dict[str, Any]) -> Money | Unset:
    if d.get("vat") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _vat = d.get("vat", UNSET)
    vat: Money | Unset
    if isinstance(_vat, Unset):
        vat = UNSET
    else:
        vat = Money.from_dict(_vat)

    return vat


def _parse_fee(d: dict[str, Any]) -> Money | Unset:
    if d.get("fee") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _fee = d.get("fee", UNSET)
    fee: Money | Unset
    if isinstance(_fee, Unset):
        fee = UNSET
    else:
        fee = Money.from_dict(_fee)

    return fee


def _parse_coupon(d: dict[str, Any]) -> PriceCoupon | Unset:
    if d.get("coupon") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _coupon = d.get("coupon", UNSET)
    coupon: PriceCoupon | Unset
    if isinstance(_coupon, Unset):
        coupon = UNSET
    else:
        coupon = PriceCoupon.from_dict(_coupon)

    return coupon


_KNOWN_FIELDS = frozenset(
    {
        "transaction",
        "product",
        "base",
        "total",
        "vat",
        "fee",
        "coupon",
        "real_conversion_rate",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(
    SalePriceDetailsItem,
    "transaction",
    LazyField("SalePriceDetailsItem", "transaction", "transaction", _parse_transaction),
)
setattr(SalePriceDetailsItem, "product", LazyField("SalePriceDetailsItem", "product", "product", _parse_product))
setattr(SalePriceDetailsItem, "base", LazyField("SalePriceDetailsItem", "base", "base", _parse_base))
setattr(SalePriceDetailsItem, "total", LazyField("SalePriceDetailsItem", "total", "total", _parse_total))
setattr(SalePriceDetailsItem, "vat", LazyField("SalePriceDetailsItem", "vat", "vat", _parse_vat))
setattr(SalePriceDetailsItem, "fee", LazyField("SalePriceDetailsItem", "fee", "fee", _parse_fee))
setattr(SalePriceDetailsItem, "coupon", LazyField("SalePriceDetailsItem", "coupon", "coupon", _parse_coupon))
setattr(
    SalePriceDetailsItem,
    "additional_properties",
    LazyField("SalePriceDetailsItem", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.money import Money  # noqa: E402
from ..models.price_coupon import PriceCoupon  # noqa: E402
from ..models.product_ref import ProductRef  # noqa: E402
