"""The four clients, behind one small interface so every scenario makes the same calls with each.

- `overlay`: `hotmart_client.Hotmart` (what users import).
- `generated`: the generated `hotmart_api` package alone, pagination by hand.
- `raw`: `httpx.Client` by hand: GET with params and a bearer header, `response.json()` (the floor).
- `hotmart-python`: the PyPI package `hotmart-python==1.1.0`, pointed at the local server by
  rewriting its URL constants (it has no base_url option).

Each adapter's `page()` is one call returning the parsed page, `items()` iterates every item of a
listing, and `read()` touches the same four fields of an item (transaction, price value, order date,
buyer e-mail), so lazy parsing is not flattered by items nobody looks at, and the conversions a
client makes (the overlay's Decimal amounts and datetime dates; raw httpx keeps the JSON's float
and int) are paid for.
"""

from __future__ import annotations

import base64
import importlib
import time
from collections.abc import Callable, Iterator
from typing import Any, ClassVar, Protocol

import httpx

from .data import MAX_PAGE, date_bounds
from .server import HISTORY_PATH, TOKEN_PATH

CLIENT_ID = "bench-client-id"
CLIENT_SECRET = "bench-client-secret"
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
MAX_PAGES = 100_000  # bound for the hand-written pagination loops
Read = tuple[str, Any, Any, str]  # transaction, price value, order date, buyer e-mail


class SyncAdapter(Protocol):
    name: ClassVar[str]

    def page(self, max_results: int, page_token: str | None = None) -> Any: ...

    def items(self, max_results: int, start_date: int | None = None, end_date: int | None = None) -> Iterator[Any]: ...

    def page_items(self, page: Any) -> list[Any]: ...

    def read(self, item: Any) -> Read: ...

    def close(self) -> None: ...


