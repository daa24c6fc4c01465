"""The evidence ledger: every operation cites the Hotmart page it comes from, every inferred part says
why, docs/evidence.md is the ledger as generator/evidence.py renders it, and every fixture of
tests/fixtures cites a source the ledger lists for its operation or event."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import Any

import pytest

from tests import corpus
from tests.support import ROOT, SPEC, SPEC_PATH, spec_operations

_loader = importlib.util.spec_from_file_location("evidence", ROOT / "generator" / "evidence.py")
assert _loader is not None and _loader.loader is not None
evidence = importlib.util.module_from_spec(_loader)
_loader.loader.exec_module(evidence)

OPERATIONS = list(spec_operations())
EVENTS = list(evidence.events(SPEC))


@pytest.mark.parametrize("op", [op for _, _, op in OPERATIONS], ids=[op["operationId"] for _, _, op in OPERATIONS])
def test_every_operation_cites_hotmart_pages(op: dict[str, Any]) -> None:
    sources = op.get("x-hotmart-source")
    assert isinstance(sources, list) and sources, f"{op['operationId']} has no x-hotmart-source"
    assert [evidence.source_problem(source, op) for source in sources] == [None] * len(sources)


@pytest.mark.parametrize(("event", "node"), EVENTS, ids=[event for event, _ in EVENTS])
def test_every_event_cites_hotmart_pages(event: str, node: dict[str, Any]) -> None:
    sources = node.get("x-hotmart-source")
    assert isinstance(sources, list) and sources, f"{event} has no x-hotmart-source"
    assert [evidence.source_problem(source, node) for source in sources] == [None] * len(sources)


@pytest.mark.parametrize(
    ("source", "node", "problem"),
    [
        ("https://developers.hotmart.com/docs/", {}, "documentation's home"),
        ("https://developers.hotmart.com/docs/en/", {}, "documentation's home"),
        ("https://developers.hotmart.com/docs/pt-BR/", {"x-hotmart-evidence": "inferred"}, "documentation's home"),
        ("https://developers.hotmart.com/docs/es/", {}, "documentation's home"),
        ("menu (en): Event Tickets > Event information", {}, "mark the evidence inferred"),
        ("https://developers.hotmart.com/docs/en/v1/sales/sales-history", {}, "neither a page"),
        ("https://example.com/docs/en/v1/sales/sales-history/", {}, "neither a page"),
        ("menu: Event information", {"x-hotmart-evidence": "inferred"}, "neither a page"),
        ("https://developers.hotmart.com/docs/page-data/en/v1/sales/x/page-data.json/", {}, "page-data"),
        (["https://developers.hotmart.com/docs/en/v1/sales/sales-history/"], {}, "not a string"),
    ],
)
def test_the_ledger_refuses_a_docs_root_or_an_unmarked_menu_entry(
    source: Any, node: dict[str, Any], problem: str
) -> None:
    assert problem in (evidence.source_problem(source, node) or "")


def test_a_page_or_an_inferred_menu_entry_is_a_source() -> None:
    inferred = {"x-hotmart-evidence": "inferred", "x-hotmart-evidence-reason": "why"}
    assert evidence.source_problem("https://developers.hotmart.com/docs/en/v1/sales/sales-history/", {}) is None
    assert evidence.source_problem("menu (pt-BR): Webhook > Evento de primeiro acesso", inferred) is None


def test_the_pages_found_missing_are_menu_entries_marked_inferred() -> None:
    """Issue 19, item 6: these cited the docs home; their own addresses are not in any stored copy."""
    by_name = {op["operationId"]: op for _, _, op in OPERATIONS} | dict(EVENTS)
    for name in ("getEventInfo", "listEventParticipants", "negotiateInstallments", "UPDATE_SUBSCRIPTION_CHARGE_DATE",
                 "CLUB_FIRST_ACCESS", "CLUB_MODULE_COMPLETED", "ORDER_FULFILLMENT"):  # fmt: skip
        node = by_name[name]
        assert node["x-hotmart-evidence"] == "inferred", name
        assert all(evidence.MENU_ENTRY.match(source) for source in node["x-hotmart-source"]), name
    page = evidence.render(SPEC_PATH)
    assert "| *menu (en): Event Tickets > Event information* | inferred: Hotmart's documentation menu" in page
    assert "docs home" not in page


def _nodes(node: Any, where: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _nodes(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{where}[{index}]")


def test_inferred_parts_say_why_and_nothing_else_is_claimed() -> None:
    for where, node in _nodes(SPEC):
        if "x-hotmart-evidence" in node:
            assert node["x-hotmart-evidence"] == "inferred", where
            assert len(str(node.get("x-hotmart-evidence-reason", "")).split()) >= 8, f"{where}: give the reason"
        else:
            assert "x-hotmart-evidence-reason" not in node, f"{where}: a reason without a level"


def test_the_rest_operations_carry_no_choice_comments() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    rest = text[text.index("\npaths:") : text.index("\nwebhooks:")]
    assert "Choice:" not in rest, "decisions belong in x-hotmart-evidence-reason"


def test_the_ledger_page_is_up_to_date() -> None:
    page = (ROOT / "docs" / "evidence.md").read_text(encoding="utf-8")
    assert page == evidence.render(SPEC_PATH), "run python generator/generate.py"


def test_the_ledger_lists_every_operation_event_and_inferred_detail() -> None:
    page = evidence.render(SPEC_PATH)
    for _, _, op in OPERATIONS:
        assert f"`{op['operationId']}`" in page
    for event in SPEC.get("webhooks", {}):
        assert f"`{event}`" in page
    assert "`listProductOffers` parameter `offer_key`" in page
    assert "`listProductPlans` parameter `id`" in page
    assert "`listCoupons` parameter `max_results`" in page
    assert "parameter `transaction_status` (PriceDetailsTransactionStatus)" in page
    assert "schema `TransactionPurchaseStatus`" in page


# -- the fixtures cite what the ledger lists ---------------------------------------------------------

NODES = {op["operationId"]: op for _, _, op in OPERATIONS} | dict(EVENTS)
CAPTURED_FIXTURE = "hotmart-test-delivery"  # a delivery Hotmart sent, not a documented example
FIXTURES = [fixture for kind in ("rest", "webhooks") for fixture in corpus.load(kind)]


def _may_cite(fixture: corpus.Fixture) -> list[str]:
    """A delivery Hotmart sent cites where it was published, its event's `x-hotmart-captured`; every
    other fixture is a documented example and cites its operation's or event's page, `x-hotmart-source`."""
    captured = fixture.path.stem.startswith(CAPTURED_FIXTURE)
    return list(NODES[fixture.key].get(evidence.CAPTURED if captured else evidence.SOURCE, []))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.id)
def test_every_fixture_cites_a_source_of_its_operation_or_event(fixture: corpus.Fixture) -> None:
    assert fixture.key in NODES, f"{fixture.path}: no operation or event {fixture.key} in the spec"
    assert fixture.source in _may_cite(fixture), f"{fixture.path}: {fixture.source!r} is not in {_may_cite(fixture)}"


def test_every_captured_delivery_of_the_ledger_is_a_fixture() -> None:
    cited = {(f.key, f.source) for f in FIXTURES if f.path.stem.startswith(CAPTURED_FIXTURE)}
    listed = {(name, url) for name, node in EVENTS for url in node.get(evidence.CAPTURED, [])}
    assert listed == cited
    assert len(listed) >= 8
    page = evidence.render(SPEC_PATH)
    assert all(f"({url})" in page for _, url in listed)  # the ledger links each one
