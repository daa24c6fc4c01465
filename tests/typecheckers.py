"""Run mypy or pyright on some files, as a user would on their scripts, and collect the errors.

Both run in a subprocess with this interpreter's packages (the project installed in it): mypy
with the project's configuration (pyproject.toml: strict), pyright (the PyPI package, which
bundles pyright and runs it with the `node` on PATH) in its default mode. One run checks many
files: each checker's start-up dominates its time.
"""

from __future__ import annotations

import atexit
import functools
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MYPY_LINE = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+): (?P<message>(?:error|note): .*)$", re.MULTILINE)


@dataclass(frozen=True)
class Diagnostic:
    file: Path
    line: int  # 1-based
    message: str

    def __str__(self) -> str:
        return f"{self.file.name}:{self.line}: {self.message}"


@functools.cache
def _mypy_cache() -> Path:
    """One mypy cache for this test run, shared by its mypy runs (the packages are analysed once).
    Not the project's .mypy_cache: mypy trusts a cached module of the same name from an earlier
    run's temporary folder, and reports its errors."""
    folder = Path(tempfile.mkdtemp(prefix="hotmart-mypy-cache-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def mypy(files: list[Path]) -> tuple[list[Diagnostic], subprocess.CompletedProcess[str]]:
    """mypy --strict's errors and notes, and the finished process (its status and whole output)."""
    command = [
        sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--strict",
        "--cache-dir", str(_mypy_cache()), "--no-error-summary", "--show-error-codes", *map(str, files),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    found = [
        Diagnostic(Path(match["file"]).resolve(), int(match["line"]), match["message"])
        for match in MYPY_LINE.finditer(result.stdout)
    ]
    return found, result


def pyright(files: list[Path]) -> list[Diagnostic]:
    """pyright's errors (warnings and information left out). Raises when pyright itself fails."""
    # The files' folder holds no pyright configuration, so pyright checks them in its default
    # ("standard") mode, as it would a user's script; --pythonpath points it at this environment.
    command = [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable, *map(str, files)]
    result = subprocess.run(command, cwd=files[0].parent, capture_output=True, text=True, check=False, timeout=600)
    if result.returncode not in (0, 1):  # 0: no error, 1: errors found; anything else: pyright failed
        raise RuntimeError(f"pyright failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    report = json.loads(result.stdout)
    if report["summary"]["filesAnalyzed"] != len(files):
        raise RuntimeError(f"pyright analysed {report['summary']['filesAnalyzed']} of {len(files)} files")
    return [
        Diagnostic(Path(item["file"]).resolve(), item["range"]["start"]["line"] + 1, item["message"])
        for item in report["generalDiagnostics"]
        if item["severity"] == "error"
    ]
