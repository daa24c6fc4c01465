"""Which pipeline a sync writes through (`sync_pipeline`), and what `sync` refuses.

The DuckDB file and the state stay with the project, whatever dlt's per-user folder holds; a state
or dataset of another account or destination is refused before anything is read; several accounts
share a dataset only when asked to, with an `account` column in every key; a second sync of the
same pipeline waits or refuses; a resumed load's copies are removed; and `repair` makes a
warehouse whose stored schema lists missing tables loadable again.
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from hotmart_client.dlt import (
    IdentityMismatchError,
    Options,
    SyncLockedError,
    SyncReport,
    account_key,
    destination_lock,
    hotmart_source,
    sync,
    sync_lock,
    sync_pipeline,
)
from hotmart_client.mock import MockServer, mock_server

from .helpers import ITEMS, PARAMETERS, millis

END = millis(dt.date(2026, 7, 2))  # after the mock's last item
OTHER_ID, OTHER_SECRET = "producer-b", "secret-b"


@pytest.fixture(scope="module")
def other() -> Iterator[MockServer]:
    """A second producer's account: another data set, another client id."""
    with mock_server(seed=6, items=ITEMS, credentials={OTHER_ID: OTHER_SECRET}) as server:
        yield server


@pytest.fixture(autouse=True)
def per_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """dlt's per-user folder, the same for every project of a test (as for a machine user)."""
    folder = tmp_path / "home-dlt"
    monkeypatch.setenv("DLT_DATA_DIR", str(folder))
    return folder


def run(server: MockServer, pipeline: Any, resources: list[str] | None = None, **kwargs: Any) -> SyncReport:
    with server.client() as client:
        options = Options(now=lambda: END, parameters=PARAMETERS)
        return sync(pipeline, client=client, resources=resources or ["sales_history"], options=options, **kwargs)


def pipeline_for(server: MockServer, **kwargs: Any) -> Any:
    with server.client() as client:
        return sync_pipeline(client, **kwargs)


