"""`--limit` fetches no page beyond the items it needs (Hardening 4), and amounts and times are
written exactly as Hotmart sent them (First hour 2 and 3)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from hotmart_client.mock import Faults, mock_server

from .conftest import run


@pytest.mark.parametrize("latency", [0.0, 0.03])
def test_limit_fetches_no_page_beyond_it(latency: float) -> None:
    """With the network slow enough for prefetch, `--limit 40` on pages of 20 still asks for 2 pages."""
    with mock_server(items=300, faults=Faults(latency=latency)) as server:
        result = run(server, "sales", "history", "--limit", "40", "--max-results", "20", "-f", "jsonl")
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == 40
        pages = [r for r in server.requests if r.operation_id == "getSalesHistory"]
    assert len(pages) == 2


def test_amounts_and_times_are_written_as_hotmart_sent_them() -> None:
    with mock_server(items=200) as server:
        raw = {item["purchase"]["transaction"]: item for item in server.items("SaleHistoryItem")}
        as_json = run(server, "sales", "history", "--max-results", "100", "-f", "jsonl", "--epoch-ms")
        as_csv = run(server, "sales", "history", "--max-results", "100", "-f", "csv")
    assert as_json.returncode == as_csv.returncode == 0, as_json.stderr + as_csv.stderr
    written = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert written
    for sale in written:
        sent = raw[sale["purchase"]["transaction"]]
        assert sale["purchase"]["price"] == sent["purchase"]["price"]  # the same number, not a float sum
        assert sale["purchase"]["hotmart_fee"] == sent["purchase"]["hotmart_fee"]
        assert sale["purchase"]["order_date"] == sent["purchase"]["order_date"]
    for row in csv.DictReader(io.StringIO(as_csv.stdout)):
        sent = raw[row["purchase.transaction"]]["purchase"]
        assert row["purchase.price.value"] == json.dumps(sent["price"]["value"])
        assert row["purchase.order_date"].endswith("Z")  # ISO 8601 by default
