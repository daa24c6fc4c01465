"""The drift recorder's cost (issue 13): the throughput scenario's autopagination (zero latency,
pages of 100, four fields read per item) by the overlay without and with `drift=DriftRecorder()`,
in the same run. The two cases alternate, `drift_repeats` times each, in rotated order, each with a
fresh client; figures are items per second (median of repeats) and the client's CPU time per item
(`time.process_time`, prefetch thread included). The target judges the median of the paired
throughput ratios (with / without, one pair per round): the recorder may cost at most 10% of the
throughput. The CPU ratio is reported too (median of the paired ratios); on a shared machine it
varies more from pair to pair than the recorder costs. With the recorder on, every object of
every page gets the key-set and enum check, and the recorder's sample walks the first 10 pages
and one in 10 after them in full.

The bench server's sales are what the spec describes, so this is the cost of looking; a drifting
server adds the Python loop that counts what is found, at the places where it is found.
"""

from __future__ import annotations

import time
from typing import Any

from .. import clients
from ..config import Scale
from ..data import MAX_PAGE
from ..server import Server
from ..stats import median


def _stream(server: Server, drift: bool) -> tuple[float, float, int]:
    """(items per second, client CPU microseconds per item, drift entries) of one autopagination."""
    from hotmart_client.drift import DriftRecorder  # noqa: PLC0415  (the overlay's, as users import it)

    recorder = DriftRecorder() if drift else None
    adapter = clients.Overlay(server.url, drift=recorder)
    try:
        count = 0
        started, cpu = time.perf_counter(), time.process_time()
        for item in adapter.items(MAX_PAGE):
            clients.read_model(item)
            count += 1
        rate, cpu_us = count / (time.perf_counter() - started), (time.process_time() - cpu) / count * 1e6
    finally:
        adapter.close()
    entries = len(recorder.entries()) if recorder is not None else 0
    return rate, cpu_us, entries


def run(server: Server, scale: Scale) -> dict[str, Any]:
    server.configure(total=scale.throughput_items)
    _stream(server, drift=True)  # warm-up: imports, the models' lazy modules, the recorder's plans
    cases = ("without", "with")
    runs: dict[str, list[tuple[float, float, int]]] = {case: [] for case in cases}
    for repeat in range(scale.drift_repeats):
        order = cases if repeat % 2 == 0 else cases[::-1]
        for case in order:
            runs[case].append(_stream(server, drift=case == "with"))
    results: dict[str, Any] = {}
    for case, values in runs.items():
        rates, cpu = [rate for rate, _, _ in values], [us for _, us, _ in values]
        results[case] = {
            "items_per_s": median(rates),
            "cpu_us_per_item": median(cpu),
            "repeats_items_per_s": rates,
            "repeats_cpu_us_per_item": cpu,
        }
    pairs = list(zip(runs["with"], runs["without"], strict=True))
    results["repeats_throughput_ratio"] = [with_[0] / without[0] for with_, without in pairs]
    results["throughput_ratio"] = median(results["repeats_throughput_ratio"])
    results["repeats_cpu_ratio"] = [with_[1] / without[1] for with_, without in pairs]
    results["cpu_ratio"] = median(results["repeats_cpu_ratio"])
    results["entries"] = max(entries for _, _, entries in runs["with"])  # 0: the server sends no drift
    results["items"] = scale.throughput_items
    return results
