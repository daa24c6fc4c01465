"""Scenario 4: concurrency from a cold start (no token yet).

- `async_calls` concurrent async calls (`asyncio.gather`) on one fresh async client;
- `threads` threads sharing one fresh sync client, `calls_per_thread` calls each, released together.

Wall time of the burst and the token requests the server saw. The overlay must make exactly one.
The generated package and raw httpx fetch their token once by hand before the burst (counted).
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

from .. import clients
from ..aclients import ASYNC_FACTORIES
from ..config import Scale
from ..server import Server
from ..stats import median, rotated


async def _burst(name: str, server: Server, calls: int) -> float:
    adapter = ASYNC_FACTORIES[name](server.url)
    try:
        started = time.perf_counter()
        pages = await asyncio.gather(*(adapter.page(1) for _ in range(calls)))
        elapsed = time.perf_counter() - started
    finally:
        await adapter.aclose()
    if len(pages) != calls:
        raise RuntimeError(f"{name}: {len(pages)} of {calls} calls returned")
    return elapsed


def _threads(name: str, server: Server, threads: int, calls: int) -> float:
    adapter = clients.make(name, server.url)
    barrier = threading.Barrier(threads + 1)
    errors: list[BaseException] = []

    def work() -> None:
        barrier.wait(timeout=60)
        try:
            for _ in range(calls):
                adapter.page(1)
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    try:
        barrier.wait(timeout=60)
        started = time.perf_counter()
        for worker in workers:
            worker.join(timeout=300)
        elapsed = time.perf_counter() - started
    finally:
        adapter.close()
    if errors:
        raise RuntimeError(f"{name}: {len(errors)} thread(s) failed") from errors[0]
    return elapsed


def run(server: Server, scale: Scale) -> dict[str, Any]:
    per_case: dict[str, dict[str, list[tuple[float, int]]]] = {
        case: {name: [] for name in clients.CLIENTS} for case in ("async", "threads")
    }
    for repeat in range(scale.concurrency_repeats):
        for name in rotated(clients.CLIENTS, repeat):
            server.configure(total=scale.server_items)
            elapsed = asyncio.run(_burst(name, server, scale.async_calls))
            per_case["async"][name].append((elapsed, server.stats()["token_requests"]))
            server.configure(total=scale.server_items)
            elapsed = _threads(name, server, scale.threads, scale.calls_per_thread)
            per_case["threads"][name].append((elapsed, server.stats()["token_requests"]))
    calls = {"async": scale.async_calls, "threads": scale.threads * scale.calls_per_thread}
    return {
        case: {
            name: {
                "calls": calls[case],
                "wall_s": median([elapsed for elapsed, _ in runs]),
                "token_requests": [tokens for _, tokens in runs],
            }
            for name, runs in per_name.items()
        }
        for case, per_name in per_case.items()
    }
