"""Stopping an export stops its work (Hardening 1): after `break`, `close()`, a `with` block,
garbage collection, an exception or Ctrl-C, no request starts, retry sleeps are cut short and the
helper threads are gone within a second; an interrupted process exits at once. Against a real
server (uvicorn) whose pages are slow, or answer 429 with a long Retry-After."""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from hotmart_client import AsyncHotmart, Hotmart, RetryPolicy
from tests.servers import serve_asgi

from .helpers import CLIENT_ID, CLIENT_SECRET

TOTAL, PAGE = 2_000, 50
START = 1_767_225_600_000


class SlowHotmart:
    """Token endpoint and a paginated sales history: every page takes `delay`; pages after the
    first (and every window page but the first of each window) answer 429 `Retry-After: 30`
    when `throttle` is set. Records when each API request arrived."""

    def __init__(self, delay: float = 0.05, throttle: bool = False) -> None:
        self.delay, self.throttle = delay, throttle
        self.arrivals: list[float] = []

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            return
        if scope["path"].endswith("/token"):
            await _json(send, 200, {"access_token": "t", "expires_in": 86400})
            return
        self.arrivals.append(time.monotonic())
        query = dict(p.split("=", 1) for p in scope["query_string"].decode().split("&") if "=" in p)
        offset = int(query.get("page_token", "0"))
        await asyncio.sleep(self.delay)
        if self.throttle and offset > 0:
            await _json(send, 429, {"error": "too_many_requests"}, [(b"retry-after", b"30")])
            return
        end = min(offset + PAGE, TOTAL)
        items = [{"purchase": {"transaction": f"HP{n:014d}", "order_date": START}} for n in range(offset, end)]
        info: dict[str, Any] = {"total_results": TOTAL}
        if end < TOTAL:
            info["next_page_token"] = str(end)
        await _json(send, 200, {"items": items, "page_info": info})


async def _json(send: Callable[..., Any], status: int, body: Any, headers: list[tuple[bytes, bytes]] = ()) -> None:  # type: ignore[assignment]
    payload = json.dumps(body).encode()
    await send(
        {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json"), *headers]}
    )
    await send({"type": "http.response.body", "body": payload})


@pytest.fixture
def slow_server() -> Iterator[tuple[SlowHotmart, str]]:
    app = SlowHotmart()
    with serve_asgi(app) as url:
        yield app, url


@pytest.fixture
def throttling_server() -> Iterator[tuple[SlowHotmart, str]]:
    app = SlowHotmart(delay=0.01, throttle=True)
    with serve_asgi(app) as url:
        yield app, url


POLICY = RetryPolicy(max_retry_after=120.0)  # wait out the server's 30 s: the stop must cut it short


def client_for(url: str) -> Hotmart:
    return Hotmart(CLIENT_ID, CLIENT_SECRET, base_url=url, token_url=url + "/token", retry_policy=POLICY)


def helper_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(("hotmart-prefetch", "hotmart-export"))]


def assert_stopped(app: SlowHotmart) -> None:
    """No request starts after the stop (one in flight may finish), and the threads are gone."""
    stopped_at = time.monotonic()
    deadline = stopped_at + 1.0
    while helper_threads() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert helper_threads() == [], "helper threads still running 1 s after the stop"
    time.sleep(0.3)
    late = [t for t in app.arrivals if t > stopped_at + 0.1]
    assert late == [], f"{len(late)} requests started after the export was stopped"


EXPORTS = {
    "prefetch": lambda client: client.sales.history.export(max_results=PAGE),
    "parallel": lambda client: client.sales.history.export(
        start_date=START - 10**9, end_date=START + 10**9, max_results=PAGE, concurrency=4
    ),
}


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_break_stops_the_work(slow_server: tuple[SlowHotmart, str], export: str) -> None:
    app, url = slow_server
    with client_for(url) as client:
        for _ in EXPORTS[export](client):
            break
        assert_stopped(app)


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_a_stop_cuts_a_retry_after_sleep_short(throttling_server: tuple[SlowHotmart, str], export: str) -> None:
    """The helpers are waiting 30 s on a 429's Retry-After when the consumer leaves."""
    app, url = throttling_server
    with client_for(url) as client:
        pager = EXPORTS[export](client)
        iterator = iter(pager)
        next(iterator)
        time.sleep(0.3)  # the prefetch / other windows are now sleeping on Retry-After
        assert helper_threads()
        started = time.monotonic()
        pager.close()
        iterator.close()
        assert_stopped(app)
        assert time.monotonic() - started < 2.0


def _consume_then(stop: str, pager: Any) -> None:
    if stop == "close":
        iterator = iter(pager)
        next(iterator)
        pager.close()
        return
    if stop == "with":
        with pager:
            next(iter(pager))
        return
    if stop == "gc":
        iterator = iter(pager)
        next(iterator)
        del iterator, pager
        gc.collect()
        return
    error = {"exception": ValueError("boom"), "ctrl-c": KeyboardInterrupt()}[stop]
    with pytest.raises(type(error)):
        for _ in pager:
            raise error


@pytest.mark.parametrize("stop", ["close", "with", "gc", "exception", "ctrl-c"])
def test_every_way_of_stopping_stops_the_work(slow_server: tuple[SlowHotmart, str], stop: str) -> None:
    app, url = slow_server
    with client_for(url) as client:
        _consume_then(stop, EXPORTS["prefetch"](client))
        assert_stopped(app)
        _consume_then(stop, EXPORTS["parallel"](client))
        assert_stopped(app)


@pytest.mark.parametrize("export", ["prefetch", "parallel"])
def test_an_interrupted_export_does_not_hold_up_the_process_exit(
    throttling_server: tuple[SlowHotmart, str], export: str
) -> None:
    """Regression: the process used to wait for the workers at exit (minutes with Retry-After: 60)."""
    _, url = throttling_server
    script = textwrap.dedent(
        f"""
        import time
        from hotmart_client import Hotmart, RetryPolicy
        client = Hotmart("id", "secret", base_url={url!r}, token_url={url!r} + "/token",
                         retry_policy=RetryPolicy(max_retry_after=120.0))
        if {export!r} == "parallel":
            pager = client.sales.history.export(start_date={START - 10**9}, end_date={START + 10**9}, concurrency=4)
        else:
            pager = client.sales.history.export()
        iterator = iter(pager)
        next(iterator)
        time.sleep(0.3)
        raise SystemExit(0)
        """
    )
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", script], check=True, timeout=30)
    assert time.monotonic() - started < 10


async def test_async_break_and_close_stop_the_work(throttling_server: tuple[SlowHotmart, str]) -> None:
    app, url = throttling_server
    async with AsyncHotmart(
        CLIENT_ID, CLIENT_SECRET, base_url=url, token_url=url + "/token", retry_policy=POLICY
    ) as client:
        for export in (
            client.sales.history.export(max_results=PAGE),
            client.sales.history.export(start_date=START - 10**9, end_date=START + 10**9, concurrency=4),
        ):
            async for _ in export:
                await asyncio.sleep(0.3)  # let the prefetch / windows reach their Retry-After sleep
                break
            await export.close()
            stopped_at = time.monotonic()
            await asyncio.sleep(0.4)
            pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
            assert pending == []
            assert [t for t in app.arrivals if t > stopped_at + 0.1] == []
