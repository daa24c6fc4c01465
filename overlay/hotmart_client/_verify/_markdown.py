"""report.md: the verification for people to read (report.json holds the same, for programs)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._model import Finding, OperationReport

if TYPE_CHECKING:
    from ._report import VerifyReport

_MARK = {"matched": "matched", "differs": "**differs**", "not exercised": "not exercised"}


def markdown(report: VerifyReport) -> str:
    lines = [
        "# hotmart verify report",
        "",
        report.summary(),
        "",
        f"- client {report.client_version}, spec {report.spec_doc.get('info', {}).get('version', '?')}, "
        f"environment: {report.environment}, depth {report.depth}",
        f"- {report.calls} calls in {report.seconds:.1f} s; paced: {_pace(report)}",
        "- Nothing in this report comes from your data: it names operations, places in the JSON "
        "(`*` for any list index), JSON types, enum values, header names and counts.",
        "",
        "## Operations",
        "",
        "| operation | verdict | calls | statuses | findings | why not exercised |",
        "| --- | --- | ---: | --- | ---: | --- |",
    ]
    for op in report.operations:
        statuses = ", ".join(f"{status} x{count}" for status, count in sorted(op.statuses.items()))
        reason = "" if op.exercised else _cell(op.reason or "")
        lines.append(
            f"| `{op.operation_id}` | {_MARK[op.verdict]} | {op.calls} | {statuses} | {len(op.findings)} | {reason} |"
        )
    lines += _behaviours(report)
    for op in report.operations:
        lines += _details(op)
    lines += _events(report)
    proposal = report.proposal()
    lines += ["", "## Proposed change of the spec", ""]
    if proposal is None:
        lines.append("None: nothing the drift recorder saw differs from the spec.")
    else:
        lines.append(f"proposal.yaml (OpenAPI Overlay 1.0): {len(proposal.actions)} action(s).")
        lines += [f"- not proposed: {_cell(note)}" for note in proposal.notes]
    return "\n".join(lines) + "\n"


def _pace(report: VerifyReport) -> str:
    projection = report.projection()
    return (
        f"~{projection['at_verify_rate']:.0f} s at verify's {report.pace}/min, "
        f"~{projection['at_hotmart_limit']:.0f} s at Hotmart's 500/min"
    )


def _behaviours(report: VerifyReport) -> list[str]:
    lines = ["", "## Time windows and page tokens", ""]
    bounds = report.behaviours.get("end_bound", {})
    tokens = report.behaviours.get("page_tokens", {})
    if not bounds and not tokens:
        return [*lines, "No time-windowed listing had items to measure with."]
    lines += [
        "| operation | bounded field | start | end | page tokens | how |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name in sorted({*bounds, *tokens}):
        bound: dict[str, Any] = bounds.get(name, {})
        token: dict[str, Any] = tokens.get(name, {})
        how = token.get("method") or token.get("reason") or ""
        if token.get("arrivals"):
            how += f"; {token['arrivals']}"
        lines.append(
            f"| `{name}` | {bound.get('field') or '?'} | {bound.get('start', '')} | {bound.get('end', '')} "
            f"| {token.get('kind', '')} | {_cell(how)} |"
        )
    return lines


def _details(op: OperationReport) -> list[str]:
    if not (op.findings or op.refusals or op.failures or op.notes or op.measurements):
        return []
    lines = ["", f"### {op.operation_id} ({op.verdict})", ""]
    if op.findings:
        lines += [
            "| check | kind | where | detail | status | count | what |",
            "| --- | --- | --- | --- | --- | ---: | --- |",
        ]
        lines += [_finding(finding) for finding in op.findings]
        lines.append("")
    lines += [f"- refused: {_cell(text)}" for text in op.refusals]
    lines += [f"- failed: {_cell(text)}" for text in op.failures]
    lines += [f"- note: {_cell(text)}" for text in op.notes]
    for name, value in op.measurements.items():
        lines.append(f"- {name}: {_cell(_flat(value))}")
    return lines


def _finding(finding: Finding) -> str:
    return (
        f"| {finding.check} | {finding.kind} | `{finding.pointer or '(answer)'}` | {_cell(finding.detail)} "
        f"| {finding.status or ''} | {finding.count} | {_cell(finding.message)} |"
    )


def _events(report: VerifyReport) -> list[str]:
    lines = [
        "",
        "## Webhook events",
        "",
        "| event | verdict | deliveries | findings | note |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for event in report.events:
        lines.append(
            f"| `{event.event}` | {_MARK[event.verdict]} | {event.deliveries} | {len(event.findings)} "
            f"| {_cell(event.reason or '')} |"
        )
    for event in report.events:
        if event.findings:
            lines += ["", f"### {event.event}", "", "| kind | where | detail | count |", "| --- | --- | --- | ---: |"]
            lines += [f"| {f.kind} | `{f.pointer}` | {_cell(f.detail)} | {f.count} |" for f in event.findings]
    return lines


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key} {_flat(inner)}" for key, inner in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
