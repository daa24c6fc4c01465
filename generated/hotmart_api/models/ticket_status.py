from enum import StrEnum
from typing import Any, Literal, TypeAlias

TicketStatusValue: TypeAlias = Literal[
    "AVAILABLE", "CHARGEBACK", "EXCLUDED", "INVITE", "INVITE_CANCELED", "REFUNDED", "RESERVED", "SOLD"
]
"""The values of `TicketStatus` the spec lists, as strings."""


class TicketStatus(StrEnum):
    AVAILABLE = "AVAILABLE"
    CHARGEBACK = "CHARGEBACK"
    EXCLUDED = "EXCLUDED"
    INVITE = "INVITE"
    INVITE_CANCELED = "INVITE_CANCELED"
    REFUNDED = "REFUNDED"
    RESERVED = "RESERVED"
    SOLD = "SOLD"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "TicketStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
