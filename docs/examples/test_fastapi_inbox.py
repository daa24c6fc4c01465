"""Runs fastapi_inbox through FastAPI's TestClient (nox -s webhook_examples)."""

from __future__ import annotations

import time
from pathlib import Path

from fastapi.testclient import TestClient
from fastapi_inbox import create_app

from hotmart_client import webhooks

HOTTOK = "test-hottok-of-the-inbox"


def test_deliveries_are_journaled_and_handled_once(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "journal.db"), HOTTOK)
    with TestClient(app) as client:  # runs the lifespan: the inbox's worker
        for event_id in ("e-1", "e-1", "e-2"):
            response = webhooks.send_webhook(
                "/hotmart/webhook",
                "PURCHASE_APPROVED",
                HOTTOK,
                event_id=event_id,
                http_client=client,
            )
            assert response.status_code == 200
        refused = webhooks.send_webhook(
            "/hotmart/webhook", "PURCHASE_APPROVED", "wrong", http_client=client
        )
        assert refused.status_code == 401
        assert client.get("/hotmart/healthz").json() == {"status": "ok"}
        deadline = time.monotonic() + 10
        while len(app.state.granted) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    assert sorted(app.state.granted) == ["e-1: buyer@email.com", "e-2: buyer@email.com"]
    assert [event.id for event in app.state.inbox.journal.events()] == ["e-1", "e-2"]
