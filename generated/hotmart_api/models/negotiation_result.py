from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="NegotiationResult")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class NegotiationResult:
    """Result of a negotiation. Open object; fields not confirmed by live traffic."""

    subscription_id: int | Unset = UNSET
    transaction: str | Unset = UNSET
    """ Transaction code of the negotiation purchase. """
    payment: NegotiationPayment | Unset = UNSET
    """ The generated payment; `billet_*` fields for bank slips, `pix_*` fields for PIX. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        transaction = self.transaction

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access."""
        d = dict(src_dict)
        negotiation_result = cls.__new__(cls)
        negotiation_result.__dict__.update(
            _raw=d,
            subscription_id=d.get("subscription_id", UNSET),
            transaction=d.get("transaction", UNSET),
        )
        return negotiation_result

    if not TYPE_CHECKING:  # hidden from type checkers so that unknown attributes stay errors

        def __getattr__(self, name: str) -> Any:
            # Only called for an attribute not set yet: parse that field from the raw JSON, keep it.
            raw = self.__dict__.get("_raw")
            lazy = _LAZY_FIELDS.get(name)
            if raw is None or lazy is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            key, parse = lazy
            try:
                value = parse(raw)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise ResponseParseError("NegotiationResult", key, raw.get(key, raw), exc) from exc
            self.__dict__[name] = value
            return value

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


def _parse_payment(d: dict[str, Any]) -> NegotiationPayment | Unset:
    if d.get("payment") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _payment = d.get("payment", UNSET)
    payment: NegotiationPayment | Unset
    if isinstance(_payment, Unset):
        payment = UNSET
    else:
        payment = NegotiationPayment.from_dict(_payment)

    return payment


_KNOWN_FIELDS = frozenset(
    {
        "subscription_id",
        "transaction",
        "payment",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Attribute -> (JSON key, parser of that field from the raw JSON object kept by from_dict).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "payment": ("payment", _parse_payment),
    "additional_properties": ("", _parse_additional_properties),
}


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.negotiation_payment import NegotiationPayment  # noqa: E402
