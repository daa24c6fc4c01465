"""`hotmart mock send-webhook` posts a signed delivery that `webhooks.parse` accepts."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hotmart_client import webhooks
from tests.servers import free_port, serve_asgi

from .conftest import environment, run, run_many

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


def test_set_overrides_payload_fields_with_json_typed_values(
    receiver: tuple[str, list[webhooks.WebhookEvent]],
) -> None:
    url, received = receiver
    sets = [
        "data.buyer.email=ana@example.com",
        "data.purchase.price.value=99.5",
        "data.purchase.is_funnel=true",
        'data.purchase.offer.code="123"',
        "data.purchase.offer.name=Oferta de lançamento",
        'data.purchase.origin={"sck": "campanha"}',
        "data.brand_new=null",
    ]
    args = [arg for assignment in sets for arg in ("--set", assignment)]
    result = run(None, "mock", "send-webhook", "PURCHASE_APPROVED", "--to", url, "--hottok", HOTTOK, *args)
    assert result.returncode == 0, result.stderr
    [event] = received
    assert isinstance(event, webhooks.PurchaseWebhookEvent)
    data = event.data
    assert data.buyer.email == "ana@example.com"
    assert data.purchase.price.value == 99.5
    assert data.purchase.is_funnel is True
    assert data.purchase.offer.code == "123"
    assert data.purchase.offer.name == "Oferta de lançamento"
    assert data.purchase.origin.to_dict() == {"sck": "campanha", "xcod": "xcod_example"}  # merged, like build_delivery
    assert event.raw["data"]["brand_new"] is None
    assert data.buyer.name == "Buyer Name"  # the rest of the documented example stays
    assert data.purchase.price.currency_value == "BRL"


def test_new_transaction_makes_every_delivery_a_different_sale(
    receiver: tuple[str, list[webhooks.WebhookEvent]],
) -> None:
    url, received = receiver
    results = [
        run(None, "mock", "send-webhook", "PURCHASE_APPROVED", "--to", url, "--hottok", HOTTOK, "--new-transaction")
        for _ in range(2)
    ]
    assert [result.returncode for result in results] == [0, 0], [result.stderr for result in results]
    transactions = [event.raw["data"]["purchase"]["transaction"] for event in received]
    assert len(set(transactions)) == 2
    assert all(re.fullmatch(r"HP\d{14}", code) for code in transactions)
    assert transactions[0] != "HP02316330308193"  # not the example's
    assert len({event.id for event in received}) == 2
    for result, event, code in zip(results, received, transactions, strict=True):
        assert f"id {event.id}, transaction {code}" in result.stderr  # printed, to retry with --event-id


def test_a_retry_keeps_the_event_id_and_set_wins_over_new_transaction(
    receiver: tuple[str, list[webhooks.WebhookEvent]],
) -> None:
    url, received = receiver
    common = ["--to", url, "--hottok", HOTTOK, "--event-id", "evt-1", "--set", "data.purchase.transaction=HP1"]
    for _ in range(2):
        result = run(None, "mock", "send-webhook", "ORDER_FULFILLMENT", *common, "--new-transaction")
        assert result.returncode == 0, result.stderr
    assert [(event.id, event.raw["data"]["purchase"]["transaction"]) for event in received] == [("evt-1", "HP1")] * 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "data.buyer.email"], "expected data.PATH=VALUE"),
        (["--set", "buyer.email=x"], "expected data.PATH=VALUE"),
        (["--set", "data=x"], "expected data.PATH=VALUE"),
        (["--set", "data..email=x"], "expected data.PATH=VALUE"),
        (["--set", "data.commissions.0.value=1"], "data.commissions is a list"),
        (["--new-transaction", "--set", "data.user.email=x"], "no data.purchase.transaction"),
    ],
)
def test_bad_overrides_exit_2_and_send_nothing(
    args: list[str], message: str, receiver: tuple[str, list[webhooks.WebhookEvent]]
) -> None:
    url, received = receiver
    event = "CLUB_FIRST_ACCESS" if "--new-transaction" in args else "PURCHASE_APPROVED"
    result = run(None, "mock", "send-webhook", event, "--to", url, "--hottok", HOTTOK, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert received == []


PARTIAL = "data.purchase.status=PARTIALLY_REFUNDED"


def test_a_purchase_event_carries_the_status_it_announces(receiver: tuple[str, list[webhooks.WebhookEvent]]) -> None:
    """Hotmart's documented examples all say STARTED; a receiver tested with them never sees REFUNDED."""
    url, received = receiver
    common = ["--to", url, "--hottok", HOTTOK]
    results = run_many(
        None,
        [
            ["mock", "send-webhook", "PURCHASE_REFUNDED", *common, "--event-id", "refund"],
            ["mock", "send-webhook", "PURCHASE_REFUNDED", *common, "--event-id", "doc", "--documented-example"],
            ["mock", "send-webhook", "PURCHASE_REFUNDED", *common, "--event-id", "set", "--set", PARTIAL],
        ],
    )
    assert [r.returncode for r in results] == [0] * 3, [r.stderr for r in results]
    statuses = {event.id: event.raw["data"]["purchase"]["status"] for event in received}
    assert statuses == {"refund": "REFUNDED", "doc": "STARTED", "set": "PARTIALLY_REFUNDED"}
    typed = {event.id: event for event in received}["refund"]
    assert isinstance(typed, webhooks.PurchaseWebhookEvent) and typed.data.purchase.status == "REFUNDED"
    assert "purchase.status REFUNDED" in results[0].stderr
