"""Scenario (issue 21): the webhook inbox's acknowledgements against a bare Starlette endpoint.

Two receivers, each a process of its own pinned to one CPU, alternately:

- **bare**: a Starlette application whose only route runs `webhooks.parse` (token check, typed
  event) and answers 200, under uvicorn;
- **inbox**: a real `hotmart webhooks serve` (its default JSON log lines included), which also
  commits each delivery to its SQLite journal (WAL, synchronous=FULL) before the 200. The
  journal is in build/, on the project's disk: refused when that is a tmpfs, whose fsync costs
  nothing.

A load generator (raw HTTP/1.1 over asyncio, so it costs far less than the receivers; pinned to
the other CPU) posts deliveries of every documented event type, 10% of them redeliveries:

- **saturated**: `inbox_connections` keep-alive connections posting back to back:
  acknowledgements per second, the inbox's over the bare endpoint's as a ratio;
- **at a rate**: `inbox_rate` deliveries per second for `inbox_rate_seconds`, each timed from the
  moment it was due (waiting for a free connection counts): the p50 and p99 of the acknowledgement.

Every acknowledged delivery must be in the inbox's journal afterwards, once. The median of
`inbox_repeats` alternated runs is reported.

`python -m bench.scenarios.inbox --bare-server PORT` is the bare receiver;
`python -m bench.scenarios.inbox --load HOST:PORT ...` is the load generator.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from ..config import Scale
from ..server import ROOT, Server
from ..stats import percentile

HOTTOK = "bench-inbox-hottok-3e9d1f07a2"
PATH = "/webhook"
WARMUP = 300
READY_TIMEOUT = 120.0


# -- the bare receiver -------------------------------------------------------------------------


def bare_app() -> Any:
    from starlette.applications import Starlette  # noqa: PLC0415
    from starlette.requests import Request  # noqa: PLC0415
    from starlette.responses import JSONResponse, Response  # noqa: PLC0415
    from starlette.routing import Route  # noqa: PLC0415

    from hotmart_client import webhooks  # noqa: PLC0415

    async def receive(request: Request) -> Response:
        try:
            event = webhooks.parse(await request.body(), request.headers, hottok=HOTTOK)
        except webhooks.WebhookVerificationError:
            return JSONResponse({"error": "bad token"}, status_code=401)
        return JSONResponse({"id": event.id})

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return Starlette(routes=[Route(PATH, receive, methods=["POST"]), Route("/healthz", health)])


def serve_bare(port: int) -> None:
    import uvicorn  # noqa: PLC0415

    uvicorn.run(bare_app(), host="127.0.0.1", port=port, log_level="warning", access_log=False, server_header=False)


# -- the load generator ------------------------------------------------------------------------


def deliveries(count: int, seed: int) -> list[bytes]:
    """`count` raw HTTP requests: every event type in turn, one in ten a redelivery."""
    from hotmart_client import webhooks  # noqa: PLC0415

    rng = random.Random(seed)
    names = list(webhooks.EVENT_NAMES)
    bodies: list[bytes] = []
    for index in range(count):
        if index % 10 == 9 and bodies:
            bodies.append(rng.choice(bodies))
            continue
        _, body = webhooks.build_delivery(names[index % len(names)], HOTTOK)
        bodies.append(body)
    head = f"POST {PATH} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nX-HOTMART-HOTTOK: {HOTTOK}\r\n"
    return [f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body for body in bodies]


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    writer.write(request)
    status = int((await reader.readline()).split()[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length:
        await reader.readexactly(length)
    return status


async def saturate(host: str, port: int, requests: list[bytes], connections: int) -> dict[str, Any]:
    """Post everything over `connections` connections, back to back."""
    pending = iter(requests)
    latencies: list[float] = []
    statuses: Counter[int] = Counter()

    async def connection() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while (request := next(pending, None)) is not None:
                begun = time.perf_counter()
                statuses[await _exchange(reader, writer, request)] += 1
                latencies.append(time.perf_counter() - begun)
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(connections)))
    wall = time.perf_counter() - started
    return _figures(latencies, statuses, wall)


async def at_rate(host: str, port: int, requests: list[bytes], rate: float, connections: int) -> dict[str, Any]:
    """Post request i at `i / rate` seconds on any idle connection; time it from then."""
    idle: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()
    for _ in range(connections):
        idle.put_nowait(await asyncio.open_connection(host, port))
    latencies: list[float] = []
    statuses: Counter[int] = Counter()

    async def one(request: bytes, due: float) -> None:
        pair = await idle.get()
        statuses[await _exchange(*pair, request)] += 1
        latencies.append(time.perf_counter() - due)
        idle.put_nowait(pair)

    started = time.perf_counter()
    tasks = []
    for index, request in enumerate(requests):
        due = started + index / rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        tasks.append(asyncio.create_task(one(request, due)))
    await asyncio.gather(*tasks)
    wall = time.perf_counter() - started
    while not idle.empty():
        idle.get_nowait()[1].close()
    return _figures(latencies, statuses, wall)


def _figures(latencies: list[float], statuses: Counter[int], wall: float) -> dict[str, Any]:
    ms = sorted(value * 1000 for value in latencies)
    return {
        "requests": len(latencies),
        "acked": statuses.get(200, 0),
        "other_statuses": {str(k): v for k, v in statuses.items() if k != 200},
        "wall_s": wall,
        "acked_per_s": statuses.get(200, 0) / wall,
        "p50_ms": percentile(ms, 50),
        "p99_ms": percentile(ms, 99),
        "max_ms": ms[-1] if ms else 0.0,
    }


def load_main(target: str, mode: str, count: int, *, connections: int, rate: float, seed: int) -> None:
    host, port = target.rsplit(":", 1)
    requests = deliveries(count, seed)
    if mode == "warmup":
        result = asyncio.run(saturate(host, int(port), requests, 4))
    elif mode == "saturate":
        result = asyncio.run(saturate(host, int(port), requests, connections))
    else:
        result = asyncio.run(at_rate(host, int(port), requests, rate, connections))
    print(json.dumps(result))


# -- the scenario ------------------------------------------------------------------------------


def _cpus() -> tuple[int | None, int | None]:
    """(receiver CPU, load generator CPU), or Nones on a single CPU."""
    try:
        usable = sorted(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return None, None
    return (usable[0], usable[1]) if len(usable) >= 2 else (None, None)


def _pinned(cpu: int | None) -> Any:
    if cpu is None:
        return None
    return lambda: os.sched_setaffinity(0, {cpu})


def _filesystem(path: Path) -> str:
    best, kind = "", "unknown"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            _, mount, fstype = line.split()[:3]
            if str(path).startswith(mount) and len(mount) > len(best):
                best, kind = mount, fstype
    except OSError:
        pass
    return kind


@contextmanager
def _receiver(kind: str, directory: Path, cpu: int | None) -> Iterator[tuple[str, int]]:
    port = _free_port()
    if kind == "bare":
        command = [sys.executable, "-m", "bench.scenarios.inbox", "--bare-server", str(port)]
    else:
        command = [
            sys.executable, "-m", "hotmart_client.cli", "webhooks", "serve", "--journal",
            str(directory / "journal.db"), "--hottok", HOTTOK, "--port", str(port), "--path", PATH,
        ]  # fmt: skip
    log = (directory / f"{kind}.log").open("ab")
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log, preexec_fn=_pinned(cpu))  # noqa: PLW1509
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the {kind} receiver exited: see {log.name}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the {kind} receiver did not start")
            time.sleep(0.05)
        yield "127.0.0.1", port
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _free_port() -> int:
    import socket  # noqa: PLC0415

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _load(
    address: tuple[str, int], mode: str, count: int, scale: Scale, *, seed: int, cpu: int | None
) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "bench.scenarios.inbox", "--load", f"{address[0]}:{address[1]}", "--mode", mode,
        "--count", str(count), "--connections", str(scale.inbox_connections), "--rate", str(scale.inbox_rate),
        "--seed", str(seed),
    ]  # fmt: skip
    done = subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
        preexec_fn=_pinned(cpu),
    )
    if done.returncode != 0:
        raise RuntimeError(f"inbox load generator failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["acked"] != result["requests"]:
        raise RuntimeError(f"{mode}: not every delivery was acknowledged: {result['other_statuses']}")
    return result


def _one_run(kind: str, scratch: Path, scale: Scale, seed: int) -> dict[str, Any]:
    server_cpu, load_cpu = _cpus()
    directory = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=scratch))
    rate_count = int(scale.inbox_rate * scale.inbox_rate_seconds)
    with _receiver(kind, directory, server_cpu) as address:
        _load(address, "warmup", WARMUP, scale, seed=seed, cpu=load_cpu)
        saturated = _load(address, "saturate", scale.inbox_deliveries, scale, seed=seed + 1, cpu=load_cpu)
        rated = _load(address, "rate", rate_count, scale, seed=seed + 2, cpu=load_cpu)
    if kind == "inbox":  # everything acknowledged is in the journal, once (one in ten is a redelivery)
        expected = sum(n - n // 10 for n in (WARMUP, scale.inbox_deliveries, rate_count))
        with sqlite3.connect(directory / "journal.db") as db:
            stored, distinct = db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM events").fetchone()
        if not stored == distinct == expected:
            raise RuntimeError(f"inbox journal holds {stored} events ({distinct} ids), expected {expected}")
    return {"saturated": saturated, "at_rate": rated}


def run(server: Server, scale: Scale) -> dict[str, Any]:
    scratch_root = ROOT / "build"
    scratch_root.mkdir(exist_ok=True)
    filesystem = _filesystem(scratch_root.resolve())
    if filesystem in ("tmpfs", "ramfs"):
        raise RuntimeError(f"{scratch_root} is on {filesystem}: the journal's fsync would cost nothing")
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "inbox": []}
    with tempfile.TemporaryDirectory(prefix="bench-inbox-", dir=scratch_root) as scratch:
        for repeat in range(scale.inbox_repeats):
            for kind in ("bare", "inbox") if repeat % 2 == 0 else ("inbox", "bare"):
                runs[kind].append(_one_run(kind, Path(scratch), scale, seed=1000 * repeat))
    result: dict[str, Any] = {
        "deliveries": scale.inbox_deliveries,
        "connections": scale.inbox_connections,
        "rate": scale.inbox_rate,
        "rate_seconds": scale.inbox_rate_seconds,
        "repeats": scale.inbox_repeats,
        "pinned_cpus": _cpus(),
        "journal_filesystem": filesystem,
    }
    for kind, items in runs.items():
        result[kind] = {
            phase: {key: statistics.median(r[phase][key] for r in items) for key in ("acked_per_s", "p50_ms", "p99_ms")}
            for phase in ("saturated", "at_rate")
        }
        result[kind]["runs"] = items
    result["throughput_ratio"] = (
        result["inbox"]["saturated"]["acked_per_s"] / result["bare"]["saturated"]["acked_per_s"]
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bare-server", type=int, metavar="PORT")
    parser.add_argument("--load", metavar="HOST:PORT")
    parser.add_argument("--mode", choices=("warmup", "saturate", "rate"), default="saturate")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.bare_server is not None:
        serve_bare(args.bare_server)
    elif args.load:
        load_main(args.load, args.mode, args.count, connections=args.connections, rate=args.rate, seed=args.seed)
    else:
        parser.error("--bare-server PORT or --load HOST:PORT")


if __name__ == "__main__":
    main()
