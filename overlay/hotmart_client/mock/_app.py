"""The mock's ASGI application: one Starlette route per operation of the spec.

Per request, in this order: fault injection (latency, drop, 5xx, 429), the token endpoint or the
bearer-token check, parameter and body validation against the spec, the operation's behaviour
(`_handlers`), then the truncation fault on the way out.
"""

from __future__ import annotations

import asyncio
import json
import math
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._config import MockConfig
from ._data import Store, build_collections
from ._drift import Injected, drifted
from ._faults import Decision, FaultInjector
from ._handlers import MISSING, Behaviour, NotFound, Result
from ._live import Arrivals, midnight_millis
from ._query import Bounds, InvalidParameter, parse_params
from ._spec import MockSpec, SpecOperation
from ._tokens import TokenRegistry

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_RAW_SEND = "hotmart_mock.send"  # the server's own `send`, kept to drop connections
_INJECTED_ERRORS = {
    500: ("internal_server_error", "An unexpected error occurred. Try again later."),
    502: ("internal_server_error", "The upstream service did not answer in time."),
    503: ("internal_server_error", "Service temporarily unavailable."),
}


@dataclass(frozen=True)
class RequestRecord:
    """One request the mock answered, for assertions in tests."""

    method: str
    path: str
    operation_id: str
    status: int  # 0 when the connection was dropped
    fault: str  # "ok", "error", "rate_limit", "drop", "truncate"


def error_response(status: int, error: str, description: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status, headers=headers)


