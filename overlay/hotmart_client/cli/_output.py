"""Writing results as a table, JSON, JSON Lines or CSV, page by page.

Streaming formats (json, jsonl, csv) write each page as it arrives, so an interrupted export keeps
everything fetched so far, and `json` still closes its array. The table needs every row first.
Continuing an existing file (CSV without a second header and with the file's own columns, a JSON
array that stays one valid array) is prepared by `_outfile`.

Times (epoch-millisecond fields of the spec) are written as ISO 8601 UTC strings, unless
`--epoch-ms`; amounts are written with the digits Hotmart sent.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Literal, Protocol
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table

from ._columns import UNDOCUMENTED, Layout
from ._outfile import OutputFile

Format = Literal["table", "json", "jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("table", "json", "jsonl", "csv")
TABLE_COLUMNS = 8
# Leaf names worth a table column, best first, when --columns is not given.
# Leaf-name words, best first, and how many columns each may take (one date, one amount and the
# currency beside it, two names...), so that a sale shows who, what, when, its status and its price.
_INTERESTING = {
    "transaction": 1, "status": 1, "date": 1, "value": 1, "currency": 1, "name": 2, "email": 1, "code": 1,
    "id": 1, "total": 1,
}  # fmt: skip


class Writer(Protocol):
    def write(self, items: Sequence[Any]) -> None: ...
    def close(self) -> None: ...


def _json_number(value: Any) -> Any:
    """`json.dumps` default: a Decimal amount as the number it is (its digits, not a float's)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime):
        return iso(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _dumps(item: Any, indent: int | None = None) -> str:
    return json.dumps(item, ensure_ascii=False, indent=indent, default=_json_number)


def iso(value: dt.datetime, zone: ZoneInfo | None = None) -> str:
    """ISO 8601 to the millisecond: in UTC with `Z`, or in `zone` with its offset (`-03:00`)."""
    text = value.astimezone(zone or dt.UTC).isoformat(timespec="milliseconds")
    return text if zone else text.replace("+00:00", "Z")


def with_iso_times(item: Any, paths: Iterable[str], zone: ZoneInfo | None = None) -> Any:
    """`item` (JSON data) with the epoch-millisecond fields at dotted `paths` as ISO 8601 strings."""
    for path in paths:
        *parents, leaf = path.split(".")
        node = item
        for key in parents:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict) and isinstance(node.get(leaf), int) and not isinstance(node[leaf], bool):
            node[leaf] = iso(dt.datetime.fromtimestamp(node[leaf] / 1000, dt.UTC), zone)
    return item


class JsonWriter:
    """A JSON array of all items (or the single object a non-list operation returns)."""

    def __init__(self, out: IO[str], single: bool, continuing: bool = False, has_items: bool = False) -> None:
        self.out, self.single = out, single
        self.opened, self.count = continuing, int(has_items)

    def write(self, items: Sequence[Any]) -> None:
        if self.single:
            for item in items:
                self.out.write(_dumps(item, indent=2) + "\n")
            return
        for item in items:
            if not self.opened:
                self.out.write("[")
                self.opened = True
            self.out.write(",\n  " if self.count else "\n  ")
            self.out.write(_dumps(item))
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        if not self.single:
            self.out.write("\n]\n" if self.count else ("]\n" if self.opened else "[]\n"))
        self.out.flush()


class JsonLinesWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, items: Sequence[Any]) -> None:
        for item in items:
            self.out.write(_dumps(item) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class CsvWriter:
    """A header fixed before the first row: `--columns`, the header of the file being continued,
    or every documented field of the item (`Layout.header`), so no column depends on which fields
    the first page happened to hold. What the spec does not describe goes into `_undocumented` as
    JSON. Whatever has no column in the header is named in one warning on stderr when the writer
    closes: never left out silently."""

    def __init__(
        self,
        out: IO[str],
        layout: Layout,
        columns: Sequence[str] | None = None,
        *,
        continuing: bool = False,
        chosen: bool = False,
        recording: Path | None = None,
    ) -> None:
        self.out, self.layout, self.recording = out, layout, recording
        self.columns = list(columns) if columns else layout.header
        self.chosen = chosen  # --columns: documented fields left out on purpose
        self.continuing = continuing
        self._header = set(self.columns)
        self._header_pending = not continuing
        self._writer = csv.DictWriter(out, self.columns, extrasaction="ignore", lineterminator="\n")
        self.undocumented: dict[str, None] = {}  # names, in the order first seen
        self.left_out: dict[str, None] = {}  # documented fields with a value and no column

    def write(self, items: Sequence[Any]) -> None:
        if self._header_pending:
            self._writer.writeheader()
            self._header_pending = False
        rows = []
        for item in items:
            row, unknown = self.layout.split(item)
            if unknown:
                self.undocumented.update(dict.fromkeys(unknown))
                row[UNDOCUMENTED] = _dumps(unknown)
            if not self.chosen:
                missing = (k for k, v in row.items() if k not in self._header and v is not None)
                self.left_out.update(dict.fromkeys(missing))
            rows.append(_csv_row(row))
        self._writer.writerows(rows)
        self.out.flush()

    def close(self) -> None:
        if self._header_pending:
            self._writer.writeheader()
            self._header_pending = False
        self.out.flush()
        for line in self.warnings():
            print(line, file=sys.stderr)

    def warnings(self) -> list[str]:
        lines = []
        if self.undocumented:
            if UNDOCUMENTED in self._header:
                kept = f"kept as JSON in the {UNDOCUMENTED} column"
            elif self.chosen:
                kept = f"NOT written: add {UNDOCUMENTED} to --columns to keep them"
            else:
                kept = f"NOT written: the file being continued has no {UNDOCUMENTED} column"
            recorded = (
                f"recorded in {self.recording}"
                if self.recording
                else "`hotmart --record-drift FILE ...` records them for `hotmart spec drift FILE`"
            )
            lines.append(
                f"warning: {len(self.undocumented)} field(s) the spec does not describe: "
                f"{_names(self.undocumented)}; {kept}; {recorded}"
            )
        if self.left_out:
            lines.append(
                f"warning: {len(self.left_out)} documented field(s) NOT written, the header of the file being "
                f"continued has no column for them: {_names(self.left_out)} (--overwrite writes every column)"
            )
        return lines


def _names(names: Iterable[str], shown: int = 12) -> str:
    listed = list(names)
    more = f" and {len(listed) - shown} more" if len(listed) > shown else ""
    return ", ".join(listed[:shown]) + more


def _csv_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _json_number(v) if isinstance(v, Decimal | dt.datetime) else v for k, v in row.items()}


