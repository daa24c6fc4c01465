from enum import StrEnum
from typing import Any, Literal, TypeAlias

InstallmentTypeValue: TypeAlias = Literal[
    "CONVENTIONAL_INSTALLMENT", "MONTHLY", "ONE_TIME_PAYMENT", "SMART_INSTALLMENT", "SMART_RECOVERY"
]
"""The values of `InstallmentType` the spec lists, as strings."""


class InstallmentType(StrEnum):
    CONVENTIONAL_INSTALLMENT = "CONVENTIONAL_INSTALLMENT"
    MONTHLY = "MONTHLY"
    ONE_TIME_PAYMENT = "ONE_TIME_PAYMENT"
    SMART_INSTALLMENT = "SMART_INSTALLMENT"
    SMART_RECOVERY = "SMART_RECOVERY"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "InstallmentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
