from enum import StrEnum
from typing import Any, Literal, TypeAlias

TransactionPurchaseStatusValue: TypeAlias = Literal[
    "APPROVED",
    "CANCELLED",
    "CHARGEBACK",
    "COMPLETE",
    "DELAYED",
    "EXPIRED",
    "PARTIALLY_REFUNDED",
    "PRINTED_BILLET",
    "PROTESTED",
    "REFUNDED",
    "STARTED",
    "UNDER_ANALISYS",
    "UNDER_ANALYSIS",
    "WAITING_PAYMENT",
]
"""The values of `TransactionPurchaseStatus` the spec lists, as strings."""


class TransactionPurchaseStatus(StrEnum):
    APPROVED = "APPROVED"
    CANCELLED = "CANCELLED"
    CHARGEBACK = "CHARGEBACK"
    COMPLETE = "COMPLETE"
    DELAYED = "DELAYED"
    EXPIRED = "EXPIRED"
    PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED"
    PRINTED_BILLET = "PRINTED_BILLET"
    PROTESTED = "PROTESTED"
    REFUNDED = "REFUNDED"
    STARTED = "STARTED"
    UNDER_ANALISYS = "UNDER_ANALISYS"
    UNDER_ANALYSIS = "UNDER_ANALYSIS"
    WAITING_PAYMENT = "WAITING_PAYMENT"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "TransactionPurchaseStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
