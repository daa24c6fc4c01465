from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="WebhookProduct")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookProduct:
    """The product bought."""

    id: int
    """ Numeric product id. """
    ucode: str
    """ The product's unique code (a UUID); the page recommends it to identify the product. """
    name: str
    """ Product name (for Members Area products, possibly the Members Area's name). """
    has_co_production: bool | Unset = UNSET
    warranty_date: datetime.datetime | Unset = UNSET
    """ When the refund warranty ends. """
    support_email: str | Unset = UNSET
    is_physical_product: bool | Unset = UNSET
    content: WebhookProductContent | Unset = UNSET
    """ The products of a combo. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ucode = self.ucode

        name = self.name

        has_co_production = self.has_co_production

        warranty_date: str | Unset = UNSET
        if not isinstance(self.warranty_date, Unset):
            warranty_date = self.warranty_date.isoformat()

        support_email = self.support_email

        is_physical_product = self.is_physical_product

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ucode": ucode,
                "name": name,
            }
        )
        if has_co_production is not UNSET:
            field_dict["has_co_production"] = has_co_production
        if warranty_date is not UNSET:
            field_dict["warranty_date"] = warranty_date
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        if is_physical_product is not UNSET:
            field_dict["is_physical_product"] = is_physical_product
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_product = object.__new__(cls)
        webhook_product.__dict__ = fields = {
            "_raw": d,
            "has_co_production": d.get("has_co_production", UNSET),
            "support_email": d.get("support_email", UNSET),
            "is_physical_product": d.get("is_physical_product", UNSET),
        }
        if "id" in d:  # else reading it raises ResponseParseError
            fields["id"] = d["id"]
        if "ucode" in d:  # else reading it raises ResponseParseError
            fields["ucode"] = d["ucode"]
        if "name" in d:  # else reading it raises ResponseParseError
            fields["name"] = d["name"]
        return webhook_product

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


def _parse_id(d: dict[str, Any]) -> Any:
    return d["id"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_ucode(d: dict[str, Any]) -> Any:
    return d["ucode"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_name(d: dict[str, Any]) -> Any:
    return d["name"]  # reached only when from_dict found no key: KeyError, then ResponseParseError


def _parse_warranty_date(d: dict[str, Any]) -> datetime.datetime | Unset:
    if d.get("warranty_date") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _warranty_date = d.get("warranty_date", UNSET)
    warranty_date: datetime.datetime | Unset
    if isinstance(_warranty_date, Unset):
        warranty_date = UNSET
    else:
        warranty_date = datetime.datetime.fromisoformat(_warranty_date)

    return warranty_date


def _parse_content(d: dict[str, Any]) -> WebhookProductContent | Unset:
    if d.get("content") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _content = d.get("content", UNSET)
    content: WebhookProductContent | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = WebhookProductContent.from_dict(_content)

    return content


_KNOWN_FIELDS = frozenset(
    {
        "id",
        "ucode",
        "name",
        "has_co_production",
        "warranty_date",
        "support_email",
        "is_physical_product",
        "content",
    }
)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_FIELDS}


# Structured and formatted fields (and additional_properties) are parsed from the raw JSON kept by
# from_dict on first read, by a LazyField descriptor per field (see types.py); the value is then
# cached in the instance, which shadows the descriptor. A required plain field has one too: it is
# reached only when from_dict found no key, and raises ResponseParseError. Instances built by the
# constructor never use them.
setattr(WebhookProduct, "id", LazyField("WebhookProduct", "id", "id", _parse_id))
setattr(WebhookProduct, "ucode", LazyField("WebhookProduct", "ucode", "ucode", _parse_ucode))
setattr(WebhookProduct, "name", LazyField("WebhookProduct", "name", "name", _parse_name))
setattr(
    WebhookProduct, "warranty_date", LazyField("WebhookProduct", "warranty_date", "warranty_date", _parse_warranty_date)
)
setattr(WebhookProduct, "content", LazyField("WebhookProduct", "content", "content", _parse_content))
setattr(
    WebhookProduct,
    "additional_properties",
    LazyField("WebhookProduct", "additional_properties", "", _parse_additional_properties),
)


# Models that refer back to this one are imported last: by then this module's class exists, so
# import cycles resolve, and functions find the names as globals instead of re-importing per call.
from ..models.webhook_product_content import WebhookProductContent  # noqa: E402
