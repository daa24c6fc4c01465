"""An interrupted or limited export continues its output file exactly (Hardening 11, First hour 1).

A real SIGINT interrupts `hotmart ... --all -o FILE` in a subprocess; the resume command it prints
is run verbatim; the file is then the same as an uninterrupted export's, for CSV, JSON Lines and
JSON. An existing file is never truncated silently.
"""

from __future__ import annotations

import csv
import json
import shlex
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from hotmart_client.mock import Faults, MockServer, mock_server

from .conftest import ITEMS, command, environment, run

ARGS = ["sales", "history", "--all", "--max-results", "7"]


def read(path: Path, fmt: str) -> list[Any]:
    text = path.read_text(encoding="utf-8")
    if fmt == "json":
        return json.loads(text)
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def written(path: Path, fmt: str) -> int:
    """Items in the file so far (a JSON array may still be open)."""
    if not path.exists():
        return 0
    text = path.read_text(encoding="utf-8")
    return text.count('"transaction"') if fmt == "json" else max(0, len(text.splitlines()) - (fmt == "csv"))


def interrupt(server: MockServer, output: Path, fmt: str, after: int) -> str:
    """Start the export, SIGINT it once `after` items are written; return its stderr."""
    process = subprocess.Popen(
        command(*ARGS, "-f", fmt, "-o", str(output)), env=environment(server), stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while written(output, fmt) < after:
        assert time.monotonic() < deadline and process.poll() is None, "the export ended before the interrupt"
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    return err


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_the_printed_resume_command_completes_the_file(tmp_path: Path, fmt: str) -> None:
    with mock_server(items=ITEMS, faults=Faults(latency=0.03)) as slow:
        whole = tmp_path / f"whole.{fmt}"
        done = run(slow, *ARGS, "-f", fmt, "-o", str(whole))
        assert done.returncode == 0, done.stderr
        output = tmp_path / f"sales.{fmt}"
        err = interrupt(slow, output, fmt, after=30)
        assert "interrupted after" in err
        partial = read(output, fmt)  # a JSON array is still valid
        assert 30 <= len(partial) < ITEMS
        printed = shlex.split(err.split("resume with: ")[1].strip())
        assert printed[0] == "hotmart" and "--append" in printed and "--resume" in printed
        slow.set_faults()
        resumed = subprocess.run(
            command(*printed[1:]), check=False, env=environment(slow), capture_output=True, text=True, timeout=120
        )
    assert resumed.returncode == 0, resumed.stderr
    assert read(output, fmt) == read(whole, fmt)
    if fmt == "csv":
        assert output.read_text(encoding="utf-8").count("purchase.transaction") == 1  # one header


def test_an_existing_output_is_never_truncated_silently(server: MockServer, tmp_path: Path) -> None:
    target = tmp_path / "sales.jsonl"
    target.write_text('{"kept": true}\n', encoding="utf-8")
    refused = run(server, "sales", "history", "--limit", "3", "-o", str(target))
    assert refused.returncode == 2
    assert "--append" in refused.stderr and "--overwrite" in refused.stderr
    assert target.read_text(encoding="utf-8") == '{"kept": true}\n'
    replaced = run(server, "sales", "history", "--limit", "3", "-o", str(target), "--overwrite")
    assert replaced.returncode == 0 and len(target.read_text(encoding="utf-8").splitlines()) == 3
    appended = run(server, "sales", "history", "--limit", "2", "-o", str(target), "--append")
    assert appended.returncode == 0 and len(target.read_text(encoding="utf-8").splitlines()) == 5


def test_limit_then_resume_continues_the_file(server: MockServer, tmp_path: Path) -> None:
    target = tmp_path / "sales.csv"
    first = run(server, "sales", "history", "--limit", "10", "--max-results", "4", "-o", str(target))
    assert first.returncode == 0, first.stderr
    more = shlex.split(first.stderr.split("more with: ")[1].removesuffix(" (or --all)\n"))
    second = run(server, *more[1:])
    assert second.returncode == 0, second.stderr
    rows = read(target, "csv")
    everything = run(server, "sales", "history", "--limit", "20", "--max-results", "4", "-f", "csv")
    expected = list(csv.DictReader(everything.stdout.splitlines()))
    assert [r["purchase.transaction"] for r in rows] == [r["purchase.transaction"] for r in expected]
    assert target.read_text(encoding="utf-8").count("purchase.transaction") == 1


def test_an_empty_result_still_writes_the_csv_header(server: MockServer) -> None:
    result = run(server, "sales", "history", "--transaction", "HP-NO-SUCH-SALE", "-f", "csv")
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()
    assert len(header) == 1 and "purchase.transaction" in header[0]
    assert result.stderr == "0 items\n"
