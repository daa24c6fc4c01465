"""`hotmart --mock verify` passes; `hotmart --mock --mock-drift verify` fails and finds every drift
the mock injected (recall 100%, checked against the mock's own log of what it served), with no
finding the plain mock did not cause (precision: the plain run finds nothing at all).

The two commands run as written, as processes started at once. Meanwhile the same walk runs in
this process (`verify()`) against a drifting mock of this test's own, configured as the embedded
one: its log (`MockServer.injected_drift()`) is the list of what the mock injected, and the
drifting command must find exactly what this walk found.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from hotmart_client import verify
from hotmart_client._proposal import _Spec, apply_overlay
from hotmart_client.cli._verify import MOCK_ITEMS
from hotmart_client.drift import DriftEntry
from hotmart_client.mock import Drift, Injected, mock_server
from hotmart_client.mock._spec import MockSpec

SPEC = MockSpec.load()
SUBDOMAIN = SPEC.by_id["listClubModules"].param("subdomain").schema.get("example") or "fotografiadigital"
READS = {op.operation_id for op in SPEC.operations if op.is_read and not op.is_token_endpoint}


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    folder: Path

    @property
    def report(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads((self.folder / "report.json").read_text(encoding="utf-8"))
        return loaded

    def operations(self) -> dict[str, dict[str, Any]]:
        return {op["operation_id"]: op for op in self.report["operations"]}

    def drift_findings(self) -> set[tuple[str, str, str, str]]:
        return {
            (name, f["kind"], f["pointer"], f["detail"])
            for name, op in self.operations().items()
            for f in op["findings"]
            if f["check"] == "drift"
        }


@dataclass
class Runs:
    plain: Run
    drifting: Run
    own: Run
    injected: list[Injected]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    root = tmp_path_factory.mktemp("verify")
    cli = [sys.executable, "-m", "hotmart_client.cli"]
    commands = {
        "plain": [*cli, "--mock", "verify", "-o", str(root / "plain")],
        "drifting": [*cli, "--mock", "--mock-drift", "verify", "-o", str(root / "drifting")],
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOTMART_")}
    processes = {
        name: subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name, command in commands.items()
    }
    with mock_server(items=MOCK_ITEMS, drift=Drift()) as server, server.client() as client:
        report = verify(client, rate=None, parameters={"subdomain": SUBDOMAIN})
        report.save(root / "own")
        injected = server.injected_drift()
    done = {}
    for name, process in processes.items():
        out, err = process.communicate(timeout=300)
        done[name] = Run(process.returncode, out, err, root / name)
    yield Runs(done["plain"], done["drifting"], Run(1, report.summary(), "", root / "own"), injected)


def test_hotmart_mock_verify_passes_and_exercises_every_read_operation(runs: Runs) -> None:
    run = runs.plain
    assert run.returncode == 0, run.stderr
    report = run.report
    assert report["passed"] is True and report["environment"] == "local"
    assert run.stdout.startswith("PASSED: 19 read operations, 19 matched, 0 differ, 0 not exercised")
    operations = run.operations()
    assert {name for name, op in operations.items() if op["verdict"] == "matched"} == READS
    assert [f for op in operations.values() for f in op["findings"]] == []  # no false finding
    assert (run.folder / "report.md").exists() and (run.folder / "drift.json").exists()
    assert not (run.folder / "proposal.yaml").exists()
    # The budget: every call counted, and how long it takes when paced.
    assert report["calls"] == sum(op["calls"] for op in operations.values()) > len(READS)
    assert report["projection_seconds"]["at_hotmart_limit"] == round(report["calls"] * 60 / 500, 1)
    assert "at verify's 120/min" in run.stdout and "at Hotmart's 500/min" in run.stdout
    # Every windowed listing's bounds measured (tests/verify/test_mock_switches.py: under each switch).
    bounds = report["behaviours"]["end_bound"]
    assert {(result["start"], result["end"]) for result in bounds.values()} == {("inclusive", "inclusive")}
    assert len(bounds) == 6 and "end_date inclusive" in run.stdout


def test_hotmart_mock_mock_drift_verify_fails_with_a_proposal(runs: Runs) -> None:
    run = runs.drifting
    assert run.returncode == 1, run.stderr
    assert run.stdout.startswith("DIFFERS: 19 read operations, 0 matched, 19 differ")
    assert {name for name, op in run.operations().items() if op["verdict"] == "differs"} == READS
    assert (run.folder / "proposal.yaml").exists()
    # The embedded drifting mock is the same as this test's own: the same drift is found.
    assert run.drift_findings() == runs.own.drift_findings()


def _entry(found: Injected) -> DriftEntry:
    op = SPEC.by_id[found.operation_id]
    return DriftEntry("response", found.operation_id, op.success_status, found.kind, found.pointer,  # type: ignore[arg-type]
                      found.detail, 1, *(2 * [None]))  # type: ignore[arg-type]  # fmt: skip


def test_every_drift_the_mock_injected_is_in_the_report_and_the_proposal(runs: Runs) -> None:
    run = runs.drifting
    injected = runs.injected
    assert {found.operation_id for found in injected} == READS  # every read operation drifted
    assert {"unknown_field", "unknown_enum", "type_mismatch", "undocumented_header"} == {f.kind for f in injected}
    found = run.drift_findings()
    missing = [item for item in injected if (item.operation_id, item.kind, item.pointer, item.detail) not in found]
    assert missing == []  # recall 100%
    # No drift finding the mock did not inject (the keys and types inside a new object describe it).
    extra = {
        item
        for item in found
        if not any(
            (item[0], item[1]) == (i.operation_id, i.kind)
            and (item[2] == i.pointer or item[2].startswith(i.pointer + "/"))
            for i in injected
        )
    }
    assert extra == set()
    # The proposal makes the spec predict each of them.
    proposal = yaml.safe_load((run.folder / "proposal.yaml").read_text(encoding="utf-8"))
    doc = json.loads(json.dumps(SPEC.doc))
    apply_overlay(doc, proposal)
    spec = _Spec(doc)
    for item in injected:
        assert _predicted(spec, item), item


def _predicted(spec: _Spec, item: Injected) -> bool:
    entry = _entry(item)
    if item.kind == "unknown_field":
        return spec.property_at(entry, item.pointer) is not None
    if item.kind == "unknown_enum":
        location = spec.schema_at(entry, item.pointer)
        return location is not None and item.detail in spec.node(location)["enum"]
    if item.kind == "type_mismatch":
        location = spec.property_at(entry, item.pointer)
        return location is not None and "string" in spec.node(location)["type"]
    location = spec.response(entry)
    return location is not None and item.detail in {name.lower() for name in spec.node(location).get("headers", {})}
