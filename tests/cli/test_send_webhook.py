"""`hotmart mock send-webhook` posts a signed delivery that `webhooks.parse` accepts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hotmart_client import webhooks
from tests.servers import free_port, serve_asgi

from .conftest import environment, run

HOTTOK = "receiver-hottok-value"


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[webhooks.WebhookEvent]]]:
    received: list[webhooks.WebhookEvent] = []

    async def hook(request: Request) -> Response:
        try:
            event = webhooks.parse(await request.body(), request.headers, hottok=HOTTOK)
        except webhooks.WebhookVerificationError:
            return JSONResponse({"error": "bad token"}, status_code=401)
        received.append(event)
        return JSONResponse({"ok": True})

    with serve_asgi(Starlette(routes=[Route("/hook", hook, methods=["POST"])])) as url:
        yield f"{url}/hook", received


def test_send_webhook_delivers_a_verified_event(receiver: tuple[str, list[webhooks.WebhookEvent]]) -> None:
    url, received = receiver
    result = run(None, "mock", "send-webhook", "PURCHASE_APPROVED", "--to", url, "--hottok", HOTTOK)
    assert result.returncode == 0, result.stderr
    assert "HTTP 200" in result.stderr
    assert [event.event for event in received] == ["PURCHASE_APPROVED"]
    assert received[0].is_known


def test_wrong_token_and_unknown_event_exit_non_zero(receiver: tuple[str, list[webhooks.WebhookEvent]]) -> None:
    url, received = receiver
    refused = run(None, "mock", "send-webhook", "CLUB_FIRST_ACCESS", "--to", url, "--hottok", "wrong")
    assert refused.returncode == 1 and "HTTP 401" in refused.stderr
    unknown = run(None, "mock", "send-webhook", "NOT_AN_EVENT", "--to", url, "--hottok", HOTTOK)
    assert unknown.returncode == 2 and "unknown event" in unknown.stderr
    assert received == []


def test_hottok_from_environment_and_unreachable_receiver() -> None:
    env = environment(None, HOTMART_HOTTOK=HOTTOK)
    result = run(None, "mock", "send-webhook", "SWITCH_PLAN", "--to", f"http://127.0.0.1:{free_port()}/x", env=env)
    assert result.returncode == 6
    assert "could not deliver SWITCH_PLAN" in result.stderr
