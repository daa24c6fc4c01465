"""`--mock` says what its data covers when a listing is empty, and takes `--today` as `hotmart mock`
does (issue 18, item 5)."""

from __future__ import annotations

import json

from .conftest import run_many

SUBSCRIPTIONS = ["subscriptions", "list", "--all", "--max-results", "500", "-f", "jsonl"]


def test_an_empty_mock_listing_says_which_period_the_data_covers() -> None:
    empty, shifted, alone = run_many(
        None,  # --mock: no server of ours
        [
            ["--mock", "sales", "history", "--start-date", "2020-01-01", "--end-date", "2020-01-31"],
            ["--mock", "--today", "2025-03-01", *SUBSCRIPTIONS],
            ["--today", "2025-03-01", "sales", "history"],
        ],
    )
    assert empty.returncode == 0, empty.stderr
    assert empty.stderr.startswith("0 items; the mock's data covers 2025-01-01 to 2026-07-01")
    assert "--today" in empty.stderr
    # Without dates, Hotmart lists the subscriptions that started in the 30 days before its today.
    assert shifted.returncode == 0, shifted.stderr
    started = sorted(json.loads(line)["accession_date"] for line in shifted.stdout.splitlines())
    assert started and started[0].startswith("2025-01-3")  # 30 days before 2025-03-01, not 2026-06-01
    assert alone.returncode == 2 and "--today goes with --mock" in alone.stderr
