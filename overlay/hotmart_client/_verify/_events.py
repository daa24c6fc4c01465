"""What verify can say about webhooks: only what deliveries recorded elsewhere hold.

Hotmart POSTs webhook deliveries to the receiver registered in its dashboard; verify reads the REST
API and has no address Hotmart could post to, so it checks no delivery by itself. A receiver that
parses with `webhooks.parse(..., drift=recorder)` records what each delivery held that the spec
did not describe; given such recordings, verify reports per event how many deliveries were checked
and what differed. Every other event is listed as not exercised, with that reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from .._drift import KIND_WORDS
from ..drift import DriftRecorder
from ..mock._spec import MockSpec
from ._model import EventReport, Finding

NOT_RECORDED = (
    "verify reads the REST API: Hotmart posts webhooks to your receiver. Record deliveries with "
    "webhooks.parse(..., drift=recorder) and pass the recording (--webhook-recording FILE)"
)
NO_DELIVERY = "no delivery of this event in the recordings given"


def events(spec: MockSpec, recordings: Iterable[DriftRecorder]) -> list[EventReport]:
    merged = DriftRecorder()
    given = False
    for recording in recordings:
        merged.merge(recording)
        given = True
    reports = {name: EventReport(name) for name in spec.doc.get("webhooks") or {}}
    for source in merged.sources():
        if source.channel == "webhook":
            reports.setdefault(source.source, EventReport(source.source)).deliveries = source.checked
    for entry in merged.entries():
        if entry.channel != "webhook":
            continue
        report = reports.setdefault(entry.source, EventReport(entry.source))
        report.findings.append(
            Finding("drift", entry.kind, entry.pointer, entry.detail, KIND_WORDS[entry.kind], count=entry.count)
        )
    for report in reports.values():
        if not report.deliveries:
            report.reason = NO_DELIVERY if given else NOT_RECORDED
    return sorted(reports.values(), key=lambda report: report.event)
