"""The evidence ledger: every operation cites the Hotmart page it comes from, every inferred part says
why, and docs/evidence.md is the ledger as generator/evidence.py renders it."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support import ROOT, SPEC, SPEC_PATH, spec_operations

_loader = importlib.util.spec_from_file_location("evidence", ROOT / "generator" / "evidence.py")
assert _loader is not None and _loader.loader is not None
evidence = importlib.util.module_from_spec(_loader)
_loader.loader.exec_module(evidence)

DOCS_URL = "https://developers.hotmart.com/docs/"
OPERATIONS = list(spec_operations())


@pytest.mark.parametrize("op", [op for _, _, op in OPERATIONS], ids=[op["operationId"] for _, _, op in OPERATIONS])
def test_every_operation_cites_hotmart_pages(op: dict[str, Any]) -> None:
    sources = op.get("x-hotmart-source")
    assert isinstance(sources, list) and sources, f"{op['operationId']} has no x-hotmart-source"
    assert all(isinstance(url, str) and url.startswith(DOCS_URL) and url.endswith("/") for url in sources)


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
    assert "schema `TransactionPurchaseStatus`" in page
