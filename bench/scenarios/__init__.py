"""One module per scenario of issue 6; each has `run(server, scale) -> dict` (JSON-ready)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from ..server import ROOT


def run_case(module: str, *args: str, timeout: float, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `python -m <module> <args>` from the project root in a fresh interpreter (the cases
    that need one: memory peaks, cold starts) and return the JSON object on its last output line."""
    command = [sys.executable, "-m", module, *args]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{module} {' '.join(args)} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
