"""Exports killed at random moments continue exactly (issue 18, item 3).

A real `hotmart ... --all -o FILE` is started, then SIGKILL or SIGTERM is sent at a random moment
after its output file appeared (waiting for Hotmart, writing a page, saving the checkpoint); the
same command is then run with `--append`, as a user would, until it completes (it may be killed
again on the way). The file must then be an uninterrupted export: the same bytes for a sequential
export; for `--concurrency`, whose pages arrive in any order, the same records, each once.

The suite runs a short form (`SHORT`: each format, signal and mode once). `nox -s export_kill_tests`
runs the long form: `HOTMART_EXPORT_KILL_RUNS` runs per format, signal and mode; it prints the counts.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hotmart_client.mock import Faults, MockServer, mock_server

from .conftest import command, environment, run_many

ITEMS = 300
BASE = ["sales", "history", "--start-date", "2025-01-01", "--end-date", "2026-06-30", "--max-results", "7"]
MODES = {"sequential": ["--all"], "parallel": ["--concurrency", "3"]}
LONG_RUNS = int(os.environ.get("HOTMART_EXPORT_KILL_RUNS", "0"))
KILL_WINDOW = 1.2  # seconds after the output file appears: most of an export's length here
FORMATS = ("csv", "jsonl", "json")


@pytest.fixture(scope="module")
def slow() -> Iterator[MockServer]:
    """Pages take a little while, so that a kill lands inside the export."""
    with mock_server(items=ITEMS, faults=Faults(latency=0.02)) as running:
        yield running


@dataclass(frozen=True)
class Case:
    fmt: str
    mode: str
    sig: int

    def __str__(self) -> str:
        return f"{self.fmt}-{self.mode}-{signal.Signals(self.sig).name}"


SHORT = [
    Case("csv", "sequential", signal.SIGKILL),
    Case("jsonl", "parallel", signal.SIGTERM),
    Case("json", "sequential", signal.SIGTERM),
    Case("json", "parallel", signal.SIGKILL),
]


@pytest.fixture(scope="module")
def references(slow: MockServer, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], bytes]:
    """An uninterrupted export per format and mode (those of the short form unless the long runs)."""
    folder = tmp_path_factory.mktemp("references")
    every = [(fmt, mode) for fmt in FORMATS for mode in MODES]
    cases = every if LONG_RUNS else sorted({(case.fmt, case.mode) for case in SHORT})
    exports = [[*BASE, *MODES[mode], "-f", fmt, "-o", str(folder / f"{mode}.{fmt}")] for fmt, mode in cases]
    results = run_many(slow, exports)
    for result in results:
        assert result.returncode == 0, result.stderr
    return {(fmt, mode): (folder / f"{mode}.{fmt}").read_bytes() for fmt, mode in cases}


def records(data: bytes, fmt: str) -> list[Any]:
    """The file's records; raises ValueError when the file does not parse as one whole export."""
    text = data.decode("utf-8")
    if fmt == "json":
        parsed = json.loads(text)
        if not isinstance(parsed, list):
            raise ValueError("not a JSON array")
        return parsed
    if fmt == "jsonl":
        if text and not text.endswith("\n"):
            raise ValueError("a partial last line")
        return [json.loads(line) for line in text.splitlines()]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    if any(len(row) != len(header) for row in body) or any(row == header for row in body):
        raise ValueError("a row of another width, or a second header")
    return [dict(zip(header, row, strict=True)) for row in body]


def key(record: Any) -> str:
    return record["purchase.transaction"] if "purchase.transaction" in record else record["purchase"]["transaction"]


@dataclass
class Count:
    runs: int = 0  # exports killed at least once, then completed with --append
    kills: int = 0
    lost: int = 0  # records of the uninterrupted export missing from the file
    duplicated: int = 0  # records present more than once
    corrupted: int = 0  # files that do not parse, or records that differ from the uninterrupted export's

    def add(self, other: Count) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def compare(got: bytes, expected: bytes, fmt: str, ordered: bool) -> Count:
    count = Count(runs=1)
    want = {key(r): r for r in records(expected, fmt)}
    try:
        have = records(got, fmt)
    except (ValueError, KeyError, IndexError):
        count.corrupted = 1
        return count
    seen = Counter(key(r) for r in have)
    count.lost = sum(1 for k in want if k not in seen)
    count.duplicated = sum(n - 1 for n in seen.values() if n > 1)
    differing = any(want.get(key(r)) != r for r in have)
    count.corrupted = int(differing or (ordered and got != expected))
    return count


