"""Scenario 2: autopagination CPU throughput. `throughput_items` sales in pages of 100 (the spec's
maximum), zero server latency; every item's four fields are read. Items per second."""

from __future__ import annotations

import time
from typing import Any

from .. import clients
from ..config import Scale
from ..data import MAX_PAGE
from ..server import Server
from ..stats import median, rotated


def stream(adapter: clients.SyncAdapter, **window: int) -> tuple[int, int]:
    """Iterate a whole listing; (items seen, distinct transactions)."""
    count = 0
    seen: set[str] = set()
    for item in adapter.items(MAX_PAGE, **window):
        seen.add(adapter.read(item)[0])
        count += 1
    return count, len(seen)


def run(server: Server, scale: Scale) -> dict[str, Any]:
    total = scale.throughput_items
    server.configure(total=total)
    runs: dict[str, list[float]] = {name: [] for name in clients.CLIENTS}
    for repeat in range(scale.repeats):
        for name in rotated(clients.CLIENTS, repeat):
            adapter = clients.make(name, server.url)
            try:
                started = time.perf_counter()
                count, distinct = stream(adapter)
                elapsed = time.perf_counter() - started
            finally:
                adapter.close()
            if count != total or distinct != total:
                raise RuntimeError(f"{name}: streamed {count} items ({distinct} distinct), expected {total}")
            runs[name].append(total / elapsed)
    return {
        name: {"items": total, "items_per_s": median(per_repeat), "repeats_items_per_s": per_repeat}
        for name, per_repeat in runs.items()
    }
