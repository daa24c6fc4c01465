"""Check and convert user arguments into what the generated request builders expect.

Everything here runs before a request is built, so bad input fails fast with an
`InvalidParameterError` naming the parameter, and nothing is sent.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from dateutil import parser as date_parser

from ._errors import InvalidParameterError

# What a time-valued parameter accepts: epoch milliseconds, a datetime (naive = UTC), a date, or
# an ISO 8601 string. A date, or a string holding a date alone, names a whole period (see `period`).
TimeLike = int | dt.datetime | dt.date | str
NumberLike = int | float | Decimal
_N = TypeVar("_N", int, float)

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_DAY_MS = 86_400_000
# An integer given as text: ASCII digits with an optional sign (not "--5", "1_000" or other scripts' digits).
_INTEGER_TEXT = re.compile(r"\s*[+-]?[0-9]+\s*")
# The date-only ISO 8601 forms that name more than one day; every other date-only form is a day
# (2026-12-31, 20261231, 2026-W53-4, 2026-365).
_YEAR = re.compile(r"[0-9]{4}")
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
_WEEK = re.compile(r"[0-9]{4}-?W[0-9]{2}")
_ISO_DATE = date_parser.isoparser()


def period(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day named by a string holding an ISO 8601 date alone, else None.

    A day (`2026-12-31`, `20261231`, `2026-W53-4`, `2026-365`) is that day; a month (`2026-12`),
    an ISO week (`2026-W53`) or a year (`2026`) is the whole of it. A string with a time of day
    is not a date alone.
    """
    text = text.strip()
    try:
        first = _ISO_DATE.parse_isodate(text)
    except ValueError:
        return None
    if _YEAR.fullmatch(text):
        return first, dt.date(first.year, 12, 31)
    if _MONTH.fullmatch(text):
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    if _WEEK.fullmatch(text):
        return first, first + dt.timedelta(days=6)
    return first, first


def to_millis(value: TimeLike, name: str, *, end: bool = False) -> int:
    """Epoch milliseconds for a time-valued argument.

    A calendar period (a `date`, or a string holding a date alone: a day, an ISO week, a month or
    a year, see `period`) means the whole of it in UTC: its first millisecond, or with `end` (the
    inclusive end of a range, `x-hotmart-bound: end` in the spec) its last. So
    `end_date="2026-12-31"` and `end_date="20261231"` include 31 December, and
    `start_date="2026-12", end_date="2026-12"` is the whole of December. A datetime is taken as
    it is (naive = UTC).
    """
    if isinstance(value, bool):
        raise InvalidParameterError(name, "expected a datetime, a date, epoch milliseconds or a string, got bool")
    if isinstance(value, int):
        if value < 10**11:  # before 1973-03-03 in ms: almost surely seconds were meant
            raise InvalidParameterError(
                name, f"{value} looks like epoch seconds; Hotmart expects milliseconds (pass {value * 1000})"
            )
        return value
    if isinstance(value, str):
        days = period(value)
        if days is not None:
            return _day_millis(days[1] if end else days[0], name, end=end)
        try:
            value = date_parser.isoparse(value)
        except (ValueError, OverflowError) as exc:
            raise InvalidParameterError(name, f"cannot parse {value!r} as a date or datetime") from exc
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return (aware - _EPOCH) // dt.timedelta(milliseconds=1)
    if isinstance(value, dt.date):
        return _day_millis(value, name, end=end)
    raise InvalidParameterError(
        name, f"expected a datetime, a date, epoch milliseconds or a string, got {_kind(value)}"
    )


def _day_millis(day: dt.date, name: str, *, end: bool) -> int:
    midnight = to_millis(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), name)
    return midnight + _DAY_MS - 1 if end else midnight


def iso(millis: int) -> str:
    """Epoch milliseconds as an ISO 8601 UTC time, for messages."""
    try:
        moment = _EPOCH + dt.timedelta(milliseconds=millis)
    except OverflowError:
        return str(millis)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def to_int(value: Any, name: str, minimum: float | None = None, maximum: float | None = None) -> int:
    if isinstance(value, str):
        if not _INTEGER_TEXT.fullmatch(value):
            raise InvalidParameterError(name, f"expected an integer, got the string {value!r}")
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParameterError(name, f"expected an integer, got {_kind(value)}")
    return _in_range(value, name, minimum, maximum)


