"""Where the overlay spends its CPU, under cProfile, zero latency, every item read:

- an autopagination of `profile_items` sales in pages of 100, prefetch off so the whole path runs
  in the profiled thread;
- `profile_items / 100` calls of `sales.history(max_results=100)` (the per-call path).

Reports the top functions by own time (file:line) and own time grouped by area: the overlay, the
generated models, httpx/httpcore/h11, the json module, socket I/O, and the rest.
"""

from __future__ import annotations

import cProfile
import pstats
import re
import sys
import sysconfig
from pathlib import Path
from typing import Any

from .. import clients
from ..config import Scale
from ..data import MAX_PAGE
from ..server import ROOT, Server

TOP = 15
SOCKET = "socket I/O (C)"
AREAS = (
    ("overlay (hotmart_client)", ("/hotmart_client/",)),
    ("generated (hotmart_api)", ("/hotmart_api/",)),
    ("httpx/httpcore/h11", ("/httpx/", "/httpcore/", "/h11/")),
    ("json", ("/json/",)),
    ("attrs", ("/attr/", "/attrs/")),
    ("enum", ("/enum.py",)),
)


def _where(filename: str, line: int, function: str) -> str:
    function = re.sub(r" at 0x[0-9a-f]+", "", function)  # builtins carry an address that changes every run
    path = Path(filename)
    bases = (ROOT, *(Path(p) for p in sys.path if p.endswith("site-packages")), Path(sysconfig.get_paths()["stdlib"]))
    for base in bases:
        try:
            return f"{path.relative_to(base)}:{line} {function}"
        except ValueError:
            continue
    return f"{filename}:{line} {function}" if line else function


def _area(filename: str, function: str) -> str:
    if filename == "~" and "_socket" in function:
        return SOCKET
    for name, needles in AREAS:
        if any(needle in filename for needle in needles):
            return name
    return "other (C builtins, stdlib, bench)"


def _by_time(entry: tuple[str, float]) -> float:
    return -entry[1]


def _summarize(profiler: cProfile.Profile) -> dict[str, Any]:
    stats = pstats.Stats(profiler)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = sum(tottime for _, _, tottime, _, _ in raw.values())
    rows = sorted(raw.items(), key=lambda entry: entry[1][2], reverse=True)[:TOP]
    areas: dict[str, float] = {}
    for (filename, _, function), (_, _, tottime, _, _) in raw.items():
        area = _area(filename, function)
        areas[area] = areas.get(area, 0.0) + tottime
    return {
        "profiled_s": total,
        "top": [
            {
                "where": _where(*key),
                "calls": primitive,
                "own_s": tottime,
                "own_share": tottime / total,
                "cumulative_s": cumtime,
            }
            for key, (primitive, _, tottime, cumtime, _) in rows
        ],
        "areas": {name: {"own_s": own, "share": own / total} for name, own in sorted(areas.items(), key=_by_time)},
    }


def _autopagination(adapter: clients.Overlay) -> dict[str, Any]:
    pager = adapter.client.sales.history.export(max_results=MAX_PAGE)
    pager.prefetch = False
    profiler = cProfile.Profile()
    count = 0
    profiler.enable()
    for item in pager:
        adapter.read(item)
        count += 1
    profiler.disable()
    return {"what": f"autopagination of {count:,} items (prefetch off)", **_summarize(profiler)}


def _per_call(adapter: clients.Overlay, calls: int) -> dict[str, Any]:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        for item in adapter.page_items(adapter.page(MAX_PAGE)):
            adapter.read(item)
    profiler.disable()
    return {"what": f"{calls} calls of a {MAX_PAGE}-item page, every item read", **_summarize(profiler)}


def run(server: Server, scale: Scale) -> dict[str, Any]:
    server.configure(total=scale.profile_items)
    adapter = clients.Overlay(server.url)
    try:
        adapter.page(1)  # token and lazy imports outside the profile
        return {
            "autopagination": _autopagination(adapter),
            "per_call_100": _per_call(adapter, scale.profile_items // MAX_PAGE),
        }
    finally:
        adapter.close()
