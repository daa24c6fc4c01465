"""A FastAPI application with the Hotmart webhook inbox mounted at /hotmart.

    HOTMART_HOTTOK=... uvicorn fastapi_inbox:create_app --factory --port 8000

POST /hotmart/webhook journals each verified delivery before answering 200, and
GET /hotmart/healthz reports on the inbox. The application's lifespan is the
inbox's: it runs the journal writer and the worker that calls the handlers.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from hotmart_client import webhooks
from hotmart_client.inbox import Inbox


def create_app(
    journal: str = "hotmart-webhooks.db", hottok: str | None = None
) -> FastAPI:
    inbox = Inbox(journal, hottok=hottok or os.environ["HOTMART_HOTTOK"])
    granted: list[str] = []

    @inbox.on("PURCHASE_APPROVED")
    def grant_access(event: webhooks.PurchaseWebhookEvent) -> None:
        # Runs at least once per event: in production, key the grant on event.id.
        granted.append(f"{event.id}: {event.data.buyer.email}")

    app = FastAPI(lifespan=inbox.lifespan)
    app.mount("/hotmart", inbox.app())
    app.state.inbox, app.state.granted = inbox, granted
    return app
