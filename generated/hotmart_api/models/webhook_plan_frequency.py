from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..models.plan_periodicity import PlanPeriodicity
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPlanFrequency")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class WebhookPlanFrequency:
    periodicity: PlanPeriodicity | Unset = UNSET
    """ How often a subscription plan charges. Other values (e.g. weekly) may exist. """
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        periodicity: str | Unset = UNSET
        if not isinstance(self.periodicity, Unset):
            periodicity = self.periodicity.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if periodicity is not UNSET:
            field_dict["periodicity"] = periodicity
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access."""
        d = dict(src_dict)
        webhook_plan_frequency = cls.__new__(cls)
        webhook_plan_frequency.__dict__.update(
            _raw=d,
            value=d.get("value", UNSET),
        )
        return webhook_plan_frequency

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
                raise ResponseParseError("WebhookPlanFrequency", key, raw.get(key, raw), exc) from exc
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


def _parse_periodicity(d: dict[str, Any]) -> PlanPeriodicity | Unset:
    if d.get("periodicity") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _periodicity = d.get("periodicity", UNSET)
    periodicity: PlanPeriodicity | Unset
    if isinstance(_periodicity, Unset):
        periodicity = UNSET
    else:
        periodicity = PlanPeriodicity(_periodicity)

    return periodicity


_KNOWN_FIELDS = frozenset(
    {
        "periodicity",
        "value",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Attribute -> (JSON key, parser of that field from the raw JSON object kept by from_dict).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "periodicity": ("periodicity", _parse_periodicity),
    "additional_properties": ("", _parse_additional_properties),
}
