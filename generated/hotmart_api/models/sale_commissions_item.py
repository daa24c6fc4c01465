from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyField,
    Unset,
)

T = TypeVar("T", bound="SaleCommissionsItem")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
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
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sale_commissions_item = object.__new__(cls)
        sale_commissions_item.__dict__ = {
            "_raw": d,
            "transaction": d.get("transaction", UNSET),
            "exchange_rate_currency_payout": d.get("exchange_rate_currency_payout", UNSET),
        }
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


def _parse_product(d: dict[str, Any]) -> ProductRef | Unset:
    if d.get("product") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _product = d.get("product", UNSET)
    product: ProductRef | Unset
    if isinstance(_product, Unset):
        product = UNSET
    else:
        product = ProductRef.from_dict(_product)

    return product


def _parse_commissions(d: dict[str, Any]) -> list[SaleCommission] | Unset:
    if d.get("commissions") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _commissions = d.get("commissions", UNSET)
    commissions: list[SaleCommission] | Unset = UNSET
    if _commissions is not UNSET:
        commissions = []
        for commissions_item_data in _commissions:
            commissions_item = SaleCommission.from_dict(commissions_item_data)

            commissions.append(commissions_item)

    return commissions


_KNOWN_FIELDS = frozenset(
    {
        "transaction",
        "product",
        "exchange_rate_currency_payout",
        "commissions",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(SaleCommissionsItem, "product", LazyField("SaleCommissionsItem", "product", "product", _parse_product))
setattr(
    SaleCommissionsItem,
    "commissions",
    LazyField("SaleCommissionsItem", "commissions", "commissions", _parse_commissions),
)
setattr(
    SaleCommissionsItem,
    "additional_properties",
    LazyField("SaleCommissionsItem", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.product_ref import ProductRef  # noqa: E402
from ..models.sale_commission import SaleCommission  # noqa: E402
