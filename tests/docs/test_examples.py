"""Every ```python block of README.md and docs/**/*.md runs here against the mock server, so the docs
cannot go stale (test_typecheck.py type-checks the same blocks; tests/docs/blocks.py finds them).

Each block runs in a fresh namespace in a temporary directory, with the client's production,
sandbox and token URLs pointed at a `mock_server()`: examples keep the real-looking
`Hotmart(client_id="...", ...)`. A block that defines `test_*` functions is run by pytest in a
subprocess (with the hotmart_mock plugin) instead. Command lines `hotmart --mock ...` of ```bash
blocks are run too (they need no server of ours: `--mock` embeds one). A ```bash block right after
the comment `<!-- docs-test: run in order -->` is a sequence, run from the repository's root as a
reader would: its `hotmart ...` lines run one after the other in one folder holding a copy of
`spec/` (they may read and change what the previous ones wrote), `mkdir -p` makes its folders, and
a `pip install -e '.[extras]'` line must name extras that exist (this environment has them all).
Such a line means the sequence runs in a checkout of this repository: then what it leaves behind
must be ignored by git, so that the reader's checkout stays clean. A fenced block right after the
comment `<!-- docs-test: file NAME -->` is a file the reader writes (an accounts file, an env
file): it is written as NAME into the folder of each command line, sequence and Python block of its
page. A ```bash block after `<!-- docs-test: run by FILE -->` needs a server (PostgreSQL): the test
FILE names runs it against one it starts, and this one leaves it out.
"""

from __future__ import annotations

import importlib.metadata
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import hotmart_client._client as client_module
from hotmart_client.mock import MockServer, mock_server
from tests.docs.blocks import DOCS, Block, python_blocks


def blocks() -> list[Block]:
    return python_blocks()


SETUP = re.compile(r"^pip install -e '\.\[(?P<extras>[a-z,]+)\]'$")
FILE = re.compile(r"^<!-- docs-test: file (?P<name>[\w.-]+) -->\n```\w*\n(?P<code>.*?)^```", re.DOTALL | re.MULTILINE)
BASH = re.compile(
    r"^(?:(?P<mark><!-- docs-test: run in order -->\n)|(?P<elsewhere><!-- docs-test: run by [^>]+-->\n))?"
    r"```bash\n(?P<code>.*?)^```",
    re.DOTALL | re.MULTILINE,
)


def page_files(page: Path) -> dict[str, str]:
    """The files the page has its reader write (`<!-- docs-test: file NAME -->`)."""
    return {match["name"]: match["code"] for match in FILE.finditer(page.read_text(encoding="utf-8"))}


def write_files(page: Path, folder: Path) -> None:
    for name, text in page_files(page).items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).chmod(0o600)  # as a reader keeps a file of credentials


def cli_lines() -> list[tuple[str, Path, str]]:
    return [
        (f"{page.relative_to(DOCS)}: {line}", page, line)
        for page in sorted(DOCS.rglob("*.md"))
        for match in BASH.finditer(page.read_text(encoding="utf-8"))
        if not match["mark"] and not match["elsewhere"]  # elsewhere: e.g. against a PostgreSQL server
        for line in match["code"].splitlines()
        if line.startswith("hotmart --mock ")
    ]


def cli_sequences() -> list[tuple[str, Path, list[str]]]:
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        for number, match in enumerate(BASH.finditer(page.read_text(encoding="utf-8")), 1):
            if match["mark"]:
                lines = [line for line in match["code"].splitlines() if line.strip()]
                runnable = all(line.startswith(("hotmart ", "mkdir -p ")) or SETUP.match(line) for line in lines)
                assert runnable, f"{page}: only hotmart, mkdir -p and pip install -e '.[...]' lines run in order"
                found.append((f"{page.relative_to(DOCS)}#bash{number}", page, lines))
    return found


BLOCKS = blocks()
CLI_LINES = cli_lines()
CLI_SEQUENCES = cli_sequences()


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with mock_server(seed=1) as running:
        yield running


@pytest.fixture
def pointed_at_mock(server: MockServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> MockServer:
    server.reset()
    for name in ("PRODUCTION_URL", "SANDBOX_URL"):
        monkeypatch.setattr(client_module, name, server.url)
    monkeypatch.setattr(client_module, "TOKEN_URL", server.token_url)
    monkeypatch.setenv("HOTMART_BASE_URL", server.url)  # examples of hotmart_api read these
    monkeypatch.setenv("HOTMART_TOKEN_URL", server.token_url)
    monkeypatch.setenv("HOTMART_CLIENT_ID", "client-id-from-env")
    monkeypatch.setenv("HOTMART_CLIENT_SECRET", "client-secret-from-env")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))  # dlt's pipeline state (docs/warehouse.md)
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    logger = logging.getLogger("hotmart_client")
    monkeypatch.setattr(logger, "level", logger.level)  # an example may turn on DEBUG
    return server


def test_the_docs_have_examples() -> None:
    assert len(BLOCKS) >= 20


@pytest.mark.parametrize("block", BLOCKS, ids=[block.where for block in BLOCKS])
def test_example_runs(block: Block, pointed_at_mock: MockServer, tmp_path: Path) -> None:
    where, code = block.where, block.code
    if block.needs is not None:
        pytest.importorskip(block.needs, reason=f"the block needs {block.needs} (its extra's nox session runs it)")
    write_files(block.page, tmp_path)  # the files the page has its reader write (an accounts file)
    if re.search(r"^(async )?def test_", code, re.MULTILINE):
        run_with_pytest(code, tmp_path)
        return
    exec(compile(code, where, "exec"), {"__name__": "__docs__"})
    if re.search(r"\b(Async)?Hotmart\(", code) and "mock_server(" not in code:
        assert pointed_at_mock.requests, "the example's client did not reach the mock server"


