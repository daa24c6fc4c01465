"""The report of a verification: JSON (to send upstream), Markdown (to read), a one-line summary,
and the proposed change of the spec (an OpenAPI Overlay, as `hotmart spec drift` writes it)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._proposal import Proposal, propose
from ..drift import DriftRecorder
from ._model import EventReport, OperationReport

FORMAT = "hotmart-verify"
VERSION = 1
HOTMART_RATE = 500  # requests per minute per token (Hotmart's rate limit page)
DEFAULT_RATE = 120  # verify's pace: a quarter of Hotmart's limit, leaving the account its own traffic
FILES = ("report.json", "report.md", "drift.json", "proposal.yaml")


@dataclass
class VerifyReport:
    """What `verify` found. `passed`: every operation exercised answered as the spec says (and at
    least one was, and no call went unanswered). `save(folder)` writes report.json, report.md, the
    drift recording (drift.json, for `hotmart spec drift`) and, when something differed from the
    spec, proposal.yaml."""

    operations: list[OperationReport]
    events: list[EventReport]
    behaviours: dict[str, dict[str, Any]]
    drift: DriftRecorder
    calls: int
    seconds: float
    depth: int
    rate: int | None  # requests per minute verify held itself to (None: no limit of its own)
    environment: str  # production, sandbox, local (a mock or another server on this machine)
    writes: bool
    spec_doc: dict[str, Any] = field(repr=False, default_factory=dict)
    client_version: str = ""
    warnings: list[str] = field(default_factory=list)  # shown once, never saved (they may name ids)

    @property
    def reads(self) -> list[OperationReport]:
        return [op for op in self.operations if op.method == "GET"]

    @property
    def failed_calls(self) -> int:
        return sum(len(op.failures) for op in self.operations)

    @property
    def passed(self) -> bool:
        exercised = [op for op in self.operations if op.exercised]
        return bool(exercised) and all(op.verdict == "matched" for op in exercised) and not self.failed_calls

    def proposal(self) -> Proposal | None:
        """The Overlay making the spec predict the drift seen (None when there was none)."""
        entries = [entry for entry in self.drift.entries() if entry.channel == "response"]
        if not entries:
            return None
        result = propose(entries, self.spec_doc, title="Drift seen by hotmart verify")
        if result.notes:
            result.overlay["x-hotmart-notes"] = list(result.notes)  # what got no action, and why
        return result

    # -- numbers ------------------------------------------------------------------------------------

    @property
    def pace(self) -> int:
        """The rate the projection uses: verify's own, or its default when it had none."""
        return self.rate or DEFAULT_RATE

    def projection(self) -> dict[str, float]:
        """Seconds the same calls take at least when paced at verify's rate and at Hotmart's limit."""
        return {
            "at_verify_rate": round(self.calls * 60 / self.pace, 1),
            "at_hotmart_limit": round(self.calls * 60 / HOTMART_RATE, 1),
        }

    def summary(self) -> str:
        """One line: verdicts, calls and time, and the two facts about windows and tokens."""
        reads = self.reads
        counts = {verdict: sum(op.verdict == verdict for op in reads) for verdict in ("matched", "differs")}
        missing = len(reads) - counts["matched"] - counts["differs"]
        writes = [op for op in self.operations if op.method != "GET" and op.exercised]
        differs = sum(op.verdict == "differs" for op in writes)
        written = f"{len(writes)} write(s) run, {differs} differ" if self.writes else "writes not run"
        paced = self.projection()
        failed = f", {self.failed_calls} call(s) unanswered" if self.failed_calls else ""
        verdict = "PASSED" if self.passed else "DIFFERS" if self._differs() else "INCOMPLETE"
        return (
            f"{verdict}: {len(reads)} read operations, {counts['matched']} matched, {counts['differs']} differ, "
            f"{missing} not exercised; {written}; {self.calls} calls in {self.seconds:.1f} s "
            f"(paced: ~{paced['at_verify_rate']:.0f} s at verify's {self.pace}/min, "
            f"~{paced['at_hotmart_limit']:.0f} s at Hotmart's {HOTMART_RATE}/min){failed}; "
            f"end_date {self._fact('end_bound', 'end')}; page tokens {self._fact('page_tokens', 'kind')}"
        )

    def _differs(self) -> bool:
        return any(op.verdict == "differs" for op in self.operations)

    def _fact(self, behaviour: str, key: str) -> str:
        seen = {str(result.get(key)) for result in self.behaviours.get(behaviour, {}).values()}
        known = seen - {"undetermined", "None"}
        if not known:
            return "undetermined"
        return " / ".join(sorted(known)) if len(known) > 1 else known.pop()

    # -- files --------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        proposal = self.proposal()
        return {
            "format": FORMAT,
            "version": VERSION,
            "client_version": self.client_version,
            "spec_version": str((self.spec_doc.get("info") or {}).get("version", "")),
            "environment": self.environment,
            "depth": self.depth,
            "writes": self.writes,
            "passed": self.passed,
            "summary": self.summary(),
            "calls": self.calls,
            "seconds": round(self.seconds, 2),
            "rate_per_minute": self.rate,
            "projection_rate_per_minute": self.pace,
            "projection_seconds": self.projection(),
            "behaviours": self.behaviours,
            "operations": [op.to_dict() for op in self.operations],
            "events": [event.to_dict() for event in self.events],
            "proposal": None
            if proposal is None
            else {"actions": len(proposal.actions), "notes": list(proposal.notes), "file": "proposal.yaml"},
        }

    def save(self, folder: str | os.PathLike[str]) -> list[Path]:
        """Write the report's files into `folder` (created if need be); return their paths."""
        import yaml  # noqa: PLC0415 - the [verify] extra

        from ._markdown import markdown  # noqa: PLC0415

        target = Path(folder)
        target.mkdir(parents=True, exist_ok=True)
        written = [target / "report.json", target / "report.md", target / "drift.json"]
        written[0].write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written[1].write_text(markdown(self), encoding="utf-8")
        self.drift.save(written[2])
        proposal = self.proposal()
        stale = target / "proposal.yaml"
        if proposal is not None:
            text = yaml.safe_dump(proposal.overlay, sort_keys=False, allow_unicode=True, width=120)
            stale.write_text(text, encoding="utf-8")
            written.append(stale)
        elif stale.exists():
            stale.unlink()  # an earlier run's proposal would be read as this one's
        return written
