"""Record what Hotmart sends that the spec does not describe ("drift"), from real traffic.

    from hotmart_client import Hotmart, webhooks
    from hotmart_client.drift import DriftRecorder

    recorder = DriftRecorder.load("drift.json") if Path("drift.json").exists() else DriftRecorder()
    with Hotmart(drift=recorder) as hotmart:          # AsyncHotmart(drift=recorder) too
        for sale in hotmart.sales.history():
            ...
    event = webhooks.parse(body, headers, hottok=HOTTOK, drift=recorder)
    recorder.save("drift.json")                        # then: hotmart spec drift drift.json

Opt-in: a client without `drift=` does no work for it. Recorded, per operationId (or webhook event)
and JSON Pointer (`/items/*/purchase/status`, `*` standing for every index of an array): fields the
spec does not list (with the JSON type seen), enum values it does not list, values of another type
than the spec's, required fields that are absent, status codes an operation does not document and
headers its documented response does not list. Each with a count and the first and last time it
was seen, never a value from the payload (payloads hold personal data); only enum values are kept,
as they belong to the schema.

What is checked on every object and what on a sample (docs/when-hotmart-changes.md):

- Every response of every operation: its status and header names, and, in every object of its
  body, the key set (unknown fields), every enum value, and that nested objects and lists are
  objects and lists. These comparisons run in C over all the objects at one place of a page at
  once.
- A sample: the first `walk_first` responses of each operation, then one in `walk_every`, get a
  full walk of the typed model through one element of each list (a different one each time):
  scalar types (a string where the spec says integer) and missing required fields.
- A webhook delivery is walked whole, always (it is one event).

Memory is bounded whatever the run's length: at most `max_entries` distinct (place, kind, detail)
entries and as many sources; past that, occurrences of new entries are only counted in `dropped`.
At most `max_values` distinct unknown values of one enum field are kept; more are counted under
one `(other values)` entry. An enum value longer than 120 characters is cut. The recorder is
thread- and task-safe: one lock around each update, held without awaiting.

Recordings are JSON files (`save`, `load`), merged with `merge` or by `hotmart spec drift A B...`.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs

from ._drift import KINDS, Finding, Kind, Tally, check, describe, walk
from ._errors import HotmartError

if TYPE_CHECKING:
    import httpx

    from ._operation import Operation

__all__ = ["DriftEntry", "DriftFileError", "DriftRecorder", "DriftSource", "merge_files"]

Channel = Literal["response", "webhook"]
FORMAT = "hotmart-drift"
VERSION = 1
OTHER_VALUES = "(other values)"
_CHANNELS: tuple[Channel, ...] = ("response", "webhook")

# Headers of HTTP itself (framing, caching, CORS, security, authentication challenges) that an API
# description does not list: never recorded as undocumented.
HTTP_HEADERS = frozenset(
    {
        "accept-ranges", "access-control-allow-credentials", "access-control-allow-headers",
        "access-control-allow-methods", "access-control-allow-origin", "access-control-expose-headers",
        "access-control-max-age", "age", "alt-svc", "cache-control", "connection", "content-encoding",
        "content-language", "content-length", "content-location", "content-security-policy", "content-type",
        "cross-origin-embedder-policy", "cross-origin-opener-policy", "cross-origin-resource-policy", "date",
        "etag", "expires", "keep-alive", "last-modified", "nel", "permissions-policy", "pragma",
        "proxy-authenticate", "referrer-policy", "report-to", "server", "server-timing", "set-cookie",
        "strict-transport-security", "timing-allow-origin", "trailer", "transfer-encoding", "upgrade", "vary",
        "via", "www-authenticate", "x-content-type-options", "x-frame-options", "x-xss-protection",
    }
)  # fmt: skip

logger = logging.getLogger("hotmart_client")


class DriftFileError(HotmartError):
    """A recording file could not be read: not JSON, or not a `hotmart-drift` recording."""


@dataclass(frozen=True)
class DriftEntry:
    """One thing the spec did not predict, and how often it was seen.

    `channel`: `response` (a REST call; `source` is its operationId and `status` the HTTP status)
    or `webhook` (`source` is the event name, `status` None). `pointer` is a JSON Pointer into the
    body (`*`: any array index; empty for a status or a header). `detail` is the JSON type seen
    (unknown_field, type_mismatch), the enum value (unknown_enum), the header name
    (undocumented_header), or empty.
    """

    channel: Channel
    source: str
    status: int | None
    kind: Kind
    pointer: str
    detail: str
    count: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class DriftSource:
    """An operation or event seen while recording: `checked` responses (or deliveries), of which
    `walked` got the full walk of their typed model."""

    channel: Channel
    source: str
    checked: int
    walked: int


_Key = tuple[Channel, str, int | None, Kind, str, str]  # channel, source, status, kind, pointer, detail


class DriftRecorder:
    """Collects drift from the clients and webhook parsers it is given to (see the module doc).

    Args:
        max_entries: distinct entries kept (and sources); later new ones only count in `dropped`.
        max_values: distinct unknown values kept per enum field; more count as `(other values)`.
        walk_first: the first responses of each operation that get the full walk of their model.
        walk_every: after them, one response in this many gets it.
    """

    def __init__(
        self, *, max_entries: int = 1000, max_values: int = 25, walk_first: int = 10, walk_every: int = 10
    ) -> None:
        if min(max_entries, max_values, walk_every) < 1 or walk_first < 0:
            raise ValueError("max_entries, max_values and walk_every must be >= 1, walk_first >= 0")
        self.max_entries = max_entries
        self.max_values = max_values
        self.walk_first = walk_first
        self.walk_every = walk_every
        self.dropped = 0  # occurrences of entries not kept because `max_entries` was reached
        self._entries: dict[_Key, list[Any]] = {}  # key -> [count, first seen, last seen] (epoch seconds)
        self._values: Counter[tuple[Channel, str, int | None, str]] = Counter()  # enum field -> distinct values
        self._sources: dict[tuple[Channel, str], list[int]] = {}  # -> [checked, walked]
        self._lock = threading.Lock()
        self._failed = False

    def __repr__(self) -> str:
        return f"DriftRecorder(entries={len(self._entries)}, sources={len(self._sources)}, dropped={self.dropped})"

    # -- reading ------------------------------------------------------------------------------------

    def entries(self) -> list[DriftEntry]:
        """Every entry, by channel, source, status, pointer, kind and detail."""
        with self._lock:
            items = [(key, list(value)) for key, value in self._entries.items()]
        return [
            DriftEntry(*key, count=count, first_seen=_moment(first), last_seen=_moment(last))
            for key, (count, first, last) in sorted(items, key=lambda item: _sort_key(item[0]))
        ]

    def sources(self) -> list[DriftSource]:
        with self._lock:
            items = sorted(self._sources.items())
        return [DriftSource(channel, source, checked, walked) for (channel, source), (checked, walked) in items]

    # -- files ----------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The recording as JSON-ready data (what `save` writes)."""
        from . import __version__  # noqa: PLC0415 - the package imports this module

        return {
            "format": FORMAT,
            "version": VERSION,
            "client_version": __version__,
            "dropped": self.dropped,
            "sources": [
                {"channel": s.channel, "source": s.source, "checked": s.checked, "walked": s.walked}
                for s in self.sources()
            ],
            "entries": [
                {
                    "channel": e.channel, "source": e.source, "status": e.status, "kind": e.kind,
                    "pointer": e.pointer, "detail": e.detail, "count": e.count,
                    "first_seen": _iso(e.first_seen), "last_seen": _iso(e.last_seen),
                }
                for e in self.entries()
            ],
        }  # fmt: skip

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the recording to `path` (replaced atomically: a reader never sees half a file)."""
        target = Path(path)
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent or ".", delete=False) as scratch:
            scratch.write(text)
        os.replace(scratch.name, target)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], **options: int) -> DriftRecorder:
        recorder = cls(**options)
        recorder._absorb(data)
        return recorder

    @classmethod
    def load(cls, path: str | os.PathLike[str], **options: int) -> DriftRecorder:
        """A recorder holding the recording in `path`; recording into it and saving adds to it."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DriftFileError(f"{path}: cannot read a drift recording: {exc}") from None
        try:
            return cls.from_dict(data, **options)
        except DriftFileError as exc:
            raise DriftFileError(f"{path}: {exc}") from None

    def merge(self, other: DriftRecorder) -> DriftRecorder:
        """Add `other`'s recording to this one (counts summed, first/last seen widened); returns self."""
        self._absorb(other.to_dict())
        return self

    def _absorb(self, data: Mapping[str, Any]) -> None:
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise DriftFileError(f"not a {FORMAT} recording")
        if data.get("version") != VERSION:
            raise DriftFileError(f"recording version {data.get('version')!r} is not {VERSION}")
        try:
            with self._lock:
                self.dropped += int(data.get("dropped", 0))
                for item in data.get("sources", []):
                    totals = self._source(_channel(item["channel"]), str(item["source"]))
                    if totals is not None:
                        totals[0] += int(item["checked"])
                        totals[1] += int(item["walked"])
                for item in data.get("entries", []):
                    kind = item["kind"]
                    if kind not in KINDS:
                        raise DriftFileError(f"unknown kind {kind!r}")
                    status = item.get("status")
                    key: _Key = (
                        _channel(item["channel"]), str(item["source"]), None if status is None else int(status),
                        kind, str(item["pointer"]), str(item["detail"]),
                    )  # fmt: skip
                    first, last = _seconds(item["first_seen"]), _seconds(item["last_seen"])
                    self._count(key, int(item["count"]), first, last)
        except (KeyError, TypeError, ValueError) as exc:
            raise DriftFileError(f"malformed recording: {type(exc).__name__}: {exc}") from None

    # -- recording (called by the clients and by webhooks.parse) --------------------------------------

    def _checked(self, channel: Channel, source: str) -> int | None:
        """Count one response or delivery of `source`; its number (0 for the first), or None when
        no source can be added any more."""
        with self._lock:
            totals = self._source(channel, source)
            if totals is None:
                return None
            totals[0] += 1
            return totals[0] - 1

    def _walk_due(self, number: int) -> bool:
        return number < self.walk_first or number % self.walk_every == 0

    def _add(self, channel: Channel, source: str, status: int | None, tally: Tally, *, walked: bool = False) -> None:
        if not tally and not walked:
            return
        now = time.time()
        with self._lock:
            if walked and (totals := self._source(channel, source)) is not None:
                totals[1] += 1
            for (kind, where, detail), count in tally.items():
                self._count((channel, source, status, kind, where, detail), count, now, now)

    def _source(self, channel: Channel, source: str) -> list[int] | None:
        totals = self._sources.get((channel, source))
        if totals is None:
            if len(self._sources) >= self.max_entries:
                return None
            totals = self._sources[channel, source] = [0, 0]
        return totals

    def _count(self, key: _Key, count: int, first: float, last: float) -> None:
        entry = self._entries.get(key)
        if entry is None:
            channel, source, status, kind, where, detail = key
            if kind == "unknown_enum" and detail != OTHER_VALUES:
                field = (channel, source, status, where)
                if self._values[field] >= self.max_values:
                    self._count((*key[:5], OTHER_VALUES), count, first, last)
                    return
                self._values[field] += 1
            if len(self._entries) >= self.max_entries:
                self.dropped += count
                return
            self._entries[key] = [count, first, last]
            return
        entry[0] += count
        entry[1] = min(entry[1], first)
        entry[2] = max(entry[2], last)

    def _guarded(self, what: str, exc: Exception) -> None:
        """Recording never fails a call: a bug here is logged once, and the call goes on."""
        if not self._failed:
            self._failed = True
            logger.warning("drift recording failed on %s (%s); the call went on", what, type(exc).__name__)

    # -- REST responses ---------------------------------------------------------------------------------

    def _status(self, operation: Operation[Any], response: httpx.Response) -> None:
        """A response was received: its status and header names against the operation's documented
        responses (only when the operation carries them)."""
        if not operation.responses:
            return
        try:
            status = response.status_code
            headers = operation.documented_headers(status)
            tally: Tally = Counter()
            if headers is None:
                tally["undocumented_status", "", ""] += 1
            else:
                for name in set(response.headers.keys()) - headers - HTTP_HEADERS:
                    tally["undocumented_header", "", name] += 1
            if tally:
                self._add("response", operation.operation_id, status, tally)
        except Exception as exc:  # see _guarded
            self._guarded(operation.operation_id, exc)

    def _response(self, operation: Operation[Any], response: httpx.Response, result: Any) -> None:
        """The parsed body of a 2xx response: every object checked, a sample walked."""
        try:
            self._record_body(operation, response.status_code, result)
        except Exception as exc:  # see _guarded
            self._guarded(operation.operation_id, exc)

    def _record_body(self, operation: Operation[Any], status: int, result: Any) -> None:
        source = operation.operation_id
        number = self._checked("response", source)
        if number is None:
            return
        tally: Tally = Counter()
        path: tuple[int, ...]
        if isinstance(result, list):
            models = [item for item in result if attrs.has(type(item))]
            if not models:
                return
            check(type(models[0]), [model.__dict__.get("_raw") for model in models], "/*", tally)
            target, path = models[number % len(models)], (number % len(models),)
        elif attrs.has(type(result)):
            check(type(result), [result.__dict__.get("_raw")], "", tally)
            target, path = result, ()
        else:
            return
        walked = self._walk_due(number)
        if walked:
            for finding in walk(target, path, pick=number):
                if not finding.structural:  # the rest was counted by `check`, on every object
                    tally[finding.kind, finding.pointer, finding.detail] += 1
        self._add("response", source, status, tally, walked=walked)

    # -- webhooks ---------------------------------------------------------------------------------------

    def _webhook(self, event: str, findings: Iterable[Finding], *, known: bool) -> None:
        """A parsed delivery (walked whole by webhooks.parse) and what it found."""
        try:
            if self._checked("webhook", event) is None:
                return
            tally: Tally = Counter()
            if not known:
                tally["unknown_event", "", ""] += 1
            for finding in findings:
                if finding.kind == "unknown_field":
                    describe(finding.value, finding.pointer, tally)  # with the keys and types inside
                else:
                    tally[finding.kind, finding.pointer, finding.detail] += 1
            self._add("webhook", event, None, tally, walked=True)
        except Exception as exc:  # see _guarded
            self._guarded(event, exc)


def merge_files(paths: Iterable[str | os.PathLike[str]], **options: int) -> DriftRecorder:
    """One recorder holding the recordings of all `paths`."""
    merged = DriftRecorder(**options)
    for path in paths:
        merged.merge(DriftRecorder.load(path))
    return merged


def _channel(value: Any) -> Channel:
    if value not in _CHANNELS:
        raise DriftFileError(f"unknown channel {value!r}")
    return cast(Channel, value)


def _sort_key(key: _Key) -> tuple[Any, ...]:
    channel, source, status, kind, where, detail = key
    return (channel, source, status or 0, where, KINDS.index(kind), detail)


def _moment(seconds: float) -> datetime:
    return datetime.fromtimestamp(round(seconds), UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _seconds(text: Any) -> float:
    if not isinstance(text, str):
        raise ValueError(f"expected an ISO 8601 time, got {type(text).__name__}")
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
