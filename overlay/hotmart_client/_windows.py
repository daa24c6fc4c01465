"""The time range an export walks: its pinned ends, and the windows of a parallel export.

Pinned ends. Hotmart's listings are live: sales arrive while an export runs. An export whose range
is open at the end (no `end_date`, or one in the future) is pinned to the moment it starts; a start
Hotmart would take relative to "now" (`x-hotmart-default: {days_ago: 30}`) is pinned too. The pins
go into the checkpoint, so a resumed export reads the same snapshot, whatever arrived meanwhile.

Windows and seams. Hotmart's latency (hundreds of ms per page) bounds a sequential export far below
the rate limit; a parallel export splits `[start, end]` into windows paginated by several workers
(the client's one rate limiter paces them all). Hotmart does not say whether its bounds include
the millisecond they name, so adjacent windows overlap by `OVERLAP` milliseconds: whichever side
of each bound Hotmart includes, every item lies in some window. The overlap itself, a *seam*, is
read as a stream of its own first: whatever bound rules Hotmart applies, the items of a seam are
exactly the items two adjacent windows share. The windows then leave out the items of the seams
(by the listing's primary key, `x-hotmart-primary-key`), so every item comes exactly once. A seam
spans two milliseconds: usually one short page, often empty.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from ._errors import InvalidParameterError
from ._operation import Operation

WINDOWS_PER_WORKER = 4  # more windows than workers evens out ranges where sales cluster
OVERLAP = 2  # milliseconds adjacent windows share: right for inclusive and exclusive bounds alike
MIN_WINDOW = OVERLAP + 1  # a window longer than the overlap keeps seams apart


def names(operation: Operation[Any]) -> tuple[str, str]:
    """The (start, end) time parameters of a listing that can be split, or InvalidParameterError."""
    window = operation.pagination.window if operation.pagination else None
    if window is None:
        raise InvalidParameterError("concurrency", f"{operation.operation_id} has no time range to split")
    return window


def split(start: int, end: int, parts: int, names: tuple[str, str] = ("start", "end")) -> list[tuple[int, int]]:
    """At most `parts` windows covering [start, end], oldest first, each sharing its last
    `OVERLAP` milliseconds with the next one's first."""
    if end < start:
        raise InvalidParameterError(names[1], f"must not be before {names[0]} ({end} < {start})")
    step = max(MIN_WINDOW, -(-(end - start + 1) // parts))
    lows = list(range(start, end + 1, step))
    if len(lows) > 1 and end - lows[-1] + 1 < MIN_WINDOW:
        lows.pop()  # a last window shorter than the overlap joins the one before
    highs = [min(low + OVERLAP - 1, end) for low in lows[1:]] + [end]
    return list(zip(lows, highs, strict=True))


def seams(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The overlaps of adjacent windows."""
    return [(following[0], previous[1]) for previous, following in itertools.pairwise(windows)]


def plan(operation: Operation[Any], args: Mapping[str, Any], concurrency: int) -> list[tuple[int, int]]:
    """The windows of a parallel export of `operation` called with `args` (its ends pinned)."""
    start_name, end_name = names(operation)
    bounds = {}
    for name in (start_name, end_name):
        value = args.get(name)
        if value is None:
            raise InvalidParameterError(
                name, f"concurrency needs {start_name}: the range from there to {end_name} (or now) is split"
            )
        bounds[name] = operation.param(name).coerce(value)
    return split(bounds[start_name], bounds[end_name], concurrency * WINDOWS_PER_WORKER, (start_name, end_name))


def pins(operation: Operation[Any], args: Mapping[str, Any], now: int) -> dict[str, int]:
    """The ends of the listing's range that `args` leave to "now": the end when it is absent or
    in the future, pinned to `now`; an absent start Hotmart would take as N days ago, pinned to
    that. Nothing for a listing without a range, or a range that starts in the future."""
    window = operation.pagination.window if operation.pagination else None
    if window is None:
        return {}
    start_param, end_param = (operation.param(name) for name in window)
    found: dict[str, int] = {}
    start = args.get(start_param.name)
    if start is not None:
        start = start_param.coerce(start)
    else:
        start = operation.relative_start(start_param, args, now)
        if start is not None:
            found[start_param.name] = start
    if start is not None and start > now:
        return found  # nothing of it exists yet: nothing to hold still
    end = args.get(end_param.name)
    if end is None or end_param.coerce(end) > now:
        found[end_param.name] = now
    return found


def check_pins(operation: Operation[Any], args: Mapping[str, Any], pinned: Mapping[str, Any]) -> dict[str, int]:
    """The pins of a checkpoint, checked against the arguments it is resumed with."""
    window = operation.pagination.window if operation.pagination else None
    if not pinned:
        return {}
    if window is None or not set(pinned) <= set(window):
        raise _damaged("it pins parameters this listing does not have")
    start_name, end_name = window
    checked: dict[str, int] = {}
    for name, value in pinned.items():
        if not isinstance(value, int) or isinstance(value, bool) or not -(2**53) < value < 2**53:
            raise _damaged(f"{name} is pinned to {value!r}")
        given = args.get(name)
        if name == start_name and given is not None:
            raise _damaged(f"it pins {name}, which the arguments give")
        if name == end_name and given is not None and value > operation.param(name).coerce(given):
            raise _damaged(f"it pins {name} after the one the arguments give")
        checked[name] = value
    first = checked.get(start_name, args.get(start_name))
    last = checked.get(end_name, args.get(end_name))
    if first is not None and last is not None:
        first, last = operation.param(start_name).coerce(first), operation.param(end_name).coerce(last)
        if last < first:
            raise _damaged(f"its pinned range ends before it starts ({first} > {last})")
    return checked


def _damaged(why: str) -> InvalidParameterError:
    return InvalidParameterError("resume", f"the checkpoint does not fit these arguments: {why}")
