"""The columns of an item, from the spec: every documented field, flattened (`purchase.price.value`).

A CSV header cannot grow once written, and Hotmart's items are uneven (offers, coupons, tracking
and subscription fields are on some sales only), so the header is not taken from the first page:
it is the item schema's every field, the same for every listing. A list, or an object the spec
gives no properties for, is one column holding JSON text. What an item holds that the spec does
not describe goes, as a JSON object keyed by dotted name, into the last column, `_undocumented`.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..mock._spec import TIMESTAMP_SCHEMA, MockSpec, ref_name

UNDOCUMENTED = "_undocumented"
_MAX_DEPTH = 8  # the spec's items nest 4 deep; a self-referencing schema must still end


@dataclass(frozen=True)
class Layout:
    """Where each field of an item goes."""

    columns: tuple[str, ...]  # every documented field, in the spec's order
    objects: frozenset[str]  # dotted paths of documented objects whose fields are columns
    timestamps: frozenset[str]  # columns holding epoch milliseconds
    known: frozenset[str] = frozenset()  # the columns, as a set

    @classmethod
    def of(cls, spec: MockSpec, schema: Any) -> Layout:
        columns: list[str] = []
        objects: set[str] = set()
        stamps: set[str] = set()
        for path, kind in _walk(spec, schema, ()):
            dotted = ".".join(path)
            if kind == "object":
                objects.add(dotted)
                continue
            columns.append(dotted or "value")
            if kind == "timestamp":
                stamps.add(dotted)
        return cls(tuple(columns), frozenset(objects), frozenset(stamps), frozenset(columns))

    @property
    def header(self) -> list[str]:
        """The CSV header when `--columns` is not given."""
        return [*self.columns, UNDOCUMENTED]

    def split(self, item: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        """`item` as {column: value} (lists and maps as JSON text) and {dotted name: value} of the
        fields the spec does not describe (a value of another shape than documented included)."""
        row: dict[str, Any] = {}
        unknown: dict[str, Any] = {}
        if not isinstance(item, dict):
            row["value"] = item
            return row, unknown
        self._split(item, "", row, unknown)
        return row, unknown

    def _split(self, node: dict[str, Any], prefix: str, row: dict[str, Any], unknown: dict[str, Any]) -> None:
        known = self.known
        for key, value in node.items():
            name = f"{prefix}{key}"
            if name in self.objects:
                if isinstance(value, dict):
                    self._split(value, f"{name}.", row, unknown)
                elif value is not None:  # an object documented, something else sent
                    unknown[name] = value
            elif name in known:
                row[name] = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
            else:
                unknown[name] = value

    def check(self, requested: Iterable[str]) -> list[str]:
        """`--columns`: the names, or ValueError naming those the spec does not know."""
        names = list(requested)
        valid = set(self.header)
        wrong = [name for name in names if name not in valid]
        if not wrong:
            return names
        hints = [_hint(name, valid) for name in wrong]
        raise ValueError(f"unknown column(s): {'; '.join(hints)}. Columns are the item's documented fields, dotted")


def _hint(name: str, valid: set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(valid), n=2, cutoff=0.75)
    return f"{name} (did you mean {' or '.join(close)}?)" if close else name


def _walk(spec: MockSpec, schema: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    """(path, kind) of every field: kind is object (with documented properties), timestamp or leaf."""
    resolved = spec.resolve(schema) if isinstance(schema, dict) else {}
    if ref_name(schema) == TIMESTAMP_SCHEMA:
        yield path, "timestamp"
        return
    properties = resolved.get("properties")
    if isinstance(properties, dict) and properties and len(path) < _MAX_DEPTH:
        if path:
            yield path, "object"
        for key, child in properties.items():
            yield from _walk(spec, child, (*path, str(key)))
        return
    yield path, "leaf"
