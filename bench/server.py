"""A lean stand-in for Hotmart's sales history, run in its own process under uvicorn.

A plain ASGI callable (no framework) so the server costs as little CPU as possible:

- `POST /security/oauth/token` issues a new token per request and counts token requests.
- `GET /payments/api/v1/sales/history` pages through `total` prebuilt sales (newest first,
  `start_date`/`end_date` and `transaction_status` honoured, `max_results` capped at 100, base64
  page tokens like Hotmart's).
  Each request waits `latency` seconds; with `limit` set, each token may make at most `limit`
  accepted requests in any sliding `window` seconds, and is answered 429 with `Retry-After` and
  `RateLimit-*` headers past it (the spec's headers, sent on 200s too).
- `POST /_config?total=&latency=&limit=&window=` sets those for the next case and resets the counters;
  `GET /_stats` returns the counters.

`python -m bench.server --items N` binds a free loopback port, prints it, and serves until its
standard input closes (the parent died or is done) or `--max-seconds` pass.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import bisect
import json
import math
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx

from .data import MAX_PAGE, build_items, index_range

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

HISTORY_PATH = "/payments/api/v1/sales/history"
TOKEN_PATH = "/security/oauth/token"
DEFAULT_PAGE = 30
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Settings:
    total: int = 0
    latency: float = 0.0
    limit: int = 0  # accepted requests per token per window; 0: no limit
    window: float = 60.0


@dataclass
class Stats:
    token_requests: int = 0
    api_requests: int = 0
    ok: int = 0
    rate_limited: int = 0
    unauthorized: int = 0
    bad_requests: int = 0


@dataclass
class State:
    items: list[bytes]
    settings: Settings = field(default_factory=Settings)
    stats: Stats = field(default_factory=Stats)
    accepted: dict[str, deque[float]] = field(default_factory=dict)  # token -> accepted request times


def _headers(content_type: bytes, body: bytes, extra: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    return [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *extra]


async def _respond(send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = _headers(b"application/json", body, extra or [])
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _error(code: str, description: str) -> bytes:
    return json.dumps({"error": code, "error_description": description}).encode()


def encode_token(rows: int, page: int) -> str:
    return base64.b64encode(f'{{"rows":{rows},"page":{page}}}'.encode()).decode()


def decode_token(token: str) -> tuple[int, int]:
    data = json.loads(base64.b64decode(token, validate=True))
    return int(data["rows"]), int(data["page"])


class App:
    """The ASGI application."""

    def __init__(self, items: list[bytes]) -> None:
        self.state = State(items, Settings(total=len(items)))
        # `transaction_status=X`: the indexes of the sales in that status, newest first.
        self.by_status: dict[str, list[int]] = {}
        for index, item in enumerate(items):
            self.by_status.setdefault(json.loads(item)["purchase"]["status"], []).append(index)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path, method = scope["path"], scope["method"]
        query = dict(parse_qsl(scope["query_string"].decode()))
        if path == HISTORY_PATH and method == "GET":
            await self.history(scope, query, send)
        elif path == TOKEN_PATH and method == "POST":
            await self.token(send)
        elif path == "/_config" and method == "POST":
            await self.configure(query, send)
        elif path == "/_stats" and method == "GET":
            await _respond(send, 200, json.dumps(asdict(self.state.stats)).encode())
        else:
            await _respond(send, 404, _error("not_found", f"{method} {path}"))

    async def token(self, send: Send) -> None:
        stats = self.state.stats
        stats.token_requests += 1
        body = {
            "access_token": f"bench-token-{stats.token_requests}-{os.getpid()}",
            "token_type": "bearer",
            "expires_in": 172_800,
            "scope": "read write",
            "jti": f"jti-{stats.token_requests}",
        }
        await _respond(send, 200, json.dumps(body).encode())

    async def configure(self, query: dict[str, str], send: Send) -> None:
        state = self.state
        total = int(query.get("total", len(state.items)))
        if not 0 <= total <= len(state.items):
            await _respond(send, 400, _error("bad_request", f"total must be within 0..{len(state.items)}"))
            return
        state.settings = Settings(
            total=total,
            latency=float(query.get("latency", 0.0)),
            limit=int(query.get("limit", 0)),
            window=float(query.get("window", 60.0)),
        )
        state.stats = Stats()
        state.accepted = {}
        await _respond(send, 200, json.dumps(asdict(state.settings)).encode())

    def _rate(self, token: str, now: float) -> tuple[bool, list[tuple[bytes, bytes]]]:
        """Admit or refuse one request of `token` (sliding window); the RateLimit-* headers to send."""
        settings = self.state.settings
        if settings.limit <= 0:
            return True, []
        times = self.state.accepted.setdefault(token, deque())
        while times and times[0] <= now - settings.window:
            times.popleft()
        admitted = len(times) < settings.limit
        if admitted:
            times.append(now)
        reset = max(1, math.ceil(times[0] + settings.window - now)) if times else math.ceil(settings.window)
        headers = [
            (b"ratelimit-limit", str(settings.limit).encode()),
            (b"ratelimit-remaining", str(settings.limit - len(times)).encode()),
            (b"ratelimit-reset", str(reset).encode()),
        ]
        if not admitted:
            headers.append((b"retry-after", str(reset).encode()))
        return admitted, headers

    async def history(self, scope: Scope, query: dict[str, str], send: Send) -> None:
        state = self.state
        state.stats.api_requests += 1
        token = _bearer(scope)
        if token is None or not token.startswith("bench-token-"):
            state.stats.unauthorized += 1
            await _respond(send, 401, _error("invalid_token", "missing or unknown bearer token"))
            return
        admitted, limit_headers = self._rate(token, time.monotonic())
        if state.settings.latency > 0:
            await asyncio.sleep(state.settings.latency)
        if not admitted:
            state.stats.rate_limited += 1
            await _respond(send, 429, _error("too_many_requests", "Rate limit exceeded."), limit_headers)
            return
        try:
            body = self.page(query)
        except (ValueError, KeyError, binascii.Error) as exc:
            state.stats.bad_requests += 1
            await _respond(send, 400, _error("bad_request", str(exc)))
            return
        state.stats.ok += 1
        await _respond(send, 200, body, limit_headers)

    def page(self, query: dict[str, str]) -> bytes:
        rows = min(MAX_PAGE, max(1, int(query.get("max_results", DEFAULT_PAGE))))
        page = 0
        if "page_token" in query:
            rows, page = decode_token(query["page_token"])
        start = int(query["start_date"]) if "start_date" in query else None
        end = int(query["end_date"]) if "end_date" in query else None
        low, high = index_range(self.state.settings.total, start, end)
        status = query.get("transaction_status")
        chosen: list[int] | range = range(low, high)
        if status is not None:  # a slice of that status's indexes, still newest first
            indexes = self.by_status.get(status, [])
            chosen = indexes[bisect.bisect_left(indexes, low) : bisect.bisect_left(indexes, high)]
        first = page * rows
        last = min(len(chosen), first + rows)
        info = {
            "total_results": len(chosen),
            "next_page_token": encode_token(rows, page + 1) if last < len(chosen) else None,
            "prev_page_token": encode_token(rows, page - 1) if page > 0 else None,
            "results_per_page": max(0, last - first),
        }
        if isinstance(chosen, range):
            items = b",".join(self.state.items[low + first : low + last])
        else:
            items = b",".join(self.state.items[index] for index in chosen[first:last])
        return b'{"items":[' + items + b'],"page_info":' + json.dumps(info).encode() + b"}"


def _bearer(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            text: str = value.decode("latin-1")
            return text[7:] if text[:7].lower() == "bearer " else None
    return None


# -- the server process ---------------------------------------------------------------------------


def _exit_when_orphaned(max_seconds: float) -> None:
    """End this process when the parent closes our stdin (or dies), or after `max_seconds`."""

    def watch() -> None:
        deadline = time.monotonic() + max_seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([sys.stdin], [], [], 1.0)
            if ready and not os.read(sys.stdin.fileno(), 1024):
                break
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def main() -> None:
    import uvicorn  # noqa: PLC0415  (only the server process needs it)

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--max-seconds", type=float, default=1800.0)
    args = parser.parse_args()
    app = App(build_items(args.items))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    _exit_when_orphaned(args.max_seconds)
    config = uvicorn.Config(
        app, lifespan="off", access_log=False, log_level="warning", server_header=False, date_header=False
    )
    print(sock.getsockname()[1], flush=True)
    uvicorn.Server(config).run(sockets=[sock])


# -- the benchmark's handle on it -----------------------------------------------------------------


class Server:
    """A running server: its URL, and its control routes."""

    def __init__(self, url: str, process: subprocess.Popen[str]) -> None:
        self.url = url
        self.token_url = url + TOKEN_PATH
        self.process = process
        self._control = httpx.Client(base_url=url, timeout=30.0)

    def configure(self, *, total: int, latency: float = 0.0, limit: int = 0, window: float = 60.0) -> None:
        params = {"total": total, "latency": latency, "limit": limit, "window": window}
        self._control.post("/_config", params=params).raise_for_status()

    def stats(self) -> dict[str, int]:
        response = self._control.get("/_stats")
        response.raise_for_status()
        data: dict[str, int] = response.json()
        return data

    def close(self) -> None:
        self._control.close()


@contextmanager
def serve(items: int, *, startup_timeout: float = 120.0) -> Iterator[Server]:
    """Start `python -m bench.server` on a free loopback port; stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.server", "--items", str(items)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    server: Server | None = None
    try:
        ready, _, _ = select.select([process.stdout], [], [], startup_timeout)
        line = process.stdout.readline().strip() if ready else ""
        if not line.isdigit():
            raise RuntimeError(f"bench server did not start (exit code {process.poll()})")
        server = Server(f"http://127.0.0.1:{line}", process)
        yield server
    finally:
        if server is not None:
            server.close()
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
