"""Hotmart's own webhook examples (tests/fixtures/webhooks) against the spec and the client.

Each documented example and each captured test delivery must be valid against its event's schema,
parse through `webhooks.parse` into the event's typed class, and read back field by field equal to
the raw JSON (`tests.corpus.mismatches`). The spec cites its source for every event, and every
event has at least one fixture.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from typing import Any

import jsonschema
import pytest

from hotmart_api.types import Unset
from hotmart_client import webhooks
from hotmart_client.webhooks import EVENT_CLASSES, HOTTOK_HEADER
from tests.corpus import Fixture, load, mismatches
from tests.support import SPEC
from tests.webhooks.conftest import HOTTOK

FIXTURES = load("webhooks")
# What the client reports of the fixtures that are not exactly as documented (all others: nothing;
# CLUB_FIRST_ACCESS's camelCase `creationDate` is declared by the spec, so it is no problem).
EXPECTED_PROBLEMS: dict[str, list[str]] = {}


def schema_name(event: str) -> str:
    media = SPEC["webhooks"][event]["post"]["requestBody"]["content"]["application/json"]
    return str(media["schema"]["$ref"].rsplit("/", 1)[-1])


@cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": SPEC["components"]}
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_the_corpus_has_the_documented_example_of_every_event() -> None:
    documented = {fixture.key for fixture in FIXTURES if fixture.path.stem == "documented"}
    assert documented == set(SPEC["webhooks"])
    assert {fixture.key for fixture in FIXTURES} <= set(SPEC["webhooks"])


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.id)
def test_fixture_is_valid_against_its_event_schema(fixture: Fixture) -> None:
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator(schema_name(fixture.key)).iter_errors(fixture.body)
    ]
    assert errors == []


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.id)
def test_fixture_parses_and_every_typed_read_equals_the_raw_json(fixture: Fixture) -> None:
    body: dict[str, Any] = fixture.body
    event = webhooks.parse(json.dumps(body, ensure_ascii=False).encode(), {HOTTOK_HEADER: HOTTOK}, hottok=HOTTOK)
    assert event.is_known
    assert type(event) is EVENT_CLASSES[fixture.key]
    assert (event.event, event.id, event.version) == (fixture.key, body["id"], body["version"])
    assert event.creation_date == body.get("creation_date", body.get("creationDate"))
    assert list(mismatches(event.data, body["data"])) == []
    assert [str(problem) for problem in event.problems] == EXPECTED_PROBLEMS.get(fixture.id, [])


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if f.path.stem == "documented"], ids=lambda f: f.key)
def test_the_spec_example_of_each_event_is_the_documented_one(fixture: Fixture) -> None:
    media = SPEC["webhooks"][fixture.key]["post"]["requestBody"]["content"]["application/json"]
    assert json.loads(json.dumps(media["example"])) == fixture.body


def test_the_reads_users_make_of_a_subscription_sale() -> None:
    """The issue's example reads, spelled out: price and currency, subscriber code, dates."""
    [fixture] = [f for f in FIXTURES if f.id == "PURCHASE_APPROVED/documented"]
    event = webhooks.parse(json.dumps(fixture.body), {HOTTOK_HEADER: HOTTOK}, hottok=HOTTOK)
    assert isinstance(event, webhooks.PurchaseWebhookEvent)
    purchase = event.data.purchase
    assert (purchase.price.value, purchase.price.currency_value) == (Decimal("150.6"), "BRL")
    assert purchase.recurrence_number == 1
    assert purchase.order_date == "123243546"  # the page documents a string; deliveries send epoch ms
    subscription = event.data.subscription
    assert not isinstance(subscription, Unset)
    assert subscription.subscriber.code == "12133421"
    assert subscription.status == "ACTIVE"
    commission = event.data.commissions[1]  # type: ignore[index]
    assert commission.currency_conversion.converted_value == Decimal("16.34")


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.id)
def test_fixture_cites_its_source(fixture: Fixture) -> None:
    # Which source: tests/test_evidence.py checks it is its event's x-hotmart-source (x-hotmart-captured
    # for a delivery Hotmart sent), and the sources themselves are checked there.
    assert fixture.source
    note = json.loads(fixture.path.read_text(encoding="utf-8")).get("note", "")
    assert note, "say where the example comes from and what, if anything, was changed"


@pytest.mark.parametrize("event", list(SPEC["webhooks"]))
def test_every_webhook_event_cites_its_doc_pages(event: str) -> None:
    operation = SPEC["webhooks"][event]["post"]
    sources = operation.get("x-hotmart-source")
    assert isinstance(sources, list) and sources, f"{event} has no x-hotmart-source"
    # A page, or the menu entry of an inferred event: tests/test_evidence.py checks each source.
    for url in sources:
        assert url.startswith("https://developers.hotmart.com/docs/") or url.startswith("menu ("), url
        assert "page-data" not in url, "cite the page people read, not its page-data.json"


def _evidence_nodes(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        if "x-hotmart-evidence" in node:
            found.append((where, node))
        for key, value in node.items():
            found += _evidence_nodes(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _evidence_nodes(value, f"{where}/{index}")
    return found


def test_inferred_evidence_always_says_why() -> None:
    nodes = _evidence_nodes(SPEC["webhooks"], "#/webhooks") + _evidence_nodes(SPEC["components"], "#/components")
    assert nodes, "the webhook schemas mark what the docs do not say"
    for where, node in nodes:
        assert node["x-hotmart-evidence"] == "inferred", where
        assert str(node.get("x-hotmart-evidence-reason", "")).strip(), f"{where}: give x-hotmart-evidence-reason"
