"""Scenario 5 (issue 11): one client shared by `threads` threads, in a process that has made no call yet.

Each case runs in a fresh interpreter, the way a script or a worker starts. The modules a user
imports at the top of a script are imported first and not timed (the imports scenario measures
them). Then the clock starts: the client is created with no token, `threads` threads released
together make `calls_per_thread` one-item calls each against a server that takes `cold_latency`
seconds per call, and the clock stops when the last thread is done. So the span holds what the
first burst of a process costs: the token request (raw httpx and the generated package fetch theirs
by hand, as in the concurrency scenario), connections, and whatever the client imports or builds
on first use. The bench server does not delay token requests.

Repeated `cold_repeats` times, the clients in a different order each time; the median is reported.

`python -m bench.scenarios.cold_threads --client NAME --server URL --threads N --calls M` is one case.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import threading
import time
from typing import Any

from .. import clients
from ..config import Scale
from ..server import Server
from ..stats import median, rotated
from . import run_case

# What a script using each client imports up front.
TOP_IMPORTS = {
    "raw": ("httpx",),
    "overlay": ("hotmart_client",),
    "generated": ("hotmart_api", "hotmart_api.api.sales.get_sales_history"),
    "hotmart-python": ("hotmart",),
}


def measure(name: str, server_url: str, threads: int, calls: int) -> dict[str, float]:
    for module in TOP_IMPORTS[name]:
        importlib.import_module(module)
    barrier = threading.Barrier(threads + 1)
    adapter: list[clients.SyncAdapter] = []
    errors: list[BaseException] = []

    def work() -> None:
        barrier.wait(timeout=60)
        try:
            for _ in range(calls):
                adapter[0].page(1)
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    started = time.perf_counter()
    adapter.append(clients.make(name, server_url))
    barrier.wait(timeout=60)
    for worker in workers:
        worker.join(timeout=300)
    elapsed = time.perf_counter() - started
    adapter[0].close()
    if errors:
        raise RuntimeError(f"{name}: {len(errors)} thread(s) failed") from errors[0]
    return {"wall_s": elapsed}


def _case(name: str, server: Server, scale: Scale) -> float:
    args = ["--client", name, "--server", server.url]
    args += ["--threads", str(scale.threads), "--calls", str(scale.calls_per_thread)]
    # Bytecode is reused, as for an installed package (see the imports scenario).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    wall: float = run_case("bench.scenarios.cold_threads", *args, timeout=600, env=env)["wall_s"]
    return wall


def run(server: Server, scale: Scale) -> dict[str, Any]:
    for name in clients.CLIENTS:  # writes the .pyc files, so every timed run starts from the same state
        server.configure(total=scale.server_items, latency=scale.cold_latency)
        _case(name, server, scale)
    runs: dict[str, list[tuple[float, int]]] = {name: [] for name in clients.CLIENTS}
    for repeat in range(scale.cold_repeats):
        for name in rotated(clients.CLIENTS, repeat):
            server.configure(total=scale.server_items, latency=scale.cold_latency)
            wall = _case(name, server, scale)
            runs[name].append((wall, server.stats()["token_requests"]))
    return {
        name: {
            "calls": scale.threads * scale.calls_per_thread,
            "latency_s": scale.cold_latency,
            "wall_s": median([wall for wall, _ in per]),
            "runs_s": [wall for wall, _ in per],
            "token_requests": [tokens for _, tokens in per],
        }
        for name, per in runs.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--client", required=True, choices=clients.CLIENTS)
    parser.add_argument("--server", required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--calls", type=int, required=True)
    args = parser.parse_args()
    print(json.dumps(measure(args.client, args.server, args.threads, args.calls)))


if __name__ == "__main__":
    main()
