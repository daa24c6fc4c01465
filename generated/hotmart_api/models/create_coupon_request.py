from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCouponRequest")


@_attrs_define
class CreateCouponRequest:
    """A discount coupon to create."""

    code: str
    """ Code the buyer types at checkout. """
    discount: float
    """ Discount as a fraction of the price (0.2 = 20% off). """
    start_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    end_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    affiliate: int | Unset = UNSET
    """ Id of the affiliate the coupon is restricted to. """
    offer_ids: list[int] | Unset = UNSET
    """ Ids of the offers the coupon applies to; all offers when absent or empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        discount = self.discount

        start_date = self.start_date

        end_date = self.end_date

        affiliate = self.affiliate

        offer_ids: list[int] | Unset = UNSET
        if not isinstance(self.offer_ids, Unset):
            offer_ids = self.offer_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "discount": discount,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if affiliate is not UNSET:
            field_dict["affiliate"] = affiliate
        if offer_ids is not UNSET:
            field_dict["offer_ids"] = offer_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        discount = d.pop("discount")

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        affiliate = d.pop("affiliate", UNSET)

        offer_ids = cast(list[int], d.pop("offer_ids", UNSET))

        create_coupon_request = cls(
            code=code,
            discount=discount,
            start_date=start_date,
            end_date=end_date,
            affiliate=affiliate,
            offer_ids=offer_ids,
        )

        create_coupon_request.additional_properties = d
        return create_coupon_request

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
