"""Hotmart webhook receiver with FastAPI.

    HOTMART_HOTTOK=... uvicorn fastapi_receiver:create_app --factory --port 8000

Verifies the token, skips redeliveries (same event `id`), answers 200 at once and
does the work in a background task, after the response is sent. `SeenEvents` keeps
ids in memory; in production use a table with a unique key on the event id, so
redeliveries are skipped across restarts and workers.
"""

from __future__ import annotations

import logging
import os
import threading

from fastapi import BackgroundTasks, FastAPI, Request, Response

from hotmart_client import webhooks

log = logging.getLogger("hotmart.webhooks")


class SeenEvents:
    """Event ids already accepted. `add` is True only the first time an id is seen."""

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._lock = threading.Lock()

    def add(self, event_id: str) -> bool:
        with self._lock:
            if event_id in self._ids:
                return False
            self._ids.add(event_id)
            return True


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


def create_app(hottok: str | None = None) -> FastAPI:
    app = FastAPI()
    token = hottok or os.environ["HOTMART_HOTTOK"]
    seen = SeenEvents()
    app.state.done = []  # what handle() did, in order

    def process(event: webhooks.WebhookEvent) -> None:
        result = handle(event)
        app.state.done.append(result)
        log.info(
            "%s %s (%s): %s",
            event.event,
            event.id,
            event.created_at.isoformat(),
            result,
        )

    @app.post("/hotmart/webhook")
    async def hotmart_webhook(
        request: Request, background: BackgroundTasks
    ) -> Response:
        try:
            event = webhooks.parse(await request.body(), request.headers, hottok=token)
        except webhooks.WebhookVerificationError:
            return Response(status_code=401)
        except webhooks.WebhookPayloadError as exc:
            log.warning("malformed Hotmart webhook: %s", exc)
            return Response(status_code=400)
        if seen.add(event.id):
            background.add_task(process, event)
        return Response(status_code=200)

    return app
