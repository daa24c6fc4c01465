"""Every ```python block of README.md and docs/**/*.md passes `mypy --strict` and pyright, as a
user's script would: the types the docs show must hold under either checker, not only run
(test_examples.py runs the same blocks). The webhook blocks depend on it most: comparing
`event.event` with a name narrows `event.data` with no other check (tests/webhooks/test_typing.py
proves the narrowing itself).

Each checker runs once over all blocks, each written to its own module in a temporary directory:
mypy with the project's configuration (pyproject.toml: strict), pyright in its default mode.
Errors are reported at their line of the page. A fragment can opt out with
`<!-- typecheck: skip (why) -->` right before its fence (see tests/docs/blocks.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.docs.blocks import ROOT, Block, python_blocks
from tests.typecheckers import Diagnostic, mypy, pyright

BLOCKS = python_blocks()


def module_name(block: Block) -> str:
    return "doc_" + re.sub(r"\W", "_", block.where.lower())


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Block]:
    """{module file: its block} for every block that is type-checked."""
    folder = tmp_path_factory.mktemp("doc_blocks")
    by_file = {}
    for block in BLOCKS:
        if block.typecheck:
            path = folder / f"{module_name(block)}.py"
            path.write_text(block.code, encoding="utf-8")
            by_file[path.resolve()] = block
    return by_file


def _on_the_page(found: list[Diagnostic], by_file: dict[Path, Block]) -> list[str]:
    problems = []
    for item in found:
        block = by_file.get(item.file)
        if block is None:  # an error outside the blocks (the package itself): show it as it is
            problems.append(str(item))
            continue
        page = block.page.relative_to(ROOT)
        problems.append(f"{page}:{block.line + item.line - 1} ({block.where}): {item.message}")
    return problems


def test_the_readme_quick_start_and_webhook_blocks_are_checked(written: dict[Path, Block]) -> None:
    checked = list(written.values())
    assert any(block.page.name == "README.md" for block in checked)
    assert any(block.page.name == "README.md" and "webhooks.parse" in block.code for block in checked)
    assert sum(block.page.name == "webhooks.md" for block in checked) >= 3
    assert len(checked) >= 0.9 * len(BLOCKS)  # the skip marker is for the odd fragment


def test_every_python_block_passes_mypy_strict(written: dict[Path, Block]) -> None:
    found, result = mypy(sorted(written))
    problems = _on_the_page(found, written)
    assert not problems, "\n".join(problems)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_python_block_passes_pyright(written: dict[Path, Block]) -> None:
    problems = _on_the_page(pyright(sorted(written)), written)
    assert not problems, "\n".join(problems)
