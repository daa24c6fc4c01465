"""`hotmart sync` as a user runs it: offline with --mock, against a server, interrupted with
Ctrl-C and run again, and without the [dlt] extra."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hotmart_client.mock import Faults, MockServer, mock_server

from .conftest import command, environment

duckdb = pytest.importorskip("duckdb", reason="the [dlt] extra is not installed")


def sync_env(tmp_path: Path, server: MockServer | None = None) -> dict[str, str]:
    # dlt keeps pipeline state under DLT_DATA_DIR; no telemetry from tests.
    return environment(server, DLT_DATA_DIR=str(tmp_path / "dlt"), RUNTIME__DLTHUB_TELEMETRY="false")


def run_sync(tmp_path: Path, *args: str, server: MockServer | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args), check=False, cwd=tmp_path, env=sync_env(tmp_path, server), capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip


def rows(database: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_mock_sync_writes_a_local_duckdb_file_and_a_summary(tmp_path: Path) -> None:
    first = run_sync(tmp_path, "--mock", "sync", "--resources", "sales_history,coupons")
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].startswith("Synced into duckdb dataset hotmart_data (")
    assert "requests, 0 answered 429, 1 round." in lines[0]
    table = {line.split()[0]: line.split()[1:] for line in lines[2:]}
    assert set(table) == {"sales_history", "products", "coupons"}  # coupons brings its parent along
    database = tmp_path / "hotmart_mock.duckdb"
    assert rows(database, "SELECT COUNT(*) FROM hotmart_data.sales_history") == [(int(table["sales_history"][0]),)]
    assert table["sales_history"] == ["200", "200"]  # in the table, loaded now

    again = run_sync(tmp_path, "--mock", "sync", "-r", "sales_history")
    assert again.returncode == 0, again.stderr
    summary = again.stdout.splitlines()
    assert summary[2].split() == ["sales_history", "200", "0"]  # only the look-back was read: nothing new
    requests = int(summary[0].split(": ")[1].split()[0].replace(",", ""))
    assert requests < 40


def test_list_and_bad_options(tmp_path: Path) -> None:
    listed = run_sync(tmp_path, "sync", "--list")
    assert listed.returncode == 0
    assert "sales_history" in listed.stdout and "purchase.transaction" in listed.stdout
    unknown = run_sync(tmp_path, "--mock", "sync", "--resources", "sales")
    assert unknown.returncode == 2
    assert "unknown table 'sales'" in unknown.stderr
    bad = run_sync(tmp_path, "--mock", "sync", "--parameter", "subdomain")
    assert bad.returncode == 2
    assert "NAME=VALUE" in bad.stderr


def test_without_the_dlt_extra_it_says_which_extra_to_install(tmp_path: Path) -> None:
    hide = "import sys; sys.modules['dlt'] = None; from hotmart_client.cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", hide, "--mock", "sync"], check=False, capture_output=True, text=True, timeout=120,
        cwd=tmp_path, env=sync_env(tmp_path),
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip() == "hotmart sync needs the [dlt] extra: pip install 'hotmart-client[dlt]'"
    assert not result.stdout


def test_ctrl_c_then_the_same_command_resumes_to_the_same_tables(tmp_path: Path) -> None:
    args = ("sync", "-r", "sales_history", "--commit-every", "40", "--concurrency", "1")
    with mock_server(items=400, faults=Faults(latency=0.05)) as server:
        interrupted = tmp_path / "interrupted"
        interrupted.mkdir()
        process = subprocess.Popen(
            command(*args), cwd=interrupted, env=sync_env(interrupted, server), stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while sum(r.operation_id == "getSalesHistory" for r in server.requests) < 12:  # a few rounds in
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)
        assert process.returncode == 130, err
        assert "run the same command again to resume" in err

        resumed = run_sync(interrupted, *args, server=server)
        assert resumed.returncode == 0, resumed.stderr
        reference = tmp_path / "reference"
        reference.mkdir()
        assert run_sync(reference, *args, server=server).returncode == 0

    query = "SELECT purchase__transaction, purchase__status FROM hotmart_data.sales_history ORDER BY 1"
    loaded = rows(interrupted / "hotmart.duckdb", query)
    assert loaded == rows(reference / "hotmart.duckdb", query)
    assert len(loaded) == len({row[0] for row in loaded}) == 400


def test_errors_end_with_one_line_and_an_exit_code(tmp_path: Path) -> None:
    with mock_server(items=50, route_faults={"getSalesHistory": {"error_rate": 1.0}}) as server:
        result = run_sync(tmp_path, "--retries", "0", "sync", "-r", "sales_history", server=server)
    assert result.returncode == 6
    assert result.stderr.startswith("error: sync: ")
    assert "run the same command again to resume" in result.stderr
    assert "Traceback" not in result.stderr
