from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon_time_zone import CouponTimeZone


T = TypeVar("T", bound="Coupon")


@_attrs_define
class Coupon:
    id: int | Unset = UNSET
    """ Coupon id, used to delete it. """
    coupon_code: str | Unset = UNSET
    active: bool | Unset = UNSET
    start_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    discount: float | Unset = UNSET
    """ Discount as a fraction of the price. """
    status: str | Unset = UNSET
    """ Coupon status as reported by Hotmart, e.g. ACTIVE. """
    time_zone: CouponTimeZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coupon_code = self.coupon_code

        active = self.active

        start_date = self.start_date

        discount = self.discount

        status = self.status

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if active is not UNSET:
            field_dict["active"] = active
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if discount is not UNSET:
            field_dict["discount"] = discount
        if status is not UNSET:
            field_dict["status"] = status
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coupon_time_zone import CouponTimeZone  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        coupon_code = d.pop("coupon_code", UNSET)

        active = d.pop("active", UNSET)

        start_date = d.pop("start_date", UNSET)

        discount = d.pop("discount", UNSET)

        status = d.pop("status", UNSET)

        _time_zone = d.pop("time_zone", UNSET)
        time_zone: CouponTimeZone | Unset
        if isinstance(_time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = CouponTimeZone.from_dict(_time_zone)

        coupon = cls(
            id=id,
            coupon_code=coupon_code,
            active=active,
            start_date=start_date,
            discount=discount,
            status=status,
            time_zone=time_zone,
        )

        coupon.additional_properties = d
        return coupon

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
