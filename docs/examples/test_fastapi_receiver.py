"""Runs fastapi_receiver through FastAPI's TestClient (nox -s webhook_examples)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from fastapi_receiver import create_app

from hotmart_client import webhooks

HOTTOK = "test-hottok"
URL = "/hotmart/webhook"


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app(HOTTOK))


def done(client: TestClient) -> list[str]:
    return client.app.state.done  # type: ignore[attr-defined, no-any-return]


def test_an_approved_purchase_grants_access(client: TestClient) -> None:
    response = webhooks.send_webhook(
        URL, "PURCHASE_APPROVED", HOTTOK, http_client=client
    )
    assert response.status_code == 200
    assert done(client) == ["grant product 213344 to buyer@email.com"]


def test_a_redelivery_is_acknowledged_and_handled_once(client: TestClient) -> None:
    for _ in range(3):
        assert webhooks.send_webhook(
            URL, "PURCHASE_REFUNDED", HOTTOK, event_id="e-1", http_client=client
        ).is_success
    assert webhooks.send_webhook(
        URL, "PURCHASE_REFUNDED", HOTTOK, event_id="e-2", http_client=client
    ).is_success
    assert done(client) == ["revoke product 213344 from buyer@email.com"] * 2


@pytest.mark.parametrize("name", webhooks.EVENT_NAMES)
def test_every_event_is_acknowledged(client: TestClient, name: str) -> None:
    assert (
        webhooks.send_webhook(URL, name, HOTTOK, http_client=client).status_code == 200
    )
    assert len(done(client)) == 1


def test_an_unknown_event_is_acknowledged_and_kept(client: TestClient) -> None:
    headers, body = webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)
    body = json.dumps({**json.loads(body), "event": "PURCHASE_TELEPORTED"}).encode()
    assert client.post(URL, content=body, headers=headers).status_code == 200
    assert done(client) == ["stored unknown event PURCHASE_TELEPORTED"]


def test_a_wrong_or_missing_token_is_refused(client: TestClient) -> None:
    assert (
        webhooks.send_webhook(
            URL, "PURCHASE_APPROVED", "forged", http_client=client
        ).status_code
        == 401
    )
    _, body = webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)
    assert client.post(URL, content=body).status_code == 401
    assert done(client) == []


def test_a_malformed_body_is_refused(client: TestClient) -> None:
    response = client.post(
        URL, content=b"{not json", headers={"X-HOTMART-HOTTOK": HOTTOK}
    )
    assert response.status_code == 400
    assert done(client) == []


def test_the_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTMART_HOTTOK", "from-env")
    client = TestClient(create_app())
    assert (
        webhooks.send_webhook(
            URL, "SWITCH_PLAN", "from-env", http_client=client
        ).status_code
        == 200
    )
