from enum import StrEnum
from typing import Any, Literal, TypeAlias

PurchaseStatusValue: TypeAlias = Literal[
    "APPROVED",
    "BLOCKED",
    "CANCELLED",
    "CHARGEBACK",
    "COMPLETE",
    "EXPIRED",
    "NO_FUNDS",
    "OVERDUE",
    "PARTIALLY_REFUNDED",
    "PRE_ORDER",
    "PRINTED_BILLET",
    "PROCESSING_TRANSACTION",
    "PROTESTED",
    "REFUNDED",
    "STARTED",
    "UNDER_ANALISYS",
    "WAITING_PAYMENT",
]
"""The values of `PurchaseStatus` the spec lists, as strings."""


class PurchaseStatus(StrEnum):
    APPROVED = "APPROVED"
    BLOCKED = "BLOCKED"
    CANCELLED = "CANCELLED"
    CHARGEBACK = "CHARGEBACK"
    COMPLETE = "COMPLETE"
    EXPIRED = "EXPIRED"
    NO_FUNDS = "NO_FUNDS"
    OVERDUE = "OVERDUE"
    PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED"
    PRE_ORDER = "PRE_ORDER"
    PRINTED_BILLET = "PRINTED_BILLET"
    PROCESSING_TRANSACTION = "PROCESSING_TRANSACTION"
    PROTESTED = "PROTESTED"
    REFUNDED = "REFUNDED"
    STARTED = "STARTED"
    UNDER_ANALISYS = "UNDER_ANALISYS"
    WAITING_PAYMENT = "WAITING_PAYMENT"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "PurchaseStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
