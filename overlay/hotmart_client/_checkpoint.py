"""Where an export stands, as an opaque string a new export can resume from.

An export walks one or more *streams*: the whole listing, or the disjoint time windows of a
parallel export. For each stream the checkpoint keeps the token of the page being consumed and
how many of its items were already handed out, so resuming starts at the exact next item:
nothing is skipped and nothing repeated (page tokens address fixed pages, as Hotmart's do).

The string also names the operation and a fingerprint of the arguments, so a checkpoint is not
resumed by another listing, or by the same one with other filters or another page size.
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


@dataclass
class Stream:
    """The consumer's position in one stream (not the fetcher's, which may be ahead)."""

    low: int | None = None  # time window bounds, epoch ms (None: not a window)
    high: int | None = None
    token: str | None = None  # page being consumed, or the next to consume (None: the first page)
    offset: int = 0  # items of that page already handed out
    done: bool = False
    avoid: str | None = None  # a next-page token the API repeated: following it would loop

    def as_list(self) -> list[Any]:
        return [self.low, self.high, self.token, self.offset, self.done, self.avoid]

    @classmethod
    def from_list(cls, value: Any) -> Stream:
        low, high, token, offset, done, avoid = value
        if not (
            (low is None or isinstance(low, int))
            and (high is None or isinstance(high, int))
            and (token is None or isinstance(token, str))
            and isinstance(offset, int)
            and offset >= 0
            and isinstance(done, bool)
            and (avoid is None or isinstance(avoid, str))
        ):
            raise ValueError("bad stream")
        return cls(low, high, token, offset, done, avoid)


def fingerprint(values: Mapping[str, Any]) -> str:
    """A short digest of the (coerced) arguments an export was started with."""
    text = json.dumps(values, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def encode(operation_id: str, digest: str, streams: list[Stream]) -> str:
    data = {"op": operation_id, "f": digest, "s": [s.as_list() for s in streams]}
    raw = json.dumps(data, separators=(",", ":")).encode()
    return PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(text: str, operation_id: str, digest: str) -> list[Stream]:
    """The streams of a checkpoint taken by the same operation with the same arguments."""
    if not isinstance(text, str) or not text.startswith(PREFIX):
        raise InvalidParameterError("resume", "expected a checkpoint string from `pager.checkpoint`")
    try:
        body = text[len(PREFIX) :]
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        streams = [Stream.from_list(item) for item in data["s"]]
        owner, taken_with = data["op"], data["f"]
    except (ValueError, KeyError, TypeError):
        raise InvalidParameterError("resume", "the checkpoint is damaged (was it copied whole?)") from None
    if owner != operation_id:
        raise InvalidParameterError("resume", f"this checkpoint belongs to {owner}, not {operation_id}")
    if taken_with != digest:
        raise InvalidParameterError(
            "resume",
            "this checkpoint was taken with other arguments (filters, dates or max_results); "
            "resume with exactly the arguments of the interrupted export",
        )
    if not streams:
        raise InvalidParameterError("resume", "the checkpoint is damaged (no stream)")
    return streams
