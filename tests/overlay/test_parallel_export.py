"""Parallel export by time windows: every item exactly once, in bounded memory, really concurrent."""

from __future__ import annotations

import itertools
import threading
import time
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import InternalServerError, InvalidParameterError, to_millis
from hotmart_client._windows import seams, split
from tests.support import sale

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
START = 1_767_225_600_000  # 2026-01-01
DAY = 86_400_000
SALES = [START + n * 7_777_777 for n in range(3_000)]  # ~270 days of sales, irregular spacing


class Backend:
    """Serves SALES filtered by [start_date, end_date] (inclusive), paginated by offset tokens."""

    def __init__(self, delay: float = 0.0, fail_token: str | None = None) -> None:
        self.delay = delay
        self.fail_token = fail_token
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            time.sleep(self.delay)
            params = request.url.params
            low, high = int(params.get("start_date", 0)), int(params.get("end_date", 2**62))
            matching = [t for t in SALES if low <= t <= high]
            if self.fail_token is not None and params.get("page_token") == self.fail_token:
                return httpx.Response(500)
            offset = int(params.get("page_token", "0"))
            size = int(params.get("max_results", 100))
            chunk = matching[offset : offset + size]
            page_info: dict[str, Any] = {"total_results": len(matching)}
            if offset + size < len(matching):
                page_info["next_page_token"] = str(offset + size)
            items = [sale(f"HP{t}", order_date=t) for t in chunk]
            return httpx.Response(200, json={"items": items, "page_info": page_info})
        finally:
            with self.lock:
                self.in_flight -= 1


def test_split_covers_the_range_with_windows_that_overlap_by_two_milliseconds() -> None:
    for start, end, parts in [(0, 99, 4), (5, 5, 8), (5, 7, 8), (START, START + 365 * DAY, 32), (0, 10, 3), (0, 9, 4)]:
        windows = split(start, end, parts)
        assert windows[0][0] == start and windows[-1][1] == end
        assert all(low <= high for low, high in windows)
        # Each window shares exactly its last two milliseconds with the next: the seam.
        assert all(a[1] == b[0] + 1 for a, b in itertools.pairwise(windows))
        assert seams(windows) == [(b[0], a[1]) for a, b in itertools.pairwise(windows)]
        # A window reaches past its seams, and seams never touch: a window is longer than the overlap.
        assert all(b[1] > a[1] for a, b in itertools.pairwise(windows))
        assert all(b[0] > a[1] for a, b in itertools.pairwise(seams(windows)))
        assert len(windows) <= parts


def test_sync_parallel_export_yields_every_item_once(hotmart_routes: respx.MockRouter) -> None:
    backend = Backend(delay=0.01)
    hotmart_routes.get(api(HISTORY)).mock(side_effect=backend)
    end = START + 300 * DAY
    with new_client() as client:
        pager = client.sales.history.export(start_date=START, end_date=end, max_results=100, concurrency=6)
        seen = [to_millis(item.purchase.order_date) for item in pager]
    assert len(seen) == len(set(seen)) == len(SALES)
    assert set(seen) == set(SALES)
    assert 2 <= backend.max_in_flight <= 6


def test_a_slow_window_does_not_hold_the_others_back(hotmart_routes: respx.MockRouter) -> None:
    """Pages are yielded as they arrive: while the oldest window is slow, the rest keep flowing."""
    backend = Backend()

    def slow_first_window(request: httpx.Request) -> httpx.Response:
        if int(request.url.params["start_date"]) == START:
            time.sleep(0.3)
        return backend(request)

    hotmart_routes.get(api(HISTORY)).mock(side_effect=slow_first_window)
    with new_client() as client:
        pager = client.sales.history.export(start_date=START, end_date=START + 300 * DAY, concurrency=4)
        seen = [to_millis(item.purchase.order_date) for item in pager]
    assert sorted(seen) == SALES
    assert seen[0] != START  # the first window's items did not come first


def test_limit_stops_a_parallel_export(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=Backend())
    with new_client() as client:
        items = list(
            client.sales.history.export(start_date=START, end_date=START + 300 * DAY, limit=250, concurrency=4)
        )
    assert len(items) == 250


