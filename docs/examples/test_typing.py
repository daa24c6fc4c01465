"""The example receivers pass `mypy --strict` (nox -s webhook_examples installs FastAPI
and Flask).

They read each event's fields after comparing its name, `if event.event == "..."`; a
copy whose comparison is taken out must fail where it reads the event's data, or the
passing run would not prove the narrowing they teach.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
RECEIVERS = ("fastapi_receiver.py", "flask_receiver.py", "fastapi_inbox.py")
NARROWING = 'if event.event == "PURCHASE_APPROVED":'


def _mypy(files: list[Path], cache: Path) -> tuple[int, str]:
    command = [
        *(
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
        ),
        *("--cache-dir", str(cache), "--show-error-codes", "--no-pretty"),
        *map(str, files),
    ]
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=600
    )
    return result.returncode, result.stdout + result.stderr


def test_the_receivers_pass_mypy_strict_and_need_their_narrowing(
    tmp_path: Path,
) -> None:
    source = (HERE / "fastapi_receiver.py").read_text(encoding="utf-8")
    assert NARROWING in source
    unnarrowed = tmp_path / "unnarrowed_receiver.py"
    unnarrowed.write_text(
        source.replace(NARROWING, "if event.is_known:"), encoding="utf-8"
    )

    status, output = _mypy(
        [*(HERE / name for name in RECEIVERS), unnarrowed], tmp_path / "cache"
    )

    errors = re.findall(r"^(.+?\.py):(\d+): error: (.*)$", output, re.MULTILINE)
    assert status == 1, output
    assert {Path(file).name for file, _, _ in errors} == {unnarrowed.name}, (
        output
    )  # the examples pass
    grant_line = next(
        number
        for number, line in enumerate(source.splitlines(), 1)
        if "grant product" in line
    )
    assert any(
        int(line) == grant_line and "union-attr" in message
        for _, line, message in errors
    ), output
