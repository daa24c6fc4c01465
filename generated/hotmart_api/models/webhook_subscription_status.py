from enum import StrEnum
from typing import Any, Literal, TypeAlias

WebhookSubscriptionStatusValue: TypeAlias = Literal[
    "ACTIVE",
    "CANCELED_BY_ADMIN",
    "CANCELED_BY_CUSTOMER",
    "CANCELED_BY_VENDOR",
    "EXPIRED",
    "INACTIVE",
    "OVERDUE",
    "STARTED",
]
"""The values of `WebhookSubscriptionStatus` the spec lists, as strings."""


class WebhookSubscriptionStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELED_BY_ADMIN = "CANCELED_BY_ADMIN"
    CANCELED_BY_CUSTOMER = "CANCELED_BY_CUSTOMER"
    CANCELED_BY_VENDOR = "CANCELED_BY_VENDOR"
    EXPIRED = "EXPIRED"
    INACTIVE = "INACTIVE"
    OVERDUE = "OVERDUE"
    STARTED = "STARTED"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "WebhookSubscriptionStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
