"""Runs flask_receiver through Flask's test client (nox -s webhook_examples)."""

from __future__ import annotations

import json

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_receiver import create_app

from hotmart_client import webhooks

HOTTOK = "test-hottok"
URL = "/hotmart/webhook"


@pytest.fixture
def app() -> Flask:
    return create_app(HOTTOK)


def send(client: FlaskClient, name: str, hottok: str = HOTTOK, **options: str) -> int:
    headers, body = webhooks.build_delivery(name, hottok, **options)  # type: ignore[arg-type]
    return client.post(URL, data=body, headers=headers).status_code


def done(app: Flask) -> list[str]:
    inbox = app.extensions["hotmart_inbox"]
    inbox.join()
    return inbox.done  # type: ignore[no-any-return]


def test_an_approved_purchase_grants_access(app: Flask) -> None:
    assert send(app.test_client(), "PURCHASE_APPROVED") == 200
    assert done(app) == ["grant product 213344 to buyer@email.com"]


def test_a_redelivery_is_acknowledged_and_handled_once(app: Flask) -> None:
    client = app.test_client()
    assert [
        send(client, "SUBSCRIPTION_CANCELLATION", event_id="e-1") for _ in range(3)
    ] == [200] * 3
    assert done(app) == ["end subscription QO4THU04"]


@pytest.mark.parametrize("name", webhooks.EVENT_NAMES)
def test_every_event_is_acknowledged(app: Flask, name: str) -> None:
    assert send(app.test_client(), name) == 200
    assert len(done(app)) == 1


def test_an_unknown_event_is_acknowledged_and_kept(app: Flask) -> None:
    headers, body = webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)
    body = json.dumps({**json.loads(body), "event": "PURCHASE_TELEPORTED"}).encode()
    assert app.test_client().post(URL, data=body, headers=headers).status_code == 200
    assert done(app) == ["stored unknown event PURCHASE_TELEPORTED"]


def test_a_wrong_or_missing_token_is_refused(app: Flask) -> None:
    client = app.test_client()
    assert send(client, "PURCHASE_APPROVED", hottok="forged") == 401
    _, body = webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)
    assert (
        client.post(URL, data=body, content_type="application/json").status_code == 401
    )
    assert done(app) == []


def test_a_malformed_body_is_refused(app: Flask) -> None:
    response = app.test_client().post(
        URL, data=b"\xff\xfe", headers={"X-HOTMART-HOTTOK": HOTTOK}
    )
    assert response.status_code == 400
    assert done(app) == []
