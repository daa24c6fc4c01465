from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_commission_source import WebhookCommissionSource
from ..types import (
    UNSET,
    DecimalField,
    LazyField,
    Unset,
    decimal_to_json,
    model_repr,
    to_decimal,
    to_enum,
)

T = TypeVar("T", bound="WebhookCommission")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookCommission:
    value: Decimal
    """ The commission, in `currency_value`. """
    source: WebhookCommissionSource
    """ Whose commission it is. The page lists PRODUCER, COPRODUCER, AFFILIATE and ADDON; its own
    example (and Hotmart's test deliveries) also show MARKETPLACE, Hotmart's share.
     """
    currency_value: str | Unset = UNSET
    """ ISO 4217 currency code of the commission. """
    currency_conversion: WebhookCurrencyConversion | Unset = UNSET
    """ A commission converted to the currency it is paid in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = decimal_to_json(self.value)

        source = to_enum(WebhookCommissionSource, self.source, "source").value

        currency_value = self.currency_value

        currency_conversion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_conversion, Unset):
            currency_conversion = self.currency_conversion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "source": source,
            }
        )
        if currency_value is not UNSET:
            field_dict["currency_value"] = currency_value
        if currency_conversion is not UNSET:
            field_dict["currency_conversion"] = currency_conversion

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_commission = object.__new__(cls)
        webhook_commission.__dict__ = {
            "_raw": d,
            "currency_value": d.get("currency_value", UNSET),
        }
        return webhook_commission

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


def _parse_source(d: dict[str, Any]) -> WebhookCommissionSource:
    source = WebhookCommissionSource(d["source"])

    return source


def _parse_currency_conversion(d: dict[str, Any]) -> WebhookCurrencyConversion | Unset:
    if d.get("currency_conversion") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _currency_conversion = d.get("currency_conversion", UNSET)
    currency_conversion: WebhookCurrencyConversion | Unset
    if isinstance(_currency_conversion, Unset):
        currency_conversion = UNSET
    else:
        currency_conversion = WebhookCurrencyConversion.from_dict(_currency_conversion)

    return currency_conversion


_KNOWN_FIELDS = frozenset(
    {
        "value",
        "source",
        "currency_value",
        "currency_conversion",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookCommission, "value", DecimalField("WebhookCommission", "value", "value", _parse_value))
setattr(WebhookCommission, "source", LazyField("WebhookCommission", "source", "source", _parse_source))
setattr(
    WebhookCommission,
    "currency_conversion",
    LazyField("WebhookCommission", "currency_conversion", "currency_conversion", _parse_currency_conversion),
)
setattr(
    WebhookCommission,
    "additional_properties",
    LazyField("WebhookCommission", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_currency_conversion import WebhookCurrencyConversion  # noqa: E402
