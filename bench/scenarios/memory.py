"""Scenario 3: memory while streaming `memory_items` sales (pages of 100, every item read, nothing
kept). Each case runs in a fresh interpreter so its peak RSS is its own: once under tracemalloc
(peak of Python allocations while streaming) and once without (peak RSS, and its growth over the
RSS measured just before streaming). Flat means: the 100,000-item peak is at most 1.5x the
10,000-item peak.

`python -m bench.scenarios.memory --client NAME --server URL --mode tracemalloc|rss` is one case.
"""

from __future__ import annotations

import argparse
import gc
import json
import tracemalloc
from pathlib import Path
from typing import Any

from .. import clients
from ..config import Scale
from ..data import MAX_PAGE
from ..server import Server
from . import run_case

MODES = ("tracemalloc", "rss")
MB = 1024 * 1024


def _status_bytes(field: str) -> int:
    """A `Vm*` line of /proc/self/status, in bytes. (VmHWM, not getrusage's ru_maxrss: Linux carries
    ru_maxrss over fork and exec, so a child would report its parent's peak.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def measure(name: str, server_url: str, mode: str) -> dict[str, float]:
    adapter = clients.make(name, server_url)
    adapter.page(1)  # token, connection and lazy imports happen before the measurement
    gc.collect()
    baseline = _status_bytes("VmRSS")
    if mode == "tracemalloc":
        tracemalloc.start()
    count = 0
    for item in adapter.items(MAX_PAGE):
        adapter.read(item)
        count += 1
    result: dict[str, float] = {"items": count}
    if mode == "tracemalloc":
        result["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / MB
        tracemalloc.stop()
    else:
        peak = _status_bytes("VmHWM")
        result["peak_rss_mb"] = peak / MB
        result["rss_growth_mb"] = (peak - baseline) / MB
    adapter.close()
    return result


def _case(name: str, server: Server, mode: str) -> dict[str, float]:
    return run_case("bench.scenarios.memory", "--client", name, "--server", server.url, "--mode", mode, timeout=900)


def run(server: Server, scale: Scale) -> dict[str, Any]:
    result: dict[str, Any] = {name: {} for name in clients.CLIENTS}
    for size in scale.memory_items:
        server.configure(total=size)
        for name in clients.CLIENTS:
            case: dict[str, float] = {}
            for mode in MODES:
                case.update(_case(name, server, mode))
            if case["items"] != size:
                raise RuntimeError(f"memory {name}: streamed {case['items']} items, expected {size}")
            result[name][str(size)] = case
    small, large = (str(size) for size in scale.memory_items)
    for per_size in result.values():
        per_size["growth"] = {
            "tracemalloc_peak": per_size[large]["tracemalloc_peak_mb"] / per_size[small]["tracemalloc_peak_mb"],
            "peak_rss": per_size[large]["peak_rss_mb"] / per_size[small]["peak_rss_mb"],
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--client", required=True, choices=clients.CLIENTS)
    parser.add_argument("--server", required=True)
    parser.add_argument("--mode", required=True, choices=MODES)
    args = parser.parse_args()
    print(json.dumps(measure(args.client, args.server, args.mode)))


if __name__ == "__main__":
    main()
