"""Issue 18, item 7.1-7.3: `close()` while an export runs, from another thread or task or from the
loop itself, ends the loop quietly (no hang, nothing raised into the caller), and the pager then
resumes, or is iterated again, without a false `PaginationError`, losing and repeating nothing.

Against the mock server (real HTTP, time windows honoured), each page slowed down a little so
that a close lands while work is in flight. Items are checked by transaction code."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from hotmart_client import AsyncHotmart, Hotmart
from hotmart_client.mock import MockServer, mock_server

ITEMS = 400
RANGE = {"start_date": "2025-01-01", "end_date": "2026-06-30", "max_results": 20}
HANG = 10.0  # seconds after which a loop that has not ended is taken as hung


EVERYTHING: list[str] = []  # every transaction of the range, read once per module


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with mock_server(items=ITEMS, seed=5) as running, running.client() as client:
        EVERYTHING[:] = [s.purchase.transaction for s in client.sales.history.export(**RANGE)]
        running.set_faults(latency=0.005)
        yield running


def export(client: Hotmart, parallel: bool, resume: str | None = None) -> Any:
    return client.sales.history.export(**RANGE, resume=resume, concurrency=4 if parallel else None)


def aexport(client: AsyncHotmart, parallel: bool, resume: str | None = None) -> Any:
    return client.sales.history.export(**RANGE, resume=resume, concurrency=4 if parallel else None)


def assert_exact(server: MockServer, parts: list[list[str]]) -> None:
    seen = [code for part in parts for code in part]
    assert len(seen) == len(set(seen)), "an item came twice"
    assert sorted(seen) == sorted(EVERYTHING), "an item is missing"


def until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + HANG
    while not condition():
        assert time.monotonic() < deadline, "the export made no progress"
        time.sleep(0.01)


def consume_in_thread(pager: Any, seen: list[str], delay: float = 0.002) -> threading.Thread:
    failures: list[BaseException] = []

    def run() -> None:
        try:
            for sale in pager:
                seen.append(sale.purchase.transaction)
                time.sleep(delay)
        except BaseException as exc:  # reported by the test
            failures.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.failures = failures  # type: ignore[attr-defined]
    thread.start()
    return thread


@pytest.mark.parametrize("parallel", [False, True], ids=["sequential", "parallel"])
def test_close_from_another_thread_ends_the_loop(server: MockServer, parallel: bool) -> None:
    with server.client() as client:
        pager = export(client, parallel)
        seen: list[str] = []
        consumer = consume_in_thread(pager, seen)
        until(lambda: len(seen) >= 30)
        pager.close()
        consumer.join(HANG)
        assert not consumer.is_alive(), "the loop did not end after close()"
        assert consumer.failures == []  # type: ignore[attr-defined]
        assert 0 < len(seen) < ITEMS
        rest = [s.purchase.transaction for s in export(client, parallel, resume=pager.checkpoint)]
    assert_exact(server, [seen, rest])


@pytest.mark.parametrize("parallel", [False, True], ids=["sequential", "parallel"])
@pytest.mark.parametrize("at", [0, 20, 133])
def test_close_from_the_loop_ends_it_at_once(server: MockServer, parallel: bool, at: int) -> None:
    with server.client() as client:
        pager = export(client, parallel)
        seen: list[str] = []

        def run() -> None:
            for number, sale in enumerate(pager):
                seen.append(sale.purchase.transaction)
                if number == at:
                    pager.close()

        consumer = threading.Thread(target=run, daemon=True)
        consumer.start()
        consumer.join(HANG)
        assert not consumer.is_alive(), "the loop did not end after close()"
        assert len(seen) == at + 1  # nothing after the close
        rest = [s.purchase.transaction for s in export(client, parallel, resume=pager.checkpoint)]
    assert_exact(server, [seen, rest])


@pytest.mark.parametrize("parallel", [False, True], ids=["sequential", "parallel"])
def test_a_pager_iterated_again_after_break_or_close_goes_on_exactly(server: MockServer, parallel: bool) -> None:
    with server.client() as client:
        pager = export(client, parallel)
        first = [s.purchase.transaction for s in itertools.islice(pager, 150)]  # islice: a break
        second: list[str] = []
        for sale in pager:
            second.append(sale.purchase.transaction)
            if len(second) == 100:
                pager.close()
        time.sleep(0.1)  # the workers of the closed run went on ahead
        third = [s.purchase.transaction for s in pager]
    assert len(second) == 100
    assert_exact(server, [first, second, third])


# -- async ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("parallel", [False, True], ids=["sequential", "parallel"])
async def test_async_close_from_another_task_ends_the_loop(server: MockServer, parallel: bool) -> None:
    async with server.async_client() as client:
        pager = aexport(client, parallel)
        seen: list[str] = []

        async def consume() -> None:
            async for sale in pager:
                seen.append(sale.purchase.transaction)

        consumer = asyncio.ensure_future(consume())
        while len(seen) < 30 and not consumer.done():
            await asyncio.sleep(0.01)
        await pager.close()
        await asyncio.wait_for(consumer, HANG)  # neither hangs nor raises CancelledError
        assert 0 < len(seen) < ITEMS
        rest = [s.purchase.transaction async for s in aexport(client, parallel, resume=pager.checkpoint)]
    assert_exact(server, [seen, rest])


@pytest.mark.parametrize("parallel", [False, True], ids=["sequential", "parallel"])
async def test_async_close_from_the_loop_and_iterating_again(server: MockServer, parallel: bool) -> None:
    async with server.async_client() as client:
        pager = aexport(client, parallel)
        first: list[str] = []

        async def consume() -> None:
            async for sale in pager:
                first.append(sale.purchase.transaction)
                if len(first) == 47:
                    await pager.close()

        await asyncio.wait_for(consume(), HANG)
        assert len(first) == 47
        second: list[str] = []
        async for sale in pager:
            second.append(sale.purchase.transaction)
            if len(second) == 90:
                break
        await asyncio.sleep(0.1)
        third = [s.purchase.transaction async for s in pager]
    assert_exact(server, [first, second, third])


async def test_cancelling_the_consumer_still_cancels_it(server: MockServer) -> None:
    """A consumer cancelled by its owner gets its CancelledError: only close() ends a loop quietly."""
    async with server.async_client() as client:
        pager = aexport(client, True)

        async def consume() -> None:
            async for _ in pager:
                await asyncio.sleep(0.01)

        consumer = asyncio.ensure_future(consume())
        await asyncio.sleep(0.2)
        consumer.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(consumer, HANG)
