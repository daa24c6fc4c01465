from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_lot import EventLot
    from ..models.product_ref import ProductRef


T = TypeVar("T", bound="EventInfo")


@_attrs_define
class EventInfo:
    """An event. Open object; the fields listed are not confirmed by live traffic."""

    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    start_event_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    end_event_date: int | Unset = UNSET
    """ Unix epoch time in milliseconds (UTC). """
    lots: list[EventLot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        start_event_date = self.start_event_date

        end_event_date = self.end_event_date

        lots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lots, Unset):
            lots = []
            for lots_item_data in self.lots:
                lots_item = lots_item_data.to_dict()
                lots.append(lots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if start_event_date is not UNSET:
            field_dict["start_event_date"] = start_event_date
        if end_event_date is not UNSET:
            field_dict["end_event_date"] = end_event_date
        if lots is not UNSET:
            field_dict["lots"] = lots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_lot import EventLot  # noqa: PLC0415
        from ..models.product_ref import ProductRef  # noqa: PLC0415

        d = dict(src_dict)
        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        start_event_date = d.pop("start_event_date", UNSET)

        end_event_date = d.pop("end_event_date", UNSET)

        _lots = d.pop("lots", UNSET)
        lots: list[EventLot] | Unset = UNSET
        if _lots is not UNSET:
            lots = []
            for lots_item_data in _lots:
                lots_item = EventLot.from_dict(lots_item_data)

                lots.append(lots_item)

        event_info = cls(
            product=product,
            start_event_date=start_event_date,
            end_event_date=end_event_date,
            lots=lots,
        )

        event_info.additional_properties = d
        return event_info

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
