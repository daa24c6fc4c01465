"""The command line runs as a subprocess (`python -m hotmart_client.cli`) against a mock server."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence

import pytest

from hotmart_client.mock import MockServer, mock_server

CLIENT_ID, CLIENT_SECRET = "cli-client-id", "cli-very-secret-value"
ITEMS = 300


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "hotmart_client.cli", *args]


def environment(server: MockServer | None, **extra: str) -> dict[str, str]:
    """The test process's environment minus Hotmart settings, plus the given ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOTMART_")}
    env["COLUMNS"] = "250"  # wide Rich tables, so cells are not cut
    if server is not None:
        env |= {
            "HOTMART_CLIENT_ID": CLIENT_ID,
            "HOTMART_CLIENT_SECRET": CLIENT_SECRET,
            "HOTMART_BASE_URL": server.url,
            "HOTMART_TOKEN_URL": server.token_url,
        }
    return env | extra


def run(
    server: MockServer | None, *args: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args), check=False, env=dict(env or environment(server)), capture_output=True, text=True, timeout=120
    )


def run_many(server: MockServer | None, commands: Sequence[Sequence[str]]) -> list[subprocess.CompletedProcess[str]]:
    """Several invocations at once (each process spends most of its time importing)."""
    processes = [
        subprocess.Popen(
            command(*args),
            env=environment(server),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in commands
    ]
    results = []
    for process, args in zip(processes, commands, strict=True):
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(command(*args), process.returncode, out, err))
    return results


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    """One mock server per module, with a smaller data set than the default."""
    with mock_server(items=ITEMS) as running:
        yield running
