from enum import StrEnum
from typing import Any, Literal, TypeAlias

CommissionSourceValue: TypeAlias = Literal["ADDON", "AFFILIATE", "COPRODUCER", "PRODUCER"]
"""The values of `CommissionSource` the spec lists, as strings."""


class CommissionSource(StrEnum):
    ADDON = "ADDON"
    AFFILIATE = "AFFILIATE"
    COPRODUCER = "COPRODUCER"
    PRODUCER = "PRODUCER"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "CommissionSource | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
