"""build_delivery / send_webhook: signed deliveries built from the spec's examples."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from hotmart_client import InvalidParameterError, webhooks
from tests.webhooks.conftest import HOTTOK, spec_events

EVENTS = spec_events()


@pytest.mark.parametrize("name", list(EVENTS))
def test_every_event_builds_a_delivery_that_parses_back(name: str) -> None:
    headers, body = webhooks.build_delivery(name, HOTTOK)
    assert headers == {"Content-Type": "application/json", "X-HOTMART-HOTTOK": HOTTOK}
    event = webhooks.parse(body, headers, hottok=HOTTOK)
    assert event.event == name and event.is_known
    assert event.raw["data"] == EVENTS[name]["example"]["data"]


def test_each_delivery_is_a_new_event_now_unless_told_otherwise() -> None:
    before = int(time.time() * 1000)
    first = json.loads(webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)[1])
    second = json.loads(webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)[1])
    assert first["id"] != second["id"]
    assert before <= first["creation_date"] <= int(time.time() * 1000)
    fixed = json.loads(webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK, event_id="e-1", creation_date=5)[1])
    assert (fixed["id"], fixed["creation_date"]) == ("e-1", 5)


def test_data_overrides_are_merged_into_the_example() -> None:
    overrides = {"buyer": {"email": "ana@example.com"}, "purchase": {"transaction": "HP1"}, "new": [1]}
    _, body = webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK, data_overrides=overrides)
    data = json.loads(body)["data"]
    assert data["buyer"]["email"] == "ana@example.com"
    assert data["buyer"]["name"] == "Buyer Name"  # the rest of the example stays
    assert data["purchase"]["transaction"] == "HP1"
    assert data["new"] == [1]
    _, again = webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)
    assert json.loads(again)["data"]["buyer"]["email"] == "buyer@email.com"  # example not mutated


def test_unknown_event_name_is_refused() -> None:
    with pytest.raises(InvalidParameterError, match="PURCHASE_APPROVED"):
        webhooks.build_delivery("NOPE", HOTTOK)


def test_send_webhook_posts_a_signed_delivery(receiver: tuple[str, list[dict[str, Any]]]) -> None:
    url, received = receiver
    response = webhooks.send_webhook(url, "SWITCH_PLAN", HOTTOK, event_id="retry-me")
    assert response.status_code == 200
    [request] = received
    assert request["path"] == "/hook"
    event = webhooks.parse(request["body"], request["headers"], hottok=HOTTOK)
    assert (event.event, event.id) == ("SWITCH_PLAN", "retry-me")
    assert isinstance(event, webhooks.SwitchPlanWebhookEvent)
    assert [plan.name for plan in event.data.plans if plan.current] == ["Plan Test 1"]


def test_send_webhook_returns_error_statuses_and_uses_a_given_client() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(401)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        response = webhooks.send_webhook("http://receiver/hook", "CLUB_FIRST_ACCESS", "wrong", http_client=client)
    assert response.status_code == 401
    assert seen[0].headers["x-hotmart-hottok"] == "wrong"
    assert json.loads(seen[0].content)["event"] == "CLUB_FIRST_ACCESS"
