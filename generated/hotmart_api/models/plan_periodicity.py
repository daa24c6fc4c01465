from enum import StrEnum
from typing import Any, Literal, TypeAlias

PlanPeriodicityValue: TypeAlias = Literal[
    "ANNUAL", "BIANNUAL", "BIMONTHLY", "MONTHLY", "QUARTERLY", "SINGLE_INSTALLMENT", "WEEKLY"
]
"""The values of `PlanPeriodicity` the spec lists, as strings."""


class PlanPeriodicity(StrEnum):
    ANNUAL = "ANNUAL"
    BIANNUAL = "BIANNUAL"
    BIMONTHLY = "BIMONTHLY"
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    SINGLE_INSTALLMENT = "SINGLE_INSTALLMENT"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "PlanPeriodicity | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
