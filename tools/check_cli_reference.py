"""Check the built command-line reference (site/reference/cli/index.html, rendered by mkdocs-typer2
from the Typer app): every command of `hotmart` has its section, and each section names every
option of its command. The plugin renders nothing, silently, when it cannot run Typer's docs
generator; this makes `nox -s docs` fail then instead.

Usage: python tools/check_cli_reference.py site/reference/cli/index.html
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

from hotmart_client.cli import app

HEADING = re.compile(r'<h[1-6] id="(?P<id>hotmart[a-z0-9-]*)"')


def commands(command: Any, path: tuple[str, ...] = ("hotmart",)) -> Iterator[tuple[tuple[str, ...], list[str]]]:
    """(command path, its options) for the root and every subcommand."""
    options = [name for param in command.params for name in param.opts if name.startswith("--")]
    yield path, options
    for name, sub in getattr(command, "commands", {}).items():  # a group
        if not getattr(sub, "hidden", False):
            yield from commands(sub, (*path, name))


def sections(page: str) -> dict[str, str]:
    """The text under each `hotmart ...` heading, up to the next one, by heading id."""
    marks = [(m.start(), m["id"]) for m in HEADING.finditer(page)]
    found = {}
    for (start, ident), (end, _) in zip(marks, [*marks[1:], (len(page), "")], strict=True):
        found[ident] = html.unescape(re.sub(r"<[^>]+>", " ", page[start:end]))
    return found


def main(path: str) -> int:
    found = sections(Path(path).read_text(encoding="utf-8"))
    problems = []
    checked = 0
    for words, options in commands(typer.main.get_command(app)):
        ident = "-".join(words)
        if ident not in found:
            problems.append(f"no section for `{' '.join(words)}`")
            continue
        missing = [o for o in options if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", found[ident])]
        problems += [f"`{' '.join(words)}`: option {o} not shown" for o in missing]
        checked += 1
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    print(f"{path}: {checked} commands, every option shown" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
