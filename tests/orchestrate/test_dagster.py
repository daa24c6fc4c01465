"""hotmart_client.dagster: one asset per account and table (dagster-dlt), materialized in-process
against a mock serving two accounts; the rows land in each account's dataset, once, and a failing
account fails alone. Only under `nox -s dagster` (the [dagster] extra is heavy)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dagster", reason="the [dagster] extra is not installed")
pytest.importorskip("dagster_dlt", reason="the [dagster] extra is not installed")

import dagster as dg
import duckdb

from hotmart_client import Hotmart
from hotmart_client.dagster import asset_key, hotmart_assets
from hotmart_client.dlt import Account, Options, RequestCounter, tables
from hotmart_client.mock import MockServer, mock_server, numbered_accounts

pytestmark = pytest.mark.dagster
os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")

PARAMETERS = {"subdomain": ["escola"], "event_id": [4812], "product_id": [2125812]}
SELECTED = ["sales_history", "products", "coupons"]


@pytest.fixture(scope="module")
def agency() -> Iterator[MockServer]:
    seeds, secrets = numbered_accounts(2, seed=11)
    with mock_server(accounts=seeds, credentials=secrets, items=20) as server:
        yield server


def accounts_file(folder: Path, server: MockServer, wrong: str | None = None) -> Path:
    """An accounts file for the mock's accounts (`wrong`: the client id given a wrong secret)."""
    entries = []
    for number, client_id in enumerate(server.config.credentials or {}, 1):
        secret = "not-the-secret" if client_id == wrong else server.config.credentials[client_id]
        entry = f'name = "producer{number}"\nclient_id = "{client_id}"\nclient_secret = "{secret}"\n'
        entries.append(f"[[account]]\n{entry}")
    path = folder / "accounts.toml"
    path.write_text("\n".join(entries), encoding="utf-8")
    path.chmod(0o600)
    return path


def definitions(server: MockServer, folder: Path, wrong: str | None = None) -> list[dg.AssetsDefinition]:
    def against_the_mock(account: Account, counter: RequestCounter) -> Hotmart:
        return Hotmart(
            account.client_id, account.client_secret, base_url=server.url, token_url=server.token_url,
            transport=counter, max_retries=0,
        )  # fmt: skip

    return hotmart_assets(
        accounts_file(folder, server, wrong),
        duckdb_file=folder / "agency.duckdb",
        pipelines_dir=folder / ".hotmart",
        options=Options(parameters=PARAMETERS),
        client=against_the_mock,
    )


def query(folder: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(folder / "agency.duckdb"), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def selection() -> list[dg.AssetKey]:
    return [asset_key(account, table) for account in ("producer1", "producer2") for table in SELECTED]


def test_each_account_and_table_is_an_asset_a_child_depending_on_its_parent(agency: MockServer, tmp_path: Path) -> None:
    assets = definitions(agency, tmp_path)
    assert [definition.node_def.name for definition in assets] == ["hotmart_producer1", "hotmart_producer2"]
    keys = {key for definition in assets for key in definition.keys}
    expected = {asset_key(account, table) for account in ("producer1", "producer2") for table in tables()}
    assert keys == expected  # every table: PARAMETERS gives the Members Area and the event
    first = assets[0]
    assert first.asset_deps[asset_key("producer1", "coupons")] == {asset_key("producer1", "products")}
    assert first.asset_deps[asset_key("producer1", "sales_history")] == set()
    assert first.group_names_by_key[asset_key("producer1", "sales_history")] == "hotmart_producer1"
    # Without a subdomain, no Members Area tables: the asset would have nothing to read.
    fewer = hotmart_assets(accounts_file(tmp_path, agency), duckdb_file=tmp_path / "x.duckdb")
    assert asset_key("producer1", "club_students") not in fewer[0].keys


def test_materializing_the_assets_lands_each_accounts_rows_once(agency: MockServer, tmp_path: Path) -> None:
    result = dg.materialize(definitions(agency, tmp_path), selection=selection())
    assert result.success

    loaded = {event.asset_key: event.materialization.metadata for event in result.get_asset_materialization_events()}
    assert set(loaded) == set(selection())
    counts: dict[int, int] = {}
    for number, client_id in enumerate(agency.config.credentials or {}, 1):
        dataset = f"hotmart_producer{number}"
        sales = {sale["purchase"]["transaction"] for sale in agency.items("SaleHistoryItem", account=client_id)}
        rows = query(tmp_path, f"SELECT purchase__transaction FROM {dataset}.sales_history")
        assert sorted(row[0] for row in rows) == sorted(sales)  # this account's sales, each once
        counts[number] = len(sales)
        products = query(tmp_path, f"SELECT COUNT(*), COUNT(DISTINCT id) FROM {dataset}.products")[0]
        assert products[0] == products[1] == len(agency.items("Product", account=client_id))
        coupons = query(tmp_path, f"SELECT COUNT(*) FROM {dataset}.coupons")[0][0]
        assert coupons > 0
        metadata = loaded[asset_key(f"producer{number}", "sales_history")]
        assert metadata["rows"].value == len(sales)
        assert loaded[asset_key(f"producer{number}", "coupons")]["rows"].value == coupons
        unselected = query(
            tmp_path,
            f"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '{dataset}' "
            "AND table_name = 'subscriptions'",
        )
        assert unselected == [(0,)]

    again = dg.materialize(definitions(agency, tmp_path), selection=selection())  # the next scheduled run
    assert again.success
    for number, count in counts.items():  # read again, merged: still each sale once
        table = f"hotmart_producer{number}.sales_history"
        assert query(tmp_path, f"SELECT COUNT(*), COUNT(DISTINCT purchase__transaction) FROM {table}") == [
            (count, count)
        ]


def test_an_account_that_cannot_sign_in_fails_alone(agency: MockServer, tmp_path: Path) -> None:
    wrong = next(iter(agency.config.credentials or {}))
    result = dg.materialize(definitions(agency, tmp_path, wrong=wrong), selection=selection(), raise_on_error=False)

    assert not result.success
    done = {event.asset_key for event in result.get_asset_materialization_events()}
    assert done == {asset_key("producer2", table) for table in SELECTED}
    second = next(client_id for client_id in agency.config.credentials or {} if client_id != wrong)
    count = query(tmp_path, "SELECT COUNT(*) FROM hotmart_producer2.sales_history")[0][0]
    assert count == len(agency.items("SaleHistoryItem", account=second))
    (failure,) = [event for event in result.all_events if event.event_type_value == "STEP_FAILURE"]
    assert failure.step_key == "hotmart_producer1"
    why = failure.step_failure_data.error.to_string()
    assert "AuthenticationError" in why  # why it failed is in the run's log
    said = why + " ".join(str(event.message) for event in result.all_events)
    secrets = [*(agency.config.credentials or {}).values(), "not-the-secret"]
    assert not [secret for secret in secrets if secret in said]
