"""build_delivery / send_webhook: signed deliveries built from the spec's examples, with the
purchase status each purchase event's deliveries carry (the spec's `x-hotmart-purchase-status`)."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import httpx
import pytest

from hotmart_client import InvalidParameterError, webhooks
from hotmart_client._webhook_events import EXAMPLES, PURCHASE_STATUS
from tests.corpus import load
from tests.support import SPEC
from tests.webhooks.conftest import HOTTOK, spec_events

EVENTS = spec_events()
STATUS_KEY = "x-hotmart-purchase-status"
SPEC_STATUS = {name: item["post"][STATUS_KEY] for name, item in SPEC["webhooks"].items() if STATUS_KEY in item["post"]}


@pytest.mark.parametrize("name", list(EVENTS))
def test_every_event_builds_a_delivery_that_parses_back(name: str) -> None:
    headers, body = webhooks.build_delivery(name, HOTTOK)
    assert headers == {"Content-Type": "application/json", "X-HOTMART-HOTTOK": HOTTOK}
    event = webhooks.parse(body, headers, hottok=HOTTOK)
    assert event.event == name and event.is_known
    assert event.problems == ()
    example = copy.deepcopy(EVENTS[name]["example"]["data"])
    if name in SPEC_STATUS:
        assert example["purchase"]["status"] == "STARTED"  # what every documented example says
        example["purchase"]["status"] = SPEC_STATUS[name]
    assert event.raw["data"] == example
    _, documented = webhooks.build_delivery(name, HOTTOK, documented_example=True)
    assert json.loads(documented)["data"] == EVENTS[name]["example"]["data"]


def test_each_purchase_event_has_a_status_of_its_own_from_the_spec() -> None:
    """Every purchase event whose example has a status names one the spec's enum knows, one each;
    the generated table is the spec's."""
    known = set(SPEC["components"]["schemas"]["WebhookPurchaseStatus"]["enum"])
    with_status = {name for name, e in EVENTS.items() if "status" in e["example"]["data"].get("purchase", {})}
    assert set(SPEC_STATUS) == with_status - {"ORDER_FULFILLMENT"}  # its example is already APPROVED
    assert set(SPEC_STATUS.values()) <= known
    assert len(set(SPEC_STATUS.values())) == len(SPEC_STATUS)
    assert PURCHASE_STATUS == SPEC_STATUS


def test_the_spec_statuses_are_those_of_hotmarts_test_deliveries() -> None:
    """Each captured delivery of a purchase event carries the status the spec names for it."""
    captured = [f for f in load("webhooks") if f.path.stem != "documented" and f.key in SPEC_STATUS]
    assert {f.key for f in captured} >= {"PURCHASE_APPROVED", "PURCHASE_CANCELED", "PURCHASE_PROTEST"}
    assert {f.id: f.body["data"]["purchase"]["status"] for f in captured} == {
        f.id: SPEC_STATUS[f.key] for f in captured
    }


def test_a_purchase_event_carries_its_status_unless_told_otherwise(
    receiver: tuple[str, list[dict[str, Any]]],
) -> None:
    def status(body: bytes) -> str:
        return str(json.loads(body)["data"]["purchase"]["status"])

    assert status(webhooks.build_delivery("PURCHASE_REFUNDED", HOTTOK)[1]) == "REFUNDED"
    assert status(webhooks.build_delivery("PURCHASE_REFUNDED", HOTTOK, documented_example=True)[1]) == "STARTED"
    partial = {"purchase": {"status": "PARTIALLY_REFUNDED"}}
    assert (
        status(webhooks.build_delivery("PURCHASE_REFUNDED", HOTTOK, data_overrides=partial)[1]) == "PARTIALLY_REFUNDED"
    )
    assert webhooks.example_delivery("PURCHASE_PROTEST")["data"]["purchase"]["status"] == "DISPUTE"
    assert EXAMPLES["PURCHASE_PROTEST"]["data"]["purchase"]["status"] == "STARTED"  # not mutated

    url, received = receiver
    assert webhooks.send_webhook(url, "PURCHASE_CHARGEBACK", HOTTOK).status_code == 200
    assert webhooks.send_webhook(url, "PURCHASE_CHARGEBACK", HOTTOK, documented_example=True).status_code == 200
    events = [webhooks.parse(r["body"], r["headers"], hottok=HOTTOK) for r in received]
    assert all(isinstance(e, webhooks.PurchaseWebhookEvent) for e in events)
    assert [e.data.purchase.status for e in events if isinstance(e, webhooks.PurchaseWebhookEvent)] == [
        "CHARGEBACK",
        "STARTED",
    ]


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
    with pytest.raises(InvalidParameterError, match="NOPE"):
        webhooks.example_delivery("NOPE")


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
