"""Contains some shared types for properties"""

import datetime
import enum
from collections.abc import Callable, Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields

from .errors import InvalidParameterError, ResponseParseError


class Unset:
    """The type of UNSET: a field absent from the JSON (or null where the spec does not allow null).

    Narrow an optional field with `isinstance(value, Unset)` (or `if value:` where a falsy value
    does not matter): mypy then knows the type of the value.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


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
            if isinstance(exc, KeyError) and self.key and self.key not in raw:
                raise ResponseParseError(self.model, self.key, None, exc, missing=True) from None
            raise ResponseParseError(self.model, self.key or self.name, raw.get(self.key, raw), exc) from exc
        fields[self.name] = value
        return value


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_MILLISECOND = datetime.timedelta(milliseconds=1)
# Below 2**31 s (2038-01-19), `fromtimestamp(ms / 1000)` is exact to the millisecond: the float's
# error (< 2**-23 s) is far below the half microsecond it is rounded to. It is twice as fast as
# the timedelta sum, which handles the other years.
_FAST_MILLIS = 2**31 * 1000
_fromtimestamp = datetime.datetime.fromtimestamp


def to_datetime(value: int | str | datetime.datetime) -> datetime.datetime:
    """The timezone-aware UTC datetime of Unix epoch milliseconds (`x-hotmart-format: epoch-millis`).

    Also takes the variants a payload may carry instead: epoch milliseconds as a digit string or a
    float, an ISO-8601 string (without an offset it is taken as UTC) and a datetime (a naive one is
    taken as UTC), so code written for integer fields keeps working. Raises ValueError for a value
    that is not a time (or out of the years 1-9999) and TypeError for other types.
    """
    if type(value) is int:  # the usual case first
        if 0 <= value < _FAST_MILLIS:
            return _fromtimestamp(value / 1000, datetime.UTC)
        try:
            return _EPOCH + datetime.timedelta(milliseconds=value)
        except OverflowError:
            raise ValueError(f"{value} epoch milliseconds is outside the years 1-9999") from None
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=datetime.UTC) if value.tzinfo is None else value.astimezone(datetime.UTC)
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdecimal():
            return to_datetime(int(text))
        return to_datetime(datetime.datetime.fromisoformat(text))  # Python 3.11+: "Z", offsets, dates
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return _EPOCH + datetime.timedelta(milliseconds=value)
        except OverflowError:
            raise ValueError(f"{value} epoch milliseconds is outside the years 1-9999") from None
    raise TypeError(f"expected epoch milliseconds, got {type(value).__name__}")


def to_millis(value: datetime.datetime) -> int:
    """Unix epoch milliseconds of a datetime (a naive one is taken as UTC), the inverse of
    `to_datetime`: what the models write back for an `epoch-millis` field. An int is returned as
    is (it already is epoch milliseconds)."""
    if isinstance(value, datetime.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)
        return (aware - _EPOCH) // _MILLISECOND
    if type(value) is int:
        return value
    raise TypeError(f"expected a datetime, got {type(value).__name__}")


def to_decimal(value: float | int | str | Decimal) -> Decimal:
    """The exact Decimal of a JSON number of money (`x-hotmart-format: decimal`).

    A float from the JSON parser becomes the Decimal of its shortest repr, which is the number as
    Hotmart wrote it (235.76 gives Decimal("235.76"), not the float's binary expansion); an int is
    exact. A numeric string is accepted as a variant. Raises ValueError for anything that is not a
    finite number and TypeError for other types.
    """
    if type(value) is float:
        result = Decimal(repr(value))
    elif isinstance(value, Decimal):
        result = value
    elif isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None
    else:
        raise TypeError(f"expected a number, got {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return result


def decimal_to_json(value: Decimal) -> int | float:
    """The JSON number of a Decimal amount: an int when it has no fractional part as written (a
    JSON integer such as `100` reads as Decimal("100")), otherwise the float of the same
    (shortest) decimal digits, so `to_dict()` gives back the JSON the model was read from."""
    if isinstance(value, Decimal):
        return int(value) if value.as_tuple().exponent == 0 else float(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a Decimal, got {type(value).__name__}")


class EpochMillisField(LazyField):
    """The LazyField of an `epoch-millis` field. Its common case (an int of these decades) is
    converted here, in one Python call instead of three: exports read a date on every item. Any
    other value takes the generic path (`to_datetime` through the field's parse function)."""

    __slots__ = ()

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is not None:
            fields = instance.__dict__
            raw = fields.get("_raw")
            if raw is not None:
                value = raw.get(self.key)
                if type(value) is int and 0 <= value < _FAST_MILLIS:
                    result = fields[self.name] = _fromtimestamp(value / 1000, datetime.UTC)
                    return result
        return super().__get__(instance, owner)


class DecimalField(LazyField):
    """The LazyField of a `decimal` field: a finite float (what the JSON parser gives for 235.76) is
    converted here, in one Python call instead of three; other values take the generic path
    (`to_decimal` through the field's parse function)."""

    __slots__ = ()

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is not None:
            fields = instance.__dict__
            raw = fields.get("_raw")
            if raw is not None:
                value = raw.get(self.key)
                if type(value) is float and value - value == 0.0:  # finite: not nan, inf
                    result = fields[self.name] = Decimal(repr(value))
                    return result
        return super().__get__(instance, owner)


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for an IANA status code, the bare int for any other (e.g. 499, 520)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def model_repr(instance: Any) -> str:
    """`repr()` of a generated model, as attrs writes it, except that it never raises: a field that
    cannot be read (lazy parsing, see ResponseParseError) shows why instead of its value, so a log
    line with `%r` works on whatever Hotmart sent."""
    parts = []
    for field in fields(type(instance)):
        try:
            value = repr(getattr(instance, field.name))
        except Exception as error:  # noqa: BLE001 - a repr must describe, not fail
            value = f"<unreadable: {error}>"
        parts.append(f"{field.name}={value}")
    return f"{type(instance).__qualname__}({', '.join(parts)})"


E = TypeVar("E", bound=enum.Enum)


def to_enum(enum_class: type[E], value: object, parameter: str) -> E:
    """The member of `enum_class` for an argument given as the member or as its string value.

    A string must be one of the values the spec lists (or one of them in lower case), so a typo
    fails here, naming the parameter, instead of being sent. A member built explicitly for a value
    the spec does not list yet, e.g. `PurchaseStatus("NEW_STATUS")`, is an instance of the class
    and passes: that is how to send a value Hotmart added after this version of the spec.
    """
    if isinstance(value, enum_class):
        return value
    if isinstance(value, str):
        known = {member.value: member for member in enum_class}
        member = known.get(value, known.get(value.upper()))
        if member is not None:
            return member
        allowed = ", ".join(sorted(known))
        name = enum_class.__name__
        raise InvalidParameterError(
            parameter,
            f"unknown value {value!r}; expected one of {allowed} (or {name}({value!r}) for a value the spec does not list)",
        )
    raise InvalidParameterError(
        parameter, f"expected {enum_class.__name__} or its string value, got {type(value).__name__}"
    )


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "DecimalField",
    "EpochMillisField",
    "File",
    "FileTypes",
    "LazyField",
    "RequestFiles",
    "Response",
    "Unset",
    "decimal_to_json",
    "model_repr",
    "status_of",
    "to_datetime",
    "to_decimal",
    "to_enum",
    "to_millis",
]
