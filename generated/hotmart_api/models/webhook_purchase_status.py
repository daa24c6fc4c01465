from enum import StrEnum
from typing import Any, Literal, TypeAlias

WebhookPurchaseStatusValue: TypeAlias = Literal[
    "APPROVED",
    "BLOCKED",
    "CANCELED",
    "CANCELLED",
    "CHARGEBACK",
    "COMPLETE",
    "DELAYED",
    "DISPUTE",
    "EXPIRED",
    "NO_FUNDS",
    "OVERDUE",
    "PARTIALLY_REFUNDED",
    "PRE_ORDER",
    "PRINTED_BILLET",
    "PROCESSING_TRANSACTION",
    "REFUNDED",
    "STARTED",
    "UNDER_ANALISYS",
    "WAITING_PAYMENT",
]
"""The values of `WebhookPurchaseStatus` the spec lists, as strings."""


class WebhookPurchaseStatus(StrEnum):
    APPROVED = "APPROVED"
    BLOCKED = "BLOCKED"
    CANCELED = "CANCELED"
    CANCELLED = "CANCELLED"
    CHARGEBACK = "CHARGEBACK"
    COMPLETE = "COMPLETE"
    DELAYED = "DELAYED"
    DISPUTE = "DISPUTE"
    EXPIRED = "EXPIRED"
    NO_FUNDS = "NO_FUNDS"
    OVERDUE = "OVERDUE"
    PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED"
    PRE_ORDER = "PRE_ORDER"
    PRINTED_BILLET = "PRINTED_BILLET"
    PROCESSING_TRANSACTION = "PROCESSING_TRANSACTION"
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
    def _missing_(cls, value: Any) -> "WebhookPurchaseStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
