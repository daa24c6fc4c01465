"""Hotmart webhook receiver with Flask.

    HOTMART_HOTTOK=... flask --app flask_receiver:create_app run --port 8000

Verifies the token, skips redeliveries (same event `id`), puts the event on a queue
and answers 200 at once; a worker thread does the work. The queue and the set of seen
ids are in memory here: in production use a durable queue and a table with a unique
key on the event id.
"""

from __future__ import annotations

import logging
import os
import queue
import threading

from flask import Flask, request

from hotmart_client import webhooks

log = logging.getLogger("hotmart.webhooks")


def handle(event: webhooks.WebhookEvent) -> str:
    """Your business logic; returns what it did."""
    if not event.is_known:  # a new event type: keep event.raw and look at it later
        return f"stored unknown event {event.event}"
    if event.problems:  # Hotmart sent something the spec does not describe
        log.warning(
            "%s %s: %s", event.event, event.id, "; ".join(map(str, event.problems))
        )
    # Comparing event.event with a name narrows event.data (mypy and pyright).
    if event.event == "PURCHASE_APPROVED":  # event.data: PurchaseEventData
        return f"grant product {event.data.product.id} to {event.data.buyer.email}"
    if event.event == "SUBSCRIPTION_CANCELLATION":  # SubscriptionCancellationEventData
        return f"end subscription {event.data.subscriber.code}"
    match event.event:  # several names at once (pyright does not narrow on `in`)
        case (
            "PURCHASE_REFUNDED"
            | "PURCHASE_CHARGEBACK"
            | "PURCHASE_CANCELED"
            | "PURCHASE_PROTEST"
        ):
            product, buyer = event.data.product, event.data.buyer
            return f"revoke product {product.id} from {buyer.email}"
    return f"nothing to do for {event.event}"


class Inbox:
    """Accepted events, handled one by one by a daemon thread.

    `join()` waits until all are done."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self._queue: queue.Queue[webhooks.WebhookEvent] = queue.Queue()
        threading.Thread(target=self._work, daemon=True).start()

    def accept(self, event: webhooks.WebhookEvent) -> None:
        with self._lock:
            if event.id in self._seen:
                return
            self._seen.add(event.id)
        self._queue.put(event)

    def join(self) -> None:
        self._queue.join()

    def _work(self) -> None:
        while True:
            event = self._queue.get()
            try:
                result = handle(event)
                self.done.append(result)
                log.info(
                    "%s %s (%s): %s",
                    event.event,
                    event.id,
                    event.created_at.isoformat(),
                    result,
                )
            except Exception:
                log.exception("handling %s %s failed", event.event, event.id)
            finally:
                self._queue.task_done()


def create_app(hottok: str | None = None) -> Flask:
    app = Flask(__name__)
    token = hottok or os.environ["HOTMART_HOTTOK"]
    inbox = app.extensions["hotmart_inbox"] = Inbox()

    @app.post("/hotmart/webhook")
    def hotmart_webhook() -> tuple[str, int]:
        try:
            event = webhooks.parse(request.get_data(), request.headers, hottok=token)
        except webhooks.WebhookVerificationError:
            return "", 401
        except webhooks.WebhookPayloadError as exc:
            log.warning("malformed Hotmart webhook: %s", exc)
            return "", 400
        inbox.accept(event)
        return "", 200

    return app
