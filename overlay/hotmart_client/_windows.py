"""Parallel export: the time windows a listing's range is split into.

Hotmart's latency (hundreds of ms per page) bounds a sequential export far below the rate limit.
Splitting `[start, end]` into disjoint windows and paginating several at once fills the budget;
the client's one rate limiter paces every worker. Every item is yielded exactly once because the
windows do not overlap (both bounds are inclusive, in milliseconds). The pager (`_pagination.py`)
walks the windows; pages are handed out as they arrive, so items of different windows interleave
(each window keeps the API's own order).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._errors import InvalidParameterError
from ._operation import Operation

WINDOWS_PER_WORKER = 4  # more windows than workers evens out ranges where sales cluster


def names(operation: Operation[Any]) -> tuple[str, str]:
    """The (start, end) time parameters of a listing that can be split, or InvalidParameterError."""
    window = operation.pagination.window if operation.pagination else None
    if window is None:
        raise InvalidParameterError("concurrency", f"{operation.operation_id} has no time range to split")
    return window


def split(start: int, end: int, parts: int, names: tuple[str, str] = ("start", "end")) -> list[tuple[int, int]]:
    """Disjoint inclusive windows covering [start, end] exactly, oldest first."""
    if end < start:
        raise InvalidParameterError(names[1], f"must not be before {names[0]} ({end} < {start})")
    step = max(1, -(-(end - start + 1) // parts))
    return [(low, min(low + step - 1, end)) for low in range(start, end + 1, step)]


def plan(operation: Operation[Any], args: Mapping[str, Any], concurrency: int) -> list[tuple[int, int]]:
    """The windows of a parallel export of `operation` called with `args`."""
    start_name, end_name = names(operation)
    bounds = {}
    for name in (start_name, end_name):
        value = args.get(name)
        if value is None:
            raise InvalidParameterError(
                name, f"concurrency needs both {start_name} and {end_name}: the range is split into windows"
            )
        bounds[name] = operation.param(name).coerce(value)
    return split(bounds[start_name], bounds[end_name], concurrency * WINDOWS_PER_WORKER, (start_name, end_name))
