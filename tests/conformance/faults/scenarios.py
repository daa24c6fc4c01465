"""The rows of the fault matrix: what goes wrong, how often, and what the client must achieve.

Request numbers count per route (sales history, refund) from 1. A single call retries 3 times
(`workloads.RETRIES`), so a burst of up to 3 bad answers is absorbed; a page of an export has a
larger budget (`page_max_retries`, 10, within `page_budget` seconds), so it absorbs bursts a single
call does not. "Persistent" faults outlast the retries on purpose, to check that the call fails
with a typed error and that the program can resume without losing or repeating anything.

Two rows change what the program does rather than what the server does: `stop_every` makes the
pager workload leave its loop every N items (mid-page) and resume from `pager.checkpoint`;
`token_lifetime` makes the server issue short-lived tokens and refuse them once expired.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tests.conformance.faults.server import Fault, Schedule

# absorbed: retries hide the fault, every sales-history call succeeds.
# resumed: some calls fail for good (typed errors) and the program resumes past them.
# either: seeded random faults, where a call may or may not outlast its retries.
Expect = Literal["absorbed", "resumed", "either"]

RATE_LIMITED = (("Retry-After", "0"), ("RateLimit-Limit", "500"), ("RateLimit-Remaining", "0"))


@dataclass(frozen=True)
class Scenario:
    name: str
    schedules: tuple[Schedule, ...]
    expect: Expect
    seed: int = 7
    pager_expect: Expect | None = None  # when an export's page budget makes a difference
    stop_every: int | None = None
    token_lifetime: int = 86400

    @property
    def id(self) -> str:
        return self.name.split(" (")[0].replace(" ", "-").replace("/", "-")

    def expected(self, workload: str) -> Expect:
        return self.pager_expect if workload == "pager" and self.pager_expect else self.expect


SCENARIOS = (
    Scenario("no faults", (), expect="absorbed"),
    Scenario("503 on 20% (seeded random)", (Schedule(Fault("status", 503), rate=0.2),), expect="either"),
    Scenario(
        "429 bursts (3 in a row)", (Schedule(Fault("status", 429, RATE_LIMITED), every=9, burst=3),), expect="absorbed"
    ),
    Scenario("token revoked mid-run", (Schedule(Fault("revoke"), every=4, once=True),), expect="absorbed"),
    Scenario("truncated body (connection cut)", (Schedule(Fault("truncate"), every=5),), expect="absorbed"),
    Scenario("dropped connection", (Schedule(Fault("drop"), every=5),), expect="absorbed"),
    Scenario("slow answer past the timeout", (Schedule(Fault("slow", delay=1.5), every=6),), expect="absorbed"),
    Scenario("520 bursts (2 in a row)", (Schedule(Fault("status", 520), every=7, burst=2),), expect="absorbed"),
    Scenario(
        "HTML 502/503 error pages",
        (Schedule(Fault("html", 502), every=4), Schedule(Fault("html", 503), every=7)),
        expect="absorbed",
    ),
    Scenario(
        "5 consecutive 503s",
        (Schedule(Fault("status", 503), every=12, burst=5),),
        expect="resumed",
        pager_expect="absorbed",
    ),
    Scenario("persistent 520 (12 in a row)", (Schedule(Fault("status", 520), every=16, burst=12),), expect="resumed"),
    Scenario("499 from a proxy", (Schedule(Fault("status", 499), every=6),), expect="resumed"),
    # A 200 whose body is not JSON (cut, or a proxy's page): a read retries it.
    Scenario("HTML page with status 200", (Schedule(Fault("html", 200), every=6),), expect="absorbed"),
    Scenario("truncated JSON answer to a GET", (Schedule(Fault("truncate_json"), every=6),), expect="absorbed"),
    Scenario("stopped mid-export, resumed mid-page", (), expect="absorbed", stop_every=37),
    # Tokens live 1 s, and every answer takes 0.1 s, so a run outlives several of them.
    Scenario(
        "short-lived token (1 s)", (Schedule(Fault("slow", delay=0.1), every=1),), expect="absorbed", token_lifetime=1
    ),
    Scenario(
        "everything at once (seeded random)",
        (
            Schedule(Fault("status", 503), rate=0.05),
            Schedule(Fault("status", 429, RATE_LIMITED), rate=0.05),
            Schedule(Fault("drop"), rate=0.04),
            Schedule(Fault("truncate"), rate=0.04),
            Schedule(Fault("slow", delay=1.5), rate=0.03),
            Schedule(Fault("html", 520), rate=0.04),
            Schedule(Fault("revoke"), every=10, once=True),
        ),
        expect="either",
    ),
)