def query(database: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def transactions(database: Path, dataset: str = "hotmart_data", where: str = "") -> list[str]:
    rows = query(database, f"SELECT purchase__transaction FROM {dataset}.sales_history {where}")
    return sorted(str(row[0]) for row in rows)


def sales(server: MockServer) -> list[str]:
    return sorted(sale["purchase"]["transaction"] for sale in server.items("SaleHistoryItem"))


def test_the_account_key_is_a_short_hash_never_the_client_id(server: MockServer) -> None:
    with server.client() as client:
        key = account_key(client)
    assert key == account_key(server.client_id)
    assert len(key) == 12 and int(key, 16) >= 0
    assert server.client_id not in key and key != account_key(OTHER_ID)


def test_the_file_and_the_state_live_in_the_project_which_can_move(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, per_user_folder: Path
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(project)
    pipeline = pipeline_for(server)
    assert pipeline.pipeline_name == f"hotmart_{account_key(server.client_id)}"
    assert Path(pipeline.pipelines_dir) == project / ".hotmart"
    assert run(server, pipeline).rows["sales_history"] == len(sales(server))
    assert transactions(project / "hotmart.duckdb") == sales(server)
    assert not (per_user_folder / "pipelines").exists()  # nothing in dlt's per-user folder

    shutil.move(project, tmp_path / "moved")
    monkeypatch.chdir(tmp_path / "moved")
    again = run(server, pipeline_for(server))
    assert again.rows.get("sales_history", 0) < len(sales(server))  # went on from its cursor
    assert transactions(tmp_path / "moved" / "hotmart.duckdb") == sales(server)


def test_a_state_of_another_file_or_dataset_is_refused(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    # One state folder and pipeline name for two files: the second is refused, nothing is read.
    shared = {"pipelines_dir": tmp_path / "state", "pipeline_name": "mine"}
    run(server, pipeline_for(server, duckdb_file=tmp_path / "one.duckdb", **shared))
    requests = len(server.requests)
    with pytest.raises(IdentityMismatchError, match=r"belongs to duckdb .*one\.duckdb, not duckdb .*two\.duckdb"):
        run(server, pipeline_for(server, duckdb_file=tmp_path / "two.duckdb", **shared))
    assert len(server.requests) == requests  # not even a token
    assert not (tmp_path / "two.duckdb").exists()
    with pytest.raises(IdentityMismatchError, match="was used for dataset hotmart_data, not other"):
        run(server, pipeline_for(server, duckdb_file=tmp_path / "one.duckdb", dataset="other", **shared))


def test_another_account_is_refused_in_a_dataset_it_does_not_own(
    server: MockServer, other: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = pipeline_for(server)
    run(server, first)
    with pytest.raises(IdentityMismatchError, match=r"already holds account [0-9a-f]{12}'s copy"):
        run(other, pipeline_for(other))  # its own pipeline, into the first account's dataset
    with pytest.raises(IdentityMismatchError, match="belongs to account"):
        run(other, pipeline_for(other, pipeline_name=first.pipeline_name))  # the first account's state
    with pytest.raises(IdentityMismatchError, match="belongs to account"):  # its state, restored from the file
        run(other, pipeline_for(other, pipeline_name=first.pipeline_name, pipelines_dir=tmp_path / "fresh"))

    run(other, pipeline_for(other, dataset="producer_b"))  # its own dataset: fine
    database = tmp_path / "hotmart.duckdb"
    assert transactions(database) == sales(server)
    assert transactions(database, "producer_b") == sales(other)


def test_a_shared_dataset_keeps_each_accounts_rows_apart(
    server: MockServer, other: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    tables = ["sales_history", "sales_summary"]
    for account in (server, other, server):  # the first account again: it must not touch the other's rows
        run(account, pipeline_for(account, dataset="shared"), tables, shared_dataset=True)

    database = tmp_path / "hotmart.duckdb"
    for account in (server, other):
        key = account_key(account.client_id)
        assert transactions(database, "shared", f"WHERE account = '{key}'") == sales(account)
        summary = query(database, f"SELECT COUNT(*) FROM shared.sales_summary WHERE account = '{key}'")[0][0]
        assert summary > 0
    duplicates = "SELECT COUNT(*) FROM (SELECT account, purchase__transaction FROM shared.sales_history GROUP BY ALL)"
    assert query(database, duplicates) == query(database, "SELECT COUNT(*) FROM shared.sales_history")
    with pytest.raises(IdentityMismatchError, match="add --shared-dataset"):
        run(server, pipeline_for(server, dataset="shared"))


def test_a_second_sync_of_the_pipeline_is_refused_or_waits(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    pipeline = pipeline_for(server)
    with sync_lock(pipeline):  # as a running sync holds it
        with pytest.raises(SyncLockedError, match="another sync of this pipeline is running"):
            run(server, pipeline)
        with pytest.raises(SyncLockedError, match=r"waited 0\.2 s"):
            run(server, pipeline, wait=0.2)
        busy = r"writing into the DuckDB file .*hotmart\.duckdb \(waited 0\.2 s\)"
        another = pipeline_for(server, pipeline_name="another")  # the same file: it waits for it
        with pytest.raises(SyncLockedError, match=busy), destination_lock(another, wait=0.2):
            pass
    assert not (tmp_path / "hotmart.duckdb").exists()  # nothing was written

    released = threading.Event()

    def hold() -> None:
        with sync_lock(pipeline_for(server)):
            released.wait(5)
            time.sleep(0.3)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.2)
    released.set()
    report = run(server, pipeline, wait=30)  # waits for the holder, then runs
    holder.join()
    assert report.rows["sales_history"] == len(sales(server))


def test_another_pipeline_into_the_same_file_waits_for_its_loads(
    server: MockServer, other: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two accounts, one DuckDB file (a dataset each): the second reads while the first holds the
    file, and loads once it is free. DuckDB admits one writing process at a time."""
    monkeypatch.chdir(tmp_path)
    first = pipeline_for(server)
    other.reset()
    held = threading.Event()
    released: list[tuple[float, int]] = []

    def hold() -> None:
        with sync_lock(first):  # as a load of the first account holds the file
            held.set()
            time.sleep(1.5)
            released.append((time.monotonic(), len(other.requests)))

    holder = threading.Thread(target=hold)

    def first_round(number: int) -> None:  # after the identity check, which reads the file
        if number == 0:
            holder.start()
            held.wait(10)

    report = run(other, pipeline_for(other, dataset="producer_b"), on_round=first_round)
    done = time.monotonic()
    holder.join()
    assert report.rows["sales_history"] == len(sales(other))
    (freed, requests_meanwhile), *_ = released
    assert requests_meanwhile > 0  # it read while the file was held...
    assert done > freed  # ...and could not finish before it was free
    assert transactions(tmp_path / "hotmart.duckdb", "producer_b") == sales(other)


def test_a_snapshot_table_is_replaced_by_each_read(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    pipeline = pipeline_for(server)
    run(server, pipeline, ["sales_summary"])
    database = tmp_path / "hotmart.duckdb"
    read = query(database, "SELECT * EXCLUDE (_dlt_id, _dlt_load_id) FROM hotmart_data.sales_summary ORDER BY ALL")
    with duckdb.connect(str(database)) as connection:  # a total the API no longer returns
        connection.execute(
            "INSERT INTO hotmart_data.sales_summary (transaction_status, total_value__currency_code, total_items, "
            "_dlt_id, _dlt_load_id) VALUES ('WAITING_PAYMENT', 'XXX', 3, 'stale', '1')"
        )
    run(server, pipeline, ["sales_summary"])
    again = query(database, "SELECT * EXCLUDE (_dlt_id, _dlt_load_id) FROM hotmart_data.sales_summary ORDER BY ALL")
    assert again == read  # the stale total is gone, the others are as read


def test_copies_left_by_a_resumed_load_are_removed(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A killed load can commit a job's rows and die before recording it: resumed, the job loads
    them again, and a parent table with child tables gets two rows with one `_dlt_id`."""
    monkeypatch.chdir(tmp_path)
    pipeline = pipeline_for(server)
    run(server, pipeline, ["subscriptions_summary"])
    database = tmp_path / "hotmart.duckdb"
    table = "hotmart_data.subscriptions_summary"
    before = query(database, f"SELECT * FROM {table} ORDER BY _dlt_id")
    with duckdb.connect(str(database)) as connection:  # what the job run twice leaves
        connection.execute(f"INSERT INTO {table} SELECT * FROM {table} ORDER BY _dlt_id LIMIT 3")
    with server.client() as client:  # and the package it belonged to, extracted but not loaded
        pipeline.extract(hotmart_source(client).with_resources("products"))
    assert pipeline.has_pending_data

    report = run(server, pipeline, ["products"])  # a table the copies are not in: no merge removes them

    assert report.pending_loaded
    assert report.copies_removed == {"subscriptions_summary": 3}
    assert query(database, f"SELECT * FROM {table} ORDER BY _dlt_id") == before


def test_repair_makes_a_warehouse_with_missing_tables_loadable(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two syncs of an older version at once could store a schema listing tables never created;
    then every sync failed, --full-refresh too."""
    monkeypatch.chdir(tmp_path)
    tables = ["coupons"]
    reference = run(server, pipeline_for(server), tables)
    database = tmp_path / "hotmart.duckdb"
    with duckdb.connect(str(database)) as connection:
        connection.execute("DROP TABLE hotmart_data.coupons")
    for full_refresh in (False, True):  # every sync fails, --full-refresh too
        with pytest.raises(Exception, match="coupons"):
            run(server, pipeline_for(server), tables, full_refresh=full_refresh)

    report = run(server, pipeline_for(server), tables, repair=True)

    assert report.table_rows == reference.table_rows
    assert query(database, "SELECT COUNT(*) FROM hotmart_data.coupons") == [(reference.table_rows["coupons"],)]
    assert run(server, pipeline_for(server), tables).table_rows == reference.table_rows  # and it stays so


def test_a_first_sync_killed_before_it_loaded_anything_goes_on(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after reading its first rows, before the dataset existed: dlt then drops the state
    it finds without a dataset, the read rows with it, and the next sync starts over."""
    monkeypatch.chdir(tmp_path)
    pipeline = pipeline_for(server)
    with server.client() as client:  # what the killed sync had read
        pipeline.extract(hotmart_source(client).with_resources("products"))
    assert pipeline.has_pending_data

    first = run(server, pipeline_for(server), ["products"])
    again = run(server, pipeline_for(server), ["products"])

    assert first.table_rows["products"] == again.table_rows["products"] == len(server.items("Product"))
    assert first.copies_removed == {}
