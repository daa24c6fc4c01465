"""Handlers run by `hotmart webhooks work --inbox tests.inbox.process_handlers:NAME` in
test_process.py, configured by the environment (INBOX_JOURNAL, INBOX_DIR).

- `idempotent`: grants access once per event, keyed on `event.id` (INSERT OR IGNORE), and the
  first time it runs in a fresh directory, kills its own process right after the grant and before
  the worker records its success: the crash a handler must survive.
- `counting`: appends `event-id pid` to runs.txt per run (several workers share the journal).
- `hanging`: claims and never returns (a worker stuck or killed in a handler).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path

from hotmart_client import webhooks
from hotmart_client.inbox import Inbox

JOURNAL = os.environ.get("INBOX_JOURNAL", "unused.db")
DIRECTORY = Path(os.environ.get("INBOX_DIR", "."))

idempotent = Inbox(JOURNAL, lease=0.5, retry_delay=0.1)
counting = Inbox(JOURNAL, lease=30.0)
hanging = Inbox(JOURNAL, lease=1.0)


def _append(name: str, line: str) -> None:
    fd = os.open(DIRECTORY / name, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, f"{line}\n".encode())
    finally:
        os.close(fd)


@idempotent.on("PURCHASE_APPROVED", name="grant_access")
def grant_access(event: webhooks.PurchaseWebhookEvent) -> None:
    _append("runs.txt", event.id)
    with sqlite3.connect(DIRECTORY / "app.db") as app:  # the application's own database
        app.execute("CREATE TABLE IF NOT EXISTS grants (event_id TEXT PRIMARY KEY, email TEXT)")
        # The idempotent part: the event id is the key, so a second run adds nothing.
        app.execute("INSERT OR IGNORE INTO grants VALUES (?, ?)", (event.id, event.data.buyer.email))
    marker = DIRECTORY / "crashed-once"
    if not marker.exists():
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)  # after the effect, before the journal records it


@counting.on_any(name="count")
def count(event: webhooks.WebhookEvent) -> None:
    time.sleep(0.005)
    _append("runs.txt", f"{event.id} {os.getpid()}")


@hanging.on_any(name="hang")
def hang(event: webhooks.WebhookEvent) -> None:
    _append("started.txt", event.id)
    time.sleep(3600)
