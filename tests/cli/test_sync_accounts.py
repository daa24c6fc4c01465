"""`hotmart sync --accounts FILE` as a user runs it: every account of the file, in worker
processes, each into its own dataset or all into a shared one; an account with wrong credentials
fails alone, the summary lists each account, and no credential is printed (even with --debug)
or written into the warehouse or the state."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from hotmart_client.mock import mock_server

from .conftest import command, environment

duckdb = pytest.importorskip("duckdb", reason="the [dlt] extra is not installed")

SECRETS = {"agency-ana": "ana-secret-never-shown", "agency-bia": "bia-secret-never-shown"}
BAD_SECRET = "caio-wrong-secret-never-shown"


def run_sync(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = environment(None, DLT_DATA_DIR=str(folder / "dlt"), RUNTIME__DLTHUB_TELEMETRY="false")
    return subprocess.run(command(*args), check=False, cwd=folder, env=env, capture_output=True, text=True, timeout=300)


def accounts_file(folder: Path, caio_secret: str | None = None) -> Path:
    """ana with her credentials in the file, bia in an env file; caio (when given) in the file."""
    (folder / "bia.env").write_text(
        f"HOTMART_CLIENT_ID=agency-bia\nHOTMART_CLIENT_SECRET={SECRETS['agency-bia']}\n", encoding="utf-8"
    )
    text = f'[[account]]\nname = "ana"\nclient_id = "agency-ana"\nclient_secret = "{SECRETS["agency-ana"]}"\n\n'
    text += '[[account]]\nname = "bia"\nenv_file = "bia.env"\n'
    if caio_secret is not None:
        text += f'\n[[account]]\nname = "caio"\nclient_id = "agency-caio"\nclient_secret = "{caio_secret}"\n'
    path = folder / "accounts.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def query(database: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def leaks(folder: Path, secrets: list[str], *texts: str) -> list[str]:
    """Where a secret shows up: the output, or the bytes of a file the sync wrote (the DuckDB file,
    the state folder); the accounts and env files hold them by design."""
    found = [secret for secret in secrets for text in texts if secret in text]
    for path in folder.rglob("*"):
        if path.is_file() and path.name not in ("accounts.toml", "bia.env"):
            content = path.read_bytes()
            found += [f"{path}: {secret}" for secret in secrets if secret.encode() in content]
    return found


def summary(stdout: str) -> dict[str, list[str]]:
    lines = stdout.splitlines()
    assert lines[1].split()[:4] == ["account", "key", "dataset", "result"], stdout
    return {line.split()[0]: line.split()[1:] for line in lines[2:] if not line.split()[0].endswith(":")}


def test_mock_accounts_land_each_in_a_dataset_of_its_own(tmp_path: Path) -> None:
    path = accounts_file(tmp_path)
    result = run_sync(
        tmp_path, "--mock", "--debug", "sync", "--accounts", path.name, "--workers", "2", "-r", "sales_history"
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"Syncing 2 accounts of {path.name} into duckdb {tmp_path / 'hotmart_mock.duckdb'}")
    assert "hotmart-sync-ana httpx INFO HTTP Request" in result.stderr  # --debug reaches the workers
    table = summary(result.stdout)
    assert result.stdout.startswith("Synced 2 of 2 accounts into duckdb")
    assert [table[name][1:3] for name in ("ana", "bia")] == [["hotmart_ana", "ok"], ["hotmart_bia", "ok"]]
    database = tmp_path / "hotmart_mock.duckdb"
    ana, bia = ({row[0] for row in query(database, f"SELECT purchase__transaction FROM {ds}.sales_history")}
                for ds in ("hotmart_ana", "hotmart_bia"))  # fmt: skip
    assert len(ana) == int(table["ana"][3]) > 0 and len(bia) == int(table["bia"][3]) > 0
    assert not ana & bia  # no row of one account in the other's dataset
    assert leaks(tmp_path, [*SECRETS.values(), *SECRETS], result.stdout, result.stderr) == []


def test_an_account_with_wrong_credentials_fails_alone_into_a_shared_dataset(tmp_path: Path) -> None:
    credentials = SECRETS | {"agency-caio": "caio-right-secret"}
    seeds = {client_id: number for number, client_id in enumerate(credentials, 5)}
    path = accounts_file(tmp_path, caio_secret=BAD_SECRET)
    with mock_server(accounts=seeds, credentials=credentials, items=30) as server:
        result = run_sync(
            tmp_path, "--debug", "--base-url", server.url, "--token-url", server.token_url, "--rate-limit", "100000",
            "sync", "--accounts", path.name, "--shared-dataset", "--dataset", "agency", "-r", "sales_history",
        )  # fmt: skip
        expected = {
            client_id: sorted(sale["purchase"]["transaction"] for sale in server.items("SaleHistoryItem", client_id))
            for client_id in SECRETS
        }
    assert result.returncode == 1, result.stderr
    table = summary(result.stdout)
    assert result.stdout.startswith("Synced 2 of 3 accounts into duckdb")
    assert [table[name][2] for name in ("ana", "bia", "caio")] == ["ok", "ok", "failed"]
    assert "caio: failed: " in result.stderr and "check this account's credentials" in result.stdout
    from hotmart_client.dlt import account_key  # the [dlt] extra

    database = tmp_path / "hotmart.duckdb"
    for client_id, transactions in expected.items():
        key = account_key(client_id)
        found = query(database, f"SELECT purchase__transaction FROM agency.sales_history WHERE account = '{key}'")
        assert sorted(str(row[0]) for row in found) == transactions
    assert query(database, "SELECT COUNT(DISTINCT account) FROM agency.sales_history") == [(2,)]
    secrets = [*credentials.values(), *credentials, BAD_SECRET]
    assert leaks(tmp_path, secrets, result.stdout, result.stderr) == []


def test_bad_accounts_files_and_options_are_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "accounts.toml").write_text(
        f'[[account]]\nname = "ana"\nclient_id = "x"\nclient_sceret = "{BAD_SECRET}"\n'
    )
    cases = {
        ("sync", "--accounts", "accounts.toml"): "unknown key 'client_sceret'; did you mean client_secret?",
        ("sync", "--accounts", "missing.toml"): "no such accounts file",
        ("sync", "--workers", "2"): "--workers goes with --accounts",
        ("sync", "--accounts", "accounts.toml", "--pipeline-name", "x"): "each account has its own",
    }
    for args, message in cases.items():
        result = run_sync(tmp_path, "--mock", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and BAD_SECRET not in result.stderr, result.stderr
