from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commission_source import CommissionSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commission_amount import CommissionAmount
    from ..models.commission_user import CommissionUser


T = TypeVar("T", bound="SaleCommission")


@_attrs_define
class SaleCommission:
    commission: CommissionAmount | Unset = UNSET
    """ A commission amount. The currency is in `currency_value`, not `currency_code`. """
    user: CommissionUser | Unset = UNSET
    source: CommissionSource | Unset = UNSET
    """ What a commission was earned as; ADDON covers add-on products. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = self.commission.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commission is not UNSET:
            field_dict["commission"] = commission
        if user is not UNSET:
            field_dict["user"] = user
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commission_amount import CommissionAmount  # noqa: PLC0415
        from ..models.commission_user import CommissionUser  # noqa: PLC0415

        d = dict(src_dict)
        _commission = d.pop("commission", UNSET)
        commission: CommissionAmount | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = CommissionAmount.from_dict(_commission)

        _user = d.pop("user", UNSET)
        user: CommissionUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = CommissionUser.from_dict(_user)

        _source = d.pop("source", UNSET)
        source: CommissionSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CommissionSource(_source)

        sale_commission = cls(
            commission=commission,
            user=user,
            source=source,
        )

        sale_commission.additional_properties = d
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
