"""Landing: journaled events go into the warehouse `hotmart sync` fills, once each, with typed
family tables, and the documented query joins them to `sales_history`."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dlt", reason="the [dlt] extra is not installed")

import dlt
import duckdb

from hotmart_client import webhooks
from hotmart_client.inbox import Inbox, load, warehouse_pipeline
from hotmart_client.inbox._journal import Delivery, now_ms
from hotmart_client.inbox._land import SYNC_DATASET, families
from hotmart_client.mock import mock_server
from tests.dlt.helpers import Account
from tests.support import ROOT

from .conftest import HOTTOK

FAMILY_TABLES = {
    "webhook_purchase",
    "webhook_cart_abandonment",
    "webhook_subscription_cancellation",
    "webhook_switch_plan",
    "webhook_subscription_charge_date_change",
    "webhook_club_first_access",
    "webhook_club_module_completed",
    "webhook_order_fulfillment",
}


def journal_deliveries(inbox: Inbox, *bodies: bytes) -> None:
    deliveries = []
    for body in bodies:
        event = webhooks.parse(body, {"X-HOTMART-HOTTOK": HOTTOK}, hottok=HOTTOK)
        deliveries.append(Delivery(event.id, event.event, event.creation_date, now_ms(), body))
    inbox.journal.append(deliveries)


def pipeline_in(directory: Path, name: str = "hotmart") -> Any:
    """The pipeline `hotmart sync` would use, in a directory of the test's own."""
    return dlt.pipeline(
        pipeline_name=name,
        destination=dlt.destinations.duckdb(str(directory / f"{name}.duckdb")),
        dataset_name="hotmart_data",
        pipelines_dir=str(directory / "pipelines"),
    )


def query(directory: Path, sql: str, name: str = "hotmart") -> list[tuple[Any, ...]]:
    with duckdb.connect(str(directory / f"{name}.duckdb"), read_only=True) as db:
        return db.execute(sql).fetchall()


def test_every_event_lands_once_in_webhook_events_and_its_family_table(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "journal.db")
    bodies = [webhooks.build_delivery(name, HOTTOK, event_id=f"evt-{name}")[1] for name in webhooks.EVENT_NAMES]
    with_token = webhooks.build_delivery(
        "PURCHASE_CHARGEBACK", HOTTOK, event_id="evt-token", data_overrides={"purchase": {"hottok": HOTTOK}}
    )[1]
    with_token = json.dumps({**json.loads(with_token), "hottok": HOTTOK}).encode()
    unknown = b'{"id": "evt-new", "event": "BRAND_NEW_EVENT", "creation_date": 1767225600000, "data": {"n": 1}}'
    journal_deliveries(inbox, *bodies, with_token, unknown)
    pipeline = pipeline_in(tmp_path)

    report = load(inbox.journal, pipeline)
    assert report.events == 18
    assert report.tables["webhook_events"] == 18 and report.tables["webhook_purchase"] == 10
    events = query(tmp_path, "SELECT id, event, known, version FROM hotmart_data.webhook_events ORDER BY id")
    assert len(events) == len({row[0] for row in events}) == 18
    assert ("evt-new", "BRAND_NEW_EVENT", False, None) in events
    assert ("evt-SWITCH_PLAN", "SWITCH_PLAN", True, "2.0.0") in events
    [(raw,)] = query(tmp_path, "SELECT raw FROM hotmart_data.webhook_events WHERE id = 'evt-SWITCH_PLAN'")
    assert json.loads(raw) == json.loads(bodies[list(webhooks.EVENT_NAMES).index("SWITCH_PLAN")])
    tables = {row[0] for row in query(tmp_path, "SELECT table_name FROM information_schema.tables")}
    assert tables >= FAMILY_TABLES and "webhook_purchase__commissions" in tables
    assert {family.table for family in families().values()} == FAMILY_TABLES

    # Typed as the spec says: epoch milliseconds as timestamps, amounts as decimals.
    types = dict(query(tmp_path, "SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_name = 'webhook_purchase'"))  # fmt: skip
    assert types["creation_date"] == types["purchase__approved_date"] == "TIMESTAMP WITH TIME ZONE"
    assert types["purchase__price__value"].startswith("DECIMAL")
    assert types["id"] == "VARCHAR"

    # The token some deliveries repeat in the body never reaches the warehouse.
    leaked = f"SELECT COUNT(*) FROM hotmart_data.webhook_events WHERE CAST(raw AS VARCHAR) LIKE '%{HOTTOK}%'"
    assert query(tmp_path, leaked) == [(0,)]
    assert query(tmp_path, "SELECT purchase__hottok FROM hotmart_data.webhook_purchase WHERE id = 'evt-token'") == [
        ("***",)
    ]

    # Loaded events are not loaded again; a crash between the load and its record in the journal
    # loads them again, and the merge on the event id keeps one row each.
    assert load(inbox.journal, pipeline).events == 0
    with sqlite3.connect(inbox.journal_path) as db:
        db.execute("UPDATE events SET loaded_at = NULL")
    assert load(inbox.journal, pipeline).events == 18
    assert query(tmp_path, "SELECT COUNT(*), COUNT(DISTINCT id) FROM hotmart_data.webhook_events") == [(18, 18)]
    assert query(tmp_path, "SELECT COUNT(*) FROM hotmart_data.webhook_purchase") == [(10,)]
    assert inbox.journal.status().not_loaded == 0


