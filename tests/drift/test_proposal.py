"""From entries to an Overlay: the action each kind of drift gets, the notes for what is not
guessed at, the subset of Overlay 1.0 the applier supports and refuses, and the command line's
error paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from hotmart_client._proposal import OverlayError, apply_overlay, apply_overlay_to_text, jsonpath, propose
from hotmart_client.drift import DriftEntry, DriftRecorder

ROOT = Path(__file__).resolve().parents[2]
SEEN = datetime(2026, 6, 1, tzinfo=UTC)


@cache
def spec_text() -> str:
    return (ROOT / "spec" / "hotmart.yaml").read_text(encoding="utf-8")


def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(spec_text())
    return loaded


def entry(
    kind: str, pointer: str, detail: str = "", *, source: str = "getSalesHistory", status: int | None = 200
) -> DriftEntry:
    channel = "webhook" if status is None else "response"
    return DriftEntry(channel, source, status, kind, pointer, detail, 3, SEEN, SEEN)  # type: ignore[arg-type]


def applied(*entries: DriftEntry) -> tuple[dict[str, Any], list[str]]:
    doc = spec()
    proposal = propose(entries, doc)
    apply_overlay(doc, proposal.overlay)
    return doc, proposal.notes


def test_a_missing_required_field_is_no_longer_required() -> None:
    doc, notes = applied(entry("missing_required", "/items/*/buyer/email"))
    assert notes == []
    assert "email" not in doc["components"]["schemas"]["Buyer"].get("required", [])
    doc, _ = applied(entry("missing_required", "/items/*/purchase/transaction"))
    assert doc["components"]["schemas"]["Purchase"]["required"] == ["order_date", "status", "price"]


def test_an_undocumented_status_becomes_a_response_with_the_error_body() -> None:
    doc, notes = applied(entry("undocumented_status", "", status=418))
    responses = doc["paths"]["/payments/api/v1/sales/history"]["get"]["responses"]
    assert notes == []
    assert responses["418"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    assert "seen 3 time(s) in getSalesHistory, 2026-06-01" in responses["418"]["description"]


def test_a_header_on_a_shared_response_is_added_to_that_component() -> None:
    doc, _ = applied(entry("undocumented_header", "", "x-request-id", status=429))
    headers = doc["components"]["responses"]["TooManyRequests"]["headers"]
    assert headers["X-Request-Id"]["schema"] == {"type": "string"}
    assert "Retry-After" in headers  # merged, not replaced


def test_new_fields_of_webhooks_and_nested_unknown_objects() -> None:
    doc, notes = applied(
        entry("unknown_field", "/data/purchase/perks", "array", source="PURCHASE_APPROVED", status=None),
        entry("unknown_field", "/data/purchase/perks/*", "object", source="PURCHASE_APPROVED", status=None),
        entry("unknown_field", "/data/purchase/perks/*/code", "string", source="PURCHASE_APPROVED", status=None),
        entry("unknown_field", "/data/purchase/perks/*/code", "null", source="PURCHASE_APPROVED", status=None),
        entry("unknown_field", "/data/purchase/perks/*/value", "integer", source="PURCHASE_APPROVED", status=None),
        entry("unknown_field", "/data/purchase/perks/*/value", "number", source="PURCHASE_APPROVED", status=None),
    )
    assert notes == []
    perks = doc["components"]["schemas"]["WebhookPurchase"]["properties"]["perks"]
    assert perks["type"] == "array" and perks["x-hotmart-evidence"] == "inferred"
    assert perks["items"]["properties"] == {"code": {"type": ["string", "null"]}, "value": {"type": "number"}}


def test_what_is_not_safe_to_change_becomes_a_note() -> None:
    proposal = propose(
        [
            entry("type_mismatch", "/items/*/purchase/order_date", "string"),  # a time ($ref EpochMillis)
            entry("type_mismatch", "/items/*/purchase/status", "integer"),  # an enum
            entry("type_mismatch", "/items/*/purchase", "string"),  # a nested model
            entry("unknown_enum", "/items/*/purchase/status", "(other values)"),
            entry("unknown_enum", "/items/*/purchase/status", "X" * 120 + "…"),
            entry("unknown_field", "/nowhere/at/all", "string"),
            entry("missing_required", "/items/*/producer/name"),  # not required there
            entry("unknown_event", "", source="PURCHASE_TELEPORTED", status=None),
            entry("undocumented_status", "", source="noSuchOperation", status=418),
        ],
        spec(),
    )
    assert proposal.actions == []
    assert len(proposal.notes) == 9
    assert any("EpochMillis" in note for note in proposal.notes)
    assert any("PURCHASE_TELEPORTED" in note and "by hand" in note for note in proposal.notes)


def test_the_same_change_reached_from_two_operations_is_one_action() -> None:
    proposal = propose(
        [
            entry("unknown_enum", "/items/*/purchase/status", "BEAMED"),
            entry("unknown_enum", "/items/*/purchase/status", "BEAMED", status=None, source="getSalesHistory"),
            entry("unknown_enum", "/items/*/purchase/status", "BEAMED", source="listSubscriptionTransactions"),
        ],
        spec(),
    )
    [sales, transactions] = proposal.actions  # the webhook entry's place does not exist: a note
    assert sales["target"] == "$.components.schemas.PurchaseStatus.enum" and sales["update"] == "BEAMED"
    assert transactions["target"] == "$.components.schemas.TransactionPurchaseStatus.enum"
    assert "seen 3 time(s)" in sales["description"] and len(proposal.notes) == 1
    merged = propose(
        [entry("unknown_field", "/items/*/x", "string", source=op) for op in ("getSalesHistory",) * 2], spec()
    )
    assert len(merged.actions) == 1 and "seen 6 time(s)" in merged.actions[0]["description"]


# --- the applier ------------------------------------------------------------------------------------


def test_updates_merge_into_objects_append_to_arrays_and_removes_delete() -> None:
    doc: dict[str, Any] = {"a": {"b": {"c": 1, "d": [1]}, "e/f": {"g": 1}}}
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "actions": [
            {"target": "$.a.b", "update": {"x": 2, "c": 3}},
            {"target": "$.a.b.d", "update": 2},
            {"target": "$.a['e/f'].g", "remove": True},
            {"target": "$['a']", "update": {"e/f": {"h": 1}}},
        ],
    }
    apply_overlay(doc, overlay)
    assert doc == {"a": {"b": {"c": 3, "d": [1, 2], "x": 2}, "e/f": {"h": 1}}}
    assert (
        jsonpath(("paths", "/sales/history", "get", "responses", "200"))
        == "$.paths['/sales/history'].get.responses['200']"
    )


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ({"overlay": "2.0.0", "actions": []}, "not an Overlay 1.0"),
        ({"overlay": "1.0.0"}, "list of `actions`"),
        ({"overlay": "1.0.0", "actions": [{"update": {}}]}, "no target"),
        ({"overlay": "1.0.0", "actions": [{"target": "$.nothing.here", "update": {}}]}, "selects nothing"),
        ({"overlay": "1.0.0", "actions": [{"target": "$.paths..get", "remove": True}]}, "only names"),
        ({"overlay": "1.0.0", "actions": [{"target": "$.openapi", "update": {"a": 1}}]}, "neither an object"),
    ],
)
def test_an_overlay_it_cannot_apply_is_refused_clearly(overlay: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        apply_overlay(spec(), overlay)


def test_applying_to_the_text_changes_only_the_lines_of_the_change() -> None:
    proposal = propose([entry("unknown_enum", "/items/*/purchase/status", "BEAMED")], spec())
    before = spec_text()
    after = apply_overlay_to_text(before, proposal.overlay)
    assert after.replace("        - BEAMED\n", "", 1) == before
    assert after.index("- BEAMED") > after.index("- WAITING_PAYMENT")


# --- the command line's error paths -----------------------------------------------------------------


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hotmart_client.cli", *args],
        check=False, capture_output=True, text=True, timeout=120, cwd=cwd, env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip


def test_spec_drift_refuses_a_file_that_is_not_a_recording(tmp_path: Path) -> None:
    (tmp_path / "drift.json").write_text(json.dumps({"format": "other"}), encoding="utf-8")
    result = cli("spec", "drift", "drift.json", cwd=tmp_path)
    assert result.returncode == 2 and "not a hotmart-drift recording" in result.stderr


def test_spec_drift_without_drift_writes_no_proposal(tmp_path: Path) -> None:
    DriftRecorder().save(tmp_path / "drift.json")
    result = cli("spec", "drift", "drift.json", cwd=tmp_path)
    assert result.returncode == 0 and "No drift" in result.stdout
    assert not (tmp_path / "drift-overlay.yaml").exists()


def test_apply_overlay_refuses_a_target_the_spec_lacks(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "hotmart.yaml").write_text(spec_text(), encoding="utf-8")
    (tmp_path / "o.yaml").write_text(
        "overlay: 1.0.0\nactions:\n  - target: $.nope\n    remove: true\n", encoding="utf-8"
    )
    result = cli("spec", "apply-overlay", "o.yaml", cwd=tmp_path)
    assert result.returncode == 2 and "$.nope selects nothing" in result.stderr
    assert (tmp_path / "spec" / "hotmart.yaml").read_text(encoding="utf-8") == spec_text()
