"""The whole spec-change workflow against a drifting mock (docs/when-hotmart-changes.md):

1. record: the sync and async clients, a webhook receiver and the command line (`--record-drift`)
   against a mock that drifts (new fields, a new enum value, a changed type, a new header);
2. `hotmart spec drift` merges the recordings, prints the table and writes an Overlay;
3. `hotmart spec apply-overlay` applies it to a copy of spec/hotmart.yaml, keeping its layout;
4. `generator/generate.py --spec --output` regenerates the package and the overlay into a
   temporary folder (never the checkout's files);
5. a fresh interpreter importing that client reads every drifted field typed, and recording the
   same drifting mock again finds nothing.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from hotmart_client import webhooks
from hotmart_client.drift import DriftRecorder
from hotmart_client.mock import Drift, MockServer, mock_server

pytest.importorskip("openapi_python_client", reason="regenerating needs the [generate] extra")
pytest.importorskip("ruamel.yaml", reason="applying an overlay needs the [generate] extra")

ROOT = Path(__file__).resolve().parents[2]
HOTTOK = "e2e-hottok"
WEBHOOK_DRIFT = {"purchase": {"loyalty_points": 12}}


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hotmart_client.cli", *args],
        check=False, capture_output=True, text=True, timeout=300, env=env, cwd=cwd,
    )  # fmt: skip


def record_with_the_library(server: MockServer, path: Path) -> None:
    recorder = DriftRecorder()
    with server.client(drift=recorder) as hotmart:
        assert len(list(hotmart.sales.history.export(limit=150, max_results=50))) == 150
        hotmart.products.list()

    async def with_async() -> None:
        # On the mock's clock: the export pins Hotmart's 30-day default to the mock's today.
        async with server.async_client(drift=recorder) as hotmart:
            subscriptions = [item async for item in hotmart.subscriptions.list.export(limit=60, max_results=30)]
            assert subscriptions  # the last 30 days (Hotmart's default window)

    import asyncio

    asyncio.run(with_async())
    headers, body = webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK, data_overrides=WEBHOOK_DRIFT)
    webhooks.parse(body, headers, hottok=HOTTOK, drift=recorder)
    recorder.save(path)


def record_with_the_command_line(server: MockServer, path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOTMART_")}
    env |= {
        "HOTMART_CLIENT_ID": server.client_id,
        "HOTMART_CLIENT_SECRET": server.client_secret,
        "HOTMART_BASE_URL": server.url,
        "HOTMART_TOKEN_URL": server.token_url,
    }
    for _ in range(2):  # the second run adds to the file
        result = cli("--record-drift", str(path), "sales", "history", "--limit", "20", "--format", "jsonl", env=env)
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == 20


VERIFY = textwrap.dedent(
    """
    import typing, sys
    from pathlib import Path
    import hotmart_api, hotmart_client
    out = Path(sys.argv[1])
    assert Path(hotmart_api.__file__).parent == out / "hotmart_api", hotmart_api.__file__
    assert Path(hotmart_client.__file__).parent == out / "hotmart_client", hotmart_client.__file__
    from hotmart_api.models import ProductRef, PurchaseStatus, SaleHistoryItem, WebhookPurchase
    from hotmart_api.types import Unset
    from hotmart_client import webhooks
    from hotmart_client.drift import DriftRecorder
    from hotmart_client.mock import Drift, mock_server

    # Typed: the new fields are attributes with their types, the new value a member.
    hints = typing.get_type_hints(SaleHistoryItem)
    assert hints["drift_note"] == str | Unset, hints["drift_note"]
    details = typing.get_args(hints["drift_details"])[0]
    assert typing.get_type_hints(details)["level"] == int | Unset
    assert typing.get_type_hints(details)["tags"] == list[str] | Unset
    assert str in typing.get_args(typing.get_type_hints(ProductRef)["id"])
    assert PurchaseStatus("DRIFTED_BY_MOCK").is_known
    assert typing.get_type_hints(WebhookPurchase)["loyalty_points"] == int | Unset

    recorder = DriftRecorder()
    with mock_server(seed=3, items=300, drift=Drift()) as server:
        with server.client(drift=recorder) as hotmart:
            items = list(hotmart.sales.history.export(limit=150, max_results=50))
            hotmart.products.list()
            subscriptions = list(hotmart.subscriptions.list.export(limit=60, max_results=30))
    item = items[1]
    assert isinstance(item.drift_note, str)
    assert isinstance(item.drift_details, details) and isinstance(item.drift_details.level, int)
    assert item.drift_details.tags == ["mock", "drift"]
    assert item.purchase.status == PurchaseStatus.DRIFTED_BY_MOCK and item.purchase.status.is_known
    assert isinstance(item.product.id, str)  # the mock sends it as a string: read as one, no error
    headers, body = webhooks.build_delivery("PURCHASE_APPROVED", "t", data_overrides=WEBHOOK_DRIFT)
    event = webhooks.parse(body, headers, hottok="t", drift=recorder)
    assert event.data.purchase.loyalty_points == 12 and event.problems == ()
    assert recorder.entries() == [], recorder.entries()
    print("typed, and no drift left:", len(items), "sales,", len(subscriptions), "subscriptions")
    """
).replace("WEBHOOK_DRIFT", repr(WEBHOOK_DRIFT))


def test_drift_is_recorded_proposed_applied_and_regenerated_into_a_typed_client(tmp_path: Path) -> None:
    with mock_server(seed=3, items=300, drift=Drift()) as server:
        record_with_the_library(server, tmp_path / "library.json")
        record_with_the_command_line(server, tmp_path / "cli.json")

    spec = tmp_path / "spec" / "hotmart.yaml"
    spec.parent.mkdir()
    shutil.copyfile(ROOT / "spec" / "hotmart.yaml", spec)
    overlay = tmp_path / "drift-overlay.yaml"
    result = cli(
        "spec", "drift", str(tmp_path / "library.json"), str(tmp_path / "cli.json"),
        "--spec", str(spec), "--proposal", str(overlay), "--merged", str(tmp_path / "merged.json"),
        env={**os.environ, "COLUMNS": "250"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    table = result.stdout
    for expected in (
        "getSalesHistory: 5 responses checked",  # 3 pages of the library, 2 of the command line
        "PURCHASE_APPROVED: 1 deliveries checked",
        "unknown field",
        "/items/*/drift_note",
        "unknown enum value",
        "DRIFTED_BY_MOCK",
        "type mismatch",
        "/items/*/product/id",
        "undocumented header",
        "x-mock-drift",
        "/data/purchase/loyalty_points",
    ):
        assert expected in table, expected
    proposal = yaml.safe_load(overlay.read_text(encoding="utf-8"))
    assert proposal["overlay"] == "1.0.0" and proposal["actions"]

    original = spec.read_text(encoding="utf-8")
    result = cli("spec", "apply-overlay", str(overlay), "--spec", str(spec))
    assert result.returncode == 0, result.stderr
    applied = spec.read_text(encoding="utf-8")
    removed = [line for line in difflib.ndiff(original.splitlines(), applied.splitlines()) if line.startswith("- ")]
    # Only the widened types lose a line (`type: integer` becomes a list): the layout is kept.
    assert removed and all(line[2:].strip() == "type: integer" for line in removed), removed
    from openapi_spec_validator import validate

    validate(yaml.safe_load(applied))

    out = tmp_path / "out"
    generate = subprocess.run(
        [sys.executable, "generator/generate.py", "--spec", str(spec), "--output", str(out)],
        check=False, capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert generate.returncode == 0, generate.stdout + generate.stderr

    env = {**os.environ, "PYTHONPATH": str(out)}
    verify = subprocess.run(
        [sys.executable, "-c", VERIFY, str(out)],
        check=False, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "no drift left" in verify.stdout
