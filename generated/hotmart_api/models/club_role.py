from enum import StrEnum
from typing import Any, Literal, TypeAlias

ClubRoleValue: TypeAlias = Literal["ADMIN", "CONTENT_EDITOR", "FREE_STUDENT", "MODERATOR", "OWNER", "STUDENT"]
"""The values of `ClubRole` the spec lists, as strings."""


class ClubRole(StrEnum):
    ADMIN = "ADMIN"
    CONTENT_EDITOR = "CONTENT_EDITOR"
    FREE_STUDENT = "FREE_STUDENT"
    MODERATOR = "MODERATOR"
    OWNER = "OWNER"
    STUDENT = "STUDENT"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "ClubRole | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