class MockApp:
    """The ASGI app plus the state behind it (data, tokens, faults, request log)."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.spec = MockSpec.load(self.config.spec_path)
        self.collections = build_collections(self.spec)
        self.faults = FaultInjector(self.config.faults, self.config.route_faults, self.config.seed)
        self.requests: list[RequestRecord] = []
        self.injected: set[Injected] = set()  # what a drifting mock served (MockConfig.drift)
        self._windows: dict[str, tuple[float, int]] = {}  # per-account rate-limit window (start, count)
        self._lock = threading.Lock()
        self.reset()
        routes = [self._route(op) for op in sorted(self.spec.operations, key=lambda o: (o.path.count("{"), o.path))]
        handlers = {404: self._not_found, 405: self._not_allowed}
        self.starlette = Starlette(routes=routes, exception_handlers=handlers)

    def reset(self) -> None:
        """Forget every write and every token: back to the seeded data set."""
        config = self.config
        self.tokens = TokenRegistry(config.token_ttl, config.credentials, accounts=config.accounts)
        self._windows.clear()
        self.now_millis = midnight_millis(config.clock)
        # One data set per account (client id -> seed); a single account serves any client id.
        seeds = dict(config.accounts) if config.accounts is not None else {"": config.seed}
        self.behaviours = {name: self._behaviour(seed, first=not n) for n, (name, seed) in enumerate(seeds.items())}
        self.behaviour = next(iter(self.behaviours.values()))  # the first account's
        self.store = self.behaviour.store
        # New sales of each account's history (MockConfig.arrivals), by the id of its behaviour.
        self._arrivals = {
            id(b): Arrivals(self.spec, b.store, b, config.arrivals, self.now_millis) for b in self.behaviours.values()
        }
        self.behave()

    def _behaviour(self, seed: int, *, first: bool) -> Behaviour:
        config = self.config
        store = Store(self.spec, self.collections, seed, config.items, dict(config.sizes), config.period, first)
        return Behaviour(self.spec, store, today_millis=self.now_millis, max_page_size=config.max_page_size)

    def behave(self) -> None:
        """Read the config's switches (what Hotmart does not document) into every account's
        behaviour; the data stays as it is."""
        config = self.config
        for behaviour in self.behaviours.values():
            behaviour.bounds = Bounds(config.exclusive_start, config.exclusive_end)
            behaviour.offset_tokens = config.offset_tokens
            self._arrivals[id(behaviour)].per_call = config.arrivals

    def wall_clock(self) -> float:
        """The mock's now, in seconds since the epoch: the wall clock of the clients it makes."""
        return self.now_millis / 1000

    def behaviour_of(self, account: str | None) -> Behaviour:
        """The data of an account (a client id of `MockConfig.accounts`; None: the first)."""
        if account is None or self.config.accounts is None:
            return self.behaviour
        if account not in self.behaviours:
            raise KeyError(f"the mock has no account {account!r}; it has {', '.join(self.behaviours)}")
        return self.behaviours[account]

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.injected.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope[_RAW_SEND] = send
        await self.starlette(scope, receive, send)

    def _route(self, op: SpecOperation) -> Route:
        async def endpoint(request: Request) -> Response:
            return await self._serve(op, request)

        return Route(op.path, endpoint, methods=[op.method], name=op.operation_id)

    async def _serve(self, op: SpecOperation, request: Request) -> Response:
        decision = self.faults.decide(op.operation_id)
        if decision.delay:
            await asyncio.sleep(decision.delay)
        response, fault = await self._answer(op, request, decision)
        if decision.truncate and fault == "ok" and 200 <= response.status_code < 300 and response.body:
            response = Response(response.body[: len(response.body) // 2], response.status_code, media_type=None)
            response.headers["content-type"] = "application/json"
            fault = "truncate"
        with self._lock:
            status = 0 if fault == "drop" else response.status_code
            self.requests.append(RequestRecord(op.method, request.url.path, op.operation_id, status, fault))
        return response

    async def _answer(self, op: SpecOperation, request: Request, decision: Decision) -> tuple[Response, str]:
        if decision.fate == "drop":
            return _Dropped(), "drop"
        if decision.fate == "error":
            error, description = _INJECTED_ERRORS[decision.status]
            headers = {"Retry-After": _seconds(decision.faults.retry_after)} if decision.status == 503 else None
            return error_response(decision.status, error, description, headers), "error"
        if decision.fate == "rate_limit":
            return self._too_many(decision.faults.retry_after), "rate_limit"
        try:
            if op.is_token_endpoint:
                return self._token(op, request), "ok"
            return await self._api_call(op, request, decision), "ok"
        except InvalidParameter as exc:
            return error_response(400, "invalid_parameter", str(exc)), "ok"
        except NotFound as exc:
            return error_response(404, "not_found", str(exc)), "ok"

    def _token(self, op: SpecOperation, request: Request) -> Response:
        values = parse_params(op, _query(request), {})
        refusal = self.tokens.refusal(
            str(values.get("client_id", "")), str(values.get("client_secret", "")), request.headers.get("authorization")
        )
        if refusal:
            return error_response(401, "invalid_client", refusal)
        body = dict(op.response_example or {})
        token = self.tokens.issue(account=str(values.get("client_id", "")))
        body.update(access_token=token, token_type="bearer", expires_in=int(self.config.token_ttl))
        return JSONResponse(body)

    async def _api_call(self, op: SpecOperation, request: Request, decision: Decision) -> Response:
        token = request.headers.get("authorization", "")
        problem = self.tokens.problem(token)
        if problem:
            header = f'Bearer error="invalid_token", error_description="{problem}"'
            return error_response(401, "invalid_token", problem, {"WWW-Authenticate": header})
        # Hotmart counts the rate limit per account: every token of a client id shares its window.
        account = self.tokens.account_of(token)
        limited = self._rate_window(account)
        if limited is not None:
            return self._too_many(limited)
        self.tokens.count_call(decision.faults.revoke_token_after)
        behaviour = self.behaviour_of(account)
        self._arrivals[id(behaviour)].before_call()
        values = parse_params(op, _query(request), request.path_params)
        body = await _json_body(request) if op.body_schema is not None else MISSING
        result = behaviour.handle(op, values, body)
        return self._respond(op, result, account)

    def _respond(self, op: SpecOperation, result: Result, account: str) -> Response:
        headers = self._rate_headers(account)
        body, drift = result.body, self.config.drift
        if drift is not None and 200 <= result.status < 300:
            served: set[Injected] = set()
            if drift.header:
                headers[drift.header] = "1"
                served.add(Injected(op.operation_id, "undocumented_header", "", drift.header.lower()))
            if op.is_read:
                body = drifted(drift, self.spec, op, body, served)
            with self._lock:
                self.injected |= served
        if body is None:
            return Response(b"", result.status, headers=headers)
        return JSONResponse(body, result.status, headers=headers)

    # -- rate limit ---------------------------------------------------------------------------

    def _rate_window(self, account: str) -> float | None:
        """Seconds to wait when this account used up its per-minute budget, else None."""
        limit = self.config.rate_limit
        if limit is None:
            return None
        now = time.monotonic()
        with self._lock:
            start, count = self._windows.get(account, (now, 0))
            if now - start >= 60:
                start, count = now, 0
            self._windows[account] = (start, count + 1)
        return 60 - (now - start) if count >= limit else None

    def _rate_headers(self, account: str) -> dict[str, str]:
        limit = self.config.rate_limit or 500
        start, count = self._windows.get(account, (time.monotonic(), 0))
        reset = max(0, math.ceil(60 - (time.monotonic() - start)))
        return {
            "RateLimit-Limit": str(limit),
            "RateLimit-Remaining": str(max(0, limit - count)),
            "RateLimit-Reset": str(reset),
        }

    def _too_many(self, wait: float) -> Response:
        headers = {
            "Retry-After": _seconds(wait),
            "RateLimit-Limit": str(self.config.rate_limit or 500),
            "RateLimit-Remaining": "0",
            "RateLimit-Reset": str(math.ceil(wait)),
        }
        message = f"Rate limit exceeded. Try again in {math.ceil(wait)} seconds."
        return error_response(429, "too_many_requests", message, headers)

    # -- unknown routes -----------------------------------------------------------------------

    async def _not_found(self, request: Request, exc: Exception) -> Response:
        return error_response(404, "not_found", f"No operation at {request.method} {request.url.path}.")

    async def _not_allowed(self, request: Request, exc: Exception) -> Response:
        detail = exc.detail if isinstance(exc, HTTPException) else "Method not allowed."
        return error_response(405, "method_not_allowed", str(detail))


class _Dropped(Response):
    """Closes the connection without answering, as a crashed proxy or a network cut would."""

    def __init__(self) -> None:
        super().__init__(b"", 599)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get(_RAW_SEND)
        transport = getattr(getattr(raw, "__self__", None), "transport", None)
        if transport is not None:
            transport.abort()
            # Let the server see the disconnect before this returns, so it does not try to answer.
            for _ in range(3):
                await asyncio.sleep(0)
            return
        # Servers that hide their transport: promise a body and stop half-way, which they
        # answer by closing the connection.
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
        await send({"type": "http.response.body", "body": b'{"items": [', "more_body": True})


def _query(request: Request) -> dict[str, list[str]]:
    query: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        query.setdefault(key, []).append(value)
    return query


async def _json_body(request: Request) -> Any:
    try:
        raw = await request.body()
    except ClientDisconnect:
        # Nobody will read the answer; what matters is that the write does not happen.
        raise InvalidParameter("The client disconnected before sending the request body.") from None
    if not raw.strip():
        return MISSING
    try:
        return json.loads(raw)
    except ValueError:
        raise InvalidParameter("The request body is not valid JSON.") from None


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.3f}"
