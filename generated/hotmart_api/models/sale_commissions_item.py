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

T = TypeVar("T", bound="SaleCommissionsItem")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SaleCommissionsItem:
    """One sale with its commission split."""

    transaction: str
    product: ProductRef
    """ A product as referenced from a sale, a subscription or an event. """
    commissions: list[SaleCommission]
    exchange_rate_currency_payout: float | Unset = UNSET
    """ Rate that converted the purchase value (without taxes) into the gross commission in
    its currency; 1 when there was no conversion.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        product = self.product.to_dict()

        commissions = []
        for commissions_item_data in self.commissions:
            commissions_item = commissions_item_data.to_dict()
            commissions.append(commissions_item)

        exchange_rate_currency_payout = self.exchange_rate_currency_payout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction": transaction,
                "product": product,
                "commissions": commissions,
            }
        )
        if exchange_rate_currency_payout is not UNSET:
            field_dict["exchange_rate_currency_payout"] = exchange_rate_currency_payout

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sale_commissions_item = object.__new__(cls)
        sale_commissions_item.__dict__ = fields = {
            "_raw": d,
            "exchange_rate_currency_payout": d.get("exchange_rate_currency_payout", UNSET),
        }
        if "transaction" in d:  # else reading it raises ResponseParseError
            fields["transaction"] = d["transaction"]
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


def _parse_transaction(d: dict[str, Any]) -> Any:
    return d["transaction"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_product(d: dict[str, Any]) -> ProductRef:
    product = ProductRef.from_dict(d["product"])

    return product


def _parse_commissions(d: dict[str, Any]) -> list[SaleCommission]:
    commissions = []
    _commissions = d["commissions"]
    for commissions_item_data in _commissions:
        commissions_item = SaleCommission.from_dict(commissions_item_data)

        commissions.append(commissions_item)

    return commissions


_KNOWN_FIELDS = frozenset(
    {
        "transaction",
        "product",
        "commissions",
        "exchange_rate_currency_payout",
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
    SaleCommissionsItem,
    "transaction",
    LazyField("SaleCommissionsItem", "transaction", "transaction", _parse_transaction),
)
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
