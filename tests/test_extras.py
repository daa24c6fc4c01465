"""Without its extra, each optional part fails with one line naming the extra to install.

Checked in a throwaway virtual environment that has the package (editable, no dependencies) and only
its core dependencies, so neither `[cli]` nor `[mock]` is there. Skipped when pip cannot install
those few packages (no network and no local wheels).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.support import ROOT

CORE = ["httpx", "attrs", "python-dateutil", "pytest"]


@pytest.fixture(scope="module")
def bare_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment with hotmart-client and its core dependencies, without any extra."""
    home = tmp_path_factory.mktemp("bare-venv")
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(home)
    python = home / ("Scripts" if os.name == "nt" else "bin") / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    for step in ([*pip, "--no-deps", "-e", str(ROOT)], [*pip, *CORE]):
        done = subprocess.run(step, capture_output=True, text=True, timeout=600, check=False)
        if done.returncode != 0:
            pytest.skip(f"pip could not build the bare environment: {done.stderr.strip().splitlines()[-1:]}")
    return python


def _run(python: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(python), *args], capture_output=True, text=True, timeout=120, check=False, cwd=cwd, env=env
    )


def _problem_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_the_bare_environment_lacks_the_extras(bare_env: Path) -> None:
    code = "import importlib.util as u, sys; print([u.find_spec(m) is None for m in ('typer', 'uvicorn')], sys.prefix)"
    missing, prefix = _run(bare_env, "-c", code).stdout.strip().rsplit(" ", 1)
    assert missing == "[True, True]"
    assert prefix != sys.prefix


def test_the_command_line_names_the_cli_extra(bare_env: Path) -> None:
    hotmart = bare_env.parent / "hotmart"
    done = subprocess.run([str(hotmart), "--help"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert done.stdout == ""
    assert _problem_lines(done.stderr) == [
        "hotmart: the command line needs the [cli] extra: pip install 'hotmart-client[cli]' (missing: typer)"
    ]


USER_TEST = """
def test_uses_the_fixture(hotmart):
    assert hotmart.products.list().items
"""


def test_the_pytest_fixture_names_the_mock_extra(bare_env: Path, tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(USER_TEST, encoding="utf-8")
    done = _run(bare_env, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py", cwd=tmp_path)
    assert done.returncode == 1, done.stdout
    message = "hotmart_client.mock needs the [mock] extra: pip install 'hotmart-client[mock]' (missing: "
    lines = done.stdout.splitlines()
    # The error section shows the message as a line of its own; pytest's short summary may repeat it
    # after "ERROR <test id> - Failed:", cut to the terminal's width, so only its prefix is checked.
    assert lines.count(message + "uvicorn)") == 1, done.stdout
    repeats = [line for line in lines if message[:40] in line and line != message + "uvicorn)"]
    assert all(line.startswith("ERROR test_user.py::test_uses_the_fixture - ") for line in repeats), done.stdout
    for noise in ("Traceback", "No module named", "During handling", "ModuleNotFoundError"):
        assert noise not in done.stdout


def test_verify_names_the_verify_extra(bare_env: Path) -> None:
    done = _run(bare_env, "-c", "import hotmart_client; print('imported'); hotmart_client.verify")
    assert done.returncode == 1 and done.stdout.strip() == "imported"  # the package itself needs no extra
    assert _problem_lines(done.stderr)[-1] == (
        "ModuleNotFoundError: hotmart_client.verify needs the [verify] extra: "
        "pip install 'hotmart-client[verify]' (missing: yaml)"
    )
