from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecimalField,
    LazyField,
    decimal_to_json,
    model_repr,
    to_decimal,
)

T = TypeVar("T", bound="CommissionAmount")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class CommissionAmount:
    """A commission amount. The currency is in `currency_value`, not `currency_code`."""

    value: Decimal
    currency_value: str
    """ ISO 4217 currency code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = decimal_to_json(self.value)

        currency_value = self.currency_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "currency_value": currency_value,
            }
        )

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        commission_amount = object.__new__(cls)
        commission_amount.__dict__ = fields = {
            "_raw": d,
        }
        if "currency_value" in d:  # else reading it raises ResponseParseError
            fields["currency_value"] = d["currency_value"]
        return commission_amount

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


def _parse_currency_value(d: dict[str, Any]) -> Any:
    return d["currency_value"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


_KNOWN_FIELDS = frozenset(
    {
        "value",
        "currency_value",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(CommissionAmount, "value", DecimalField("CommissionAmount", "value", "value", _parse_value))
setattr(
    CommissionAmount,
    "currency_value",
    LazyField("CommissionAmount", "currency_value", "currency_value", _parse_currency_value),
)
setattr(
    CommissionAmount,
    "additional_properties",
    LazyField("CommissionAmount", "additional_properties", "", _parse_additional_properties),
)
