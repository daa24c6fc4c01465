from enum import StrEnum
from typing import Any, Literal, TypeAlias

ProductStatusValue: TypeAlias = Literal[
    "ACTIVE", "CHANGES_PENDING_ON_PRODUCT", "DELETED", "DRAFT", "IN_REVIEW", "NOT_APPROVED", "PAUSED"
]
"""The values of `ProductStatus` the spec lists, as strings."""


class ProductStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CHANGES_PENDING_ON_PRODUCT = "CHANGES_PENDING_ON_PRODUCT"
    DELETED = "DELETED"
    DRAFT = "DRAFT"
    IN_REVIEW = "IN_REVIEW"
    NOT_APPROVED = "NOT_APPROVED"
    PAUSED = "PAUSED"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "ProductStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
