"""Every `hotmart ...` command line and every option the docs mention exists in the command line
(issue 19, item 1). The reference page itself (docs/reference/cli.md) is rendered from the Typer
app when the site is built, so only the prose pages can drift; this test keeps them honest.

Command lines (in code blocks, or in inline code starting with `hotmart `) are walked through the
app's Click tree: each subcommand must exist, and each option must be one of the command it is
given to (a global option before the subcommand). Options mentioned alone in inline code (`--all`)
must be an option of some command.
"""

from __future__ import annotations

import importlib
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import typer

from hotmart_client.cli import app
from tests.support import ROOT

PAGES = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^```(?P<lang>[^\n]*)\n(?P<code>.*?)^```", re.DOTALL | re.MULTILINE)
SHELL = {"", "bash", "sh", "shell", "console", "text"}  # code blocks whose `hotmart ...` lines are commands
INLINE = re.compile(r"`(?P<code>[^`\n]+)`")
# Pages whose options in inline code are another program's (their `hotmart ...` lines are checked).
FOREIGN = {"docs/benchmarks.md": "the options of `python -m bench`"}
ROOT_COMMAND = typer.main.get_command(app)


@dataclass(frozen=True)
class Mention:
    where: str
    text: str


def command_lines(text: str) -> Iterator[str]:
    for block in FENCE.finditer(text):
        if block["lang"].strip() not in SHELL:
            continue
        for raw in block["code"].splitlines():
            line = raw.strip().removeprefix("$ ")
            if line.startswith("hotmart "):
                yield line
    prose = FENCE.sub("", text)
    for span in INLINE.finditer(prose):
        if span["code"].startswith("hotmart "):
            yield span["code"]


def option_mentions(text: str) -> Iterator[str]:
    for span in INLINE.finditer(FENCE.sub("", text)):
        if span["code"].startswith("--"):
            yield span["code"].split()[0].split("=")[0]


def mentions() -> tuple[list[Mention], list[Mention]]:
    lines, options = [], []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        where = str(page.relative_to(ROOT))
        lines += [Mention(where, line) for line in command_lines(text)]
        if where not in FOREIGN:
            options += [Mention(where, option) for option in option_mentions(text)]
    return lines, options


LINES, OPTIONS = mentions()


def every_option(command: Any) -> set[str]:
    names = {name for param in command.params for name in (*param.opts, *param.secondary_opts)}
    for sub in getattr(command, "commands", {}).values():  # a group (Typer vendors its own Click)
        names |= every_option(sub)
    return names


ALL_OPTIONS = every_option(ROOT_COMMAND)


def problems(line: str) -> list[str]:
    """What in `line` the command line would not accept (placeholders and `...` are skipped)."""
    try:
        words = shlex.split(line)[1:]
    except ValueError:
        return [f"cannot split {line!r} as a shell line"]
    found: list[str] = []
    command: Any = ROOT_COMMAND
    path = ["hotmart"]
    takes_value: dict[str, bool] = {}
    positional_seen = False
    words_iter = iter(words)
    for word in words_iter:
        if word in ("...", "|") or word.startswith(("<", "[", "$", ">")) or "…" in word:
            if word == "|":
                break
            continue
        takes_value = {
            name: not (getattr(p, "is_flag", False) or getattr(p, "count", False))
            for p in command.params
            for name in (*p.opts, *p.secondary_opts)
        }
        if word.startswith("-") and word != "-":
            name = word.split("=", 1)[0]
            if name not in takes_value and name != "--help":
                found.append(f"{' '.join(path)}: no option {name}")
            elif takes_value.get(name) and "=" not in word:
                next(words_iter, None)
            continue
        if hasattr(command, "commands") and not positional_seen:
            sub = command.commands.get(word)
            if sub is None:
                found.append(f"{' '.join(path)}: no command {word!r}")
                break
            command, path = sub, [*path, word]
            continue
        positional_seen = True
    return found


def test_the_docs_show_command_lines_and_options() -> None:
    assert len(LINES) >= 20 and len(OPTIONS) >= 40


@pytest.mark.parametrize("mention", LINES, ids=[f"{m.where}: {m.text[:70]}" for m in LINES])
def test_every_documented_command_line_is_accepted(mention: Mention) -> None:
    assert problems(mention.text) == [], mention.where


def test_every_option_mentioned_exists() -> None:
    missing = [f"{m.where}: {m.text}" for m in OPTIONS if m.text not in ALL_OPTIONS]
    prefixes = [m for m in missing if m.endswith("-")]  # `--api-`: a prefix of options
    missing = [m for m in missing if m not in prefixes or not any(o.startswith(m.split(": ")[1]) for o in ALL_OPTIONS)]
    assert missing == []


def test_the_check_catches_what_does_not_exist() -> None:
    assert problems("hotmart --mock sales history --page-tokn X --all") == [
        "hotmart sales history: no option --page-tokn"
    ]
    assert problems("hotmart sales histroy --limit 5") == ["hotmart sales: no command 'histroy'"]
    assert problems("hotmart sales history --mock") == ["hotmart sales history: no option --mock"]
    assert problems("hotmart --mock sales history --start-date 2026-06-01 --output s.csv --append") == []


def test_the_reference_is_rendered_from_the_app() -> None:
    """docs/reference/cli.md asks mkdocs-typer2 (pinned in the docs session) for the Typer app, and
    `nox -s docs` checks the rendered page (tools/check_cli_reference.py); the prose page keeps no
    option table of its own to go stale."""
    page = (ROOT / "docs" / "reference" / "cli.md").read_text(encoding="utf-8")
    module = re.search(r"::: mkdocs-typer2\n\s+:module: (\S+)", page)
    assert module is not None
    assert importlib.import_module(module[1]).app is app
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "- mkdocs-typer2:" in config and "reference/cli.md" in config
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    assert re.search(r'"mkdocs-typer2\[mkdocs\]==[\d.]+"', noxfile) and "check_cli_reference.py" in noxfile
    prose = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert not re.search(r"^\| `--", prose, re.MULTILINE), "option tables belong to the generated reference"
