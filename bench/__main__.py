"""`python -m bench` (what `nox -s bench` runs): start the local server, run the scenarios for the four
clients, write bench/results/latest.json and the tables in docs/benchmarks.md.

    python -m bench                      # the full run the doc reports (about 8 minutes on 2 cores)
    python -m bench --quick              # smoke test of the machinery; writes results/quick.json only
    python -m bench --only overhead,imports   # some scenarios; writes results/partial.json only
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from . import machine, report
from .config import FULL, QUICK
from .scenarios import (
    cold_threads,
    concurrency,
    drift,
    export,
    formats,
    imports,
    memory,
    overhead,
    profile,
    sync,
    throughput,
)
from .server import ROOT, Server, serve

Scenario = Callable[[Server, Any], dict[str, Any]]
SCENARIOS: dict[str, Scenario] = {
    "imports": imports.run,
    "overhead": overhead.run,
    "throughput": throughput.run,
    "formats": formats.run,
    "drift": drift.run,
    "memory": memory.run,
    "concurrency": concurrency.run,
    "cold_threads": cold_threads.run,
    "export": export.run,
    "profile": profile.run,
    "sync": sync.run,
}
RESULTS = ROOT / "bench" / "results"
DOC = ROOT / "docs" / "benchmarks.md"


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="tiny scale, to check the machinery")
    parser.add_argument("--only", help=f"comma-separated subset of: {', '.join(SCENARIOS)}")
    args = parser.parse_args()
    names = list(SCENARIOS) if not args.only else [name.strip() for name in args.only.split(",")]
    unknown = [name for name in names if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(unknown)}")
    scale = QUICK if args.quick else FULL
    official = not args.quick and not args.only

    started = time.perf_counter()
    load = {"start": machine.load()[0]}
    results: dict[str, Any] = {}
    timings: dict[str, float] = {}
    _log(f"starting the server with {scale.server_items:,} sales")
    with serve(scale.server_items) as server:
        for name in names:
            _log(f"{name}...")
            begun = time.perf_counter()
            results[name] = SCENARIOS[name](server, scale)
            timings[name] = time.perf_counter() - begun
            load[name] = machine.load()[0]
            _log(f"{name} done in {timings[name]:.0f} s")
    results["meta"] = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": report.COMMAND if official else " ".join(["python -m bench", *sys.argv[1:]]),
        "duration_s": time.perf_counter() - started,
        "scenario_s": timings,
        "scale": dataclasses.asdict(scale),
        "machine": machine.describe(ROOT),
        "load_1min": load,  # at the start, then at the end of each scenario
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / ("latest.json" if official else ("quick.json" if args.quick else "partial.json"))
    out.write_text(json.dumps(results, indent=2) + "\n")
    _log(f"wrote {out.relative_to(ROOT)}")
    if official:
        report.write_doc(DOC, results)
        _log(f"wrote {DOC.relative_to(ROOT)}")
    print(report.markdown(results))


if __name__ == "__main__":
    main()