class TableWriter:
    """A Rich table; times shown as dates and times of UTC or of `zone`, which the headers of their
    columns name. A single object is shown as field/value rows."""

    def __init__(
        self,
        out: IO[str],
        single: bool,
        columns: Sequence[str] | None,
        layout: Layout,
        zone: ZoneInfo | None = None,
    ) -> None:
        self.out, self.single, self.columns, self.layout = out, single, columns, layout
        self.timestamps, self.zone = layout.timestamps, zone
        self.rows: list[dict[str, Any]] = []

    def write(self, items: Sequence[Any]) -> None:
        for item in items:
            row, unknown = self.layout.split(item)
            if unknown:
                row[UNDOCUMENTED] = _dumps(unknown)
            self.rows.append(row)

    def close(self) -> None:
        console = Console(file=self.out, soft_wrap=False)
        if self.single and len(self.rows) == 1:
            table = Table("field", "value")
            for key, value in self.rows[0].items():
                table.add_row(self._header(key), self._cell(key, value))
        else:
            present = _union(self.rows)
            in_order = [c for c in self.layout.header if c in present]  # the spec's order
            columns = list(self.columns or pick_columns(in_order))
            table = Table(*(self._header(c) for c in columns))
            for row in self.rows:
                table.add_row(*(self._cell(c, row.get(c)) for c in columns))
        console.print(table)

    def _header(self, column: str) -> str:
        return f"{column} ({self.zone.key if self.zone else 'UTC'})" if column in self.timestamps else column

    def _cell(self, column: str, value: Any) -> str:
        if value is None:
            return ""
        if column in self.timestamps and isinstance(value, int):
            return (
                dt.datetime.fromtimestamp(value / 1000, dt.UTC)
                .astimezone(self.zone or dt.UTC)
                .strftime("%Y-%m-%d %H:%M")
            )
        return str(value)


def pick_columns(keys: Sequence[str]) -> list[str]:
    """The most telling fields, in their original order (a page of sales has ~30 fields): by the
    words of `_INTERESTING`, each taking at most its share of the columns."""
    words = list(_INTERESTING)

    def word(key: str) -> str | None:
        parts = key.rsplit(".", 1)[-1].split("_")  # `currency_code`, not `recurrency_number`
        return next((w for w in words if w in parts), None)

    taken: dict[str, int] = {}
    chosen: list[str] = []
    for key in sorted(keys, key=lambda k: words.index(w) if (w := word(k)) else len(words)):
        kind = word(key)
        if len(chosen) == TABLE_COLUMNS:
            break
        if kind is None or taken.get(kind, 0) < _INTERESTING[kind]:  # the rest fill what is left
            taken[kind or ""] = taken.get(kind or "", 0) + 1
            chosen.append(key)
    chosen.sort(key=keys.index)
    return chosen or list(keys[:TABLE_COLUMNS])


def _union(rows: Iterable[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


class _IsoTimes:
    """Wraps a writer: epoch-millisecond fields become ISO 8601 strings (UTC, or `zone`) before writing."""

    def __init__(self, inner: Writer, timestamps: set[str], zone: ZoneInfo | None) -> None:
        self.inner, self.timestamps, self.zone = inner, timestamps, zone

    def write(self, items: Sequence[Any]) -> None:
        self.inner.write([with_iso_times(item, self.timestamps, self.zone) for item in items])

    def close(self) -> None:
        self.inner.close()


def make_writer(
    fmt: Format,
    out: IO[str],
    *,
    single: bool,
    columns: Sequence[str] | None,
    layout: Layout,
    target: OutputFile | None = None,
    epoch_millis: bool = False,
    recording: Path | None = None,
    zone: ZoneInfo | None = None,
) -> Writer:
    continuing = target is not None and target.continuing
    timestamps = set(layout.timestamps)
    writer: Writer
    if fmt == "table":
        return TableWriter(out, single, columns, layout, zone)
    if fmt == "json":
        writer = JsonWriter(out, single, continuing, target is not None and target.has_items)
    elif fmt == "jsonl":
        writer = JsonLinesWriter(out)
    else:
        header = columns or (target.columns if continuing and target else None)
        writer = CsvWriter(out, layout, header, continuing=continuing, chosen=columns is not None, recording=recording)
    return writer if epoch_millis or not timestamps else _IsoTimes(writer, timestamps, zone)