def _documented_query() -> str:
    text = (ROOT / "docs" / "webhooks.md").read_text(encoding="utf-8")
    block = r"```sql\n((?:(?!```).)*?JOIN hotmart_data\.sales_history(?:(?!```).)*)```"
    found = re.search(block, text, re.DOTALL)
    assert found, "docs/webhooks.md has the SQL joining webhook events to sales_history"
    return found[1]


def test_the_documented_query_joins_purchase_events_to_synced_sales(tmp_path: Path) -> None:
    with mock_server(seed=5, items=20) as server:
        account = Account(server, tmp_path)
        account.sync(["sales_history"], parameters={})
    sales = account.query("SELECT purchase__transaction, purchase__status FROM sales_history ORDER BY 1")
    assert len(sales) >= 3
    inbox = Inbox(tmp_path / "journal.db")
    approved, refunded = sales[0][0], sales[1][0]
    journal_deliveries(
        inbox,
        webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK, data_overrides={"purchase": {"transaction": approved}})[1],
        webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK, data_overrides={"purchase": {"transaction": refunded}})[1],
        webhooks.build_delivery("PURCHASE_REFUNDED", HOTTOK, data_overrides={"purchase": {"transaction": refunded}})[1],
        webhooks.build_delivery(
            "PURCHASE_APPROVED", HOTTOK, data_overrides={"purchase": {"transaction": "HP0NOTSYNCED"}}
        )[1],
    )
    load(inbox.journal, account.pipeline())  # the very pipeline the sync used

    rows = query(tmp_path, _documented_query())
    by_sale = {(row[0], row[1]) for row in rows}
    assert by_sale == {
        (approved, "PURCHASE_APPROVED"),
        (refunded, "PURCHASE_APPROVED"),
        (refunded, "PURCHASE_REFUNDED"),
    }
    status = dict(sales)
    assert all(row[4] == status[row[0]] for row in rows)  # the sale's status as the sync loaded it


def test_events_land_beside_the_accounts_sync_with_its_identity_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`warehouse_pipeline(account)` is `hotmart sync`'s file, dataset and state folder, with a
    state of its own; events of another account are refused there before anything is loaded."""
    from hotmart_client.dlt import IdentityMismatchError, Options, SyncLockedError, sync, sync_lock, sync_pipeline

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    with mock_server(seed=5, items=20) as server, server.client() as client:
        synced = sync(sync_pipeline(client), client=client, resources=["sales_history"], options=Options(
            parameters={}))  # fmt: skip
        theirs = sync_pipeline(client)
        ours = warehouse_pipeline(server.client_id)
    assert synced.table_rows["sales_history"] == 20
    assert ours.pipeline_name == f"{theirs.pipeline_name}_webhooks"  # a state of its own...
    assert ours.pipelines_dir == theirs.pipelines_dir == str(tmp_path / ".hotmart")  # ...beside the sync's
    assert ours.dataset_name == theirs.dataset_name == SYNC_DATASET
    with ours.sql_client() as sql:
        assert sql.credentials.database == str(tmp_path / "hotmart.duckdb")

    inbox = Inbox(tmp_path / "journal.db")
    journal_deliveries(inbox, webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)[1])
    stranger = warehouse_pipeline("another-client-id")
    with pytest.raises(IdentityMismatchError, match="already holds account"):
        load(inbox.journal, stranger, account="another-client-id")  # the dataset is the other account's
    assert inbox.journal.status().not_loaded == 1  # nothing was loaded
    with sync_lock(theirs), pytest.raises(SyncLockedError, match=r"waited 0\.2 s"):
        load(inbox.journal, ours, account=server.client_id, wait=0.2)  # the sync holds the file
    report = load(inbox.journal, ours, account=server.client_id)
    assert report.events == 1 and inbox.journal.status().not_loaded == 0
    assert query(tmp_path, "SELECT COUNT(*) FROM hotmart_data.sales_history") == [(20,)]  # the sync's rows stay
    assert query(tmp_path, "SELECT COUNT(*) FROM hotmart_data.webhook_events") == [(1,)]
    assert not (tmp_path / "dlt").exists()  # nothing in the per-user folder


def test_the_receiver_loads_every_few_seconds_while_it_serves(tmp_path: Path) -> None:
    from .conftest import new_inbox, post, serving

    inbox = new_inbox(tmp_path)
    with serving(inbox, load_every=0.5, pipeline=lambda: pipeline_in(tmp_path)) as url:
        for event_id in ("evt-1", "evt-2", "evt-1"):
            assert post(url, "PURCHASE_DELAYED", event_id=event_id).status_code == 200
        deadline = time.monotonic() + 60
        while inbox.journal.status().not_loaded and time.monotonic() < deadline:
            time.sleep(0.1)
    assert inbox.journal.status().not_loaded == 0
    assert query(tmp_path, "SELECT id FROM hotmart_data.webhook_events ORDER BY id") == [("evt-1",), ("evt-2",)]
