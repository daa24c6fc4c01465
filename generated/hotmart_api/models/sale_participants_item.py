from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyField,
    model_repr,
)

T = TypeVar("T", bound="SaleParticipantsItem")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class SaleParticipantsItem:
    """One sale with everyone who took part in it."""

    transaction: str
    """ Transaction code of the sale. """
    product: ProductRef
    """ A product as referenced from a sale, a subscription or an event. """
    users: list[SaleParticipant]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        product = self.product.to_dict()

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction": transaction,
                "product": product,
                "users": users,
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
        sale_participants_item = object.__new__(cls)
        sale_participants_item.__dict__ = fields = {
            "_raw": d,
        }
        if "transaction" in d:  # else reading it raises ResponseParseError
            fields["transaction"] = d["transaction"]
        return sale_participants_item

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


def _parse_transaction(d: dict[str, Any]) -> Any:
    return d["transaction"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_product(d: dict[str, Any]) -> ProductRef:
    product = ProductRef.from_dict(d["product"])

    return product


def _parse_users(d: dict[str, Any]) -> list[SaleParticipant]:
    users = []
    _users = d["users"]
    for users_item_data in _users:
        users_item = SaleParticipant.from_dict(users_item_data)

        users.append(users_item)

    return users


_KNOWN_FIELDS = frozenset(
    {
        "transaction",
        "product",
        "users",
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
    SaleParticipantsItem,
    "transaction",
    LazyField("SaleParticipantsItem", "transaction", "transaction", _parse_transaction),
)
setattr(SaleParticipantsItem, "product", LazyField("SaleParticipantsItem", "product", "product", _parse_product))
setattr(SaleParticipantsItem, "users", LazyField("SaleParticipantsItem", "users", "users", _parse_users))
setattr(
    SaleParticipantsItem,
    "additional_properties",
    LazyField("SaleParticipantsItem", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.product_ref import ProductRef  # noqa: E402
from ..models.sale_participant import SaleParticipant  # noqa: E402
