"""A Hotmart stand-in that misbehaves on a schedule: the server side of the fault matrix.

A raw ASGI app under uvicorn (h11), so it can do what a framework would not let it: close the
connection without answering, or half-way through a body. It serves the token endpoint, one
paginated list (sales history, keyset-like page tokens) and one non-idempotent call (refund), and
counts what it really did: a refund is *processed* before any fault other than 429 and 401 is
applied (the worst case: the client cannot tell it happened), so a refund processed twice means the
client repeated a call that changes state.
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, cast
from urllib.parse import parse_qs

from tests import support

Kind = Literal["status", "html", "drop", "truncate", "truncate_json", "slow", "revoke"]
Route = Literal["history", "refund"]
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

TOTAL_ITEMS = 300
PAGE_SIZE = 25
HISTORY = "/payments/api/v1/sales/history"
REFUND = re.compile(r"^/payments/api/v1/sales/(?P<code>[^/]+)/refund$")
TOKEN = "/security/oauth/token"
HTML_PAGE = "<html><head><title>{status}</title></head><body><h1>{status} Error</h1><p>cdn-edge-7</p></body></html>"


@dataclass(frozen=True)
class Fault:
    """What goes wrong with one answer."""

    kind: Kind
    status: int = 503
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0  # "slow": seconds before answering


@dataclass(frozen=True)
class Schedule:
    """Which requests of a route get `fault`: a seeded share of them (`rate`), or the last `burst`
    requests of every window of `every` requests (1-based request numbers per route)."""

    fault: Fault
    rate: float = 0.0
    every: int = 0
    burst: int = 1
    once: bool = False  # only in the first window
    routes: tuple[Route, ...] = ("history", "refund")

    def hits(self, route: Route, number: int, roll: float) -> bool:
        if route not in self.routes:
            return False
        if self.rate:
            return roll < self.rate
        if self.once and number > self.every:
            return False
        return bool(self.every) and (number - 1) % self.every >= self.every - self.burst


@dataclass
class ServerState:
    schedules: tuple[Schedule, ...] = ()
    seed: int = 0
    requests: Counter[str] = field(default_factory=Counter)  # per route, token included
    refunds: Counter[str] = field(default_factory=Counter)  # transaction code -> times processed
    tokens: dict[str, float] = field(default_factory=dict)  # token -> when it expires (monotonic)
    revoked: set[str] = field(default_factory=set)
    token_lifetime: int = 86400
    faults: Counter[str] = field(default_factory=Counter)  # fault kind -> times applied
    lock: threading.Lock = field(default_factory=threading.Lock)
    rng: random.Random = field(default_factory=random.Random)

    def reset(self, schedules: tuple[Schedule, ...], seed: int, token_lifetime: int = 86400) -> None:
        with self.lock:
            self.schedules, self.seed, self.token_lifetime = schedules, seed, token_lifetime
            self.rng = random.Random(seed)
            for counter in (self.requests, self.refunds, self.faults):
                counter.clear()

    def next_fault(self, route: Route) -> Fault | None:
        with self.lock:
            self.requests[route] += 1
            number = self.requests[route]
            for schedule in self.schedules:  # the first schedule that hits wins
                if schedule.hits(route, number, self.rng.random()):
                    self.faults[schedule.fault.kind] += 1
                    return schedule.fault
        return None


def sale(number: int) -> dict[str, Any]:
    item = support.sale(f"HP{number:014d}", price={"value": 97.0 + number, "currency_code": "BRL"})
    return {**item, "buyer": {"email": f"buyer{number}@example.com"}}


def encode_token(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode()


def decode_token(token: str) -> int:
    offset = json.loads(base64.urlsafe_b64decode(token.encode()))["offset"]
    if not isinstance(offset, int):
        raise ValueError(token)
    return offset


class FaultServer:
    """The ASGI app. One instance serves a whole matrix; `state.reset()` between scenarios."""

    def __init__(self) -> None:
        self.state = ServerState()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        path, query = scope["path"], parse_qs(scope["query_string"].decode())
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        if path == TOKEN and scope["method"] == "POST":
            await self._token(send)
        elif path == HISTORY and scope["method"] == "GET":
            await self._with_faults("history", headers, send, lambda: self._page(query))
        elif (match := REFUND.match(path)) and scope["method"] == "PUT":
            await self._with_faults("refund", headers, send, lambda: self._refund(match["code"]))
        else:
            await _json(send, 404, {"error": "not_found"})

    async def _token(self, send: Send) -> None:
        state = self.state
        with state.lock:
            state.requests["token"] += 1
            value = f"token-{len(state.tokens) + 1}"
            state.tokens[value] = time.monotonic() + state.token_lifetime
        await _json(send, 200, {"access_token": value, "token_type": "bearer", "expires_in": state.token_lifetime})

    def _authorized(self, headers: dict[str, str]) -> bool:
        token = headers.get("authorization", "").removeprefix("Bearer ")
        with self.state.lock:
            expires = self.state.tokens.get(token)
            return expires is not None and time.monotonic() < expires and token not in self.state.revoked

    async def _with_faults(
        self, route: Route, headers: dict[str, str], send: Send, handle: Callable[[], tuple[int, Any]]
    ) -> None:
        fault = self.state.next_fault(route)
        if fault is not None and fault.kind == "revoke":
            with self.state.lock:
                self.state.revoked |= set(self.state.tokens)
        if not self._authorized(headers):
            await _json(send, 401, {"error": "invalid_token", "error_description": "Access token expired or revoked"})
            return
        if fault is not None and fault.kind == "status" and fault.status == 429:
            await _json(send, 429, {"error": "too_many_requests"}, fault.headers)  # refused: nothing done
            return
        status, body = handle()  # the work is done here, before any other fault
        payload = json.dumps(body).encode()
        if fault is None or fault.kind == "revoke":
            await _send(send, status, payload, "application/json")
        else:
            await _misbehave(fault, send, payload)

    def _page(self, query: dict[str, list[str]]) -> tuple[int, Any]:
        size = int(query.get("max_results", [PAGE_SIZE])[0])
        token = query.get("page_token", [None])[0]
        try:
            start = decode_token(token) if token else 0
        except (ValueError, KeyError, TypeError):
            return 400, {"error": "invalid_parameter", "error_description": "bad page_token"}
        end = min(start + size, TOTAL_ITEMS)
        page_info: dict[str, Any] = {"total_results": TOTAL_ITEMS, "results_per_page": end - start}
        if end < TOTAL_ITEMS:
            page_info["next_page_token"] = encode_token(end)
        return 200, {"items": [sale(n) for n in range(start, end)], "page_info": page_info}

    def _refund(self, code: str) -> tuple[int, Any]:
        with self.state.lock:
            self.state.refunds[code] += 1
        return 200, None


async def _misbehave(fault: Fault, send: Send, payload: bytes) -> None:
    if fault.kind == "status":
        await _json(send, fault.status, {"error": "server_error", "error_description": "injected"}, fault.headers)
    elif fault.kind == "html":
        page = HTML_PAGE.format(status=fault.status).encode()
        await _send(send, fault.status, page, "text/html; charset=utf-8", fault.headers)
    elif fault.kind == "slow":
        await asyncio.sleep(fault.delay)
        await _send(send, 200, payload, "application/json")
    elif fault.kind == "truncate_json":
        await _send(send, 200, payload[: max(1, len(payload) // 2)], "application/json")
    elif fault.kind == "truncate":
        start = {"type": "http.response.start", "status": 200, "headers": _headers(len(payload), "application/json")}
        await send(start)
        await send({"type": "http.response.body", "body": payload[: len(payload) // 2], "more_body": True})
        await _abort(send)
    else:  # drop
        await _abort(send)


async def _abort(send: Send) -> None:
    """Close the TCP connection now, as a crashed proxy or a cut network would."""
    cycle = cast(Any, send).__self__  # uvicorn's h11 RequestResponseCycle: it owns the transport
    cycle.transport.abort()
    for _ in range(3):
        await asyncio.sleep(0)  # let uvicorn see the disconnect before the app returns


def _headers(length: int, content_type: str, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[bytes, bytes]]:
    pairs = [("content-type", content_type), ("content-length", str(length)), *extra]
    return [(k.encode(), v.encode()) for k, v in pairs]


async def _send(
    send: Send, status: int, body: bytes, content_type: str, extra: tuple[tuple[str, str], ...] = ()
) -> None:
    if body == b"null":
        body = b""
    await send({"type": "http.response.start", "status": status, "headers": _headers(len(body), content_type, extra)})
    await send({"type": "http.response.body", "body": body})


async def _json(send: Send, status: int, body: Any, extra: tuple[tuple[str, str], ...] = ()) -> None:
    await _send(send, status, json.dumps(body).encode(), "application/json", extra)
