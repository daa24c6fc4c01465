"""Scenario 5: latency-bound export, as Hotmart behaves: every request takes `export_latency` s and
the server admits at most `export_limit` requests per token in any sliding 60 s (429 with
`Retry-After` and `RateLimit-*` past it). `export_items` sales between a start and an end date, pages
of 100. Wall time, requests, sustained requests per minute, 429s, items (all distinct).

Run once per row: the figures are bounded by the 300 ms latency and the limit, not by CPU noise.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .. import clients
from ..config import Scale
from ..data import date_bounds
from ..server import Server
from .throughput import stream

Row = tuple[str, str, Callable[[str, Scale], clients.SyncAdapter]]

ROWS: list[Row] = [
    ("overlay", "overlay, sequential (prefetch)", lambda url, _: clients.Overlay(url)),
    (
        "overlay-parallel",
        "overlay, concurrency=8, rate_limit=500",
        lambda url, s: clients.Overlay(url, rate_limit=s.export_limit, concurrency=s.export_concurrency),
    ),
    (
        "overlay-parallel-unpaced",
        "overlay, concurrency=8, no rate_limit (context)",
        lambda url, s: clients.Overlay(url, concurrency=s.export_concurrency),
    ),
    ("hotmart-python", "hotmart-python, sequential", lambda url, _: clients.HotmartPython(url)),
    ("raw", "raw httpx, sequential", lambda url, _: clients.Raw(url)),
]


def run(server: Server, scale: Scale) -> dict[str, Any]:
    total = scale.export_items
    start_date, end_date = date_bounds(total)
    result: dict[str, Any] = {}
    for key, label, factory in ROWS:
        server.configure(total=total, latency=scale.export_latency, limit=scale.export_limit, window=60.0)
        adapter = factory(server.url, scale)
        try:
            started = time.perf_counter()
            count, distinct = stream(adapter, start_date=start_date, end_date=end_date)
            elapsed = time.perf_counter() - started
        finally:
            adapter.close()
        stats = server.stats()
        if count != total or distinct != total:
            raise RuntimeError(f"export {key}: {count} items ({distinct} distinct), expected {total}")
        result[key] = {
            "label": label,
            "items": count,
            "distinct_items": distinct,
            "wall_s": elapsed,
            "requests": stats["api_requests"],
            "pages": stats["ok"],
            "http_429": stats["rate_limited"],
            "requests_per_s": stats["api_requests"] / elapsed,
            "requests_per_min": stats["api_requests"] / elapsed * 60,
            "items_per_s": count / elapsed,
        }
    return result
