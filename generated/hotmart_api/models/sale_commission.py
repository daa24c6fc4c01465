from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commission_source import CommissionSource
from ..types import (
    LazyField,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="SaleCommission")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SaleCommission:
    commission: CommissionAmount
    """ A commission amount. The currency is in `currency_value`, not `currency_code`. """
    user: CommissionUser
    """ The person who earns a commission. """
    source: CommissionSource
    """ What a commission was earned as; ADDON covers add-on products. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commission = self.commission.to_dict()

        user = self.user.to_dict()

        source = to_enum(CommissionSource, self.source, "source").value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commission": commission,
                "user": user,
                "source": source,
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
        sale_commission = object.__new__(cls)
        sale_commission.__dict__ = {
            "_raw": d,
        }
        return sale_commission

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


def _parse_commission(d: dict[str, Any]) -> CommissionAmount:
    commission = CommissionAmount.from_dict(d["commission"])

    return commission


def _parse_user(d: dict[str, Any]) -> CommissionUser:
    user = CommissionUser.from_dict(d["user"])

    return user


def _parse_source(d: dict[str, Any]) -> CommissionSource:
    source = CommissionSource(d["source"])

    return source


_KNOWN_FIELDS = frozenset(
    {
        "commission",
        "user",
        "source",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(SaleCommission, "commission", LazyField("SaleCommission", "commission", "commission", _parse_commission))
setattr(SaleCommission, "user", LazyField("SaleCommission", "user", "user", _parse_user))
setattr(SaleCommission, "source", LazyField("SaleCommission", "source", "source", _parse_source))
setattr(
    SaleCommission,
    "additional_properties",
    LazyField("SaleCommission", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.commission_amount import CommissionAmount  # noqa: E402
from ..models.commission_user import CommissionUser  # noqa: E402
