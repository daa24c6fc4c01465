"""Scenario (issue 14): `hotmart_client.dlt.sync` of `sync_items` sales into DuckDB.

- **Rate-bound sync.** The server answers in 300 ms and admits 500 requests per token in any
  sliding 60 s (Hotmart's documented limit, 429 past it). The sync runs as `hotmart sync` does:
  the client paced at 500 requests/min, 4 parallel windows per listing, every sale status asked
  for in turn (Hotmart hides all but APPROVED and COMPLETE otherwise), commits every 50,000 rows.
  Real time, not scaled: dlt's normalize and load steps are CPU work that a compressed clock would
  not compress, so a scaled run would flatter the sync. Requests per minute are over the whole
  wall time, loading included.
- **Against a JSONL export.** The same sales, same client, limit and windows, written as JSON
  lines (the raw item objects, as the sync loads them): the sync's wall time over the export's is
  what loading into DuckDB costs on top.
- **Memory.** Peak RSS of a fresh interpreter syncing 10,000 and then 100,000 sales (no latency,
  no limit: the fastest, so the most buffering), DuckDB included since it runs in the process.

`python -m bench.scenarios.sync --server URL --items N` is one memory case.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from ..clients import CLIENT_ID, CLIENT_SECRET
from ..config import Scale
from ..data import MAX_PAGE, date_bounds
from ..server import TOKEN_PATH, Server
from . import run_case
from .memory import MB, _status_bytes

CONCURRENCY = 4
COMMIT_EVERY = 50_000


def _client(url: str, *, rate_limit: int | None, counter: Any = None) -> Any:
    from hotmart_client import Hotmart  # noqa: PLC0415

    return Hotmart(CLIENT_ID, CLIENT_SECRET, base_url=url, token_url=url + TOKEN_PATH, rate_limit=rate_limit,
                   transport=counter)  # fmt: skip


def sync_once(url: str, total: int, directory: Path, *, rate_limit: int | None) -> dict[str, Any]:
    """Sync the `total` newest sales into a new DuckDB file; the sync's report, timed."""
    import dlt  # noqa: PLC0415

    from hotmart_client.dlt import Options, RequestCounter, sync  # noqa: PLC0415

    start, end = date_bounds(total)
    counter = RequestCounter()
    pipeline = dlt.pipeline(
        pipeline_name="bench",
        destination=dlt.destinations.duckdb(str(directory / "bench.duckdb")),
        dataset_name="hotmart_data",
        pipelines_dir=str(directory / "pipelines"),
    )
    options = Options(since=start, now=lambda: end, concurrency=CONCURRENCY, chunk_items=COMMIT_EVERY)
    with _client(url, rate_limit=rate_limit, counter=counter) as client:
        started = time.perf_counter()
        report = sync(pipeline, client=client, counter=counter, resources=["sales_history"], options=options)
        wall = time.perf_counter() - started
    steps: dict[str, float] = {}
    for trace_step in pipeline.last_trace.steps if pipeline.last_trace else []:
        if trace_step.finished_at is not None:
            steps[trace_step.step] = (trace_step.finished_at - trace_step.started_at).total_seconds()
    return {
        "wall_s": wall,
        "rows": report.table_rows.get("sales_history", 0),
        "rows_loaded": report.rows.get("sales_history", 0),
        "client_requests": report.requests,
        "rounds": report.rounds,
        "last_round_steps_s": steps,
    }


def export_jsonl(url: str, total: int, path: Path, *, rate_limit: int | None) -> dict[str, Any]:
    """The same sales as JSON lines through the same client's parallel export."""
    start, end = date_bounds(total)
    count = 0
    with _client(url, rate_limit=rate_limit) as client, path.open("w", encoding="utf-8") as out:
        started = time.perf_counter()
        pager = client.sales.history.export(
            start_date=start, end_date=end, max_results=MAX_PAGE, concurrency=CONCURRENCY
        )
        for page in pager.iter_pages():
            out.write("".join(json.dumps(item.__dict__["_raw"]) + "\n" for item in page.items))
            count += len(page.items)
        wall = time.perf_counter() - started
    return {"wall_s": wall, "rows": count}


def _server_figures(row: dict[str, Any], stats: dict[str, int]) -> dict[str, Any]:
    return {
        **row,
        "requests": stats["api_requests"],
        "http_429": stats["rate_limited"],
        "requests_per_min": stats["api_requests"] / row["wall_s"] * 60,
    }


def _memory_case(server: Server, items: int) -> dict[str, Any]:
    return run_case("bench.scenarios.sync", "--server", server.url, "--items", str(items), timeout=1800)


def run(server: Server, scale: Scale) -> dict[str, Any]:
    import os  # noqa: PLC0415

    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    total, latency, limit = scale.sync_items, scale.export_latency, scale.export_limit
    result: dict[str, Any] = {"items": total, "latency_s": latency, "limit_per_min": limit}
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        server.configure(total=total, latency=latency, limit=limit, window=60.0)
        jsonl = export_jsonl(server.url, total, directory / "sales.jsonl", rate_limit=limit)
        result["jsonl"] = _server_figures(jsonl, server.stats())
        server.configure(total=total, latency=latency, limit=limit, window=60.0)
        duck = sync_once(server.url, total, directory, rate_limit=limit)
        result["duckdb"] = _server_figures(duck, server.stats())
    for key in ("jsonl", "duckdb"):
        if result[key]["rows"] != total:
            raise RuntimeError(f"sync scenario {key}: {result[key]['rows']} rows, expected {total}")
    result["duckdb_over_jsonl"] = result["duckdb"]["wall_s"] / result["jsonl"]["wall_s"]
    memory: dict[str, Any] = {}
    for size in scale.memory_items:
        server.configure(total=size)
        memory[str(size)] = _memory_case(server, size)
        if memory[str(size)]["rows"] != size:
            raise RuntimeError(f"sync memory case: {memory[str(size)]['rows']} rows, expected {size}")
    small, large = (str(size) for size in scale.memory_items)
    memory["growth"] = memory[large]["peak_rss_mb"] / memory[small]["peak_rss_mb"]
    result["memory"] = memory
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--items", type=int, required=True)
    args = parser.parse_args()
    import os  # noqa: PLC0415

    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    import dlt  # noqa: F401, PLC0415  (imported before the baseline, as a script using it would)

    import hotmart_client.dlt  # noqa: F401, PLC0415

    baseline = _status_bytes("VmRSS")
    with tempfile.TemporaryDirectory() as scratch:
        row = sync_once(args.server, args.items, Path(scratch), rate_limit=None)
    peak = _status_bytes("VmHWM")
    row.update(peak_rss_mb=peak / MB, rss_growth_mb=(peak - baseline) / MB)
    print(json.dumps(row))


if __name__ == "__main__":
    main()
