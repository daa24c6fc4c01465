"""A sales history that behaves the ways Hotmart might and the mock does not: an exclusive
`end_date`, offset page tokens, tokens bound to their query, sales arriving while it is read.

Only what the probes read is served: the token endpoint and `GET /payments/api/v1/sales/history`
(items with `purchase.transaction` and `purchase.order_date`, newest first, `start_date`/`end_date`
bounding `order_date`, `max_results`, `page_token`, `page_info`).
"""

from __future__ import annotations

import base64
import copy
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hotmart_client import Hotmart
from hotmart_client.mock._spec import MockSpec
from tests.servers import serve_asgi

HISTORY = "/payments/api/v1/sales/history"
BASE_MS = 1_767_225_600_000  # 2026-01-01
EXAMPLE: dict[str, Any] = MockSpec.load().by_id["getSalesHistory"].response_example["items"][0]


@dataclass
class Behaviour:
    exclusive_end: bool = False
    offset_tokens: bool = False
    bound_tokens: bool = False  # a token names its query: refused with other filters
    arrivals: bool = False  # one new sale (dated now) before each answer


@dataclass
class Listing:
    behaviour: Behaviour
    sales: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        # 120 sales one minute apart, and three at the same millisecond (ties keep their order).
        times = [BASE_MS + minute * 60_000 for minute in range(120)] + [BASE_MS + 30 * 60_000] * 2
        for number, when in enumerate(times):
            self.sales.append(_sale(f"HP{number:014d}", when))
        self.sales.sort(key=lambda sale: -sale["purchase"]["order_date"])

    def answer(self, query: dict[str, str]) -> Response:
        with self.lock:
            if self.behaviour.arrivals:
                self.sales.insert(0, _sale(f"HPNEW{len(self.sales):010d}", int(time.time() * 1000) + 1))
            sales = list(self.sales)
        start, end = int(query.get("start_date", 0)), int(query.get("end_date", 2**62))
        matched = [
            sale
            for sale in sales
            if sale["purchase"]["order_date"] >= start
            and (
                sale["purchase"]["order_date"] < end
                if self.behaviour.exclusive_end
                else sale["purchase"]["order_date"] <= end
            )
        ]
        size = int(query.get("max_results", 30))
        fingerprint = f"{query.get('start_date')}:{query.get('end_date')}"
        begin = 0
        if "page_token" in query:
            token = json.loads(base64.urlsafe_b64decode(query["page_token"]))
            if self.behaviour.bound_tokens and token.get("q") != fingerprint:
                return JSONResponse({"error": "invalid_parameter", "error_description": "token of another query"}, 400)
            if "offset" in token:
                begin = token["offset"]
            else:
                keys = [_key(sale) for sale in matched]
                begin = next((i for i, key in enumerate(keys) if key > tuple(token["after"])), len(keys))
        page = matched[begin : begin + size]
        info: dict[str, Any] = {"total_results": len(matched), "results_per_page": len(page)}
        if begin + size < len(matched):
            following: dict[str, Any] = (
                {"offset": begin + size} if self.behaviour.offset_tokens else {"after": list(_key(page[-1]))}
            )
            if self.behaviour.bound_tokens:
                following["q"] = fingerprint
            info["next_page_token"] = base64.urlsafe_b64encode(json.dumps(following).encode()).decode()
        return JSONResponse({"items": page, "page_info": info})


def _key(sale: dict[str, Any]) -> tuple[int, str]:
    """Newest first, then by transaction: the keyset order."""
    return (-sale["purchase"]["order_date"], sale["purchase"]["transaction"])


def _sale(transaction: str, when: int) -> dict[str, Any]:
    """The spec's example sale with another transaction and order date: a sale the spec describes."""
    sale = copy.deepcopy(EXAMPLE)
    sale["purchase"].update(transaction=transaction, order_date=when, approved_date=when)
    return sale


def build_app(listing: Listing) -> Starlette:
    async def token(request: Request) -> Response:
        return JSONResponse({"access_token": "listing-token", "token_type": "bearer", "expires_in": 86400})

    async def history(request: Request) -> Response:
        return listing.answer(dict(request.query_params))

    return Starlette(
        routes=[
            Route("/security/oauth/token", token, methods=["POST"]),
            Route(HISTORY, history, methods=["GET"]),
        ]
    )


@contextmanager
def listing_client(behaviour: Behaviour) -> Iterator[Hotmart]:
    with (
        serve_asgi(build_app(Listing(behaviour))) as url,
        Hotmart("id", "secret", base_url=url, token_url=f"{url}/security/oauth/token", max_retries=0) as client,
    ):
        yield client
