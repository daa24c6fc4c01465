from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_fulfillment_service_type import WebhookFulfillmentServiceType
from ..types import (
    UNSET,
    LazyField,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="WebhookFulfillmentService")


@_attrs_define(slots=False, repr=False)  # instances need a __dict__: fields are filled in lazily
class WebhookFulfillmentService:
    service_type: WebhookFulfillmentServiceType | Unset = UNSET
    """ MANUAL when the producer ships, PARTNER when a partner does. """
    service_name: str | Unset = UNSET
    """ The partner (e.g. UICLAP, MONTINK); only with `service_type` PARTNER. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_type: str | Unset = UNSET
        if not isinstance(self.service_type, Unset):
            service_type = to_enum(WebhookFulfillmentServiceType, self.service_type, "service_type").value

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if service_name is not UNSET:
            field_dict["service_name"] = service_name

        return field_dict

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object: plain fields are read now, the others on first access.

        A plain dict is kept, not copied: do not change it after passing it here.
        """
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        webhook_fulfillment_service = object.__new__(cls)
        webhook_fulfillment_service.__dict__ = {
            "_raw": d,
            "service_name": d.get("service_name", UNSET),
        }
        return webhook_fulfillment_service

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


def _parse_service_type(d: dict[str, Any]) -> WebhookFulfillmentServiceType | Unset:
    if d.get("service_type") is None:
        return UNSET  # absent, or null (which Hotmart also sends for "no value")
    _service_type = d.get("service_type", UNSET)
    service_type: WebhookFulfillmentServiceType | Unset
    if isinstance(_service_type, Unset):
        service_type = UNSET
    else:
        service_type = WebhookFulfillmentServiceType(_service_type)

    return service_type


_KNOWN_FIELDS = frozenset(
    {
        "service_type",
        "service_name",
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
    WebhookFulfillmentService,
    "service_type",
    LazyField("WebhookFulfillmentService", "service_type", "service_type", _parse_service_type),
)
setattr(
    WebhookFulfillmentService,
    "additional_properties",
    LazyField("WebhookFulfillmentService", "additional_properties", "", _parse_additional_properties),
)
