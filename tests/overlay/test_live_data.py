"""Issue 23: exports that hold when Hotmart's data moves and its bounds are not what we assume.

One mock server holds DENSE sales, one at every millisecond of a short range, so that every seam
of a parallel export falls on sales. Each test runs under each of the mock's switches for what
Hotmart does not document: end (and start) bounds that leave out the millisecond they name, page
tokens that are offsets into the live listing, and new sales arriving before every API call.
Every export (sequential, parallel, interrupted and resumed, sync and async, and a dlt sync) must
give each sale of its range exactly once, checked by transaction code (the primary key)."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hotmart_client import Hotmart, InternalServerError
from hotmart_client.mock import MockServer, mock_server
from hotmart_client.mock._data import Entry, collection_of, set_path

START = 1_767_225_600_000  # 2026-01-01T00:00:00Z, long before the mock's now (2026-07-01)
DENSE = 300  # sales: one at each millisecond of [START, START + DENSE - 1]
END = START + DENSE - 1
PAGE = 20
RANGE = {"start_date": START, "end_date": END, "max_results": PAGE}

# What the client assumed before (both bounds inclusive, page tokens naming fixed pages); the
# other side of both bounds; and what issue 23 reproduced: exclusive ends, offset tokens and sales
# arriving all at once (3 before each API call).
MODES: dict[str, dict[str, Any]] = {
    "inclusive bounds, fixed pages": {},
    "exclusive start and end": {"exclusive_start": True, "exclusive_end": True},
    "exclusive end, offset tokens, arrivals": {"exclusive_end": True, "offset_tokens": True, "arrivals": 3},
}
OFF = {"exclusive_start": False, "exclusive_end": False, "offset_tokens": False, "arrivals": 0}


def code(n: int) -> str:
    return f"HP{START + n:014d}"


def densify(server: MockServer) -> None:
    """Make the sales history DENSE approved sales, sale n at START + n (new items: the generated
    ones are shared with other servers)."""
    app = server.app
    op = next(o for o in app.spec.operations if o.operation_id == "getSalesHistory")
    collection = collection_of(app.spec, app.collections, op)
    assert collection is not None and collection.primary is not None
    entries = app.store.entries(collection)
    dense = []
    for n, entry in enumerate(entries[:DENSE]):
        item = copy.deepcopy(entry.item)
        set_path(item, collection.primary.path, START + n)
        set_path(item, ("purchase", "status"), "APPROVED")
        set_path(item, ("purchase", "transaction"), code(n))
        dense.append(Entry((-(START + n), n), item))
    entries[:] = sorted(dense, key=lambda e: e.key)


@pytest.fixture(scope="module")
def dense_server() -> Iterator[MockServer]:
    with mock_server(items=DENSE, seed=23) as server:
        densify(server)
        yield server


@pytest.fixture(params=list(MODES.values()), ids=list(MODES))
def server(request: pytest.FixtureRequest, dense_server: MockServer) -> Iterator[MockServer]:
    dense_server.set_switches(**{**OFF, **request.param})
    yield dense_server
    dense_server.set_switches(**OFF)


def expected(server: MockServer, first: int = 0, last: int = DENSE - 1) -> list[str]:
    """The sales a query from START + first to START + last returns under the server's bounds."""
    config = server.config
    low = first + (1 if config.exclusive_start else 0)
    high = last - (1 if config.exclusive_end else 0)
    return [code(n) for n in range(low, high + 1)]


def codes(items: Any) -> list[str]:
    return [item.purchase.transaction for item in items]


def assert_exact(seen: list[str], wanted: list[str]) -> None:
    repeated = sorted({c for c in seen if seen.count(c) > 1})
    assert repeated == [], f"{len(repeated)} sales came twice"
    missing = sorted(set(wanted) - set(seen))
    assert missing == [], f"{len(missing)} sales are missing"
    assert sorted(seen) == sorted(wanted)


# -- the switches do what they say (else the tests below would prove nothing) --------------------


def test_the_switches_change_what_the_mock_answers(dense_server: MockServer) -> None:
    with dense_server.client() as client:
        for switches, count in [
            ({}, DENSE),
            ({"exclusive_end": True}, DENSE - 1),
            ({"exclusive_start": True}, DENSE - 1),
        ]:
            dense_server.set_switches(**{**OFF, **switches})
            assert len(codes(client.sales.history.export(**RANGE))) == count
        # A walk that is not pinned (iterating a page of an open listing) meets the arrivals:
        # with offset tokens, every sale that arrives pushes the next page back over sales seen.
        dense_server.set_switches(**{**OFF, "offset_tokens": True, "arrivals": 3})
        walked = codes(client.sales.history(start_date=START, max_results=PAGE))
        assert len(walked) > len(set(walked))
    dense_server.set_switches(**OFF)


# -- every export, under every switch ----------------------------------------------------------------


def test_a_sequential_export(server: MockServer) -> None:
    with server.client() as client:
        assert_exact(codes(client.sales.history.export(**RANGE)), expected(server))


