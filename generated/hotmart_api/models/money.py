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

T = TypeVar("T", bound="Money")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class Money:
    """An amount in a currency."""

    value: Decimal
    """ The amount, in the currency's major unit (e.g. 235.76). """
    currency_code: str | Unset = UNSET
    """ ISO 4217 currency code, e.g. BRL, USD, EUR, MXN. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = decimal_to_json(self.value)

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
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
        money = object.__new__(cls)
        money.__dict__ = {
            "_raw": d,
            "currency_code": d.get("currency_code", UNSET),
        }
        return money

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


def _parse_value(d: dict[str, Any]) -> Decimal:
    return to_decimal(d["value"])


_KNOWN_FIELDS = frozenset(
    {
        "value",
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
setattr(Money, "value", DecimalField("Money", "value", "value", _parse_value))
setattr(Money, "additional_properties", LazyField("Money", "additional_properties", "", _parse_additional_properties))
