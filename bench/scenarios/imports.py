"""Scenario 6: import time. `import X` timed inside a fresh interpreter (interpreter start-up
excluded, bytecode already compiled), `import_runs` times per module, interleaved; the median is
reported."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

from ..config import Scale
from ..server import ROOT, Server
from ..stats import median

MODULES = ("httpx", "hotmart_api", "hotmart_client", "hotmart")  # hotmart: hotmart-python, for context
_CODE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def _once(module: str) -> float:
    command = [sys.executable, "-c", _CODE.format(module=module)]
    # Bytecode is written and reused, as for an installed package (pip compiles at install time);
    # with PYTHONDONTWRITEBYTECODE set, the editable project would be recompiled on every import.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True)
    return float(done.stdout.strip())


def run(server: Server, scale: Scale) -> dict[str, Any]:
    del server  # no network here
    for module in MODULES:
        _once(module)  # writes the .pyc files, so every timed run starts from the same state
    runs: dict[str, list[float]] = {module: [] for module in MODULES}
    for _ in range(scale.import_runs):
        for module in MODULES:
            runs[module].append(_once(module) * 1000)
    return {module: {"median_ms": median(times), "runs_ms": times} for module, times in runs.items()}
