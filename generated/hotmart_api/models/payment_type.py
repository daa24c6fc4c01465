from enum import StrEnum
from typing import Any, Literal, TypeAlias

PaymentTypeValue: TypeAlias = Literal[
    "BILLET",
    "CASH_PAYMENT",
    "CREDIT_CARD",
    "DIRECT_BANK_TRANSFER",
    "DIRECT_DEBIT",
    "FINANCED_BILLET",
    "FINANCED_INSTALLMENT",
    "GOOGLE_PAY",
    "HOTCARD",
    "HYBRID",
    "MANUAL_TRANSFER",
    "PAYPAL",
    "PAYPAL_INTERNACIONAL",
    "PICPAY",
    "PIX",
    "SAMSUNG_PAY",
    "WALLET",
]
"""The values of `PaymentType` the spec lists, as strings."""


class PaymentType(StrEnum):
    BILLET = "BILLET"
    CASH_PAYMENT = "CASH_PAYMENT"
    CREDIT_CARD = "CREDIT_CARD"
    DIRECT_BANK_TRANSFER = "DIRECT_BANK_TRANSFER"
    DIRECT_DEBIT = "DIRECT_DEBIT"
    FINANCED_BILLET = "FINANCED_BILLET"
    FINANCED_INSTALLMENT = "FINANCED_INSTALLMENT"
    GOOGLE_PAY = "GOOGLE_PAY"
    HOTCARD = "HOTCARD"
    HYBRID = "HYBRID"
    MANUAL_TRANSFER = "MANUAL_TRANSFER"
    PAYPAL = "PAYPAL"
    PAYPAL_INTERNACIONAL = "PAYPAL_INTERNACIONAL"
    PICPAY = "PICPAY"
    PIX = "PIX"
    SAMSUNG_PAY = "SAMSUNG_PAY"
    WALLET = "WALLET"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "PaymentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
