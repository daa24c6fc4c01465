from enum import StrEnum
from typing import Any, Literal, TypeAlias

OfferPaymentModeValue: TypeAlias = Literal[
    "BILLET_INSTALLMENT",
    "FINANCED_BILLET",
    "INVOICE",
    "MULTIPLE_PAYMENTS",
    "NOT_DEFINED",
    "PAY_IN_FULL",
    "SMART_INSTALLMENT",
    "SUBSCRIPTION",
    "UNIQUE_PAYMENT",
]
"""The values of `OfferPaymentMode` the spec lists, as strings."""


class OfferPaymentMode(StrEnum):
    BILLET_INSTALLMENT = "BILLET_INSTALLMENT"
    FINANCED_BILLET = "FINANCED_BILLET"
    INVOICE = "INVOICE"
    MULTIPLE_PAYMENTS = "MULTIPLE_PAYMENTS"
    NOT_DEFINED = "NOT_DEFINED"
    PAY_IN_FULL = "PAY_IN_FULL"
    SMART_INSTALLMENT = "SMART_INSTALLMENT"
    SUBSCRIPTION = "SUBSCRIPTION"
    UNIQUE_PAYMENT = "UNIQUE_PAYMENT"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "OfferPaymentMode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
