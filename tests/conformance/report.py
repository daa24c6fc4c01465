"""Figures the conformance tests produce: printed at the end of the pytest run (see conftest) and
written as JSON under build/conformance/ (git-ignored).

Under pytest-xdist (`--dist loadfile`: a module's tests run on one worker) each worker holds the
figures of its modules; conftest sends them to the controller, which writes the files once. A
table two workers publish must be counts (`summed`): its rows' numbers (by first cell) and those
data keys are added up; any other is an error, never a silently partial table."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from tests.support import ROOT

OUTPUT = ROOT / "build" / "conformance"


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def render(self) -> str:
        cells = [[str(c) for c in row] for row in (self.headers, *self.rows)]
        widths = [max(len(str(row[i])) for row in cells) for i in range(len(self.headers))]
        lines = []
        for n, row in enumerate(cells):
            padded = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
            lines.append("  ".join(padded))
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)


@dataclass
class Published:
    table: Table
    data: dict[str, Any]
    summed: list[str] = field(default_factory=list)  # keys of `data` holding counts


PUBLISHED: dict[str, Published] = {}


def publish(name: str, table: Table, data: dict[str, Any], *, summed: tuple[str, ...] = ()) -> None:
    """Keep `table` and `data` for the end of the run (see `write`)."""
    PUBLISHED[name] = Published(table, data, list(summed))


def write() -> None:
    """Write every published figure to build/conformance/<name>.json."""
    if PUBLISHED:
        OUTPUT.mkdir(parents=True, exist_ok=True)
    for name, published in PUBLISHED.items():
        text = json.dumps(published.data, indent=2, sort_keys=True) + "\n"
        (OUTPUT / f"{name}.json").write_text(text, encoding="utf-8")


def dumps() -> str:
    """A worker's figures, for the controller."""
    return json.dumps({name: asdict(published) for name, published in PUBLISHED.items()})


def merge_dumped(text: str) -> None:
    """Add a worker's figures to this process's: a table seen before gets the worker's numbers added."""
    for name, raw in json.loads(text).items():
        incoming = Published(Table(**raw["table"]), raw["data"], raw["summed"])
        known = PUBLISHED.get(name)
        PUBLISHED[name] = incoming if known is None else _summed(known, incoming)


def _summed(a: Published, b: Published) -> Published:
    if not a.summed:
        raise ValueError(f"{a.table.title!r} came from two workers: mark its module with pytest.mark.xdist_group")
    rows = {str(row[0]): list(row) for row in a.table.rows}
    for row in b.table.rows:
        key = str(row[0])
        rows[key] = [_add(x, y) for x, y in zip(rows[key], row, strict=True)] if key in rows else list(row)
    data = dict(a.data)
    for key, value in b.data.items():
        if key in a.summed:
            data[key] = _add(a.data[key], value)
        elif a.data.get(key) != value:
            raise ValueError(f"workers published different {key!r}: {a.data.get(key)!r} and {value!r}")
    return Published(Table(a.table.title, a.table.headers, list(rows.values())), data, a.summed)


def _add(a: Any, b: Any) -> Any:
    """Counts added: numbers summed, dicts key by key; a first cell (a name) is the same on both."""
    if isinstance(a, dict) and isinstance(b, dict):
        return {k: _add(a[k], b[k]) if k in a and k in b else a.get(k, b.get(k)) for k in a.keys() | b.keys()}
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return a + b
    if a != b:
        raise ValueError(f"cannot add {a!r} and {b!r}")
    return a