def test_a_parallel_export_across_many_seams(server: MockServer) -> None:
    with server.client() as client:
        pager = client.sales.history.export(**RANGE, concurrency=3)
        seen = codes(pager)
    assert_exact(seen, expected(server))
    windows = [s for s in pager.streams if not s.seam]
    assert len(windows) == 12 and pager.done
    # Each seam's sales came from the seam, and both windows around it left them out.
    seams = [s for s in pager.streams if s.seam]
    shared = sum(len(expected(server, s.low - START, s.high - START)) for s in seams)  # type: ignore[operator]
    assert pager.seam_duplicates == 2 * shared
    both_exclusive = server.config.exclusive_start and server.config.exclusive_end
    assert (shared == 0) == both_exclusive  # (exclusive on both sides, windows share no sale)


async def test_an_async_parallel_export_stopped_and_resumed(server: MockServer) -> None:
    seen: list[str] = []
    async with server.async_client() as client:
        pager = client.sales.history.export(**RANGE, concurrency=3)
        async for item in pager:
            seen.append(item.purchase.transaction)
            if len(seen) == 111:
                break
        await pager.close()
        await client.sales.history(max_results=1)  # sales arrive between the runs
        resumed = client.sales.history.export(**RANGE, concurrency=3, resume=pager.checkpoint)
        seen += [item.purchase.transaction async for item in resumed]
    assert_exact(seen, expected(server))


def test_an_open_ended_export_is_pinned_and_resumes_in_the_same_snapshot(server: MockServer) -> None:
    """No end_date: the export pins it to the mock's now (the start of its today); sales that
    arrive meanwhile come after it, whatever the page tokens are (the issue's reproduction:
    stopped after 120, 30 new sales, resumed)."""
    arguments = {"start_date": START, "max_results": PAGE}
    with server.client() as client:
        pager = client.sales.history.export(**arguments)
        first = codes(itertools.islice(pager, 120))
        checkpoint = pager.checkpoint
        pager.close()
        for _ in range(10):  # 10 calls: 30 sales arrive, with arrivals on
            client.sales.history(max_results=1)
        rest = codes(client.sales.history.export(**arguments, resume=checkpoint))
    assert pager.pins == {"end_date": server.app.now_millis}
    assert_exact(first + rest, expected(server, last=DENSE - 1 + (1 if server.config.exclusive_end else 0)))


def test_a_parallel_export_stopped_and_resumed_again_and_again(server: MockServer) -> None:
    seen: list[str] = []
    checkpoint = None
    with server.client() as client:
        for stop in (1, PAGE, 7 * PAGE + 3, 298):
            pager = client.sales.history.export(**RANGE, concurrency=3, resume=checkpoint)
            seen += codes(itertools.islice(pager, stop - len(seen)))
            checkpoint = pager.checkpoint
            pager.close()
            client.sales.history(max_results=1)  # sales arrive between the runs
        seen += codes(client.sales.history.export(**RANGE, concurrency=2, resume=checkpoint))
    assert_exact(seen, expected(server))


def test_an_export_stopped_by_failures_resumes_from_their_errors(dense_server: MockServer) -> None:
    """Pages that fail (no retries) stop the export, seams included; each error's checkpoint
    goes on from there (with every switch on)."""
    server = dense_server
    server.set_switches(**MODES["exclusive end, offset tokens, arrivals"])
    seen: list[str] = []
    failures = 0
    with server.client(max_retries=0) as client:
        server.set_faults(routes={"getSalesHistory": {"error_rate": 0.1}})
        checkpoint = None
        try:
            while True:
                try:
                    for item in client.sales.history.export(**RANGE, concurrency=3, resume=checkpoint):
                        seen.append(item.purchase.transaction)
                    break
                except InternalServerError as error:
                    failures += 1
                    assert error.checkpoint is not None and failures < 60
                    checkpoint = error.checkpoint
        finally:
            server.set_faults()
    assert failures > 0
    assert_exact(seen, expected(server))
    server.set_switches(**OFF)


def test_a_dlt_sync_of_the_range(server: MockServer, tmp_path: Path) -> None:
    """`hotmart sync` reads its windows through the same pager: pinned (its `now`), in parallel
    windows with their seams (small pages make the range worth splitting), merged on the key."""
    dlt = pytest.importorskip("dlt")
    from hotmart_client.dlt import Options, sync

    pipeline = dlt.pipeline(
        pipeline_name="live_data",
        destination=dlt.destinations.duckdb(str(tmp_path / "live.duckdb")),
        dataset_name="hotmart_data",
        pipelines_dir=str(tmp_path / "pipelines"),
    )
    options = Options(since=START, now=lambda: END, page_size=PAGE, concurrency=3)
    with Hotmart(server.client_id, server.client_secret, base_url=server.url, token_url=server.token_url) as client:
        report = sync(pipeline, client=client, resources=["sales_history"], options=options)
    with pipeline.sql_client() as sql:
        loaded = [row[0] for row in sql.execute_sql("SELECT purchase__transaction FROM sales_history")]
    assert_exact(loaded, expected(server))
    assert report.rows["sales_history"] == len(expected(server))  # read once each: nothing merged away
