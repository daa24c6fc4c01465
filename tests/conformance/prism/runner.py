"""Running Stoplight Prism (`prism mock` / `prism proxy`) for a test, and reading what it reports.

`nox -s conformance` installs Prism into .tools/ and passes its path in HOTMART_PRISM. Prism serves
a private copy of the spec (it restarts whenever the file it serves changes, and other work may
touch spec/hotmart.yaml during a run). `--errors` turns every request or response that violates
the spec into an error; such a response also carries an `sl-violations` header, which
`ViolationLog` collects from every exchange.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.servers import free_port
from tests.support import ROOT, SPEC_PATH

DEFAULT_PRISM = ROOT / ".tools" / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0


def prism_binary() -> Path:
    path = Path(os.environ.get("HOTMART_PRISM") or DEFAULT_PRISM)
    if not path.exists():
        pytest.skip(f"Prism is not installed at {path}: `nox -s conformance` installs it")
    return path


@dataclass
class Prism:
    url: str
    log: Path
    _expected: int = 0  # violation lines caused on purpose (harness self-checks)

    def violation_lines(self) -> list[str]:
        """Prism's own log lines about violations (requests it received, responses it validated)."""
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return [line.strip() for line in text.splitlines() if "Violation:" in line][self._expected :]

    def forget_violations(self) -> None:
        """Ignore the violations logged so far (after a self-check that causes some on purpose)."""
        deadline = time.monotonic() + 5
        while not self.violation_lines() and time.monotonic() < deadline:
            time.sleep(0.05)  # Prism writes its log a moment after answering
        self._expected += len(self.violation_lines())


@contextmanager
def run_prism(workdir: Path, *args: str) -> Iterator[Prism]:
    """`prism <args[0]> <spec copy> <args[1:]> --errors` on a free port of 127.0.0.1, until the block ends."""
    spec = workdir / "hotmart.yaml"
    shutil.copyfile(SPEC_PATH, spec)
    port = free_port()
    log = workdir / f"prism-{args[0]}-{port}.log"
    command = [
        str(prism_binary()),
        args[0],
        str(spec),
        *args[1:],
        "--errors",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    prism = Prism(f"http://127.0.0.1:{port}", log)
    try:
        _wait_until_listening(process, prism)
        yield prism
    finally:
        _stop(process)


def _wait_until_listening(process: subprocess.Popen[bytes], prism: Prism) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while "Prism is listening" not in prism.log.read_text(encoding="utf-8", errors="replace"):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"Prism did not start; its output:\n{prism.log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End the Prism process group this module started (by its id)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@dataclass
class Exchange:
    method: str
    path: str
    query: str
    status: int
    violations: list[dict[str, Any]]
    body: bytes


@dataclass
class ViolationLog:
    """Every exchange seen by the recording transports, with Prism's `sl-violations`."""

    exchanges: list[Exchange] = field(default_factory=list)

    def record(self, request: httpx.Request, response: httpx.Response) -> None:
        raw = response.headers.get("sl-violations")
        violations = json.loads(raw) if raw else []
        path, query = request.url.path, request.url.query.decode()
        self.exchanges.append(Exchange(request.method, path, query, response.status_code, violations, response.content))

    def violations(self) -> list[str]:
        return [f"{e.method} {e.path}?{e.query} -> {e.status}: {v}" for e in self.exchanges for v in e.violations]

    def clear(self) -> None:
        self.exchanges.clear()


class RecordingTransport(httpx.HTTPTransport):
    def __init__(self, log: ViolationLog) -> None:
        super().__init__()
        self.log = log

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.log.record(request, response)
        return response


class AsyncRecordingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, log: ViolationLog) -> None:
        super().__init__()
        self.log = log

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        await response.aread()
        self.log.record(request, response)
        return response