def run_with_pytest(code: str, tmp_path: Path) -> None:
    (tmp_path / "test_doc_example.py").write_text(code, encoding="utf-8")
    plugin = importlib.metadata.entry_points(group="pytest11", name="hotmart_mock")
    load = [] if plugin else ["-p", "hotmart_client.mock.pytest_plugin"]
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *load, "test_doc_example.py"]
    result = subprocess.run(command, check=False, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\d+ passed", result.stdout)


@pytest.mark.parametrize(("page", "line"), [line[1:] for line in CLI_LINES], ids=[line[0] for line in CLI_LINES])
def test_command_line_example_runs(page: Path, line: str, tmp_path: Path) -> None:
    write_files(page, tmp_path)
    entry = "from hotmart_client.cli import main; main()"
    command = [sys.executable, "-c", entry, *shlex.split(line)[1:]]
    env = {**os.environ, "DLT_DATA_DIR": str(tmp_path / "dlt"), "RUNTIME__DLTHUB_TELEMETRY": "false"}
    result = subprocess.run(command, check=False, cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() or any(tmp_path.iterdir())  # printed items, or wrote --output


@pytest.mark.parametrize(("page", "lines"), [seq[1:] for seq in CLI_SEQUENCES], ids=[seq[0] for seq in CLI_SEQUENCES])
def test_command_line_sequence_runs(page: Path, lines: list[str], tmp_path: Path) -> None:
    write_files(page, tmp_path)
    shutil.copytree(DOCS.parent / "spec", tmp_path / "spec")
    entry = "from hotmart_client.cli import main; main()"
    extras = tomllib.loads((DOCS.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = extras["optional-dependencies"]
    installed: list[str] = []
    for line in lines:
        if setup := SETUP.match(line):
            assert set(setup["extras"].split(",")) <= set(extras), line
            installed += [requirement for name in setup["extras"].split(",") for requirement in extras[name]]
            continue
        if line.startswith("mkdir -p "):
            for folder in shlex.split(line)[2:]:
                (tmp_path / folder).mkdir(parents=True, exist_ok=True)
            continue
        if line.startswith("hotmart spec apply-overlay"):  # it needs ruamel.yaml: the README installs [cli] only
            assert any(requirement.startswith("ruamel.yaml") for requirement in installed), "install [generate] first"
        command = [sys.executable, "-c", entry, *shlex.split(line)[1:]]
        result = subprocess.run(command, check=False, cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{line}\n{result.stdout}{result.stderr}"
    if installed:  # run in a checkout: it must stay clean
        # a folder named with its slash: the checkout may have no such folder for git to look at
        left = sorted(path.name + "/" * path.is_dir() for path in tmp_path.iterdir() if path.name != "spec")
        check_ignore = ["git", "check-ignore", *left]
        ignored = subprocess.run(check_ignore, check=False, cwd=DOCS.parent, capture_output=True, text=True).stdout
        assert sorted(ignored.split()) == left, "the sequence leaves files git does not ignore in the checkout"
    changed = (tmp_path / "spec" / "hotmart.yaml").read_text(encoding="utf-8")
    original = (DOCS.parent / "spec" / "hotmart.yaml").read_text(encoding="utf-8")
    applies = [shlex.split(line) for line in lines if line.startswith("hotmart spec apply-overlay")]
    in_place = any("--output" not in words for words in applies)
    assert (changed != original) == in_place  # the spec copy changes only when a change is applied to it
    for words in applies:
        if "--output" in words:  # applied to a copy, which holds the change
            copy = tmp_path / words[words.index("--output") + 1]
            assert copy.read_text(encoding="utf-8") != original


def _readme_commands() -> list[str]:
    """The README's set-up commands: the one-line ```bash blocks of its "Set up" section."""
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Set up") : readme.index("\n## ", readme.index("## Set up") + 1)]
    return [match["code"].strip() for match in re.finditer(r"^```bash\n(?P<code>.*?)^```", section, re.S | re.M)]


def test_ci_runs_the_readme_test_command_with_nox_in_its_own_environment() -> None:
    """Two set-up commands; .ci/run runs the second verbatim; it installs nothing into the system
    Python (a Debian or Ubuntu Python marked externally managed refuses `pip install` there): every
    step after `python3 -m venv DIR` runs DIR's own programs, and git ignores DIR."""
    install, test_command = _readme_commands()
    assert install.startswith("python3 -m venv .venv ")
    ci = (DOCS.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == [test_command]
    first, *rest = [shlex.split(step) for step in test_command.split(" && ")]
    assert first[:3] == ["python3", "-m", "venv"]
    venv = first[3]
    assert rest and all(step[0].startswith(f"{venv}/bin/") for step in rest), test_command
    assert rest[-1][:2] == [f"{venv}/bin/nox", "-s"]
    sessions = set(rest[-1][2:])
    noxfile = (DOCS.parent / "noxfile.py").read_text(encoding="utf-8")
    assert sessions <= set(re.findall(r"^def (\w+)\(session", noxfile, re.M)), sessions
    ignored = subprocess.run(
        ["git", "check-ignore", f"{venv}/bin/nox"], check=False, cwd=DOCS.parent, capture_output=True
    )
    assert ignored.returncode == 0, f"{venv} would show up as untracked"
