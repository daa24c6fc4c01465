from enum import StrEnum
from typing import Any, Literal, TypeAlias

CheckinStatusValue: TypeAlias = Literal["ALL", "CONCLUDED", "PARTIAL", "PENDING"]
"""The values of `CheckinStatus` the spec lists, as strings."""


class CheckinStatus(StrEnum):
    ALL = "ALL"
    CONCLUDED = "CONCLUDED"
    PARTIAL = "PARTIAL"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "CheckinStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
