"""`hotmart webhooks ...` as a user runs it: a real `serve` process fed by `hotmart mock
send-webhook`, its logs, its graceful stop; `status`, `replay` and `load` on its journal."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from hotmart_client.inbox import Inbox, Journal
from tests.servers import free_port

from .conftest import HOTTOK, delivery, post

READY_TIMEOUT = 90.0


def hotmart(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hotmart_client.cli", *args],
        cwd=cwd,
        env=env or _env(cwd),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _env(directory: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOTMART_")}
    env["HOTMART_CLIENT_ID"] = "inbox-test-client-id"  # the account whose warehouse `webhooks load` lands in
    return env | {"DLT_DATA_DIR": str(directory / "dlt"), "RUNTIME__DLTHUB_TELEMETRY": "false", "COLUMNS": "200"}


@contextmanager
def serve(directory: Path, *args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`hotmart webhooks serve` in `directory`; yields (base URL, process). Stopped with SIGTERM
    by the block, or killed at the end if it is still running."""
    port = free_port()
    command = [sys.executable, "-m", "hotmart_client.cli", "webhooks", "serve", "--port", str(port), *args]
    process = subprocess.Popen(
        command, cwd=directory, env=_env(directory), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            assert process.poll() is None, process.communicate()[1]
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the receiver did not start"
            time.sleep(0.05)
        yield url, process
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_serve_status_and_load_with_send_webhook(tmp_path: Path) -> None:
    with serve(tmp_path, "--hottok", HOTTOK) as (url, server):
        sent = hotmart(
            "mock", "send-webhook", "PURCHASE_APPROVED", "--to", f"{url}/webhook", "--hottok", HOTTOK,
            "--event-id", "evt-1", "--set", f"data.purchase.hottok={HOTTOK}", cwd=tmp_path,
        )  # fmt: skip
        assert sent.returncode == 0 and "HTTP 200" in sent.stderr, sent.stderr
        again = post(f"{url}/webhook", "PURCHASE_APPROVED", event_id="evt-1")  # Hotmart's redelivery
        assert again.json() == {"id": "evt-1", "duplicate": True}
        assert post(f"{url}/webhook", "SWITCH_PLAN", hottok="forged-hottok-value").status_code == 401
        server.send_signal(signal.SIGTERM)
        _, logs = server.communicate(timeout=60)
    assert server.returncode == 0, logs

    lines = [json.loads(line) for line in logs.splitlines()]  # every line is a JSON object
    received = [line for line in lines if line["message"] == "received"]
    assert [(r["id"], r["event_name"], r["status"], r["duplicate"]) for r in received] == [
        ("evt-1", "PURCHASE_APPROVED", 200, False),
        ("evt-1", "PURCHASE_APPROVED", 200, True),
    ]
    assert [line["status"] for line in lines if line["message"] == "refused"] == [401]
    assert all(isinstance(r["ms"], float) and r["level"] == "info" for r in received)
    assert HOTTOK not in logs

    loaded = hotmart("webhooks", "load", cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert "Loaded 1 events into duckdb dataset hotmart_data" in loaded.stdout
    assert "webhook_purchase: 1 rows" in loaded.stdout
    assert (tmp_path / "hotmart.duckdb").exists()  # where `hotmart sync` puts its tables
    figures = json.loads(hotmart("webhooks", "status", "--json", cwd=tmp_path).stdout)
    assert (figures["events"], figures["by_state"]["pending"], figures["not_loaded"]) == (1, 1, 0)


def test_sigterm_lets_a_delivery_in_flight_finish(tmp_path: Path) -> None:
    headers, body = delivery("PURCHASE_COMPLETE", "evt-slow")
    with serve(tmp_path, "--hottok", HOTTOK, "--log-format", "text") as (url, server):
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            conn.sendall(f"POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n{head}\r\n".encode())
            conn.sendall(body[:100])  # the delivery is half sent when the stop comes
            time.sleep(0.5)
            server.send_signal(signal.SIGTERM)
            time.sleep(0.5)
            conn.sendall(body[100:])
            answer = conn.recv(4096).decode()
        _, logs = server.communicate(timeout=60)
    assert answer.startswith("HTTP/1.1 200"), answer
    assert server.returncode == 0, logs
    assert [event.id for event in Journal(tmp_path / "hotmart-webhooks.db").events()] == ["evt-slow"]
    assert "inbox stopped" in logs


def test_status_lists_dead_letters_and_replay_queues_them_again(tmp_path: Path) -> None:
    from hotmart_client import webhooks
    from hotmart_client.inbox._journal import Delivery, now_ms

    journal = Journal(tmp_path / "hotmart-webhooks.db")
    for event_id in ("evt-1", "evt-2"):
        headers, body = delivery("SUBSCRIPTION_CANCELLATION", event_id)
        event = webhooks.parse(body, headers, hottok=HOTTOK)
        journal.append([Delivery(event.id, event.event, event.creation_date, now_ms(), body)])
    db = journal.connect()
    [claimed] = journal.claim(db, "w", limit=1, lease_ms=60_000)
    journal.finish(db, "w", claimed, [], error="crm: ConnectionError: the CRM is down", retry_at=None)
    db.close()

    status = hotmart("webhooks", "status", cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    assert "2 events, 1 pending" in status.stdout and "1 dead" in status.stdout
    assert "evt-1 SUBSCRIPTION_CANCELLATION" in status.stdout
    assert "crm: ConnectionError: the CRM is down" in status.stdout

    replayed = hotmart("webhooks", "replay", "--id", "evt-1", "--id", "evt-2", "--id", "nope", cwd=tmp_path)
    assert (replayed.returncode, replayed.stdout.strip()) == (4, "replayed 1 event")  # 4: not all of them
    assert replayed.stderr.splitlines() == ["not replayed: evt-2 is pending", "not replayed: nope not in the journal"]
    assert [(e.id, e.state, e.attempts) for e in journal.events()] == [("evt-1", "pending", 0), ("evt-2", "pending", 0)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("webhooks", "status"), "no journal at hotmart-webhooks.db"),
        (("webhooks", "load", "--journal", "missing.db"), "no journal at missing.db"),
        (("webhooks", "serve"), "serve needs the account's hottok"),
        (("webhooks", "work", "--inbox", "nomodule"), "expected MODULE:ATTRIBUTE"),
        (("webhooks", "work", "--inbox", "tests.inbox.conftest:HOTTOK"), "is str, not an Inbox"),
        (("webhooks", "serve", "--hottok", "x", "--log-format", "xml"), "--log-format must be json or text"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    from typer.testing import CliRunner

    from hotmart_client.cli import app

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HOTMART_HOTTOK", raising=False)
    monkeypatch.delenv("HOTMART_INBOX_JOURNAL", raising=False)
    done = CliRunner().invoke(app, list(args))
    assert done.exit_code == 2, done.output
    assert f"error: {message}" in done.output or message in done.output
    assert len(done.output.strip().splitlines()) == 1


def test_load_lands_an_accounts_file_entry_in_its_dataset_beside_its_sync(tmp_path: Path) -> None:
    """`--account NAME` picks an entry of the accounts file: its dataset (hotmart_<name>) and its
    identity, checked as `hotmart sync --accounts` checks it."""
    duckdb = pytest.importorskip("duckdb", reason="the [dlt] extra is not installed")
    from hotmart_client import webhooks

    from .test_land import journal_deliveries

    (tmp_path / "accounts.toml").write_text(
        '[[account]]\nname = "ana"\nclient_id = "ana-id"\nclient_secret = "ana-secret-value"\n\n'
        '[[account]]\nname = "bia"\nclient_id = "bia-id"\nclient_secret = "bia-secret-value"\n',
        encoding="utf-8",
    )
    (tmp_path / "accounts.toml").chmod(0o600)
    synced = hotmart("--mock", "sync", "--accounts", "accounts.toml", "-r", "sales_history", cwd=tmp_path)
    assert synced.returncode == 0, synced.stderr
    journal_deliveries(Inbox(tmp_path / "hotmart-webhooks.db"), webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)[1])

    refused = hotmart("--mock", "webhooks", "load", "--account", "ana", "--dataset", "hotmart_bia", cwd=tmp_path)
    assert refused.returncode == 2, refused.stderr
    assert "already holds account" in refused.stderr and "ana-secret-value" not in refused.stderr
    missing = hotmart("--mock", "webhooks", "load", "--account", "caio", cwd=tmp_path)
    assert missing.returncode == 2 and "has no such entry (it has ana, bia)" in missing.stderr
    loaded = hotmart("--mock", "webhooks", "load", "--account", "ana", cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert "Loaded 1 events into duckdb dataset hotmart_ana" in loaded.stdout
    with duckdb.connect(str(tmp_path / "hotmart_mock.duckdb"), read_only=True) as db:
        assert db.execute("SELECT COUNT(*) FROM hotmart_ana.webhook_events").fetchall() == [(1,)]
        assert db.execute("SELECT COUNT(*) FROM hotmart_ana.sales_history").fetchall()[0][0] > 0
    states = sorted(path.name for path in (tmp_path / ".hotmart").iterdir() if path.is_dir())
    assert any(name.endswith("_webhooks") for name in states), states
