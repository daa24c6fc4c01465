from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyField,
    model_repr,
)

T = TypeVar("T", bound="ClubModuleCompletedEventData")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class ClubModuleCompletedEventData:
    """The `data` of CLUB_MODULE_COMPLETED."""

    product: WebhookClubProduct
    user: WebhookClubUser
    """ The student. """
    module: WebhookClubModule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        user = self.user.to_dict()

        module = self.module.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
                "user": user,
                "module": module,
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
        club_module_completed_event_data = object.__new__(cls)
        club_module_completed_event_data.__dict__ = {
            "_raw": d,
        }
        return club_module_completed_event_data

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


def _parse_product(d: dict[str, Any]) -> WebhookClubProduct:
    product = WebhookClubProduct.from_dict(d["product"])

    return product


def _parse_user(d: dict[str, Any]) -> WebhookClubUser:
    user = WebhookClubUser.from_dict(d["user"])

    return user


def _parse_module(d: dict[str, Any]) -> WebhookClubModule:
    module = WebhookClubModule.from_dict(d["module"])

    return module


_KNOWN_FIELDS = frozenset(
    {
        "product",
        "user",
        "module",
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
    ClubModuleCompletedEventData,
    "product",
    LazyField("ClubModuleCompletedEventData", "product", "product", _parse_product),
)
setattr(ClubModuleCompletedEventData, "user", LazyField("ClubModuleCompletedEventData", "user", "user", _parse_user))
setattr(
    ClubModuleCompletedEventData, "module", LazyField("ClubModuleCompletedEventData", "module", "module", _parse_module)
)
setattr(
    ClubModuleCompletedEventData,
    "additional_properties",
    LazyField("ClubModuleCompletedEventData", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_club_module import WebhookClubModule  # noqa: E402
from ..models.webhook_club_product import WebhookClubProduct  # noqa: E402
from ..models.webhook_club_user import WebhookClubUser  # noqa: E402
