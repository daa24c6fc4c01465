"""What verify measures about time windows and page tokens (issue "exports that hold when Hotmart's
data moves", item 4), against a sales history that behaves each way (tests/verify/listing_server.py):
inclusive or exclusive `end_date`; keyset or offset tokens, told apart by sending page 2's token
with a window that leaves the newest sale out, or, when the server binds tokens to their query,
by sales arriving while verify runs."""

from __future__ import annotations

from typing import Any

import pytest

from hotmart_client import verify
from tests.verify.listing_server import Behaviour, listing_client

PAGE = 10  # items per page: small pages keep the schema checks cheap


def measure(behaviour: Behaviour) -> tuple[dict[str, Any], dict[str, Any], Any]:
    with listing_client(behaviour) as client:
        report = verify(client, operations=["getSalesHistory"], rate=None, depth=1, page_size=PAGE)
    bounds = report.behaviours["end_bound"]["getSalesHistory"]
    tokens = report.behaviours["page_tokens"]["getSalesHistory"]
    return bounds, tokens, report


def test_inclusive_bounds_and_keyset_tokens_are_measured_as_such() -> None:
    bounds, tokens, report = measure(Behaviour())
    assert bounds == {"start": "inclusive", "end": "inclusive", "field": "purchase.order_date"}
    assert tokens["kind"] == "stable" and tokens["method"] == "another end bound"
    assert tokens["token_fields"] == ["after"]  # the names in a base64 JSON token, never its values
    assert "end_date inclusive; page tokens stable" in report.summary()
    history = next(op for op in report.operations if op.operation_id == "getSalesHistory")
    assert history.verdict == "matched", history.findings
    measured = history.measurements
    assert measured["tokens"] == {"pages_read": 2, "total_results_consistent": True, "token_repeatable": True}
    assert measured["page_size"]["outcome"] == "answered" and measured["page_size"]["returned"] == 122


def test_an_exclusive_end_date_is_detected() -> None:
    bounds, _, report = measure(Behaviour(exclusive_end=True))
    assert (bounds["start"], bounds["end"]) == ("inclusive", "exclusive")
    assert "end_date exclusive" in report.summary()


def test_offset_tokens_are_detected_with_another_end_bound() -> None:
    _, tokens, _ = measure(Behaviour(offset_tokens=True))
    assert tokens["kind"] == "offset" and tokens["method"] == "another end bound"
    assert tokens["token_fields"] == ["offset"]


@pytest.mark.parametrize(("offset", "kind"), [(False, "stable"), (True, "offset")], ids=["keyset", "offset"])
def test_tokens_bound_to_their_query_are_told_apart_by_sales_arriving(offset: bool, kind: str) -> None:
    _, tokens, report = measure(Behaviour(offset_tokens=offset, bound_tokens=True, arrivals=True))
    assert tokens["kind"] == kind, tokens
    assert tokens["method"] == "items arriving during the run"
    assert "arrived during the run" in tokens["arrivals"]
    # The refused token was a probe outside the spec on purpose: a refusal, not a disagreement.
    history = next(op for op in report.operations if op.operation_id == "getSalesHistory")
    assert any("newest item left out: HTTP 400" in text for text in history.refusals)
    assert not [f for f in history.findings if f.check in ("status", "pagination")]


def test_without_arrivals_bound_tokens_stay_undetermined_and_say_why() -> None:
    _, tokens, report = measure(Behaviour(bound_tokens=True))
    assert tokens["kind"] == "undetermined"
    assert tokens["reason"] == "the token is refused with another end bound (HTTP 400)"
    assert tokens["arrivals"] == "no new item arrived during the run"
    assert "page tokens undetermined" in report.summary()
