"""`--concurrency N` exports a time range in parallel windows: the same items as `--all`, once each."""

from __future__ import annotations

import json

import pytest

from hotmart_client.mock import MockServer
from tests.mock.helpers import listed_by_default

from .conftest import run

RANGE = ("--start-date", "2025-01-01", "--end-date", "2026-07-01")


def transactions(stdout: str) -> list[str]:
    return [json.loads(line)["purchase"]["transaction"] for line in stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("mode", [[], ["--async"]], ids=["sync", "async"])
def test_parallel_export_matches_the_sequential_one(server: MockServer, mode: list[str]) -> None:
    sequential = run(server, *mode, "sales", "history", *RANGE, "--all", "--format", "jsonl")
    parallel = run(
        server, *mode, "--rate-limit", "500", "sales", "history", *RANGE, "--concurrency", "4", "--format", "jsonl"
    )
    assert sequential.returncode == 0 and parallel.returncode == 0, parallel.stderr
    expected = transactions(sequential.stdout)
    got = transactions(parallel.stdout)
    # The data set spans the range: every sale listed by default (approved and complete) is in it.
    assert len(expected) == len(listed_by_default(server))
    assert sorted(got) == sorted(expected) and len(got) == len(set(got))


def test_parallel_export_needs_a_start_and_pins_an_open_end(server: MockServer) -> None:
    result = run(server, "sales", "history", "--end-date", "2026-07-01", "--concurrency", "4")
    assert result.returncode == 2
    assert "start_date" in result.stderr
    open_ended = run(server, "sales", "history", "--start-date", "2025-01-01", "--concurrency", "4", "-f", "jsonl")
    assert open_ended.returncode == 0, open_ended.stderr  # its end: the moment it started
    assert len(transactions(open_ended.stdout)) == len(listed_by_default(server))


def test_concurrency_is_offered_only_where_the_spec_has_a_time_range(server: MockServer) -> None:
    assert "--concurrency" in run(None, "subscriptions", "list", "--help").stdout
    assert "--concurrency" not in run(None, "products", "list", "--help").stdout
