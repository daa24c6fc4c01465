"""Scenario: what the seams of a parallel export cost (issue 23).

A parallel export overlaps adjacent windows by 2 ms and reads each overlap (a seam) as a small
listing of its own, so that it is exact whether Hotmart's bounds include the millisecond they name
or not (see `hotmart_client._windows`). This measures the price: the requests the seams add per
window, and the items the windows leave out because their seam handed them out, against the
requests of the windows themselves. Same server as the export scenario (`export_latency` per
request, no rate limit), `export_concurrency` workers (so `4 x concurrency` windows), pages of 100.

Two ranges of `seams_items` sales (one a minute):
- `between`: the windows' bounds fall between sales, as they almost always do: the seams are empty;
- `on_sales`: the range is cut so that every window starts on a sale: every seam holds one, which
  both of its windows also return (the server's bounds are inclusive) and leave out.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

import httpx

from ..clients import CLIENT_ID, CLIENT_SECRET
from ..config import Scale
from ..data import STEP_MS, date_bounds, index_range, order_date
from ..server import TOKEN_PATH, Server


class _Requests(httpx.HTTPTransport):
    """Counts the API requests by the (start_date, end_date) they ask for."""

    def __init__(self) -> None:
        super().__init__()
        self.by_range: Counter[tuple[int, int]] = Counter()
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        if "start_date" in params:
            with self._lock:
                self.by_range[int(params["start_date"]), int(params["end_date"])] += 1
        return super().handle_request(request)


def _ranges(total: int, windows: int) -> dict[str, tuple[int, int]]:
    start = order_date(total - 1)
    per_window = -(-total // windows)  # sales per window when every window starts on a sale
    return {"between": date_bounds(total), "on_sales": (start, start + windows * per_window * STEP_MS - 1)}


def run(server: Server, scale: Scale) -> dict[str, Any]:
    from hotmart_client import Hotmart  # noqa: PLC0415  (each scenario imports only what it measures)

    total, concurrency = scale.seams_items, scale.export_concurrency
    result: dict[str, Any] = {}
    for case, (start, end) in _ranges(total, concurrency * 4).items():
        server.configure(total=total, latency=scale.export_latency)
        low, high = index_range(total, start, end)
        requests = _Requests()
        client = Hotmart(
            CLIENT_ID, CLIENT_SECRET, base_url=server.url, token_url=server.url + TOKEN_PATH, transport=requests
        )
        with client:
            started = time.perf_counter()
            pager = client.sales.history.export(
                start_date=start, end_date=end, max_results=100, concurrency=concurrency
            )
            codes = [sale.purchase.transaction for sale in pager]
            elapsed = time.perf_counter() - started
        if len(codes) != high - low or len(set(codes)) != len(codes):
            raise RuntimeError(f"seams {case}: {len(codes)} items ({len(set(codes))} distinct), expected {high - low}")
        seams = [(s.low, s.high) for s in pager.streams if s.seam]
        windows = [(s.low, s.high) for s in pager.streams if not s.seam]
        seam_requests = sum(requests.by_range[bounds] for bounds in seams)
        window_requests = sum(requests.by_range[bounds] for bounds in windows)
        result[case] = {
            "items": len(codes),
            "windows": len(windows),
            "seams": len(seams),
            "window_requests": window_requests,
            "seam_requests": seam_requests,
            "extra_requests_per_window": seam_requests / len(windows),
            "extra_requests_share": seam_requests / window_requests,
            "items_deduplicated": pager.seam_duplicates,
            "wall_s": elapsed,
            "stats": server.stats(),
        }
    return result
