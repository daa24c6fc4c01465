"""What a verification found, per operation and per webhook event.

Nothing here holds a value from Hotmart's answers: a finding names a check, a kind, a place (a JSON
Pointer with `*` for any list index), a JSON type, an enum value or a header name; a call is
described by its purpose (`page 2`, `transaction_status=CANCELLED`, `filter transaction`), never
by the ids it was made with.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

Verdict = Literal["matched", "differs", "not exercised"]
Check = Literal["status", "schema", "drift", "readback", "pagination", "write"]


@dataclass
class Finding:
    """One way the account's answers and the spec disagree, and how often it was seen."""

    check: Check
    kind: str
    pointer: str
    detail: str
    message: str
    count: int = 1
    status: int | None = None

    @property
    def key(self) -> tuple[str, str, str, str, int | None]:
        return (self.check, self.kind, self.pointer, self.detail, self.status)

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "kind": self.kind,
            "pointer": self.pointer,
            "detail": self.detail,
            "status": self.status,
            "count": self.count,
            "message": self.message,
        }


@dataclass
class OperationReport:
    """One operation of the spec: whether it was exercised, its calls, findings and measurements."""

    operation_id: str
    method: str
    path: str
    tag: str
    statuses: Counter[int] = field(default_factory=Counter)  # answers by HTTP status
    reason: str | None = None  # why it was not exercised (set when nothing answered 2xx)
    refusals: list[str] = field(default_factory=list)  # calls answered 4xx that are no disagreement
    failures: list[str] = field(default_factory=list)  # calls without a usable answer (network, 5xx)
    notes: list[str] = field(default_factory=list)
    measurements: dict[str, Any] = field(default_factory=dict)
    _findings: dict[tuple[str, str, str, str, int | None], Finding] = field(default_factory=dict, repr=False)

    @property
    def calls(self) -> int:
        return sum(self.statuses.values()) + len(self.failures)

    @property
    def exercised(self) -> bool:
        return any(200 <= status < 300 for status in self.statuses)

    @property
    def findings(self) -> list[Finding]:
        return sorted(self._findings.values(), key=lambda f: (f.check, f.pointer, f.kind, f.detail))

    @property
    def verdict(self) -> Verdict:
        if not self.exercised:
            return "not exercised"
        return "differs" if self._findings else "matched"

    def add(self, finding: Finding) -> None:
        known = self._findings.get(finding.key)
        if known is None:
            self._findings[finding.key] = finding
        else:
            known.count += finding.count

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "operation_id": self.operation_id,
            "method": self.method,
            "path": self.path,
            "tag": self.tag,
            "verdict": self.verdict,
            "reason": None if self.exercised else self.reason,
            "calls": self.calls,
            "statuses": {str(status): count for status, count in sorted(self.statuses.items())},
            "findings": [finding.to_dict() for finding in self.findings],
            "refusals": self.refusals,
            "failures": self.failures,
            "notes": self.notes,
            "measurements": self.measurements,
        }


@dataclass
class EventReport:
    """One webhook event of the spec: what verify could say about it."""

    event: str
    deliveries: int = 0  # deliveries checked in the recordings given
    reason: str | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def verdict(self) -> Verdict:
        if not self.deliveries:
            return "not exercised"
        return "differs" if self.findings else "matched"

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "verdict": self.verdict,
            "reason": self.reason,
            "deliveries": self.deliveries,
            "findings": [finding.to_dict() for finding in self.findings],
        }
