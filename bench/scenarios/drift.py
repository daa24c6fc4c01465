"""The drift recorder's cost (issue 13): the throughput scenario's autopagination (zero latency,
pages of 100, four fields read per item) by the overlay without and with `drift=DriftRecorder()`,
in the same run.

The two cases alternate in pairs (`drift_repeats` pairs of `drift_items` sales each, the order
flipped every pair, a fresh client each time): a burst of another process then spoils one pair,
and the median of the paired ratios ignores it. The target judges that median of the throughput
ratios (with / without): the recorder may cost at most 10% of the throughput. Also reported: the
client's CPU time per item (`time.process_time`, prefetch thread included) as a median paired
ratio, and the share of the "with" streams' wall time spent inside the recorder (its response
and status hooks, timed by a subclass used only here), a figure other processes disturb far less.

With the recorder on, every object of every page gets the key-set and enum check, and the
recorder's sample walks the first 10 pages of each stream and one in 10 after them in full. The
bench server's sales are what the spec describes, so this is the cost of looking; a drifting
server adds the Python loop that counts what is found, at the places where it is found.
"""

from __future__ import annotations

import time
from typing import Any

from .. import clients
from ..config import Scale
from ..server import Server
from ..stats import median


def _timed_recorder() -> Any:
    from hotmart_client.drift import DriftRecorder  # noqa: PLC0415  (the overlay's, as users import it)

    class Timed(DriftRecorder):
        """A recorder that adds up the time spent in its hooks (bench only)."""

        spent = 0.0

        def _response(self, *args: Any) -> None:
            started = time.perf_counter()
            super()._response(*args)
            self.spent += time.perf_counter() - started

        def _status(self, *args: Any) -> None:
            started = time.perf_counter()
            super()._status(*args)
            self.spent += time.perf_counter() - started

    return Timed()


def _stream(server: Server, items: int, drift: bool) -> tuple[float, float, float, int]:
    """(items per second, client CPU us per item, share of wall time in the recorder, entries)."""
    recorder = _timed_recorder() if drift else None
    rate, cpu_us = clients.stream(clients.Overlay(server.url, drift=recorder), items, clients.read_model)
    if recorder is None:
        return rate, cpu_us, 0.0, 0
    return rate, cpu_us, recorder.spent * rate / items, len(recorder.entries())


def run(server: Server, scale: Scale) -> dict[str, Any]:
    server.configure(total=scale.throughput_items)
    items = scale.drift_items
    _stream(server, items, drift=True)  # warm-up: imports, the models' lazy modules, the recorder's plans
    cases = ("without", "with")
    runs: dict[str, list[tuple[float, float, float, int]]] = {case: [] for case in cases}
    for repeat in range(scale.drift_repeats):
        for case in cases if repeat % 2 == 0 else cases[::-1]:
            runs[case].append(_stream(server, items, drift=case == "with"))
    results: dict[str, Any] = {"items": items, "pairs": scale.drift_repeats}
    for case, values in runs.items():
        results[case] = {
            "items_per_s": median([run[0] for run in values]),
            "cpu_us_per_item": median([run[1] for run in values]),
            "repeats_items_per_s": [run[0] for run in values],
        }
    pairs = list(zip(runs["with"], runs["without"], strict=True))
    results["repeats_throughput_ratio"] = [with_[0] / without[0] for with_, without in pairs]
    results["throughput_ratio"] = median(results["repeats_throughput_ratio"])
    results["cpu_ratio"] = median([with_[1] / without[1] for with_, without in pairs])
    results["recorder_share"] = median([run[2] for run in runs["with"]])
    results["entries"] = max(run[3] for run in runs["with"])  # 0: the server sends no drift
    return results
