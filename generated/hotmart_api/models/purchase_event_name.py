from enum import StrEnum
from typing import Any, Literal, TypeAlias

PurchaseEventNameValue: TypeAlias = Literal[
    "PURCHASE_APPROVED",
    "PURCHASE_BILLET_PRINTED",
    "PURCHASE_CANCELED",
    "PURCHASE_CHARGEBACK",
    "PURCHASE_COMPLETE",
    "PURCHASE_DELAYED",
    "PURCHASE_EXPIRED",
    "PURCHASE_PROTEST",
    "PURCHASE_REFUNDED",
]
"""The values of `PurchaseEventName` the spec lists, as strings."""


class PurchaseEventName(StrEnum):
    PURCHASE_APPROVED = "PURCHASE_APPROVED"
    PURCHASE_BILLET_PRINTED = "PURCHASE_BILLET_PRINTED"
    PURCHASE_CANCELED = "PURCHASE_CANCELED"
    PURCHASE_CHARGEBACK = "PURCHASE_CHARGEBACK"
    PURCHASE_COMPLETE = "PURCHASE_COMPLETE"
    PURCHASE_DELAYED = "PURCHASE_DELAYED"
    PURCHASE_EXPIRED = "PURCHASE_EXPIRED"
    PURCHASE_PROTEST = "PURCHASE_PROTEST"
    PURCHASE_REFUNDED = "PURCHASE_REFUNDED"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "PurchaseEventName | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
