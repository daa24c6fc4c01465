"""`python -m bench` (what `nox -s bench` runs): start the local server, run the scenarios for the four
clients, write bench/results/latest.json and the tables in docs/benchmarks.md.

    python -m bench                      # the full run the doc reports (about 8 minutes on 2 cores)
    python -m bench --quick              # smoke test of the machinery; writes results/quick.json only
    python -m bench --only overhead,imports   # some scenarios; writes results/partial.json only
    python -m bench --baseline v0.9.0    # overlay vs a past release's (bench/baseline.py)
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import baseline, clients, machine, report
from .config import FULL, QUICK
from .scenarios import (
    accounts,
    cold_threads,
    concurrency,
    drift,
    export,
    formats,
    imports,
    inbox,
    memory,
    overhead,
    profile,
    seams,
    sync,
    throughput,
    warehouses,
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
    "seams": seams.run,
    "profile": profile.run,
    "sync": sync.run,
    "inbox": inbox.run,
    "accounts": accounts.run,
    "warehouses": warehouses.run,
}
RESULTS = ROOT / "bench" / "results"
DOC = ROOT / "docs" / "benchmarks.md"


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="tiny scale, to check the machinery")
    parser.add_argument("--only", help=f"comma-separated subset of: {', '.join(SCENARIOS)}")
    parser.add_argument("--output", type=Path, help="write the results there instead of bench/results/")
    parser.add_argument("--baseline", metavar="REV", help="compare the overlay with REV's (a tag or commit)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs per side with --baseline")
    parser.add_argument(
        "--plain-reads", action="store_true", help="read no converted field (no Decimal, no datetime) per item"
    )
    args = parser.parse_args()
    if args.plain_reads:
        clients.use_plain_reads()
    if args.baseline and (args.only or args.output):
        parser.error(f"--baseline runs its own scenarios ({baseline.SCENARIOS}); drop --only and --output")
    if args.baseline:
        comparison = baseline.compare(args.baseline, args.rounds, args.quick, args.plain_reads)
        RESULTS.mkdir(exist_ok=True)
        name = "baseline-plain.json" if args.plain_reads else "baseline.json"
        (RESULTS / name).write_text(json.dumps(comparison, indent=2) + "\n")
        print(baseline.markdown(comparison))
        return
    names = list(SCENARIOS) if not args.only else [name.strip() for name in args.only.split(",")]
    unknown = [name for name in names if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(unknown)}")
    scale = QUICK if args.quick else FULL
    official = not args.quick and not args.only and not args.plain_reads

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
    official = official and args.output is None
    out = args.output or RESULTS / ("latest.json" if official else ("quick.json" if args.quick else "partial.json"))
    out.write_text(json.dumps(results, indent=2) + "\n")
    _log(f"wrote {out}")
    if official:
        report.write_doc(DOC, results)
        _log(f"wrote {DOC.relative_to(ROOT)}")
    print(report.markdown(results))


if __name__ == "__main__":
    main()
