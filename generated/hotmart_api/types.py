"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

from .errors import ResponseParseError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


class LazyField:
    """A model field parsed from the raw JSON (kept by `from_dict`) on first read, then cached in
    the instance dict, which takes precedence over this (non-data) descriptor from then on."""

    __slots__ = ("key", "model", "name", "parse")

    def __init__(self, model: str, name: str, key: str, parse: Callable[[dict[str, Any]], Any]) -> None:
        self.model = model
        self.name = name
        self.key = key
        self.parse = parse

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        fields = instance.__dict__
        raw = fields.get("_raw")
        if raw is None:
            raise AttributeError(f"{self.model!r} object has no attribute {self.name!r}")
        try:
            value = self.parse(raw)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseParseError(self.model, self.key or self.name, raw.get(self.key, raw), exc) from exc
        fields[self.name] = value
        return value


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for an IANA status code, the bare int for any other (e.g. 499, 520)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "LazyField", "RequestFiles", "Response", "Unset", "status_of"]
