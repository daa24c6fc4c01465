from enum import StrEnum
from typing import Any, Literal, TypeAlias

SubscriptionStatusValue: TypeAlias = Literal[
    "ACTIVE",
    "CANCELLED_BY_ADMIN",
    "CANCELLED_BY_CUSTOMER",
    "CANCELLED_BY_SELLER",
    "DELAYED",
    "INACTIVE",
    "OVERDUE",
    "STARTED",
]
"""The values of `SubscriptionStatus` the spec lists, as strings."""


class SubscriptionStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELLED_BY_ADMIN = "CANCELLED_BY_ADMIN"
    CANCELLED_BY_CUSTOMER = "CANCELLED_BY_CUSTOMER"
    CANCELLED_BY_SELLER = "CANCELLED_BY_SELLER"
    DELAYED = "DELAYED"
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
    def _missing_(cls, value: Any) -> "SubscriptionStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
