"""The fault matrix: every scenario of `scenarios.py` x sync/async x pager/single calls, against a
real local server (uvicorn), with the figures that matter.

Whatever the fault: no item lost, none duplicated, no refund processed twice, no call hung. Where
retries absorb the fault, every sales-history call succeeds; where they cannot, the failed calls
raise typed errors and the program resumes (from `pager.next_page_token`, or by calling the page
again) to a complete, duplicate-free export. The table is printed at the end of the run and
written to build/conformance/fault-matrix.json.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.conformance.faults.scenarios import SCENARIOS, Scenario
from tests.conformance.faults.server import FaultServer
from tests.conformance.faults.workloads import Outcome, async_pager, async_single, sync_pager, sync_single, timed
from tests.conformance.report import Table, publish
from tests.servers import serve_asgi

pytestmark = pytest.mark.conformance

HEADERS = ["scenario", "client", "workload", "calls", "requests", "typed errors", "resumes", "stops", "lost",
           "duplicated", "refunds done", "refunds twice", "hung", "seconds"]  # fmt: skip


@dataclass
class Row:
    scenario: Scenario
    client: str
    workload: str
    outcome: Outcome
    requests: int
    refunds_done: int
    refunds_twice: int

    def cells(self) -> list[Any]:
        o = self.outcome
        errors = ", ".join(f"{name} {count}" for name, count in sorted(o.typed_errors.items())) or "0"
        refunds = f"{self.refunds_done}/{len(o.refund_codes)}" if o.refund_codes else "-"
        return [self.scenario.name, self.client, self.workload, o.calls, self.requests, errors, o.resumes, o.stops,
                o.lost, o.duplicated, refunds, self.refunds_twice, o.hung, f"{o.seconds:.1f}"]  # fmt: skip


ROWS: list[Row] = []


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[FaultServer, str]]:
    app = FaultServer()
    with serve_asgi(app, http="h11", interface="asgi3", proxy_headers=False, log_level="critical") as url:
        yield app, url
    _publish()


def _run(server: tuple[FaultServer, str], scenario: Scenario, client: str, workload: str) -> Row:
    app, url = server
    app.state.reset(scenario.schedules, scenario.seed, scenario.token_lifetime)
    prefix = f"R{scenario.id}-{client}-"
    runs: dict[tuple[str, str], Callable[[], Outcome]] = {
        ("sync", "pager"): lambda: sync_pager(url, scenario.stop_every),
        ("async", "pager"): lambda: asyncio.run(async_pager(url, scenario.stop_every)),
        ("sync", "single"): lambda: sync_single(url, prefix),
        ("async", "single"): lambda: asyncio.run(async_single(url, prefix)),
    }
    outcome = timed(runs[client, workload])
    done = sum(1 for code in outcome.refund_codes if app.state.refunds[code])
    twice = sum(app.state.refunds[code] - 1 for code in outcome.refund_codes if app.state.refunds[code] > 1)
    row = Row(scenario, client, workload, outcome, sum(app.state.requests.values()), done, twice)
    ROWS.append(row)
    return row


@pytest.mark.parametrize("workload", ["pager", "single"])
@pytest.mark.parametrize("client", ["sync", "async"])
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_fault_matrix(scenario: Scenario, client: str, workload: str, server: tuple[FaultServer, str]) -> None:
    row = _run(server, scenario, client, workload)
    outcome = row.outcome
    assert outcome.untyped_errors == [], "only the project's typed errors may escape"
    assert outcome.hung == 0
    assert outcome.lost == 0
    assert outcome.duplicated == 0
    assert row.refunds_twice == 0
    expect = scenario.expected(workload)
    if expect == "absorbed":
        assert outcome.resumes == 0, f"retries should have absorbed {scenario.name}"
    if expect == "resumed":
        assert outcome.resumes > 0, "the fault was meant to outlast the retries"
    assert sum(outcome.typed_errors.values()) + outcome.stops >= outcome.resumes
    if scenario.stop_every and workload == "pager":
        assert outcome.stops >= 2, "the program was meant to stop and resume mid-export"
    if scenario.token_lifetime < 60:  # replaced as they expire, but reused meanwhile (not one per call)
        app, _ = server
        tokens, calls = app.state.requests["token"], app.state.requests["history"] + app.state.requests["refund"]
        assert 2 <= tokens <= calls // 3, f"{tokens} token requests for {calls} calls"
    if scenario.schedules:
        app, _ = server
        assert sum(app.state.faults.values()) > 0, "the scenario injected nothing"


def _publish() -> None:
    table = Table("Fault matrix (real uvicorn server; figures per workload run)", HEADERS)
    table.rows = [row.cells() for row in ROWS]
    data = [
        dict(zip(HEADERS, row.cells(), strict=True)) | {"typed_errors": dict(row.outcome.typed_errors)} for row in ROWS
    ]
    publish("fault-matrix", table, data)
