"""Each output format, parsed back; files; pagination options; sync and async give the same result."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shlex
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


def test_limit_spans_pages_and_prints_the_command_for_more(server: MockServer) -> None:
    first = run(server, *HISTORY, "--limit", "40", "--max-results", "20", "-f", "jsonl")
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.splitlines()) == 40
    more = shlex.split(first.stderr.split("more with: ")[1].removesuffix(" (or --all)\n"))
    assert more[0] == "hotmart" and "--resume" in more
    second = run(server, *more[1:])
    assert second.returncode == 0, second.stderr
    without_limit = [w for i, w in enumerate(more) if w != "--limit" and more[i - 1] != "--limit"]
    rest = run(server, *without_limit[1:], "--all")
    seen = [json.loads(line)["purchase"]["transaction"] for line in first.stdout.splitlines()]
    following = [json.loads(line)["purchase"]["transaction"] for line in second.stdout.splitlines()]
    everything = seen + [json.loads(line)["purchase"]["transaction"] for line in rest.stdout.splitlines()]
    assert len(following) == 40 and not set(following) & set(seen)
    assert everything == listed_by_default(server)


def test_filters_and_dates(server: MockServer) -> None:
    refunded, recent, millis = run_many(
        server,
        [
            [*HISTORY, "--transaction-status", "REFUNDED", "--all", "-f", "jsonl"],
            [*HISTORY, "--start-date", "2026-06-01", "--end-date", "2026-06-30", "--all", "-f", "jsonl"],
            [*HISTORY, "--start-date", "2026-06-01", "--end-date", "2026-06-30", "--all", "-f", "jsonl", "--epoch-ms"],
        ],
    )
    statuses = {json.loads(line)["purchase"]["status"] for line in refunded.stdout.splitlines()}
    assert statuses == {"REFUNDED"}
    dates = [json.loads(line)["purchase"]["order_date"] for line in recent.stdout.splitlines()]
    # ISO 8601 (UTC) by default; a date as --end-date includes that whole day.
    assert dates and all(d.startswith("2026-06-") and d.endswith("Z") for d in dates)
    as_millis = [json.loads(line)["purchase"]["order_date"] for line in millis.stdout.splitlines()]
    assert len(as_millis) == len(dates) and all(1780272000000 <= d <= 1782863999999 for d in as_millis)
    parsed = [dt.datetime.fromisoformat(d.replace("Z", "+00:00")) for d in dates]
    assert [round(p.timestamp() * 1000) for p in parsed] == as_millis


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
    assert result.stderr == f"{len(listed_by_default(server))} items\n"