def fetch_token(server: str) -> str:
    """The token, fetched once by hand (for the clients that do not manage one)."""
    params = {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    response = httpx.post(server + TOKEN_PATH, params=params, headers={"Authorization": BASIC})
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token


def read_model(item: Any) -> Read:
    purchase = item.purchase
    return purchase.transaction, purchase.price.value, purchase.order_date, item.buyer.email


def read_dict(item: Any) -> Read:
    purchase = item["purchase"]
    return purchase["transaction"], purchase["price"]["value"], purchase["order_date"], item["buyer"]["email"]


def read_model_plain(item: Any) -> Read:
    """`read_model` without the conversions (the currency code instead of the amount, no date)."""
    purchase = item.purchase
    return purchase.transaction, purchase.price.currency_code, None, item.buyer.email


def read_dict_plain(item: Any) -> Read:
    purchase = item["purchase"]
    return purchase["transaction"], purchase["price"]["currency_code"], None, item["buyer"]["email"]


def model_items(page: Any) -> list[Any]:
    items: list[Any] = page.items
    return items


def dict_items(page: Any) -> list[Any]:
    items: list[Any] = page["items"]
    return items


def _window(start_date: int | None, end_date: int | None) -> dict[str, int]:
    return {name: value for name, value in (("start_date", start_date), ("end_date", end_date)) if value is not None}


class Overlay:
    name: ClassVar[str] = "overlay"

    def __init__(
        self, server: str, *, rate_limit: Any = None, concurrency: int | None = None, drift: Any = None
    ) -> None:
        from hotmart_client import Hotmart  # noqa: PLC0415  (each adapter imports only its own client)

        options = {"drift": drift} if drift is not None else {}  # 0.9.0 (`--baseline`) has no recorder
        self.client = Hotmart(
            CLIENT_ID, CLIENT_SECRET, base_url=server, token_url=server + TOKEN_PATH, rate_limit=rate_limit, **options
        )
        self.concurrency = concurrency

    def page(self, max_results: int, page_token: str | None = None) -> Any:
        return self.client.sales.history(max_results=max_results, page_token=page_token)

    def items(self, max_results: int, start_date: int | None = None, end_date: int | None = None) -> Iterator[Any]:
        sales = self.client.sales
        # Before 1.0 (what `--baseline v0.9.0` runs) the export was `sales.history_autopaginate`.
        export = getattr(sales.history, "export", None) or getattr(sales, "history_autopaginate")  # noqa: B009
        pager = export(max_results=max_results, start_date=start_date, end_date=end_date, concurrency=self.concurrency)
        return iter(pager)

    page_items = staticmethod(model_items)
    read = staticmethod(read_model)

    def close(self) -> None:
        self.client.close()


class Generated:
    name: ClassVar[str] = "generated"

    def __init__(self, server: str) -> None:
        from hotmart_api import AuthenticatedClient  # noqa: PLC0415
        from hotmart_api.api.sales import get_sales_history  # noqa: PLC0415
        from hotmart_api.models import SalesHistoryPage  # noqa: PLC0415
        from hotmart_api.types import UNSET  # noqa: PLC0415

        self._endpoint = get_sales_history
        self._page_type = SalesHistoryPage
        self._unset = UNSET
        self.client = AuthenticatedClient(base_url=server, token=fetch_token(server))
        self.client.get_httpx_client()  # created lazily otherwise: keep its set-up out of the timings

    def _call(self, max_results: int, page_token: str | None, start: int | None = None, end: int | None = None) -> Any:
        unset = self._unset
        response = self._endpoint.sync_detailed(
            client=self.client,
            max_results=max_results,
            page_token=unset if page_token is None else page_token,
            start_date=unset if start is None else start,
            end_date=unset if end is None else end,
        )
        if not isinstance(response.parsed, self._page_type):
            raise RuntimeError(f"generated: HTTP {response.status_code}")
        return response.parsed

    def page(self, max_results: int, page_token: str | None = None) -> Any:
        return self._call(max_results, page_token)

    def items(self, max_results: int, start_date: int | None = None, end_date: int | None = None) -> Iterator[Any]:
        token: str | None = None
        for _ in range(MAX_PAGES):
            page = self._call(max_results, token, start_date, end_date)
            yield from page.items
            token = page.page_info.next_page_token if page.page_info else None
            if not token:
                return

    page_items = staticmethod(model_items)
    read = staticmethod(read_model)

    def close(self) -> None:
        self.client.get_httpx_client().close()


class Raw:
    name: ClassVar[str] = "raw"

    def __init__(self, server: str) -> None:
        self.http = httpx.Client(base_url=server, headers={"Authorization": f"Bearer {fetch_token(server)}"})

    def _call(self, max_results: int, page_token: str | None, window: dict[str, int]) -> Any:
        params: dict[str, Any] = {"max_results": max_results, **window}
        if page_token is not None:
            params["page_token"] = page_token
        response = self.http.get(HISTORY_PATH, params=params)
        response.raise_for_status()
        return response.json()

    def page(self, max_results: int, page_token: str | None = None) -> Any:
        return self._call(max_results, page_token, {})

    def items(self, max_results: int, start_date: int | None = None, end_date: int | None = None) -> Iterator[Any]:
        window = _window(start_date, end_date)
        token: str | None = None
        for _ in range(MAX_PAGES):
            page = self._call(max_results, token, window)
            yield from page["items"]
            token = (page.get("page_info") or {}).get("next_page_token")
            if not token:
                return

    page_items = staticmethod(dict_items)
    read = staticmethod(read_dict)

    def close(self) -> None:
        self.http.close()


def point_hotmart_python_at(server: str) -> None:
    """hotmart-python has no base_url option: rewrite its URL constants in place."""
    config = importlib.import_module("hotmart._config")
    for env in config.BASE_URLS.values():
        for domain in list(env):
            env[domain] = f"{server}/{domain}/api/v1"
    for module in ("hotmart._auth", "hotmart._async_auth"):
        vars(importlib.import_module(module))["AUTH_URL"] = server + TOKEN_PATH


class HotmartPython:
    name: ClassVar[str] = "hotmart-python"

    def __init__(self, server: str) -> None:
        point_hotmart_python_at(server)
        hotmart = importlib.import_module("hotmart")
        self.client = hotmart.Hotmart(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, basic=BASIC)

    def page(self, max_results: int, page_token: str | None = None) -> Any:
        return self.client.sales.history(max_results=max_results, page_token=page_token)

    def items(self, max_results: int, start_date: int | None = None, end_date: int | None = None) -> Iterator[Any]:
        # hotmart-python's own API (its every-item method keeps the `_autopaginate` suffix).
        iterator: Iterator[Any] = self.client.sales.history_autopaginate(
            max_results=max_results, **_window(start_date, end_date)
        )
        return iterator

    page_items = staticmethod(model_items)
    read = staticmethod(read_model)

    def close(self) -> None:
        self.client.close()


CLIENTS = ("raw", "overlay", "generated", "hotmart-python")  # raw first: the reference
_FACTORIES: dict[str, Callable[[str], SyncAdapter]] = {
    "raw": Raw,
    "overlay": Overlay,
    "generated": Generated,
    "hotmart-python": HotmartPython,
}


def stream(adapter: SyncAdapter, items: int, read: Callable[[Any], Any]) -> tuple[float, float]:
    """(items per second, client CPU microseconds per item, prefetch thread included) of one
    autopagination of the `items` newest sales, each passed to `read`; closes the adapter."""
    start, end = date_bounds(items)
    try:
        count = 0
        started, cpu = time.perf_counter(), time.process_time()
        for item in adapter.items(MAX_PAGE, start_date=start, end_date=end):
            read(item)
            count += 1
        rate, cpu_us = count / (time.perf_counter() - started), (time.process_time() - cpu) / count * 1e6
    finally:
        adapter.close()
    if count != items:
        raise RuntimeError(f"streamed {count} items, expected {items}")
    return rate, cpu_us


def use_plain_reads() -> None:
    """Every adapter reads without the overlay's conversions (`--plain-reads`): the release before
    1.0 had none, so `--baseline v0.9.0 --plain-reads` compares the rest of the client alone."""
    for adapter in (Overlay, Generated, HotmartPython):
        adapter.read = staticmethod(read_model_plain)
    Raw.read = staticmethod(read_dict_plain)


def make(name: str, server: str) -> SyncAdapter:
    return _FACTORIES[name](server)
