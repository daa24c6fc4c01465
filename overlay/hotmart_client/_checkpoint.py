"""Where an export stands, as an opaque string a new export can resume from.

An export walks one or more *streams*: the whole listing, or the time windows of a parallel export
and the seams where they overlap (see `_windows`). For each stream the checkpoint keeps the token
of the page being consumed and how many of its items were already passed, so resuming starts at
the exact next item. It also keeps the ends of the range the export pinned to "now" (`_windows.pins`):
the resumed export reads the same snapshot, so its pages hold the same items whether Hotmart's
page tokens name fixed pages or offsets into the live listing.

The string also names the operation and a fingerprint of the arguments, so a checkpoint is not
resumed by another listing, or by the same one with other filters, another page size or another
`extra_query`. Every field is checked when it is read back (`decode`, `check`).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import InvalidParameterError

PREFIX = "hmcp1."


MAX_TEXT = 1_000_000  # characters of a checkpoint string: far more than any real one holds
MAX_TOKEN = 8_192  # characters of a page token: it is sent back in a URL
MAX_OFFSET = 1_000_000  # items of one page (Hotmart's pages hold a few hundred)


@dataclass
class Stream:
    """The consumer's position in one stream (not the fetcher's, which may be ahead)."""

    low: int | None = None  # time window bounds, epoch ms (None: not a window)
    high: int | None = None
    token: str | None = None  # page being consumed, or the next to consume (None: the first page)
    offset: int = 0  # items of that page already handed out
    done: bool = False
    avoid: str | None = None  # a next-page token the API repeated: following it would loop
    seam: bool = False  # the overlap of two windows, read before them (see `_windows`)

    def as_list(self) -> list[Any]:
        fields = [self.low, self.high, self.token, self.offset, self.done, self.avoid]
        return fields if self.low is None else [*fields, "seam" if self.seam else "window"]

    @classmethod
    def from_list(cls, value: Any) -> Stream:
        """A stream read back from a checkpoint, every field checked (ValueError: damaged). Six
        values: the whole listing, or a window of a checkpoint taken before seams existed."""
        if not isinstance(value, list) or len(value) not in (6, 7):
            raise ValueError("a stream is a list of six or seven values")
        low, high, token, offset, done, avoid, *kind = value
        if kind and (low is None or kind[0] not in ("seam", "window")):
            raise ValueError("a window is a seam or a window")
        if (low is None) != (high is None):
            raise ValueError("a window has both bounds or none")
        if low is not None and not (_millis(low) and _millis(high) and low <= high):
            raise ValueError("a window's bounds are epoch milliseconds, the first not after the second")
        if not (_whole(offset) and 0 <= offset <= MAX_OFFSET):
            raise ValueError("an offset is a whole number of items")
        if not (_token(token) and _token(avoid) and isinstance(done, bool)):
            raise ValueError("page tokens are strings, `done` is true or false")
        return cls(low, high, token, offset, done, avoid, seam=kind == ["seam"])


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _millis(value: Any) -> bool:
    return _whole(value) and -(2**53) < value < 2**53


def _token(value: Any) -> bool:
    return value is None or (isinstance(value, str) and 0 < len(value) <= MAX_TOKEN)


def fingerprint(values: Mapping[str, Any]) -> str:
    """A short digest of the (coerced) arguments an export was started with."""
    text = json.dumps(values, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def encode(operation_id: str, digest: str, streams: list[Stream], pins: Mapping[str, int] | None = None) -> str:
    data: dict[str, Any] = {"op": operation_id, "f": digest, "s": [s.as_list() for s in streams]}
    if pins:
        data["p"] = dict(pins)
    raw = json.dumps(data, separators=(",", ":")).encode()
    return PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(text: str, operation_id: str, digest: str) -> tuple[list[Stream], dict[str, Any]]:
    """The streams and pins of a checkpoint taken by the same operation with the same arguments,
    each stream checked for shape (`check` then checks them against the arguments, and
    `_windows.check_pins` the pins)."""
    if not isinstance(text, str) or not text.startswith(PREFIX):
        raise InvalidParameterError("resume", "expected a checkpoint string from `pager.checkpoint`")
    if len(text) > MAX_TEXT:
        raise InvalidParameterError("resume", "the checkpoint is damaged (far too long)")
    try:
        body = text[len(PREFIX) :]
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        streams = [Stream.from_list(item) for item in data["s"]]
        owner, taken_with, pins = data["op"], data["f"], data.get("p", {})
        if not isinstance(pins, dict):
            raise ValueError("pins are an object")
    except (ValueError, KeyError, TypeError, RecursionError):  # RecursionError: absurdly nested JSON
        raise InvalidParameterError("resume", "the checkpoint is damaged (was it copied whole?)") from None
    if owner != operation_id:
        raise InvalidParameterError("resume", f"this checkpoint belongs to {owner}, not {operation_id}")
    if taken_with != digest:
        raise InvalidParameterError(
            "resume",
            "this checkpoint was taken with other arguments (filters, dates, max_results or extra_query); "
            "resume with exactly the arguments of the interrupted export",
        )
    if not streams:
        raise InvalidParameterError("resume", "the checkpoint is damaged (no stream)")
    return streams, pins


def check(streams: list[Stream], window: tuple[int, int] | None, page_size: int | None) -> None:
    """InvalidParameterError unless `streams` can be where an export of these arguments stands:
    one stream for a sequential export; windows covering exactly `window` (the arguments' range,
    ends pinned) for a parallel one, and seams inside it; no offset beyond a page of `page_size`
    items."""
    if page_size is not None and any(s.offset > page_size for s in streams):
        raise _damaged(f"a position is past the end of a page of {page_size} items")
    windows = [s for s in streams if s.low is not None]
    if not windows:
        if len(streams) != 1:
            raise _damaged("a sequential export has one stream")
        return
    if len(windows) != len(streams):
        raise _damaged("an export is either sequential or in windows")
    if window is None:
        raise _damaged("windows, but the arguments give no time range to split")
    start, end = window
    reach = start - 1
    for stream in windows:
        assert stream.low is not None and stream.high is not None
        if stream.low < start or stream.high > end:
            raise _damaged("a window lies outside the arguments' range")
    overlaps = []
    for stream in sorted((s for s in windows if not s.seam), key=lambda s: (s.low, s.high)):
        assert stream.low is not None and stream.high is not None
        if stream.low > reach + 1:
            raise _damaged("the windows leave part of the range out")
        if stream.low <= reach:
            overlaps.append((stream.low, reach))
        reach = max(reach, stream.high)
    if reach != end:
        raise _damaged("the windows leave the end of the range out")
    # Each overlap of two windows is a seam of the checkpoint: without it, its items would come twice.
    if sorted((s.low, s.high) for s in windows if s.seam) != overlaps:
        raise _damaged("its seams are not the overlaps of its windows")


def _damaged(why: str) -> InvalidParameterError:
    return InvalidParameterError("resume", f"the checkpoint does not fit these arguments: {why}")
