"""Ctrl-C at any moment gives one line, never a traceback; and SIGINT stops a command even when its
parent started it with SIGINT ignored (issue 18, item 7.9)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import command, environment

# The `hotmart` console script (pyproject's [project.scripts]).
HOTMART = [sys.executable, "-c", "import sys; sys.argv[0] = 'hotmart'; from _hotmart_cli import main; main()"]


def importing_the_client(process: subprocess.Popen[str]) -> bool:
    """Python has started and runs `hotmart`'s own code: it loads the socket module (for httpx),
    the first extension module the client needs. Before that, the interpreter itself starts up."""
    try:
        return "_socket" in Path(f"/proc/{process.pid}/maps").read_text(encoding="utf-8")
    except OSError:
        return process.poll() is not None


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc (Linux)")
def test_ctrl_c_while_starting_up_prints_one_line() -> None:
    """While Python imports the client and the command line (most of the start-up), then the mock."""
    delays = [0.0, 0.25, 0.5, 0.9]
    processes = [
        subprocess.Popen(
            [*HOTMART, "--mock", "sales", "history", "--limit", "3", "-f", "jsonl"],
            env=environment(None),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in delays
    ]
    for process, delay in zip(processes, delays, strict=True):
        deadline = time.monotonic() + 30
        while not importing_the_client(process):
            assert time.monotonic() < deadline
            time.sleep(0.001)
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
    for process in processes:
        _, err = process.communicate(timeout=60)
        assert "Traceback" not in err, err
        if process.returncode != 0:  # 0: it had finished before the signal
            assert process.returncode == 130, err
            assert len(err.strip().splitlines()) == 1 and "interrupted" in err, err


def test_sigint_stops_a_sync_started_with_sigint_ignored(tmp_path: Path) -> None:
    """A shell starts a script's background jobs with SIGINT ignored; `kill -INT` must still stop it."""
    pytest.importorskip("dlt", reason="the [dlt] extra is not installed")
    env = environment(None, DLT_DATA_DIR=str(tmp_path / "dlt"), RUNTIME__DLTHUB_TELEMETRY="false")
    process = subprocess.Popen(
        command("--mock", "sync"),  # python -m hotmart_client.cli: its main() installs the handler too
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),  # noqa: PLW1509 - what a shell does
    )
    assert process.stderr is not None
    first = process.stderr.readline()  # "Syncing account … into …": the command runs, its handler is in
    assert first.startswith("Syncing account"), first
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, first + err
    assert "Traceback" not in err, err
    assert err.strip().splitlines()[-1:] != [] and "interrupted" in err, err
