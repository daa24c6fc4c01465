from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecimalField,
    LazyField,
    Unset,
    decimal_to_json,
    model_repr,
    to_decimal,
)

T = TypeVar("T", bound="HotmartFee")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class HotmartFee:
    """Hotmart's fee on a sale."""

    total: Decimal | Unset = UNSET
    """ Total fee charged by Hotmart, in the commission currency. """
    fixed: Decimal | Unset = UNSET
    """ Fixed part of the fee, in the commission currency. """
    base: Decimal | Unset = UNSET
    """ Amount the percentage applies to. """
    percentage: float | Unset = UNSET
    """ Percentage of `base` charged. """
    currency_code: str | Unset = UNSET
    """ ISO 4217 currency code of the base amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | float | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = decimal_to_json(self.total)

        fixed: int | float | Unset = UNSET
        if not isinstance(self.fixed, Unset):
            fixed = decimal_to_json(self.fixed)

        base: int | float | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = decimal_to_json(self.base)

        percentage = self.percentage

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if fixed is not UNSET:
            field_dict["fixed"] = fixed
        if base is not UNSET:
            field_dict["base"] = base
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        hotmart_fee = object.__new__(cls)
        hotmart_fee.__dict__ = {
            "_raw": d,
            "percentage": d.get("percentage", UNSET),
            "currency_code": d.get("currency_code", UNSET),
        }
        return hotmart_fee

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


def _parse_total(d: dict[str, Any]) -> Decimal | Unset:
    value = d.get("total")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_decimal(value)


def _parse_fixed(d: dict[str, Any]) -> Decimal | Unset:
    value = d.get("fixed")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_decimal(value)


def _parse_base(d: dict[str, Any]) -> Decimal | Unset:
    value = d.get("base")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_decimal(value)


_KNOWN_FIELDS = frozenset(
    {
        "total",
        "fixed",
        "base",
        "percentage",
        "currency_code",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(HotmartFee, "total", DecimalField("HotmartFee", "total", "total", _parse_total))
setattr(HotmartFee, "fixed", DecimalField("HotmartFee", "fixed", "fixed", _parse_fixed))
setattr(HotmartFee, "base", DecimalField("HotmartFee", "base", "base", _parse_base))
setattr(
    HotmartFee,
    "additional_properties",
    LazyField("HotmartFee", "additional_properties", "", _parse_additional_properties),
)
