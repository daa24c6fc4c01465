"""Scenario (issue 22): `hotmart_client.dlt.sync_accounts`, many accounts in worker processes.

`accounts_count` accounts of `accounts_items` sales each (the bench server serves every account
the same sales; each account signs in with its own client id, so gets its own tokens, and the
server limits each token apart, as Hotmart limits each account), synced into one DuckDB file, a
dataset per account, `accounts_workers` processes at a time, each account's client paced at
`export_limit` requests a minute with `export_latency` per answer (Hotmart's 500 and 300 ms in
the full run).

- **Ideal.** The slowest account alone at its rate limit: first one account is synced alone with
  the same settings (measured), and its requests at the limit give the floor (requests / limit).
  With fewer workers than accounts, the accounts go in `ceil(accounts / workers)` waves, so
  `waves x alone` is the bound for those workers; both ratios are reported.
- **Memory.** The sum of the workers' peak RSS (each worker's VmHWM, read as it reports each
  account, so its peak over all its accounts), the parent's peak, and the largest worker's peak
  from `getrusage(RUSAGE_CHILDREN)` as a cross-check. Run in a fresh interpreter
  (`python -m bench.scenarios.accounts --server URL ...`), so no other scenario's children count.

`python -m bench.scenarios.accounts --server URL --accounts 3 --items 500 --workers 2` is one run
(any sizes); `python -m bench --only accounts [--quick]` starts the server and runs it.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from ..config import Scale
from ..data import date_bounds
from ..server import TOKEN_PATH, Server
from . import run_case
from .memory import MB, _status_bytes

CONCURRENCY = 4


def _peak_of(pid: int | None) -> int:
    """A live process's peak RSS in bytes (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def sync_many(
    url: str, accounts: int, items: int, *, workers: int, limit: int | None, directory: Path
) -> dict[str, Any]:
    """Sync `accounts` accounts of `items` sales each; wall time, per-account figures, memory."""
    from hotmart_client.dlt import Account, FixedClock, Options, sync_accounts  # noqa: PLC0415

    start, end = date_bounds(items)
    peaks: dict[int, int] = {}

    def on_event(kind: str, result: Any) -> None:
        if kind == "end" and result.pid is not None:  # the worker is alive, waiting for the next account
            peaks[result.pid] = max(peaks.get(result.pid, 0), _peak_of(result.pid))

    report = sync_accounts(
        [Account(f"account_{n}", f"bench-account-{n}", f"bench-secret-{n}") for n in range(1, accounts + 1)],
        duckdb_file=directory / "accounts.duckdb",
        state_dir=directory / "state",
        workers=workers,
        resources=["sales_history"],
        options=Options(since=start, concurrency=CONCURRENCY),
        rate_limit=limit,
        base_url=url,
        token_url=url + TOKEN_PATH,
        wall_clock=FixedClock(end / 1000),  # the windows end where the server's sales end
        on_event=on_event,
    )
    failed = [f"{result.name}: {result.error}" for result in report.failed]
    if failed:
        raise RuntimeError("accounts scenario: " + "; ".join(failed))
    per_account = [
        {
            "name": result.name,
            "seconds": result.seconds,
            "rows": result.rows,
            "requests": result.report.requests if result.report else None,
            "http_429": result.report.rate_limited if result.report else None,
        }
        for result in report.results
    ]
    wrong = [row for row in per_account if row["rows"] != items]
    if wrong:
        raise RuntimeError(f"accounts scenario: rows per account should be {items}: {wrong}")
    return {
        "wall_s": report.seconds,
        "workers": report.workers,
        "accounts": per_account,
        "workers_peak_rss_mb_sum": sum(peaks.values()) / MB,
        "worker_peaks_rss_mb": sorted(peak / MB for peak in peaks.values()),
        "largest_worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / MB,
        "parent_peak_rss_mb": _status_bytes("VmHWM") / MB,
    }


def _case(server: Server, accounts: int, items: int, workers: int, scale: Scale) -> dict[str, Any]:
    server.configure(total=items, latency=scale.export_latency, limit=scale.export_limit, window=60.0)
    args = ["--server", server.url, "--accounts", str(accounts), "--items", str(items), "--workers", str(workers)]
    row = run_case("bench.scenarios.accounts", *args, "--limit", str(scale.export_limit), timeout=7200)
    stats = server.stats()
    row.update(server_requests=stats["api_requests"], server_429=stats["rate_limited"])
    return row


def run(server: Server, scale: Scale) -> dict[str, Any]:
    count, items, workers = scale.accounts_count, scale.accounts_items, scale.accounts_workers
    limit = scale.export_limit
    alone = _case(server, 1, items, 1, scale)
    many = _case(server, count, items, workers, scale)
    requests = max(row["requests"] or 0 for row in many["accounts"])
    floor = requests / limit * 60  # the slowest account's requests at its limit, nothing else
    waves = math.ceil(count / min(workers, count))
    return {
        "accounts": count,
        "items_per_account": items,
        "workers": workers,
        "latency_s": scale.export_latency,
        "limit_per_min": limit,
        "alone": alone,
        "many": many,
        "ideal_s": alone["wall_s"],
        "rate_floor_s": floor,
        "wall_over_ideal": many["wall_s"] / alone["wall_s"],
        "wall_over_waves": many["wall_s"] / (waves * alone["wall_s"]),
        "wall_over_rate_floor": many["wall_s"] / floor if floor else None,
        "peak_rss_mb": many["workers_peak_rss_mb_sum"] + many["parent_peak_rss_mb"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="One run of the accounts scenario against a running bench server.")
    parser.add_argument("--server", required=True)
    parser.add_argument("--accounts", type=int, required=True)
    parser.add_argument("--items", type=int, required=True, help="sales per account (the server's configured total)")
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--limit", type=int, default=500, help="requests per minute per account's client (0: none)")
    args = parser.parse_args()
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        row = sync_many(
            args.server,
            args.accounts,
            args.items,
            workers=args.workers,
            limit=args.limit or None,
            directory=Path(scratch),
        )
        row["process_s"] = time.perf_counter() - started
    print(json.dumps(row))


if __name__ == "__main__":
    main()
