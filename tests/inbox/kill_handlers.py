"""The handlers of the kill test (killtest.py), loaded by `hotmart webhooks serve --inbox`.

Each successful run appends `handler event-id` to the file KILLTEST_RUNS (one small O_APPEND write,
which survives the SIGKILL of this process), so the test counts how often each handler ran for
each event. About one event in ten fails on its first attempt in a process, to exercise retries
while the receiver is being killed.
"""

from __future__ import annotations

import hashlib
import os

from hotmart_client import webhooks
from hotmart_client.inbox import Inbox

inbox = Inbox(
    os.environ["KILLTEST_JOURNAL"],
    hottok=os.environ["KILLTEST_HOTTOK"],
    lease=1.0,  # a killed process's events are taken over after a second
    retry_delay=0.1,
    max_retry_delay=0.5,
    max_attempts=1000,  # every kill of a process costs its claimed events an attempt
)
_failed_once: set[str] = set()


def _record(handler: str, event_id: str) -> None:
    fd = os.open(os.environ["KILLTEST_RUNS"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, f"{handler} {event_id}\n".encode())
    finally:
        os.close(fd)


@inbox.on_any(name="record")
def record(event: webhooks.WebhookEvent) -> None:
    if hashlib.sha256(event.id.encode()).digest()[0] < 26 and event.id not in _failed_once:
        _failed_once.add(event.id)
        raise RuntimeError("a transient failure, retried")
    _record("record", event.id)


@inbox.on(
    "PURCHASE_APPROVED",
    "PURCHASE_COMPLETE",
    "PURCHASE_CANCELED",
    "PURCHASE_REFUNDED",
    "PURCHASE_CHARGEBACK",
    "PURCHASE_BILLET_PRINTED",
    "PURCHASE_PROTEST",
    "PURCHASE_EXPIRED",
    "PURCHASE_DELAYED",
    name="purchases",
)
def purchases(event: webhooks.PurchaseWebhookEvent) -> None:
    if not event.data.purchase.transaction:
        raise ValueError("a purchase without a transaction code")
    _record("purchases", event.id)
