"""Many accounts: the accounts file (`load_accounts`) and `sync_accounts`, which syncs each account
in a worker process of its own against a mock serving several accounts.

Every account's rows land in its own dataset (or, shared, under its own `account` key), once; an
account that fails, or whose worker is killed, fails alone, and the next run completes it; no
credential reaches the warehouse, the state or the output.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import signal
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from hotmart_client.dlt import (
    Account,
    AccountResult,
    AccountsFileError,
    AccountsReport,
    ReadableSecretsWarning,
    account_key,
    column,
    load_accounts,
    sync_accounts,
    tables,
)
from hotmart_client.mock import Faults, MockServer, mock_server

from .helpers import PARAMETERS

SECRETS = {"producer-ana": "ana-very-secret-1", "producer-bia": "bia-very-secret-2", "producer-caio": "caio-secret-33"}
RESOURCES = ["sales_history", "sales_summary", "subscriptions_summary"]


@pytest.fixture(scope="module")
def agency() -> Iterator[MockServer]:
    """Three producers' accounts on one mock, each with its own data."""
    seeds = {client_id: number for number, client_id in enumerate(SECRETS, 7)}
    with mock_server(accounts=seeds, credentials=SECRETS, items=30) as server:
        yield server


def accounts_of(server: MockServer, **wrong: str) -> list[Account]:
    """An Account per client id, named after it; `wrong` gives some a wrong secret."""
    return [
        Account(client_id.removeprefix("producer-"), client_id, wrong.get(client_id, secret))
        for client_id, secret in SECRETS.items()
    ]


def run(server: MockServer, accounts: list[Account], folder: Path, **kwargs: Any) -> AccountsReport:
    from hotmart_client.dlt import Options

    kwargs.setdefault("resources", RESOURCES)
    return sync_accounts(
        accounts,
        duckdb_file=folder / "agency.duckdb",
        options=Options(parameters=PARAMETERS),
        rate_limit=None,  # the local mock: Hotmart's 500 a minute would only slow the test
        base_url=server.url,
        token_url=server.token_url,
        **kwargs,
    )