def start(server: MockServer, args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(*args), env=environment(server), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )


def saved_checkpoint(output: Path) -> Path:
    return Path(f"{output}.hotmart-checkpoint")


def identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_mtime_ns


def kill_at_random(process: subprocess.Popen[str], output: Path, sig: int, rng: random.Random) -> bool:
    """Once the export has opened its output (it saves its checkpoint then: a new file), wait a
    random moment and send `sig`. Whether that stopped the export before it completed."""
    saved = saved_checkpoint(output)
    before = identity(saved)
    deadline = time.monotonic() + 60
    while identity(saved) in (before, None) and process.poll() is None:
        assert time.monotonic() < deadline, "the export did not start"
        time.sleep(0.002)
    time.sleep(rng.uniform(0, KILL_WINDOW))
    if process.poll() is None:
        process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    if not saved.exists():  # it had completed (and removed its checkpoint) before the signal
        assert process.returncode in (0, 128 + signal.SIGTERM, -sig), err
        assert output.stat().st_size, err
        return False
    if sig == signal.SIGTERM:  # handled as Ctrl-C is: the output closed, the resume command printed
        assert process.returncode == 128 + signal.SIGTERM, err
        assert "stopped by SIGTERM after" in err, err
    else:
        assert process.returncode == -signal.SIGKILL, err
    return True


def kill_and_continue(
    server: MockServer, output: Path, case: Case, rng: random.Random, *, again: float
) -> tuple[int, bytes] | None:
    """Kill an export, then run the same command with --append (killed again with probability
    `again`, at most twice) until it completes; the kills and the file, or None if the first
    kill came too late."""
    args = [*BASE, *MODES[case.mode], "-f", case.fmt, "-o", str(output)]
    if not kill_at_random(start(server, args), output, case.sig, rng):
        output.unlink()
        return None
    kills = 1
    while True:
        process = start(server, [*args, "--append"])
        if kills < 3 and rng.random() < again:
            if kill_at_random(process, output, case.sig, rng):
                kills += 1
                continue
        else:
            _, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
        assert not saved_checkpoint(output).exists()  # removed once the export completed
        return kills, output.read_bytes()


def kill_runs(
    server: MockServer, folder: Path, references: dict[tuple[str, str], bytes], case: Case, runs: int
) -> Count:
    rng = random.Random(f"{case}-{runs}")
    total = Count()
    attempt = 0
    while total.runs < runs:
        attempt += 1
        assert attempt <= runs * 3, "the kills kept arriving after the export had ended"
        output = folder / f"{case}-{attempt}.{case.fmt}"
        outcome = kill_and_continue(server, output, case, rng, again=0.3 if runs > 1 else 0)
        if outcome is None:
            continue
        kills, data = outcome
        count = compare(data, references[case.fmt, case.mode], case.fmt, ordered=case.mode == "sequential")
        count.kills = kills
        total.add(count)
    return total


@pytest.mark.parametrize("case", SHORT, ids=str)
def test_a_killed_export_continues_exactly_with_append(
    slow: MockServer, references: dict[tuple[str, str], bytes], tmp_path: Path, case: Case
) -> None:
    count = kill_runs(slow, tmp_path, references, case, runs=1)
    assert (count.lost, count.duplicated, count.corrupted) == (0, 0, 0), count


@pytest.mark.skipif(not LONG_RUNS, reason="the long form: nox -s export_kill_tests")
@pytest.mark.parametrize("fmt", FORMATS)
def test_many_kills_at_random_moments(
    slow: MockServer, references: dict[tuple[str, str], bytes], tmp_path: Path, fmt: str
) -> None:
    lines, total = [], Count()
    for mode in MODES:
        for sig in (signal.SIGKILL, signal.SIGTERM):
            case = Case(fmt, mode, sig)
            count = kill_runs(slow, tmp_path, references, case, LONG_RUNS)
            total.add(count)
            lines.append(f"{case}: {count}")
    print("\n" + "\n".join(lines))
    assert (total.lost, total.duplicated, total.corrupted) == (0, 0, 0), lines
