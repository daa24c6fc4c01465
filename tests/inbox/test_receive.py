"""Receiving: verified deliveries are committed to the journal before the 200; nothing else is
stored; redeliveries are not stored again; limits, health, a locked journal, mounting."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from hotmart_client import InvalidParameterError, webhooks
from hotmart_client.inbox import Inbox
from tests.servers import serve_asgi

from .conftest import HOTTOK, delivery, new_inbox, post, serving


def _rows(inbox: Inbox) -> list[tuple[str, str, bytes, str]]:
    with sqlite3.connect(inbox.journal_path) as db:  # a connection of its own: only what is committed
        return db.execute("SELECT id, event, body, state FROM events ORDER BY seq").fetchall()


def test_a_verified_delivery_is_committed_before_it_is_acknowledged(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    headers, body = delivery("PURCHASE_APPROVED", "evt-1")
    with serving(inbox) as url:
        response = httpx.post(url, content=body, headers=headers)
        assert response.status_code == 200
        assert response.json() == {"id": "evt-1", "duplicate": False}
        assert _rows(inbox) == [("evt-1", "PURCHASE_APPROVED", body, "pending")]  # before the server stops
    with sqlite3.connect(inbox.journal_path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_unverified_deliveries_are_refused_and_never_stored(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    _, body = delivery("PURCHASE_APPROVED", "evt-forged")
    with serving(inbox) as url:
        wrong = post(url, "PURCHASE_APPROVED", hottok="not-the-hottok", event_id="evt-forged")
        missing = httpx.post(url, content=body, headers={"Content-Type": "application/json"})
        in_body_only = httpx.post(
            url,
            content=webhooks.build_delivery(
                "PURCHASE_APPROVED", HOTTOK, data_overrides={"purchase": {"hottok": HOTTOK}}
            )[1],
        )
        conflicting = httpx.post(
            url, content=body, headers=[("X-HOTMART-HOTTOK", HOTTOK), ("X-HOTMART-HOTTOK", "other")]
        )
    assert [r.status_code for r in (wrong, missing, in_body_only, conflicting)] == [401] * 4
    assert all(HOTTOK not in r.text for r in (wrong, missing, in_body_only, conflicting))
    assert _rows(inbox) == []


def test_the_token_in_the_body_is_accepted_only_when_allowed(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path, allow_body_hottok=True)
    _, body = webhooks.build_delivery(
        "PURCHASE_APPROVED", HOTTOK, event_id="evt-b", data_overrides={"purchase": {"hottok": HOTTOK}}
    )
    with serving(inbox) as url:
        assert httpx.post(url, content=body).status_code == 200
    assert [row[0] for row in _rows(inbox)] == ["evt-b"]


def test_a_redelivery_is_acknowledged_and_not_stored_again(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    headers, body = delivery("SWITCH_PLAN", "evt-2")
    changed_headers, changed = delivery("SWITCH_PLAN", "evt-2", subscription={"status": "CANCELED_BY_CUSTOMER"})
    with serving(inbox) as url:
        answers = [httpx.post(url, content=body, headers=headers) for _ in range(3)]
        answers.append(httpx.post(url, content=changed, headers=changed_headers))
    assert [a.status_code for a in answers] == [200] * 4
    assert [a.json()["duplicate"] for a in answers] == [False, True, True, True]
    assert _rows(inbox) == [("evt-2", "SWITCH_PLAN", body, "pending")]  # the first delivery's bytes


def test_concurrent_deliveries_share_commits_and_each_is_stored_once(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    ids = [f"evt-{n % 40}" for n in range(120)]  # 40 events, each delivered 3 times at once
    statuses: list[int] = []

    def send(chunk: list[str]) -> None:
        with httpx.Client(timeout=30) as client:
            for event_id in chunk:
                headers, body = delivery("CLUB_FIRST_ACCESS", event_id)
                statuses.append(client.post(url, content=body, headers=headers).status_code)

    with serving(inbox) as url:
        threads = [threading.Thread(target=send, args=(ids[n::8],)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert statuses == [200] * 120
    assert sorted(row[0] for row in _rows(inbox)) == sorted(set(ids))


def test_a_body_that_is_not_an_event_is_refused_400(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    bodies = [b"[1, 2]", b"{not json", b'{"id": "x"}', b'{"id": "\\ud800", "event": "PURCHASE_APPROVED", "data": {}}']
    with serving(inbox) as url:
        headers = {"X-HOTMART-HOTTOK": HOTTOK}
        answers = [httpx.post(url, content=body, headers=headers) for body in bodies]
        after = post(url, "PURCHASE_APPROVED", event_id="evt-ok")  # the journal writer is unharmed
    assert [a.status_code for a in answers] == [400, 400, 400, 400]
    assert "not valid Unicode" in answers[3].json()["error"]
    assert after.status_code == 200
    assert [row[0] for row in _rows(inbox)] == ["evt-ok"]


def test_the_journal_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    assert inbox.journal.path.stat().st_mode & 0o777 == 0o600


def test_bodies_over_the_limit_are_refused_413_without_being_stored(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path, max_body=4096)
    headers, body = delivery("PURCHASE_APPROVED", "evt-big", purchase={"padding": "x" * 5000})
    small_headers, small = delivery("CLUB_FIRST_ACCESS", "evt-small")
    assert len(body) > 4096 >= len(small)

    def chunked() -> Iterator[bytes]:  # no Content-Length: the size is only known while reading
        for start in range(0, len(body), 1000):
            yield body[start : start + 1000]

    with serving(inbox) as url:
        declared = httpx.post(url, content=body, headers=headers)
        streamed = httpx.post(url, content=chunked(), headers=headers)
        fits = httpx.post(url, content=small, headers=small_headers)
    assert (declared.status_code, streamed.status_code, fits.status_code) == (413, 413, 200)
    assert [row[0] for row in _rows(inbox)] == ["evt-small"]


def test_healthz_reports_the_writer_and_the_worker(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)

    @inbox.on("PURCHASE_APPROVED")
    def noop(event: webhooks.PurchaseWebhookEvent) -> None:
        pass

    with serving(inbox) as url:
        health = url.replace("/webhook", "/healthz")
        assert httpx.get(health).json() == {"status": "ok"}
        assert httpx.head(health).status_code == 200
        worker = inbox.runtime.worker
        assert worker is not None
        worker.stop()
        down = httpx.get(health)
        assert (down.status_code, down.json()) == (503, {"status": "the worker stopped"})


def test_a_locked_journal_is_answered_503_and_the_retry_is_stored(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path, busy_timeout=0.2)
    headers, body = delivery("PURCHASE_REFUNDED", "evt-3")
    with serving(inbox) as url:
        blocker = sqlite3.connect(inbox.journal_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another process holding the write lock
        refused = httpx.post(url, content=body, headers=headers)
        blocker.execute("ROLLBACK")
        blocker.close()
        retried = httpx.post(url, content=body, headers=headers)
    assert refused.status_code == 503
    assert retried.status_code == 200 and retried.json()["duplicate"] is False
    assert [row[0] for row in _rows(inbox)] == ["evt-3"]


def test_mounted_in_an_application_whose_lifespan_runs_the_inbox(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    handled: list[str] = []
    done = threading.Event()

    @inbox.on("PURCHASE_COMPLETE")
    def complete(event: webhooks.PurchaseWebhookEvent) -> None:
        handled.append(event.data.purchase.transaction)
        done.set()

    app = Starlette(routes=[Mount("/hotmart", app=inbox.app())], lifespan=inbox.lifespan)
    with serve_asgi(app, lifespan="on") as url:
        answer = post(f"{url}/hotmart/webhook", "PURCHASE_COMPLETE", purchase={"transaction": "HP0001"})
        assert answer.status_code == 200
        assert httpx.get(f"{url}/hotmart/healthz").status_code == 200
        assert done.wait(10)
    assert handled == ["HP0001"]


def test_mounted_without_its_lifespan_it_still_journals_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    inbox = new_inbox(tmp_path)

    @inbox.on("PURCHASE_APPROVED")
    def noop(event: webhooks.PurchaseWebhookEvent) -> None:
        pass

    app = Starlette(routes=[Mount("/hotmart", app=inbox.app())])  # no lifespan=inbox.lifespan
    with caplog.at_level(logging.WARNING, logger="hotmart_client.inbox"), serve_asgi(app, lifespan="on") as url:
        assert post(f"{url}/hotmart/webhook", "PURCHASE_APPROVED", event_id="evt-4").status_code == 200
    assert [row[0] for row in _rows(inbox)] == ["evt-4"]
    assert "lifespan did not run" in caplog.text
    inbox.runtime.stop()


def test_receiving_needs_the_hottok(tmp_path: Path) -> None:
    with pytest.raises(InvalidParameterError, match="hottok"):
        Inbox(tmp_path / "journal.db").app()


def test_webhooks_imports_without_the_webhooks_extra() -> None:
    code = (
        "import sys; sys.modules['starlette'] = None\n"  # as if Starlette were not installed
        "from hotmart_client import webhooks\n"
        "inbox = webhooks.Inbox('unused.db')\n"
        "try:\n    webhooks.inbox_app\nexcept ModuleNotFoundError as e:\n    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == (
        "hotmart_client.inbox.inbox_app needs the [webhooks] extra: pip install 'hotmart-client[webhooks]' "
        "(missing: starlette)"
    )
