"""Writing results as a table, JSON, JSON Lines or CSV, page by page.

Streaming formats (json, jsonl, csv) write each page as it arrives, so an interrupted export keeps
everything fetched so far, and `json` still closes its array. The table needs every row first.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any, Literal, Protocol

from rich.console import Console
from rich.table import Table

Format = Literal["table", "json", "jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("table", "json", "jsonl", "csv")
TABLE_COLUMNS = 8
# Leaf names worth a table column, best first, when --columns is not given.
_INTERESTING = ("transaction", "status", "date", "name", "email", "code", "value", "currency", "id", "total")


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted keys (`purchase.price.value`); lists stay as JSON text."""
    if not isinstance(data, dict):
        return {prefix or "value": data}
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict) and value:
            flat.update(flatten(value, name))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


class Writer(Protocol):
    def write(self, items: Sequence[Any]) -> None: ...
    def close(self) -> None: ...


class JsonWriter:
    """A JSON array of all items (or the single object a non-list operation returns)."""

    def __init__(self, out: IO[str], single: bool) -> None:
        self.out, self.single, self.count = out, single, 0

    def write(self, items: Sequence[Any]) -> None:
        if self.single:
            for item in items:
                self.out.write(json.dumps(item, ensure_ascii=False, indent=2) + "\n")
            return
        for item in items:
            self.out.write("[\n  " if self.count == 0 else ",\n  ")
            self.out.write(json.dumps(item, ensure_ascii=False))
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        if not self.single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


class JsonLinesWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, items: Sequence[Any]) -> None:
        for item in items:
            self.out.write(json.dumps(item, ensure_ascii=False) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class CsvWriter:
    """Columns are fixed by the first page (or --columns); later extra fields are left out."""

    def __init__(self, out: IO[str], columns: Sequence[str] | None) -> None:
        self.out, self.columns = out, list(columns) if columns else None
        self._writer: csv.DictWriter[str] | None = None

    def write(self, items: Sequence[Any]) -> None:
        rows = [flatten(item) for item in items]
        if self._writer is None and rows:
            self.columns = self.columns or _union(rows)
            self._writer = csv.DictWriter(self.out, self.columns, extrasaction="ignore", lineterminator="\n")
            self._writer.writeheader()
        if self._writer is not None:
            self._writer.writerows(rows)
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class TableWriter:
    """A Rich table; timestamps shown as UTC dates. A single object is shown as field/value rows."""

    def __init__(self, out: IO[str], single: bool, columns: Sequence[str] | None, timestamps: set[str]) -> None:
        self.out, self.single, self.columns, self.timestamps = out, single, columns, timestamps
        self.rows: list[dict[str, Any]] = []

    def write(self, items: Sequence[Any]) -> None:
        self.rows.extend(flatten(item) for item in items)

    def close(self) -> None:
        console = Console(file=self.out, soft_wrap=False)
        if self.single and len(self.rows) == 1:
            table = Table("field", "value")
            for key, value in self.rows[0].items():
                table.add_row(key, self._cell(key, value))
        else:
            columns = list(self.columns or pick_columns(_union(self.rows)))
            table = Table(*columns)
            for row in self.rows:
                table.add_row(*(self._cell(c, row.get(c)) for c in columns))
        console.print(table)

    def _cell(self, column: str, value: Any) -> str:
        if value is None:
            return ""
        if column in self.timestamps and isinstance(value, int):
            return dt.datetime.fromtimestamp(value / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M")
        return str(value)


def pick_columns(keys: Sequence[str]) -> list[str]:
    """The most telling fields, in their original order (a page of sales has ~30 fields)."""

    def rank(key: str) -> int:
        leaf = key.rsplit(".", 1)[-1]
        return next((i for i, word in enumerate(_INTERESTING) if word in leaf), len(_INTERESTING))

    chosen = sorted(sorted(keys, key=rank)[:TABLE_COLUMNS], key=keys.index)
    return chosen or list(keys[:TABLE_COLUMNS])


def _union(rows: Iterable[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def make_writer(
    fmt: Format, out: IO[str], *, single: bool, columns: Sequence[str] | None, timestamps: set[str]
) -> Writer:
    if fmt == "json":
        return JsonWriter(out, single)
    if fmt == "jsonl":
        return JsonLinesWriter(out)
    if fmt == "csv":
        return CsvWriter(out, columns)
    return TableWriter(out, single, columns, timestamps)