def test_a_failing_window_raises_in_order(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=Backend(fail_token="100"))
    with new_client(max_retries=0) as client, pytest.raises(InternalServerError):
        list(client.sales.history.export(start_date=START, end_date=START + 300 * DAY, concurrency=4))


@pytest.mark.parametrize("stop_after", [1, 99, 100, 1234, 2999])
def test_a_parallel_export_resumes_at_the_exact_next_item(hotmart_routes: respx.MockRouter, stop_after: int) -> None:
    """Each window's position is in the checkpoint: whatever was handed out is not repeated, and
    nothing is skipped, although windows interleave."""
    hotmart_routes.get(api(HISTORY)).mock(side_effect=Backend())
    arguments = {"start_date": START, "end_date": START + 300 * DAY, "max_results": 100}
    with new_client() as client:
        pager = client.sales.history.export(**arguments, concurrency=4)
        first = [to_millis(item.purchase.order_date) for item in itertools.islice(pager, stop_after)]
        checkpoint = pager.checkpoint
        pager.close()
        rest = [to_millis(i.purchase.order_date) for i in client.sales.history.export(**arguments, resume=checkpoint)]
    assert len(first) + len(rest) == len(SALES)
    assert sorted(first + rest) == SALES


def test_a_failed_window_leaves_a_checkpoint_that_completes_the_export(hotmart_routes: respx.MockRouter) -> None:
    backend = Backend(fail_token="100")
    hotmart_routes.get(api(HISTORY)).mock(side_effect=backend)
    arguments = {"start_date": START, "end_date": START + 300 * DAY}
    seen: list[int] = []
    with new_client(max_retries=0) as client:
        with pytest.raises(InternalServerError) as raised:
            seen.extend(
                to_millis(i.purchase.order_date) for i in client.sales.history.export(**arguments, concurrency=4)
            )
        backend.fail_token = None
        assert raised.value.checkpoint is not None
        pager = client.sales.history.export(**arguments, resume=raised.value.checkpoint, concurrency=2)
        seen.extend(to_millis(item.purchase.order_date) for item in pager)
    assert sorted(seen) == SALES


async def test_async_parallel_export_resumes_exactly(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=Backend())
    arguments = {"start_date": START, "end_date": START + 300 * DAY}
    async with new_async_client() as client:
        pager = client.sales.history.export(**arguments, concurrency=4)
        first: list[int] = []
        async for item in pager:
            first.append(to_millis(item.purchase.order_date))
            if len(first) == 777:
                break
        rest = [
            to_millis(i.purchase.order_date)
            async for i in client.sales.history.export(**arguments, resume=pager.checkpoint)
        ]
    assert sorted(first + rest) == SALES


def test_parallel_export_needs_a_start(hotmart_routes: respx.MockRouter) -> None:
    with new_client() as client:
        with pytest.raises(InvalidParameterError, match="concurrency needs start_date"):
            client.sales.history.export(end_date=START, concurrency=4)
        open_ended = client.sales.history.export(start_date=START, concurrency=4)  # its end: pinned to now
        assert open_ended.pins["end_date"] > START
        with pytest.raises(InvalidParameterError, match=r"end_date: .* is before start_date"):
            client.sales.history.export(start_date=START, end_date=START - DAY, concurrency=4)
        with pytest.raises(TypeError, match="concurrency"):  # a listing without a range does not offer it
            client.products.list.export(concurrency=4)  # type: ignore[call-arg]


async def test_async_parallel_export_yields_every_item_once(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=Backend())
    async with new_async_client() as client:
        pager = client.sales.history.export(start_date=START, end_date=START + 300 * DAY, concurrency=8)
        seen = [to_millis(item.purchase.order_date) async for item in pager]
        limited = [
            i
            async for i in client.sales.history.export(
                start_date=START, end_date=START + 300 * DAY, limit=10, concurrency=3
            )
        ]
    assert sorted(seen) == SALES and len(seen) == len(set(seen))
    assert len(limited) == 10
