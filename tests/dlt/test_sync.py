"""hotmart_client.dlt.sync against the mock: what lands in DuckDB (and in Parquet files) is the
mock's data, once; later syncs read the new window and its look-back; merges update refunded sales;
an interrupted sync resumes to the same tables as an uninterrupted one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import dlt
import pyarrow.parquet as pq
import pytest

from hotmart_client import InternalServerError
from hotmart_client.dlt import DEFAULT_SINCE, tables
from hotmart_client.mock import MockServer

from .helpers import Account, Recorder, key_columns, millis

DAY_MS = 86_400_000
END = dt.date(2026, 7, 2)  # after the mock's last item
UNSCOPED = {  # table -> the mock's collection (its items are the whole listing)
    "sales_history": "SaleHistoryItem",
    "sales_participants": "SaleParticipantsItem",
    "sales_commissions": "SaleCommissionsItem",
    "sales_price_details": "SalePriceDetailsItem",
    "subscriptions": "Subscription",
    "subscriptions_summary": "SubscriptionSummaryItem",
    "subscriptions_transactions": "SubscriptionTransaction",
    "products": "Product",
}


def transactions(account: Account) -> list[str]:
    return [row[0] for row in account.query("SELECT purchase__transaction FROM sales_history")]


def order_dates(server: MockServer) -> dict[str, int]:
    return {sale["purchase"]["transaction"]: sale["purchase"]["order_date"] for sale in server.items("SaleHistoryItem")}


def test_a_full_sync_loads_every_item_of_the_mock_once(server: MockServer, tmp_path: Path) -> None:
    account = Account(server, tmp_path)
    report = account.sync(now=END)

    assert not report.skipped
    assert report.tables == list(tables())
    for table, collection in UNSCOPED.items():
        assert account.count(table) == len(server.items(collection)), table
    with server.client() as hotmart:  # per-parent listings, as the API serves them
        products = list(hotmart.products.list.export())
        coupons = sum(len(list(hotmart.coupons.list.export(product_id=p.id))) for p in products)
        assert account.count("coupons") == coupons
        assert account.count("products_offers") == sum(
            len(list(hotmart.products.offers.export(ucode=p.ucode))) for p in products
        )
        assert account.count("products_plans") == sum(
            len(list(hotmart.products.plans.export(ucode=p.ucode))) for p in products
        )
        codes = [s.subscriber_code for s in hotmart.subscriptions.list.export(accession_date=DEFAULT_SINCE)]
        purchases = sum(len(hotmart.subscriptions.purchases(subscriber_code=code)) for code in codes)
        assert account.count("subscriptions_purchases") == purchases
        modules = hotmart.club.modules(subdomain="escola")  # the mock keeps one Members Area per subdomain
        assert account.count("club_modules") == len(modules)
        assert account.count("club_students") == len(list(hotmart.club.students.export(subdomain="escola")))
        pages = sum(len(hotmart.club.pages(m.module_id, product_id=2125812)) for m in modules)
        assert account.count("club_pages") == pages
        participants = list(hotmart.events.participants.export(event_id=4812))
        assert account.count("events_participants") == len(participants)
    assert account.count("club_student_progress") == account.count("club_students")  # one answer per student
    for table in report.tables:  # merged on the spec's keys: never twice the same item
        keys = ", ".join(key_columns(table)) or "*"
        distinct = account.query(f"SELECT COUNT(*) FROM (SELECT DISTINCT {keys} FROM {table})")[0][0]
        assert distinct == account.count(table), table
    assert report.rows["sales_history"] == len(server.items("SaleHistoryItem"))  # each sale read once
    assert report.table_rows["sales_history"] == account.count("sales_history")


def test_rows_keep_their_listing_parameters_and_typed_dates(server: MockServer, tmp_path: Path) -> None:
    account = Account(server, tmp_path)
    account.sync(["sales_history", "coupons", "club_pages"], now=END)

    # Every sale status was asked for (Hotmart's default hides all but APPROVED and COMPLETE),
    # and each sale came back under its own status.
    assert account.query("SELECT COUNT(*) FROM sales_history WHERE transaction_status <> purchase__status") == [(0,)]
    statuses = {row[0] for row in account.query("SELECT DISTINCT transaction_status FROM sales_history")}
    assert statuses == {sale["purchase"]["status"] for sale in server.items("SaleHistoryItem")}
    # A child row says which parent it belongs to; inherited parameters come along.
    assert account.query("SELECT COUNT(*) FROM coupons WHERE product_id IS NULL") == [(0,)]
    assert account.query("SELECT DISTINCT product_id FROM club_pages") == [(2125812,)]
    # Epoch milliseconds arrive as timestamps.
    kinds = dict(
        account.query(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'sales_history'"
        )
    )
    assert kinds["purchase__order_date"].startswith("TIMESTAMP")
    first = min(order_dates(server).values())
    loaded = account.query("SELECT MIN(purchase__order_date) FROM sales_history")[0][0]
    assert int(loaded.timestamp() * 1000) == first


def test_a_second_sync_reads_only_the_new_window_and_its_lookback(server: MockServer, tmp_path: Path) -> None:
    account = Account(server, tmp_path)
    dates = order_dates(server)
    first_end, second_end = millis(dt.date(2025, 12, 1)), millis(END)
    account.sync(["sales_history"], now=dt.date(2025, 12, 1))
    assert sorted(transactions(account)) == sorted(t for t, day in dates.items() if day <= first_end)

    recorder = Recorder()
    report = account.sync(["sales_history"], now=END, recorder=recorder)

    start = first_end - 30 * DAY_MS - 1  # the look-back, and the millisecond of the last end
    queries = recorder.queries("/sales/history")
    assert queries
    assert min(int(q["start_date"]) for q in queries) == start
    assert all(int(q["start_date"]) >= start and int(q["end_date"]) <= second_end for q in queries)
    assert report.rows["sales_history"] == sum(start <= day <= second_end for day in dates.values())
    loaded = transactions(account)
    assert sorted(loaded) == sorted(dates)  # everything, once
    assert len(loaded) == len(set(loaded))


def test_the_lookback_is_configurable(server: MockServer, tmp_path: Path) -> None:
    account = Account(server, tmp_path)
    account.sync(["sales_history"], now=dt.date(2025, 12, 1))
    recorder = Recorder()
    account.sync(["sales_history"], now=END, recorder=recorder, lookback_days=0)
    assert min(int(q["start_date"]) for q in recorder.queries("/sales/history")) == millis(dt.date(2025, 12, 1)) - 1


@pytest.mark.parametrize("exclusive", ["", "start", "end", "start,end"])
def test_consecutive_syncs_without_lookback_lose_nothing_whatever_the_bounds(
    server: MockServer, tmp_path: Path, exclusive: str
) -> None:
    """The first sync ends on the very millisecond of a sale. Hotmart does not say whether its
    bounds include the millisecond they name: with both exclusive, a second window starting at the
    first one's end would leave that sale out of both. It starts one millisecond earlier."""
    dates = order_dates(server)
    at_the_end = sorted(dates.values())[len(dates) // 2]
    server.set_switches(exclusive_start="start" in exclusive, exclusive_end="end" in exclusive)
    try:
        account = Account(server, tmp_path)
        account.sync(["sales_history"], now=at_the_end, lookback_days=0)
        first = set(transactions(account))
        recorder = Recorder()
        account.sync(["sales_history"], now=END, lookback_days=0, recorder=recorder)
    finally:
        server.set_switches(exclusive_start=False, exclusive_end=False)
    seen_at_the_end = {t for t, day in dates.items() if day == at_the_end}
    assert seen_at_the_end.isdisjoint(first) == ("end" in exclusive)  # the first sync's end bound
    assert min(int(q["start_date"]) for q in recorder.queries("/sales/history")) == at_the_end - 1
    assert sorted(transactions(account)) == sorted(dates)  # nothing lost, nothing twice


def test_the_windows_end_at_the_clients_now_by_default(server: MockServer, tmp_path: Path) -> None:
    """The cursor a sync stores is the end its exports were pinned to: the client's clock (here
    the mock's, months before the machine's), not the machine's."""
    from hotmart_client.dlt import Options, sync

    pipeline = Account(server, tmp_path).pipeline()
    recorder = Recorder()
    with server.client(transport=recorder) as client:
        now = client._now_millis()
        sync(pipeline, client=client, resources=["sales_history"], options=Options(parameters={}))
    assert now < millis(dt.date.today())
    cursor = pipeline.state["sources"]["hotmart"]["resources"]["sales_history"]["cursor"]
    assert cursor == now
    assert max(int(q["end_date"]) for q in recorder.queries("/sales/history")) == now


def test_a_refund_reaches_the_table_through_the_merge(server: MockServer, tmp_path: Path) -> None:
    sales = sorted(server.items("SaleHistoryItem"), key=lambda s: -s["purchase"]["order_date"])
    approved = [s["purchase"] for s in sales if s["purchase"]["status"] == "APPROVED"]
    recent, old = approved[0], approved[-1]
    day = dt.datetime.fromtimestamp(recent["order_date"] / 1000, dt.UTC).date()
    assert millis(day + dt.timedelta(days=2)) - old["order_date"] > 40 * DAY_MS
    account = Account(server, tmp_path)
    account.sync(["sales_history"], now=day + dt.timedelta(days=2))
    with server.client() as hotmart:
        hotmart.sales.refund(recent["transaction"])
        hotmart.sales.refund(old["transaction"])

    account.sync(["sales_history"], now=day + dt.timedelta(days=5))

    def status(transaction: str) -> list[tuple[Any, ...]]:
        where = f"purchase__transaction = '{transaction}'"
        return account.query(f"SELECT purchase__status, transaction_status FROM sales_history WHERE {where}")

    assert status(recent["transaction"]) == [("REFUNDED", "REFUNDED")]  # inside the look-back: updated in place
    assert status(old["transaction"]) == [("APPROVED", "APPROVED")]  # older: as it was
    account.sync(["sales_history"], now=day + dt.timedelta(days=5), since=dt.date(2011, 1, 1))  # a backfill
    assert status(old["transaction"]) == [("REFUNDED", "REFUNDED")]
    assert len(transactions(account)) == len(set(transactions(account)))


RESOURCES = ["sales_history", "products", "coupons"]


def test_an_interrupted_sync_resumes_to_the_same_tables(server: MockServer, tmp_path: Path) -> None:
    reference = Account(server, tmp_path / "reference")
    reference_recorder = Recorder()
    reference.sync(RESOURCES, now=END, chunk_items=12, page_size=5, recorder=reference_recorder)
    assert reference.reports[-1].rounds > 3

    crashed = Account(server, tmp_path / "crashed")
    seen: list[str] = []

    def interrupt(table: str, rows: int, pages: int, finished: bool) -> None:
        seen.append(table)
        if len(seen) == 25:
            raise KeyboardInterrupt  # as Ctrl-C would, in the middle of a round

    with pytest.raises(KeyboardInterrupt):
        crashed.sync(RESOURCES, now=END, chunk_items=12, page_size=5, on_progress=interrupt)
    committed = crashed.count("sales_history")
    assert 0 < committed < reference.count("sales_history")  # earlier rounds stayed

    recorder = Recorder()
    crashed.sync(RESOURCES, now=END, chunk_items=12, page_size=5, recorder=recorder)

    for table in ("sales_history", "products", "coupons"):
        assert crashed.contents(table) == reference.contents(table), table
    # It went on from the checkpoints instead of reading everything again.
    assert len(recorder.queries("/sales/history")) < len(reference_recorder.queries("/sales/history"))
    first = recorder.queries("/sales/history")[0]
    assert "page_token" in first or first["transaction_status"] != "APPROVED"


def test_a_sync_stopped_by_server_errors_resumes_to_the_same_tables(server: MockServer, tmp_path: Path) -> None:
    reference = Account(server, tmp_path / "reference")
    reference.sync(RESOURCES, now=END, chunk_items=12, page_size=5)

    broken = Account(server, tmp_path / "broken")
    pages: list[str] = []

    def break_the_server(table: str, rows: int, count: int, finished: bool) -> None:
        pages.append(table)
        if len(pages) == 20:
            server.set_faults(routes={"getSalesHistory": {"error_rate": 1.0}, "listCoupons": {"error_rate": 1.0}})

    with pytest.raises(InternalServerError) as raised:
        broken.sync(RESOURCES, now=END, chunk_items=12, page_size=5, max_retries=0, on_progress=break_the_server)
    assert raised.value.status_code >= 500
    server.set_faults()  # Hotmart is back

    broken.sync(RESOURCES, now=END, chunk_items=12, page_size=5)
    for table in ("sales_history", "products", "coupons"):
        assert broken.contents(table) == reference.contents(table), table


def test_full_refresh_drops_and_reloads(server: MockServer, tmp_path: Path) -> None:
    account = Account(server, tmp_path)
    account.sync(["sales_history"], now=dt.date(2025, 12, 1))
    report = account.sync(["sales_history"], now=END, full_refresh=True)
    assert report.rows["sales_history"] == len(server.items("SaleHistoryItem"))  # from the start again
    assert account.count("sales_history") == len(server.items("SaleHistoryItem"))


def test_tables_without_their_parameters_are_skipped_and_said_so(server: MockServer, tmp_path: Path) -> None:
    account = Account(server, tmp_path)
    report = account.sync(["club_pages", "events_participants", "products"], now=END, parameters={})
    assert set(report.skipped) == {"club_modules", "club_pages", "events_participants"}
    assert "subdomain" in report.skipped["club_modules"]
    assert "club_modules" in report.skipped["club_pages"]
    assert report.tables == ["products"]


def test_unknown_tables_are_refused(server: MockServer, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown table 'sales'"):
        Account(server, tmp_path).sync(["sales"])


def test_the_same_source_loads_parquet_files(server: MockServer, tmp_path: Path) -> None:
    """Destination-agnostic: the rows that land in DuckDB land in Parquet files on disk."""
    lake = tmp_path / "lake"
    files = Account(server, tmp_path / "files", destination=dlt.destinations.filesystem(bucket_url=lake.as_uri()))
    report = files.sync(RESOURCES, now=END, loader_file_format="parquet")
    reference = Account(server, tmp_path / "duckdb")
    reference.sync(RESOURCES, now=END)

    for table in RESOURCES:
        parquet = list((lake / "hotmart_data" / table).glob("*.parquet"))
        assert parquet, table
        rows = sum(pq.read_table(path).num_rows for path in parquet)
        assert rows == report.rows[table] == reference.count(table), table
    sales = pq.read_table(next((lake / "hotmart_data" / "sales_history").glob("*.parquet")))
    assert sorted(sales.column("purchase__transaction").to_pylist()) == sorted(transactions(reference))


def test_hotmart_source_is_a_plain_dlt_source(server: MockServer, tmp_path: Path) -> None:
    """For pipelines of one's own: each run reads its tables whole and leaves each cursor behind."""
    from hotmart_client.dlt import hotmart_source

    pipeline = Account(server, tmp_path).pipeline()
    with server.client() as hotmart:
        source = hotmart_source(hotmart, parameters={"subdomain": ["escola"]}, since=dt.date(2025, 1, 1))
        assert "club_students" in source.resources
        assert "events_participants" not in source.resources  # no event_id configured
        pipeline.run(source.with_resources("sales_history", "club_students"), loader_file_format="parquet")

    since = millis(dt.date(2025, 1, 1))
    loaded = pipeline.last_trace.last_normalize_info.row_counts
    assert loaded["sales_history"] == sum(day >= since for day in order_dates(server).values())
    state = pipeline.state["sources"]["hotmart"]["resources"]
    assert "run" not in state["sales_history"]
    assert state["sales_history"]["cursor"] >= max(order_dates(server).values())
    assert "cursor" not in state["club_students"]  # not windowed: read whole each time
