"""Figures the conformance tests produce: printed at the end of the pytest run (see conftest) and
written as JSON under build/conformance/ (git-ignored).

Under pytest-xdist (`--dist loadfile`: a module's tests run on one worker) each worker holds the
figures of its modules; conftest sends them to the controller, which writes the files once. A
table that comes from two workers (another `--dist`) is an error, never a silently partial table."""

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
    data: Any


PUBLISHED: dict[str, Published] = {}


def publish(name: str, table: Table, data: Any) -> None:
    """Keep `table` and `data` for the end of the run (see `write`)."""
    PUBLISHED[name] = Published(table, data)


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
    """Add a worker's figures to this process's."""
    for name, raw in json.loads(text).items():
        if name in PUBLISHED:
            raise ValueError(f"{name!r} came from two workers: run the conformance tests with --dist loadfile")
        PUBLISHED[name] = Published(Table(**raw["table"]), raw["data"])
