"""Each output format, parsed back; files; pagination options; sync and async give the same result."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from hotmart_client.mock import MockServer
from tests.mock.helpers import listed_by_default

from .conftest import run, run_many

HISTORY = ("sales", "history")


def test_every_format_parses_back_to_the_same_sales(server: MockServer) -> None:
    json_run, jsonl_run, csv_run, table_run = run_many(
        server,
        [[*HISTORY, "--limit", "12", "--format", fmt] for fmt in ("json", "jsonl", "csv", "table")],
    )
    for result in (json_run, jsonl_run, csv_run, table_run):
        assert result.returncode == 0, result.stderr
    as_json = json.loads(json_run.stdout)
    as_jsonl = [json.loads(line) for line in jsonl_run.stdout.splitlines()]
    as_csv = list(csv.DictReader(io.StringIO(csv_run.stdout)))
    transactions = [sale["purchase"]["transaction"] for sale in as_json]
    assert len(transactions) == 12
    assert as_jsonl == as_json
    assert [row["purchase.transaction"] for row in as_csv] == transactions
    assert as_csv[0]["buyer.email"] == as_json[0]["buyer"]["email"]
    assert "purchase.transaction" in table_run.stdout
    assert all(t in table_run.stdout for t in transactions)
    # Timestamps are dates in a table: 2026-06-30 21:44, not 1782855883286.
    assert str(as_json[0]["purchase"]["order_date"]) not in table_run.stdout


def test_output_file_takes_its_format_from_the_extension(server: MockServer, tmp_path: Path) -> None:
    target = tmp_path / "sales.csv"
    result = run(
        server, *HISTORY, "--limit", "5", "--output", str(target), "--columns", "purchase.transaction,buyer.email"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 5
    assert list(rows[0]) == ["purchase.transaction", "buyer.email"]


def test_all_pages_sync_and_async_agree(server: MockServer) -> None:
    sync, asynchronous = run_many(
        server,
        [
            [*HISTORY, "--all", "--max-results", "100", "-f", "jsonl"],
            ["--async", *HISTORY, "--all", "--max-results", "100", "-f", "jsonl"],
        ],
    )
    assert sync.returncode == asynchronous.returncode == 0, sync.stderr + asynchronous.stderr
    lines = sync.stdout.splitlines()
    assert [json.loads(line)["purchase"]["transaction"] for line in lines] == listed_by_default(server)
    assert asynchronous.stdout == sync.stdout


def test_limit_spans_pages_and_says_how_to_continue(server: MockServer) -> None:
    first = run(server, *HISTORY, "--limit", "40", "--max-results", "20", "-f", "jsonl")
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.splitlines()) == 40
    token = first.stderr.split("--page-token ")[1].split()[0]
    rest = run(server, *HISTORY, "--all", "--max-results", "20", "--page-token", token, "-f", "jsonl")
    seen = [
        json.loads(line)["purchase"]["transaction"] for line in first.stdout.splitlines() + rest.stdout.splitlines()
    ]
    assert seen == listed_by_default(server)


def test_filters_and_dates(server: MockServer) -> None:
    refunded, recent = run_many(
        server,
        [
            [*HISTORY, "--transaction-status", "REFUNDED", "--all", "-f", "jsonl"],
            [*HISTORY, "--start-date", "2026-06-01", "--end-date", "2026-06-30T23:59:59Z", "--all", "-f", "jsonl"],
        ],
    )
    statuses = {json.loads(line)["purchase"]["status"] for line in refunded.stdout.splitlines()}
    assert statuses == {"REFUNDED"}
    dates = [json.loads(line)["purchase"]["order_date"] for line in recent.stdout.splitlines()]
    assert dates and all(1780272000000 <= d <= 1782863999000 for d in dates)


def test_single_objects_and_bare_lists(server: MockServer) -> None:
    event, modules = run_many(
        server,
        [["events", "info", "4744896", "-f", "json"], ["club", "modules", "--subdomain", "school", "-f", "json"]],
    )
    assert event.returncode == modules.returncode == 0, event.stderr + modules.stderr
    assert "product" in json.loads(event.stdout)
    assert isinstance(json.loads(modules.stdout), list)


def test_no_progress_bar_when_stderr_is_not_a_terminal(server: MockServer) -> None:
    result = run(server, *HISTORY, "--all", "--max-results", "50", "-f", "jsonl")
    assert result.returncode == 0
    assert "items/s" not in result.stderr
    assert "\x1b[" not in result.stderr
    assert result.stderr == ""
