"""Issue 18, item 7.8: an unknown field that is a map keyed by data (e-mails, transaction codes)
is recorded as a map, `*` for its keys, with the types of its values; its keys never reach the
recording. Over HTTP (respx) for responses, through `webhooks.parse` for deliveries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import respx
import yaml

from hotmart_client import webhooks
from hotmart_client._constants import TOKEN_URL
from hotmart_client._drift import field_like
from hotmart_client._proposal import apply_overlay, propose
from hotmart_client.drift import DriftRecorder
from tests.support import sale

from .helpers import api, new_async_client, new_client, token_response

HISTORY = api("/payments/api/v1/sales/history")
EMAILS = ("ana.souza@example.com", "bruno+vip@example.com.br")
CODES = ("HP17715690036014", "HP12455690122399")
ROOT = Path(__file__).resolve().parents[2]


def drifting_sales() -> dict[str, Any]:
    items = [sale(f"HP{n:014d}") for n in range(3)]
    for item in items:
        item["purchase"]["points_by_buyer"] = {email: {"points": 3, "tier": "gold"} for email in EMAILS}
        item["purchase"]["refunds"] = dict.fromkeys(CODES, 12.5)  # a map of numbers
        item["purchase"]["loyalty"] = {"level": 2}  # an ordinary new object: its keys are fields
        item["purchase"][CODES[0]] = {"amount": 1}  # a data key right in a known object
    return {"items": items, "page_info": {}}


@pytest.fixture
def routes() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL).mock(return_value=token_response())
        router.get(HISTORY).respond(json=drifting_sales())
        yield router


def entries(recorder: DriftRecorder) -> set[tuple[str, str, str]]:
    return {(e.kind, e.pointer, e.detail) for e in recorder.entries()}


def no_key_kept(recorder: DriftRecorder, tmp_path: Path) -> None:
    recorder.save(tmp_path / "drift.json")
    text = (tmp_path / "drift.json").read_text(encoding="utf-8") + repr(recorder.entries())
    assert [key for key in (*EMAILS, *CODES) if key in text] == []


EXPECTED = {
    ("unknown_field", "/items/*/purchase/points_by_buyer", "object"),
    ("unknown_field", "/items/*/purchase/points_by_buyer/*", "object"),
    ("unknown_field", "/items/*/purchase/points_by_buyer/*/points", "integer"),
    ("unknown_field", "/items/*/purchase/points_by_buyer/*/tier", "string"),
    ("unknown_field", "/items/*/purchase/refunds", "object"),
    ("unknown_field", "/items/*/purchase/refunds/*", "number"),
    ("unknown_field", "/items/*/purchase/loyalty", "object"),
    ("unknown_field", "/items/*/purchase/loyalty/level", "integer"),
    ("unknown_field", "/items/*/purchase/*", "object"),
    ("unknown_field", "/items/*/purchase/*/amount", "integer"),
}


def test_a_map_keyed_by_data_is_recorded_as_a_map(routes: respx.MockRouter, tmp_path: Path) -> None:
    recorder = DriftRecorder(walk_first=5)
    with new_client(drift=recorder) as hotmart:
        assert len(hotmart.sales.history().items) == 3
    assert entries(recorder) == EXPECTED
    no_key_kept(recorder, tmp_path)


async def test_a_map_keyed_by_data_is_recorded_as_a_map_async(routes: respx.MockRouter, tmp_path: Path) -> None:
    recorder = DriftRecorder(walk_first=5)
    async with new_async_client(drift=recorder) as hotmart:
        await hotmart.sales.history()
    assert entries(recorder) == EXPECTED
    no_key_kept(recorder, tmp_path)


def test_a_delivery_with_a_map_keyed_by_data(tmp_path: Path) -> None:
    recorder = DriftRecorder()
    overrides = {"purchase": {"offers_by_email": {email: {"code": "x1"} for email in EMAILS}}}
    headers, body = webhooks.build_delivery("PURCHASE_APPROVED", "hottok-1", data_overrides=overrides)
    raw = json.loads(body)
    raw["data"]["purchase"][CODES[1]] = 7  # a data key in a known object of the delivery
    event = webhooks.parse(json.dumps(raw), headers, hottok="hottok-1", drift=recorder)
    assert {
        ("unknown_field", "/data/purchase/offers_by_email", "object"),
        ("unknown_field", "/data/purchase/offers_by_email/*", "object"),
        ("unknown_field", "/data/purchase/offers_by_email/*/code", "string"),
        ("unknown_field", "/data/purchase/*", "integer"),
    } <= entries(recorder)
    no_key_kept(recorder, tmp_path)
    assert [key for key in (*EMAILS, *CODES) if key in repr(event.problems)] == []


def test_the_proposal_describes_the_values_of_a_map(routes: respx.MockRouter) -> None:
    recorder = DriftRecorder(walk_first=5)
    with new_client(drift=recorder) as hotmart:
        hotmart.sales.history()
    doc = yaml.safe_load((ROOT / "spec" / "hotmart.yaml").read_text(encoding="utf-8"))
    proposal = propose(recorder.entries(), doc)
    apply_overlay(doc, proposal.overlay)
    new = doc["components"]["schemas"]["Purchase"]["properties"]
    assert new["points_by_buyer"]["additionalProperties"]["properties"]["points"] == {"type": "integer"}
    assert new["refunds"]["additionalProperties"] == {"type": "number"}
    assert new["loyalty"]["properties"] == {"level": {"type": "integer"}}
    assert any("keys that are data" in note for note in proposal.notes)  # purchase/* : by hand


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("order_date", True),
        ("recurrenceNumber", True),
        ("address2", True),
        ("_links", True),
        ("a/b~c", True),
        ("x-request-id", True),
        ("ana@example.com", False),
        ("HP17715690036014", False),
        ("12345", False),
        ("2026-01-01", False),
        ("Maria Silva", False),
        ("8a3b6c1e-2f4d-4e5a-9b7c-1d2e3f4a5b6c", False),
        ("x" * 65, False),
    ],
)
def test_what_a_field_name_looks_like(key: str, expected: bool) -> None:
    assert field_like(key) is expected
