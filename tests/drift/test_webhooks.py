"""`webhooks.parse(..., drift=recorder)`: the walk that fills `event.problems` also records each
delivery's drift by event and JSON Pointer, without values. Deliveries reach a real receiver over
HTTP (`send_webhook`), which parses them with the recorder and answers 200."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hotmart_client import InvalidParameterError, webhooks
from hotmart_client.drift import DriftRecorder
from tests.servers import serve_asgi
from tests.webhooks.conftest import HOTTOK, delivery, spec_events

SECRET = "ana.secret@example.com"


@pytest.fixture
def receiver() -> Iterator[tuple[str, DriftRecorder, list[list[str]]]]:
    """(url, recorder, problems of each delivery): a receiver that records drift."""
    recorder = DriftRecorder()
    problems: list[list[str]] = []

    async def receive(request: Request) -> Response:
        event = webhooks.parse(await request.body(), request.headers, hottok=HOTTOK, drift=recorder)
        problems.append([str(problem) for problem in event.problems])
        return JSONResponse({"ok": True})

    with serve_asgi(Starlette(routes=[Route("/hook", receive, methods=["POST"])])) as url:
        yield url + "/hook", recorder, problems


def found(recorder: DriftRecorder) -> dict[tuple[str, str, str, str], int]:
    return {(e.source, e.kind, e.pointer, e.detail): e.count for e in recorder.entries()}


def test_deliveries_record_their_drift_by_event_and_pointer(
    receiver: tuple[str, DriftRecorder, list[list[str]]],
) -> None:
    url, recorder, problems = receiver
    drifted = {
        "purchase": {"status": "TELEPORTED", "loyalty": {"tier": SECRET, "points": 3}, "recurrence_number": "2"},
        "buyer": {"email": 1234},
    }
    for _ in range(2):
        assert webhooks.send_webhook(url, "PURCHASE_APPROVED", HOTTOK, data_overrides=drifted).status_code == 200
    assert webhooks.send_webhook(url, "PURCHASE_COMPLETE", HOTTOK).status_code == 200
    assert found(recorder) == {
        ("PURCHASE_APPROVED", "unknown_field", "/data/purchase/loyalty", "object"): 2,
        ("PURCHASE_APPROVED", "unknown_field", "/data/purchase/loyalty/tier", "string"): 2,
        ("PURCHASE_APPROVED", "unknown_field", "/data/purchase/loyalty/points", "integer"): 2,
        ("PURCHASE_APPROVED", "unknown_enum", "/data/purchase/status", "TELEPORTED"): 2,
        ("PURCHASE_APPROVED", "type_mismatch", "/data/purchase/recurrence_number", "string"): 2,
        ("PURCHASE_APPROVED", "type_mismatch", "/data/buyer/email", "integer"): 2,
    }
    # The same walk as event.problems, which is unchanged by recording.
    assert sorted(problems[0]) == [
        "data.buyer.email: a number where the spec says string",
        "data.purchase.loyalty: not in the spec (object)",
        "data.purchase.recurrence_number: a string where the spec says integer",
        "data.purchase.status: WebhookPurchaseStatus value 'TELEPORTED' is not in the spec",
    ]
    sources = {(s.channel, s.source): (s.checked, s.walked) for s in recorder.sources()}
    assert sources == {("webhook", "PURCHASE_APPROVED"): (2, 2), ("webhook", "PURCHASE_COMPLETE"): (1, 1)}
    assert all(entry.status is None and entry.channel == "webhook" for entry in recorder.entries())
    assert SECRET not in repr(recorder.to_dict())


def test_envelope_variants_and_unknown_events_are_recorded() -> None:
    recorder = DriftRecorder()
    payload = dict(spec_events()["PURCHASE_APPROVED"]["example"])
    payload["creationDate"] = payload.pop("creation_date")
    payload["id"] = 42
    webhooks.parse(*delivery(payload), hottok=HOTTOK, drift=recorder)
    webhooks.parse(*delivery({"event": "PURCHASE_TELEPORTED", "data": {}}), hottok=HOTTOK, drift=recorder)
    assert found(recorder) == {
        ("PURCHASE_APPROVED", "unknown_field", "/creationDate", "integer"): 1,
        ("PURCHASE_APPROVED", "type_mismatch", "/id", "integer"): 1,
        ("PURCHASE_TELEPORTED", "unknown_event", "", ""): 1,
        ("PURCHASE_TELEPORTED", "missing_required", "/id", ""): 1,
        ("PURCHASE_TELEPORTED", "missing_required", "/creation_date", ""): 1,
        ("PURCHASE_TELEPORTED", "missing_required", "/version", ""): 1,
    }


def test_a_refused_delivery_records_nothing() -> None:
    recorder = DriftRecorder()
    body, _ = delivery(spec_events()["PURCHASE_APPROVED"]["example"])
    with pytest.raises(webhooks.WebhookVerificationError):
        webhooks.parse(body, {"X-HOTMART-HOTTOK": "forged"}, hottok=HOTTOK, drift=recorder)
    assert recorder.sources() == [] and recorder.entries() == []


def test_only_a_recorder_is_accepted() -> None:
    body, headers = delivery(spec_events()["PURCHASE_APPROVED"]["example"])
    with pytest.raises(InvalidParameterError, match="drift"):
        webhooks.parse(body, headers, hottok=HOTTOK, drift="drift.json")  # type: ignore[arg-type]


def test_a_delivery_that_is_what_the_spec_says_records_only_that_it_was_seen() -> None:
    recorder = DriftRecorder()
    for name, event in spec_events().items():
        payload: dict[str, Any] = event["example"]
        if name == "CLUB_FIRST_ACCESS" and "creation_date" not in payload:
            continue  # its documented example has the camelCase variant
        webhooks.parse(*delivery(payload), hottok=HOTTOK, drift=recorder)
    assert recorder.entries() == []
    assert len(recorder.sources()) >= 10
