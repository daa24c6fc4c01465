"""Figures the conformance tests produce: printed at the end of the pytest run (see conftest) and
written as JSON under build/conformance/ (git-ignored)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
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


TABLES: dict[str, Table] = {}


def publish(name: str, table: Table, data: Any) -> Path:
    """Keep `table` for the end-of-run summary and write `data` to build/conformance/<name>.json."""
    TABLES[name] = table
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path
