from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelSubscriptionsRequest")


@_attrs_define
class CancelSubscriptionsRequest:
    """Subscriptions to cancel in one call."""

    subscriber_code: list[str]
    """ Codes of the subscriptions to cancel. """
    send_mail: bool | Unset = True
    """ Whether Hotmart e-mails the subscribers about the cancellation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_code = self.subscriber_code

        send_mail = self.send_mail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_code": subscriber_code,
            }
        )
        if send_mail is not UNSET:
            field_dict["send_mail"] = send_mail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_code = cast(list[str], d.pop("subscriber_code"))

        send_mail = d.pop("send_mail", UNSET)

        cancel_subscriptions_request = cls(
            subscriber_code=subscriber_code,
            send_mail=send_mail,
        )

        cancel_subscriptions_request.additional_properties = d
        return cancel_subscriptions_request

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
