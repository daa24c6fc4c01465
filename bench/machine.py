"""What the figures were measured on: CPU, cores, Python, package versions, commit."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGES = (
    "hotmart-client",
    "hotmart-python",
    "httpx",
    "httpcore",
    "h11",
    "attrs",
    "pydantic",
    "pydantic-core",
    "uvicorn",
    "httptools",
    "uvloop",
)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=30, check=False)
    return done.stdout.strip()


def load() -> list[float]:
    """1, 5 and 15 minute load averages: above the core count, other work competed with the bench."""
    return [round(value, 2) for value in os.getloadavg()]


def describe(root: Path) -> dict[str, Any]:
    dirty = _git(root, "status", "--porcelain", "--", "overlay", "generated", "bench")
    return {
        "cpu": _cpu_model(),
        "logical_cpus": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "packages": {package: _version(package) for package in PACKAGES},
        "commit": _git(root, "rev-parse", "--short", "HEAD"),
        "uncommitted_changes": bool(dirty),
    }
