"""`hotmart_client.verify` measures what the mock's switches set (issue "exports that hold when
Hotmart's data moves", item 4): inclusive or exclusive time bounds on every windowed listing, and
keyset or offset page tokens, on one mock whose switches change between runs
(`MockServer.set_switches`, as `hotmart mock --exclusive-end ...` sets them at start).

The mock's page tokens are bound to their query (a token sent with another end bound is refused),
so only sales arriving during the run tell a keyset token from an offset one: without arrivals the
kind is undetermined, and says why. Arrivals join the sales history only, so the other listings'
tokens stay undetermined under every switch.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from hotmart_client import Hotmart, verify
from hotmart_client.cli._verify import MOCK_ITEMS
from hotmart_client.mock import MockServer, mock_server

# Each windowed listing, and the time field verify finds its window bounds: a sale's own, the
# sale's (from the history) for the listings without a time of their own, a subscription's start,
# a charge's date (the spec's window `field`).
BOUNDED = {
    "getSalesHistory": "purchase.order_date",
    "getSalesParticipants": "getSalesHistory:purchase.order_date",
    "getSalesCommissions": "getSalesHistory:purchase.order_date",
    "getSalesPriceDetails": "getSalesHistory:purchase.order_date",
    "listSubscriptions": "accession_date",
    "listSubscriptionTransactions": "purchase.order_date",
}
PLAIN = {"exclusive_start": False, "exclusive_end": False, "offset_tokens": False, "arrivals": 0}
REFUSED = "the token is refused with another end bound (HTTP 400)"


@pytest.fixture(scope="module")
def mock() -> Iterator[tuple[MockServer, Hotmart]]:
    with mock_server(items=MOCK_ITEMS) as server, server.client() as client:
        yield server, client


def measure(mock: tuple[MockServer, Hotmart], **switches: Any) -> tuple[dict[str, Any], dict[str, Any], str]:
    server, client = mock
    server.set_switches(**{**PLAIN, **switches})  # every switch given: they persist between calls
    try:
        report = verify(client, operations=list(BOUNDED), rate=None, depth=1, page_size=10)
    finally:
        server.set_switches(**PLAIN)
    assert report.passed, report.summary()
    return report.behaviours["end_bound"], report.behaviours["page_tokens"], report.summary()


@pytest.mark.parametrize(
    ("switches", "start", "end"),
    [
        ({}, "inclusive", "inclusive"),
        ({"exclusive_end": True}, "inclusive", "exclusive"),
        ({"exclusive_start": True}, "exclusive", "inclusive"),
    ],
    ids=["plain", "exclusive-end", "exclusive-start"],
)
def test_every_windowed_listing_reports_the_bounds_the_mock_applies(
    mock: tuple[MockServer, Hotmart], switches: dict[str, bool], start: str, end: str
) -> None:
    bounds, tokens, summary = measure(mock, **switches)
    assert bounds == {op: {"start": start, "end": end, "field": field} for op, field in BOUNDED.items()}
    assert f"end_date {end}" in summary
    # Nothing arrives and a token is refused with another end bound: no way to tell the kinds apart.
    assert {op: (result["kind"], result["reason"]) for op, result in tokens.items()} == dict.fromkeys(
        BOUNDED, ("undetermined", REFUSED)
    )
    assert tokens["getSalesHistory"]["arrivals"] == "no new item arrived during the run"
    assert "page tokens undetermined" in summary


@pytest.mark.parametrize(("offset", "kind"), [(False, "stable"), (True, "offset")], ids=["keyset", "offset"])
def test_sales_arriving_during_the_run_tell_the_token_kind(
    mock: tuple[MockServer, Hotmart], offset: bool, kind: str
) -> None:
    """One sale per call: more than a page arrives while verify runs, so page 2 read again holds
    new sales followed by the head of the old listing when tokens are offsets."""
    _, tokens, summary = measure(mock, offset_tokens=offset, arrivals=1)
    history = tokens["getSalesHistory"]
    assert (history["kind"], history["method"]) == (kind, "items arriving during the run"), history
    assert history["arrivals"] == "more than a page of new item(s) arrived during the run"
    assert history["token_fields"] == ["offset" if offset else "after", "q"]  # names, never values
    assert f"page tokens {kind}" in summary
    assert {result["kind"] for op, result in tokens.items() if op != "getSalesHistory"} == {"undetermined"}


def test_offset_tokens_without_arrivals_stay_undetermined_but_show_their_fields(
    mock: tuple[MockServer, Hotmart],
) -> None:
    _, tokens, _ = measure(mock, offset_tokens=True)
    assert all(result["kind"] == "undetermined" for result in tokens.values())
    assert tokens["getSalesHistory"]["token_fields"] == ["offset", "q"]


@pytest.mark.parametrize(
    ("again", "kind"),
    [
        (["b", "c"], "stable"),  # a keyset token: the same page
        (["n3", "n4"], "offset"),  # more arrived than page 2's start: only new sales
        (["n1", "z"], "offset"),  # some arrived: new sales, then the old listing's head
        (["a", "b"], "offset"),  # fewer than page 2's start: the old listing, moved down
        (["n1", "a"], "undetermined"),  # new sales before anything but the old head
        (["c", "a"], "undetermined"),  # out of order
    ],
)
def test_page_2_read_again_after_arrivals(again: list[str], kind: str) -> None:
    from hotmart_client._verify._tokens import _after_arrivals

    assert _after_arrivals(["z", "a"], ["b", "c"], again)["kind"] == kind
