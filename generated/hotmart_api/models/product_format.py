from enum import StrEnum
from typing import Any, Literal, TypeAlias

ProductFormatValue: TypeAlias = Literal[
    "AGENT",
    "AUDIOS",
    "BUNDLE",
    "COMMUNITY",
    "EBOOK",
    "ETICKET",
    "IMAGES",
    "MOBILE_APPS",
    "ONLINE_COURSE",
    "ONLINE_EVENT",
    "ONLINE_SERVICE",
    "SERIAL_CODES",
    "SOFTWARE",
    "TEMPLATES",
    "VIDEOS",
]
"""The values of `ProductFormat` the spec lists, as strings."""


class ProductFormat(StrEnum):
    AGENT = "AGENT"
    AUDIOS = "AUDIOS"
    BUNDLE = "BUNDLE"
    COMMUNITY = "COMMUNITY"
    EBOOK = "EBOOK"
    ETICKET = "ETICKET"
    IMAGES = "IMAGES"
    MOBILE_APPS = "MOBILE_APPS"
    ONLINE_COURSE = "ONLINE_COURSE"
    ONLINE_EVENT = "ONLINE_EVENT"
    ONLINE_SERVICE = "ONLINE_SERVICE"
    SERIAL_CODES = "SERIAL_CODES"
    SOFTWARE = "SOFTWARE"
    TEMPLATES = "TEMPLATES"
    VIDEOS = "VIDEOS"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "ProductFormat | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