def to_number(value: Any, name: str, minimum: float | None = None, maximum: float | None = None) -> float:
    """A number for a JSON body. Money and rates may be given as Decimal (sent as the nearest float)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise InvalidParameterError(name, f"expected a number (int, float or Decimal), got {_kind(value)}")
    # NaN compares false with every bound and JSON has no NaN or infinity: refuse them here.
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidParameterError(name, f"must be a finite number, got {value}")
    try:
        number = float(value)
    except OverflowError:  # an int beyond the float range
        number = math.inf
    if not math.isfinite(number):
        raise InvalidParameterError(name, f"must be a finite number, got {value}")
    return _in_range(number, name, minimum, maximum)


def _in_range(value: _N, name: str, minimum: float | None, maximum: float | None) -> _N:
    if minimum is not None and value < minimum:
        raise InvalidParameterError(name, f"must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise InvalidParameterError(name, f"must be at most {maximum}, got {value}")
    return value


def to_bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidParameterError(name, f"expected True or False, got {_kind(value)}")
    return value


def to_str(value: Any, name: str, required: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidParameterError(name, f"expected a string, got {_kind(value)}")
    if required and not value.strip():
        raise InvalidParameterError(name, "must not be empty")
    return value


def to_str_list(value: Any, name: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
        raise InvalidParameterError(name, f"expected a list of strings, got {_kind(value)}")
    return list(value)


def to_int_list(value: Any, name: str) -> list[int]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise InvalidParameterError(name, f"expected a list of integers, got {_kind(value)}")
    return [to_int(v, name) for v in value]


def to_mapping(value: Any, name: str) -> dict[str, Any]:
    """An object-valued argument: a generated model (anything with `to_dict`) or a mapping."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result: dict[str, Any] = to_dict()
        return result
    if isinstance(value, Mapping):
        return {str(key): json_value(item) for key, item in value.items()}
    raise InvalidParameterError(name, f"expected a mapping or a model, got {_kind(value)}")


def to_enum(value: Any, name: str, enum_name: str) -> enum.Enum:
    """The generated enum member for `value` (the member itself or its string).

    A string must be one of the values the spec lists, so a typo fails here rather than as a 400.
    A member built explicitly for a value the spec does not list yet, e.g.
    `PurchaseStatus("NEW_STATUS")`, is accepted: that is the escape hatch for new Hotmart values.
    """
    cls = enum_class(enum_name)
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        known = {member.value: member for member in cls}
        if value in known:
            return known[value]
        if value.upper() in known:
            return known[value.upper()]
        allowed = ", ".join(sorted(known))
        raise InvalidParameterError(name, f"unknown value {value!r}; expected one of {allowed}")
    raise InvalidParameterError(name, f"expected {enum_name} or its string value, got {_kind(value)}")


def to_enum_list(value: Any, name: str, enum_name: str) -> list[enum.Enum]:
    """A repeatable enum argument: one value (member or string) or a sequence of them."""
    if isinstance(value, str | enum.Enum):
        return [to_enum(value, name, enum_name)]
    if not isinstance(value, Sequence):
        raise InvalidParameterError(name, f"expected {enum_name} values, got {_kind(value)}")
    return [to_enum(v, name, enum_name) for v in value]


def enum_class(enum_name: str) -> type[enum.Enum]:
    cls: type[enum.Enum] = getattr(importlib.import_module("hotmart_api.models"), enum_name)
    return cls


def to_query_value(value: Any, name: str) -> Any:
    """Serialise a pass-through (undocumented) query argument the way Hotmart expects."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return to_millis(value, name)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, Sequence):
        return [to_query_value(v, name) for v in value]
    raise InvalidParameterError(name, f"cannot send {_kind(value)} as a query parameter")


def json_value(value: Any) -> Any:
    """A coerced argument as JSON (for request bodies)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {k: json_value(v) for k, v in value.items()}
    return value


def _kind(value: Any) -> str:
    return type(value).__name__
