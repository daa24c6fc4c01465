from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleParticipantsItem")


@_attrs_define(slots=False)  # instances need a __dict__: fields are filled in lazily
class SaleParticipantsItem:
    """One sale with everyone who took part in it."""

    transaction: str | Unset = UNSET
    """ Transaction code of the sale. """
    product: ProductRef | Unset = UNSET
    """ A product as referenced from a sale. """
    users: list[SaleParticipant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if product is not UNSET:
            field_dict["product"] = product
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access."""
        d = dict(src_dict)
        sale_participants_item = cls.__new__(cls)
        sale_participants_item.__dict__.update(
            _raw=d,
            transaction=d.get("transaction", UNSET),
        )
        return sale_participants_item

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
                raise ResponseParseError("SaleParticipantsItem", key, raw.get(key, raw), exc) from exc
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


def _parse_product(d: dict[str, Any]) -> ProductRef | Unset:
    if d.get("product") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _product = d.get("product", UNSET)
    product: ProductRef | Unset
    if isinstance(_product, Unset):
        product = UNSET
    else:
        product = ProductRef.from_dict(_product)

    return product


def _parse_users(d: dict[str, Any]) -> list[SaleParticipant] | Unset:
    if d.get("users") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _users = d.get("users", UNSET)
    users: list[SaleParticipant] | Unset = UNSET
    if _users is not UNSET:
        users = []
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


# Attribute -> (JSON key, parser of that field from the raw JSON object kept by from_dict).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "product": ("product", _parse_product),
    "users": ("users", _parse_users),
    "additional_properties": ("", _parse_additional_properties),
}


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.product_ref import ProductRef  # noqa: E402
from ..models.sale_participant import SaleParticipant  # noqa: E402
