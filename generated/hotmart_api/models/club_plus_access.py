from enum import StrEnum
from typing import Any, Literal, TypeAlias

ClubPlusAccessValue: TypeAlias = Literal[
    "DEPENDENT", "HOLDER", "HOLDER_WITHOUT_DEPENDENTS", "HOLDER_WITH_DEPENDENTS", "WITHOUT_PLUS_ACCESS"
]
"""The values of `ClubPlusAccess` the spec lists, as strings."""


class ClubPlusAccess(StrEnum):
    DEPENDENT = "DEPENDENT"
    HOLDER = "HOLDER"
    HOLDER_WITHOUT_DEPENDENTS = "HOLDER_WITHOUT_DEPENDENTS"
    HOLDER_WITH_DEPENDENTS = "HOLDER_WITH_DEPENDENTS"
    WITHOUT_PLUS_ACCESS = "WITHOUT_PLUS_ACCESS"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "ClubPlusAccess | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
