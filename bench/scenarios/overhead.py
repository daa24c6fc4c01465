"""Scenario 1: per-call overhead. One GET of a 1-item page and of a 100-item page, client reused,
thousands of calls: median and p99 per call.

A call is "fetch the page and read four fields of every item on it", the same work for every
client, so a client that parses lazily pays for what the caller uses.

Within a repeat the clients take turns in blocks of `BLOCK` calls (their order rotated every
block), so all of them meet the same machine: on a shared VM the speed of the CPU can change by 2x
within seconds, and one client's 2,000 calls in a row would each meet a different machine. A
repeat's median and p99 are over all of that client's calls in the repeat.
"""

from __future__ import annotations

import time
from typing import Any

from .. import clients
from ..config import Scale
from ..server import Server
from ..stats import median, percentile, rotated

PAGE_SIZES = (1, 100)
BLOCK = 20  # calls of one client before the next client's turn


def _time_calls(adapter: clients.SyncAdapter, size: int, calls: int) -> list[float]:
    """Seconds per call, `calls` of them."""
    samples: list[float] = []
    clock = time.perf_counter
    for _ in range(calls):
        started = clock()
        page = adapter.page(size)
        for item in adapter.page_items(page):
            adapter.read(item)
        samples.append(clock() - started)
    return samples


def run(server: Server, scale: Scale) -> dict[str, Any]:
    server.configure(total=scale.server_items)
    adapters = {name: clients.make(name, server.url) for name in clients.CLIENTS}
    calls = {1: scale.overhead_calls_small, 100: scale.overhead_calls_large}
    runs: dict[int, dict[str, list[tuple[float, float]]]] = {size: {n: [] for n in adapters} for size in PAGE_SIZES}
    try:
        for adapter in adapters.values():
            for size in PAGE_SIZES:
                _time_calls(adapter, size, scale.overhead_warmup)
        for _ in range(scale.repeats):
            for size in PAGE_SIZES:
                samples: dict[str, list[float]] = {name: [] for name in adapters}
                for block in range(-(-calls[size] // BLOCK)):
                    for name in rotated(clients.CLIENTS, block):
                        samples[name] += _time_calls(adapters[name], size, min(BLOCK, calls[size] - block * BLOCK))
                for name, values in samples.items():
                    runs[size][name].append((median(values), percentile(values, 99)))
    finally:
        for adapter in adapters.values():
            adapter.close()
    result: dict[str, Any] = {}
    for size in PAGE_SIZES:
        result[f"page_{size}"] = {
            name: {
                "calls_per_repeat": calls[size],
                "median_us": median([m for m, _ in per_repeat]) * 1e6,
                "p99_us": median([p for _, p in per_repeat]) * 1e6,
                "repeats_median_us": [m * 1e6 for m, _ in per_repeat],
            }
            for name, per_repeat in runs[size].items()
        }
    return result
