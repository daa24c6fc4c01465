"""`hotmart sync` as a user runs it: offline with --mock, against a server, interrupted with
Ctrl-C and run again, and without the [dlt] extra; in two folders, for two accounts, and twice at
once."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hotmart_client.mock import Faults, MockServer, mock_server

from .conftest import command, environment

duckdb = pytest.importorskip("duckdb", reason="the [dlt] extra is not installed")


def sync_env(tmp_path: Path, server: MockServer | None = None, **extra: str) -> dict[str, str]:
    # dlt's per-user folder (DLT_DATA_DIR) is the test's own; no telemetry from tests.
    return environment(server, DLT_DATA_DIR=str(tmp_path / "dlt"), RUNTIME__DLTHUB_TELEMETRY="false") | extra


def run_sync(
    tmp_path: Path, *args: str, server: MockServer | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args), check=False, cwd=tmp_path, env=sync_env(tmp_path, server, **env), capture_output=True,
        text=True, timeout=300,
    )  # fmt: skip


def rows(database: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_mock_sync_writes_a_local_duckdb_file_and_a_summary(tmp_path: Path) -> None:
    first = run_sync(tmp_path, "--mock", "sync", "--resources", "sales_history,coupons")
    assert first.returncode == 0, first.stderr
    # Where it writes, before it starts: the account (a hash), the file, the dataset, the state.
    where = first.stderr.splitlines()[0]
    assert re.fullmatch(
        rf"Syncing account [0-9a-f]{{12}} into duckdb {re.escape(str(tmp_path / 'hotmart_mock.duckdb'))}, "
        rf"dataset hotmart_data \(state: {re.escape(str(tmp_path / '.hotmart'))}/hotmart_mock_[0-9a-f]{{12}}\)",
        where,
    ), where
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
    # Only the look-back was read again: the last 30 days before the mock's now (where a sync's
    # windows end), merged into the same 200 rows.
    with mock_server(items=200) as server:  # the data and clock of the embedded mock
        now = server.app.wall_clock()
    recent = rows(
        database,
        "SELECT COUNT(*) FROM hotmart_data.sales_history WHERE purchase__order_date >= "
        f"to_timestamp({now}) - INTERVAL 30 DAY",
    )
    assert summary[2].split() == ["sales_history", "200", str(recent[0][0])]
    assert 0 < recent[0][0] < 200
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
    where, error = result.stderr.splitlines()  # where it writes, then what stopped it
    assert where.startswith("Syncing account ")
    assert error.startswith("error: sync: ")
    assert "run the same command again to resume" in error


def transactions(database: Path, dataset: str = "hotmart_data", where: str = "") -> list[str]:
    return sorted(
        str(row[0]) for row in rows(database, f"SELECT purchase__transaction FROM {dataset}.sales_history {where}")
    )


def test_each_folder_gets_its_own_file_and_its_full_data(tmp_path: Path) -> None:
    """One machine user (one dlt folder), two projects: the second is not the first one's state."""
    user = {"DLT_DATA_DIR": str(tmp_path / "user-dlt")}
    for name in ("first", "second"):
        folder = tmp_path / name
        folder.mkdir()
        result = run_sync(folder, "--mock", "sync", "-r", "sales_history", **user)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[2].split() == ["sales_history", "200", "200"]  # all of it, loaded now
        assert len(transactions(folder / "hotmart_mock.duckdb")) == 200
    assert (tmp_path / "first" / ".hotmart").is_dir() and (tmp_path / "second" / ".hotmart").is_dir()


def test_another_account_in_the_same_folder_is_refused_unless_a_shared_dataset_is_asked_for(tmp_path: Path) -> None:
    first_id, second_id = "producer-a", "producer-b"
    with (
        mock_server(seed=3, items=40, credentials={first_id: "secret-a"}) as first,
        mock_server(seed=4, items=40, credentials={second_id: "secret-b"}) as second,
    ):
        accounts = {
            server: {"HOTMART_CLIENT_ID": server.client_id, "HOTMART_CLIENT_SECRET": server.client_secret}
            for server in (first, second)
        }

        def sync(server: MockServer, *args: str) -> subprocess.CompletedProcess[str]:
            unpaced = ("--rate-limit", "100000")  # Hotmart's 500 a minute would only slow the test
            return run_sync(tmp_path, *unpaced, "sync", "-r", "sales_history", *args, server=server, **accounts[server])

        assert sync(first).returncode == 0
        refused = sync(second)
        assert refused.returncode == 2, refused.stderr
        error = refused.stderr.splitlines()[1:]  # after the line that says where it would write
        assert len(error) == 1 and "already holds account" in error[0] and "--dataset" in error[0], refused.stderr
        for server in (first, second):  # two accounts in one dataset, when asked for
            shared = sync(server, "--dataset", "producers", "--shared-dataset")
            assert shared.returncode == 0, shared.stderr
        data = {
            server: sorted(s["purchase"]["transaction"] for s in server.items("SaleHistoryItem")) for server in accounts
        }

    database = tmp_path / "hotmart.duckdb"
    assert transactions(database) == data[first]  # the refused account left no row there
    from hotmart_client.dlt import account_key  # the [dlt] extra

    for server, env in accounts.items():
        key = account_key(env["HOTMART_CLIENT_ID"])
        assert transactions(database, "producers", f"WHERE account = '{key}'") == data[server]


def test_two_syncs_started_together_never_run_alongside(tmp_path: Path) -> None:
    """They used to: in 1 of 7 trials the stored schema then listed tables never created, and
    every later sync failed."""
    args = ("sync", "-r", "sales_history,subscriptions_summary", "--commit-every", "20")
    with mock_server(items=40) as server:
        together = [
            subprocess.Popen(
                command(*args, *extra),
                cwd=tmp_path,
                env=sync_env(tmp_path, server),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for extra in ((), (), ("--wait", "120"))
        ]
        results = [(process.wait(timeout=300), process.communicate()[1]) for process in together]
        codes = [code for code, _ in results]
        # One at a time: those that do not wait are refused at once while another runs...
        assert set(codes) <= {0, 75} and 75 in codes[:2], results
        refused = next(err for code, err in results if code == 75)
        assert "another sync of this pipeline is running" in refused.splitlines()[-1]
        assert codes[2] == 0, results  # ...and the one that waits runs after: the warehouse takes it
        sales = sorted(s["purchase"]["transaction"] for s in server.items("SaleHistoryItem"))
    assert transactions(tmp_path / "hotmart.duckdb") == sales
    summary = "SELECT COUNT(*), COUNT(DISTINCT subscriber_code) FROM hotmart_data.subscriptions_summary"
    assert rows(tmp_path / "hotmart.duckdb", summary) == [(40, 40)]
