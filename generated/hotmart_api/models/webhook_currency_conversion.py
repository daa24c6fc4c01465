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

T = TypeVar("T", bound="WebhookCurrencyConversion")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookCurrencyConversion:
    """A commission converted to the currency it is paid in."""

    converted_value: Decimal | Unset = UNSET
    """ The commission in `converted_to_currency`. """
    converted_to_currency: str | Unset = UNSET
    """ ISO 4217 code of the currency it was converted to. """
    conversion_rate: float | Unset = UNSET
    """ Exchange rate applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        converted_value: int | float | Unset = UNSET
        if not isinstance(self.converted_value, Unset):
            converted_value = decimal_to_json(self.converted_value)

        converted_to_currency = self.converted_to_currency

        conversion_rate = self.conversion_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if converted_value is not UNSET:
            field_dict["converted_value"] = converted_value
        if converted_to_currency is not UNSET:
            field_dict["converted_to_currency"] = converted_to_currency
        if conversion_rate is not UNSET:
            field_dict["conversion_rate"] = conversion_rate

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_currency_conversion = object.__new__(cls)
        webhook_currency_conversion.__dict__ = {
            "_raw": d,
            "converted_to_currency": d.get("converted_to_currency", UNSET),
            "conversion_rate": d.get("conversion_rate", UNSET),
        }
        return webhook_currency_conversion

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


def _parse_converted_value(d: dict[str, Any]) -> Decimal | Unset:
    value = d.get("converted_value")
    if value is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    return to_decimal(value)


_KNOWN_FIELDS = frozenset(
    {
        "converted_value",
        "converted_to_currency",
        "conversion_rate",
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
    WebhookCurrencyConversion,
    "converted_value",
    DecimalField("WebhookCurrencyConversion", "converted_value", "converted_value", _parse_converted_value),
)
setattr(
    WebhookCurrencyConversion,
    "additional_properties",
    LazyField("WebhookCurrencyConversion", "additional_properties", "", _parse_additional_properties),
)