def query(database: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def sales(server: MockServer, client_id: str) -> list[str]:
    return sorted(sale["purchase"]["transaction"] for sale in server.items("SaleHistoryItem", client_id))


def transactions(database: Path, dataset: str, where: str = "") -> list[str]:
    return sorted(
        row[0] for row in query(database, f"SELECT purchase__transaction FROM {dataset}.sales_history {where}")
    )


def duplicate_keys(database: Path, dataset: str, *, shared: bool = False) -> int:
    extra = 0
    for name in RESOURCES:
        keys = ", ".join([*(["account"] if shared else []), *(column(key) for key in tables()[name].primary_key)])
        total = query(database, f"SELECT COUNT(*) FROM {dataset}.{name}")[0][0]
        extra += total - query(database, f"SELECT COUNT(*) FROM (SELECT DISTINCT {keys} FROM {dataset}.{name})")[0][0]
    return extra


# -- the accounts file -------------------------------------------------------------------------------


def write(folder: Path, text: str, name: str = "accounts.toml", mode: int = 0o600) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def test_an_accounts_file_gives_each_account_its_credentials(tmp_path: Path) -> None:
    write(tmp_path, "HOTMART_CLIENT_ID=ana-id\nexport HOTMART_CLIENT_SECRET='ana-secret-value'\nHOTMART_SANDBOX=true\n",
          "ana.env")  # fmt: skip
    path = write(
        tmp_path,
        '[[account]]\nname = "ana"\nenv_file = "ana.env"\n\n'
        '[[account]]\nname = "bia"\nclient_id = "bia-id"\nclient_secret = "bia-secret-value"\nbasic = "Zm9v"\n'
        'dataset = "bia_sales"\n',
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # readable by its owner only: no warning
        ana, bia = load_accounts(path)
    assert (ana.name, ana.client_id, ana.client_secret, ana.basic, ana.sandbox) == (
        "ana", "ana-id", "ana-secret-value", None, True,
    )  # fmt: skip
    assert (bia.client_id, bia.client_secret, bia.basic, bia.sandbox) == ("bia-id", "bia-secret-value", "Zm9v", False)
    assert (ana.own_dataset, bia.own_dataset) == ("hotmart_ana", "bia_sales")
    assert ana.key == account_key("ana-id")
    assert "secret" not in repr(ana) + repr(bia) and "bia-id" not in repr(bia)


SECRET = "s3cr3t-value-never-printed"
ID = 'client_id = "x"'
MISTAKES = {
    "missing env file": ('name = "ana"\nenv_file = "nowhere.env"', r"env_file .*nowhere\.env does not exist"),
    "misspelt key": (
        f'name = "ana"\n{ID}\nclient_sceret = "{SECRET}"',
        "unknown key 'client_sceret'; did you mean client_secret",
    ),
    "both places": (f'name = "ana"\nenv_file = "ana.env"\nclient_secret = "{SECRET}"', "in the entry .*env_file"),
    "no secret": (f'name = "ana"\n{ID}', "no client_secret"),
    "secret not a string": (f'name = "ana"\n{ID}\nclient_secret = 12345678', "`client_secret` must be a non-empty"),
    "bad name": (f'name = "Ana Maria"\n{ID}\nclient_secret = "{SECRET}"', "`name` must be"),
    "sandbox not a flag": (f'name = "ana"\n{ID}\nclient_secret = "{SECRET}"\nsandbox = "yes"', "`sandbox` must be"),
}


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_mistakes_in_an_entry_are_refused_without_printing_a_secret(tmp_path: Path, mistake: str) -> None:
    write(tmp_path, f"HOTMART_CLIENT_ID=x\nHOTMART_CLIENT_SECRET={SECRET}\n", "ana.env")
    entry, message = MISTAKES[mistake]
    path = write(tmp_path, f"[[account]]\n{entry}\n")
    with pytest.raises(AccountsFileError, match=message) as raised:
        load_accounts(path)
    assert SECRET not in str(raised.value)
    assert str(path) in str(raised.value)


def test_mistakes_across_entries_are_refused(tmp_path: Path) -> None:
    def entry(name: str, client_id: str, extra: str = "") -> str:
        return f'[[account]]\nname = "{name}"\nclient_id = "{client_id}"\nclient_secret = "{SECRET}"\n{extra}\n'

    cases = {
        entry("ana", "a") + entry("ana", "b"): "account 'ana' appears twice",
        entry("ana", "a") + entry("bia", "a"): r"'ana' and 'bia' sign in as the same account \([0-9a-f]{12}\)",
        entry("ana", "a", 'dataset = "x"') + entry("bia", "b", 'dataset = "x"'): "would both load into dataset x",
        "": "no accounts",
        "accounts = []\n": "unknown top-level key",
        f'[[account]]\nname = "ana"\nclient_secret = "{SECRET}\n': "not valid TOML: .*line 3",
    }
    for text, message in cases.items():
        with pytest.raises(AccountsFileError, match=message) as raised:
            load_accounts(write(tmp_path, text))
        assert SECRET not in str(raised.value)
    with pytest.raises(AccountsFileError, match="no such accounts file"):
        load_accounts(tmp_path / "missing.toml")
    write(tmp_path, "HOTMART_CLIENT_SECRET=x\n", "lacking.env")
    with pytest.raises(AccountsFileError, match=r"env file lacking\.env has no HOTMART_CLIENT_ID"):
        load_accounts(write(tmp_path, '[[account]]\nname = "ana"\nenv_file = "lacking.env"\n'))


def test_credentials_in_a_file_others_can_read_are_warned_about(tmp_path: Path) -> None:
    inline = f'[[account]]\nname = "ana"\nclient_id = "x"\nclient_secret = "{SECRET}"\n'
    with pytest.warns(ReadableSecretsWarning, match="chmod 600"):
        load_accounts(write(tmp_path, inline, mode=0o644))
    write(tmp_path, f"HOTMART_CLIENT_ID=x\nHOTMART_CLIENT_SECRET={SECRET}\n", "ana.env")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no credentials in it: nothing to say
        load_accounts(write(tmp_path, '[[account]]\nname = "ana"\nenv_file = "ana.env"\n', mode=0o644))


# -- syncing them ------------------------------------------------------------------------------------


def leaked(folder: Path, database: Path, output: str) -> list[str]:
    """Where a credential of the accounts shows up: the output, a file of the state folder, the
    DuckDB file's bytes, or any text column of the warehouse."""
    secrets = [*SECRETS.values(), *SECRETS]  # the client ids are written nowhere either
    found = [f"output: {s}" for s in secrets if s in output]
    for path in [*folder.rglob("*")]:
        if path.is_file():
            content = path.read_bytes()
            found += [f"{path}: {s}" for s in secrets if s.encode() in content]
    with duckdb.connect(str(database), read_only=True) as connection:
        columns = connection.execute(
            "SELECT table_schema, table_name, column_name FROM information_schema.columns "
            "WHERE data_type IN ('VARCHAR', 'JSON')"
        ).fetchall()
        for schema, table, name in columns:
            for secret in secrets:
                hits = connection.execute(
                    f'SELECT COUNT(*) FROM {schema}."{table}" WHERE "{name}" LIKE ?', [f"%{secret}%"]
                )
                if hits.fetchall()[0][0]:
                    found.append(f"{schema}.{table}.{name}: {secret}")
    return found


def test_each_account_lands_in_its_own_dataset_and_a_failing_one_fails_alone(
    agency: MockServer, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    agency.reset()
    accounts = accounts_of(agency, **{"producer-bia": "not-bia-secret"})
    events: list[tuple[str, str, int | None]] = []

    def on_event(kind: str, result: AccountResult) -> None:
        events.append((kind, result.name, result.pid))

    # Every request logged (masked) by the workers: the output is searched for credentials below.
    report = run(agency, accounts, tmp_path, workers=2, on_event=on_event, log_level=logging.DEBUG)

    assert [result.name for result in report.results] == ["ana", "bia", "caio"]
    ana, bia, caio = report.results
    assert ana.ok and caio.ok and not bia.ok
    assert bia.exit_code == 3 and "check this account's credentials" in (bia.error or "")
    assert report.exit_code == 1 and report.workers == 2
    assert sorted(event[:2] for event in events) == sorted(
        (kind, name) for name in ("ana", "bia", "caio") for kind in ("start", "end")
    )
    # Two worker processes, both syncing before either ended: in parallel, not in this process.
    (first, *_), (second, *_) = events[:2]
    assert (first, second) == ("start", "start")
    pids = {pid for _, _, pid in events}
    assert len(pids) == 2 and os.getpid() not in pids and None not in pids
    database = tmp_path / "agency.duckdb"
    for result, client_id in ((ana, "producer-ana"), (caio, "producer-caio")):
        assert result.key == account_key(client_id)
        assert transactions(database, result.dataset) == sales(agency, client_id)
        assert result.report is not None and result.report.table_rows["sales_history"] == len(sales(agency, client_id))
        assert duplicate_keys(database, result.dataset) == 0
    datasets = {row[0] for row in query(database, "SELECT schema_name FROM information_schema.schemata")}
    assert {"hotmart_ana", "hotmart_caio"} <= datasets and "hotmart_bia" not in datasets
    assert not set(transactions(database, "hotmart_ana")) & set(transactions(database, "hotmart_caio"))
    output = "".join(capfd.readouterr())
    assert "hotmart-sync-ana httpx INFO HTTP Request" in output  # the workers' logs were captured
    assert leaked(tmp_path, database, output) == []

    fixed = run(agency, accounts_of(agency), tmp_path)  # the right secret: bia syncs, the others go on
    assert fixed.exit_code == 0 and all(result.ok for result in fixed.results)
    assert transactions(database, "hotmart_bia") == sales(agency, "producer-bia")
    assert fixed.results[0].report is not None and fixed.results[0].report.rows.get("sales_history", 0) < len(
        sales(agency, "producer-ana")
    )  # ana went on from its cursor


def test_a_shared_dataset_keeps_every_account_apart_under_its_key(agency: MockServer, tmp_path: Path) -> None:
    agency.reset()
    report = run(agency, accounts_of(agency), tmp_path, shared_dataset=True, dataset="producers", workers=2)
    assert report.exit_code == 0, [result.error for result in report.results]
    database = tmp_path / "agency.duckdb"
    for client_id in SECRETS:
        key = account_key(client_id)
        assert transactions(database, "producers", f"WHERE account = '{key}'") == sales(agency, client_id)
    assert duplicate_keys(database, "producers", shared=True) == 0
    (stored,) = query(database, "SELECT schema FROM producers._dlt_version ORDER BY inserted_at DESC LIMIT 1")[0]
    schema = json.loads(stored)["tables"]
    for name in RESOURCES:  # the account is in every table's primary key, with the table's own key
        keys = {column_name for column_name, spec in schema[name]["columns"].items() if spec.get("primary_key")}
        assert keys == {"account", *(column(key) for key in tables()[name].primary_key)}, name
    for result in report.results:  # what the summary counts is the account's own rows
        assert result.report is not None
        assert result.report.table_rows["sales_history"] == len(sales(agency, f"producer-{result.name}"))
    with pytest.raises(AccountsFileError, match="set a dataset of their own"):
        run(agency, [Account("ana", "producer-ana", SECRETS["producer-ana"], dataset="mine")], tmp_path,
            shared_dataset=True)  # fmt: skip


def test_an_account_whose_worker_is_killed_fails_alone_and_the_next_run_completes_it(tmp_path: Path) -> None:
    seeds = {client_id: number for number, client_id in enumerate(SECRETS, 7)}
    rng = random.Random(22)
    with mock_server(accounts=seeds, credentials=SECRETS, items=60, faults=Faults(latency=0.02)) as server:
        killed: list[str] = []

        def kill_later(result: AccountResult) -> None:
            state = tmp_path / ".hotmart"
            deadline = time.monotonic() + 60
            while not any(state.glob(f"*_{result.key}")) and time.monotonic() < deadline:
                time.sleep(0.05)  # its pipeline exists: the worker is syncing
            time.sleep(rng.uniform(0.2, 1.5))
            with contextlib.suppress(ProcessLookupError):  # unless it finished first
                os.kill(result.pid or 0, signal.SIGKILL)
                killed.append(result.name)

        def on_event(kind: str, result: AccountResult) -> None:
            if kind == "start" and result.name == "bia":
                threading.Thread(target=kill_later, args=(result,), daemon=True).start()

        report = run(server, accounts_of(server), tmp_path, workers=3, on_event=on_event)
        by_name = {result.name: result for result in report.results}
        if killed:  # unless it finished first
            assert not by_name["bia"].ok and "ended with signal 9" in (by_name["bia"].error or "")
        assert by_name["ana"].ok and by_name["caio"].ok

        again = run(server, accounts_of(server), tmp_path, workers=1)
        assert again.exit_code == 0, [result.error for result in again.results]
        database = tmp_path / "agency.duckdb"
        for result in again.results:
            assert transactions(database, result.dataset) == sales(server, f"producer-{result.name}")
            assert duplicate_keys(database, result.dataset) == 0
    assert killed == ["bia"]
