"""The ```python blocks of README.md and docs/**/*.md, shared by the tests that run them
(test_examples.py) and type-check them (test_typecheck.py).

A block that only includes a file with `--8<--` is left out: it shows a receiver from docs/examples,
which `nox -s webhook_examples` runs with its web framework.

A block meant as a fragment (it uses names it does not define) can opt out of the type check, and
only of it, with this HTML comment on the line right before its fence, which the rendered page
does not show:

    <!-- typecheck: skip (why) -->

Use it sparingly: a block that a reader copies should type-check as it is.

A block that needs an optional extra's module says so the same way:

    <!-- docs-test: needs dagster -->

It runs, and is type-checked, where that module is installed (its nox session), and is skipped
elsewhere.
"""

from __future__ import annotations

import importlib.util
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGES = (ROOT / "README.md", *sorted(DOCS.rglob("*.md")))
FENCE = re.compile(r"^(?P<indent>[ \t]*)```python[^\n]*\n(?P<code>.*?)^(?P=indent)```[ \t]*$", re.DOTALL | re.MULTILINE)
SKIP_TYPECHECK = re.compile(r"<!--\s*typecheck:\s*skip\b[^>]*-->\s*$")
NEEDS = re.compile(r"<!--\s*docs-test:\s*needs\s+(?P<module>[\w.]+)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    page: Path
    number: int  # 1-based, among the page's python blocks
    line: int  # line of the page where the code starts (1-based)
    code: str
    typecheck: bool
    needs: str | None = None  # a module of an optional extra the block imports

    @property
    def where(self) -> str:
        """`README.md#1`, `pagination.md#2` (docs pages relative to docs/, as the test ids always were)."""
        name = self.page.relative_to(DOCS) if self.page.is_relative_to(DOCS) else self.page.relative_to(ROOT)
        return f"{name}#{self.number}"


def python_blocks() -> list[Block]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for number, match in enumerate(FENCE.finditer(text), 1):
            code = textwrap.dedent(match["code"])
            if code.lstrip().startswith("--8<--"):
                continue
            before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
            line = text.count("\n", 0, match.start("code")) + 1
            needs = match_["module"] if (match_ := NEEDS.search(before)) else None
            installed = needs is None or importlib.util.find_spec(needs) is not None
            typecheck = not SKIP_TYPECHECK.search(before) and installed
            found.append(Block(page, number, line, code, typecheck=typecheck, needs=needs))
    return found
