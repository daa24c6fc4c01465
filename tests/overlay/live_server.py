"""A small real HTTP server (Starlette under uvicorn, in a thread) for tests that need real sockets:
concurrency, timeouts, dropped connections. Behaviour is scripted per test through `State`."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.servers import serve_asgi
from tests.support import sale


@dataclass
class State:
    token_delay: float = 0.0
    token_requests: int = 0
    tokens_issued: list[str] = field(default_factory=list)
    revoked: set[str] = field(default_factory=set)
    api_delay: float = 0.0
    api_requests: int = 0
    total_items: int = 250
    page_size: int = 50
    lock: threading.Lock = field(default_factory=threading.Lock)


def build_app(state: State) -> Starlette:
    async def token(request: Request) -> Response:
        with state.lock:
            state.token_requests += 1
            value = f"token-{state.token_requests}"
            state.tokens_issued.append(value)
        await asyncio.sleep(state.token_delay)
        return JSONResponse({"access_token": value, "token_type": "bearer", "expires_in": 86400})

    async def history(request: Request) -> Response:
        with state.lock:
            state.api_requests += 1
        await asyncio.sleep(state.api_delay)
        auth = request.headers.get("authorization", "")
        bearer = auth.removeprefix("Bearer ")
        if bearer not in state.tokens_issued or bearer in state.revoked:
            return JSONResponse({"error": "invalid_token", "error_description": "expired"}, status_code=401)
        start = int(request.query_params.get("page_token") or 0)
        size = int(request.query_params.get("max_results") or state.page_size)
        end = min(start + size, state.total_items)
        items = [sale(f"HP{n:014d}") for n in range(start, end)]
        page_info: dict[str, Any] = {"total_results": state.total_items, "results_per_page": len(items)}
        if end < state.total_items:
            page_info["next_page_token"] = str(end)
        return JSONResponse({"items": items, "page_info": page_info})

    return Starlette(
        routes=[
            Route("/security/oauth/token", token, methods=["POST"]),
            Route("/payments/api/v1/sales/history", history),
        ]
    )


@contextmanager
def serve(state: State) -> Iterator[str]:
    """Run the app on 127.0.0.1 in a thread; yield its base URL."""
    with serve_asgi(build_app(state)) as url:
        yield url
