"""The short form of the inbox's kill test (the long one: `nox -s inbox_kill_test`, 1,000
deliveries and 12 kills). See killtest.py for what is sent, killed and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dlt", reason="the [dlt] extra is not installed")

from . import killtest


def test_sigkilled_receivers_lose_and_duplicate_nothing_acknowledged(tmp_path: Path) -> None:
    report = killtest.run(tmp_path, deliveries=150, kills=3, seed=7, cli_load=False)
    # killtest.run asserts every guarantee; these make the report's key figures visible on failure.
    assert report["receiver_starts"] == 4
    assert report["acknowledged_ids"] == 150 - report["redeliveries"]
    assert report["webhook_events_rows"] == report["acknowledged_ids"]
    assert report["forged_refused"] == report["forged"] > 0
    runs = report["handler_runs"]["record"]
    assert runs["events"] == report["acknowledged_ids"] and runs["runs"] >= runs["events"]
