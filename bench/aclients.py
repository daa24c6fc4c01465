"""Async counterparts of `clients` for the concurrency scenario: one awaitable `page()` each."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, ClassVar, Protocol

import httpx

from .clients import BASIC, CLIENT_ID, CLIENT_SECRET, fetch_token, point_hotmart_python_at
from .server import HISTORY_PATH, TOKEN_PATH


class AsyncAdapter(Protocol):
    name: ClassVar[str]

    async def page(self, max_results: int) -> Any: ...

    async def aclose(self) -> None: ...


class AsyncOverlay:
    name: ClassVar[str] = "overlay"

    def __init__(self, server: str) -> None:
        from hotmart_client import AsyncHotmart  # noqa: PLC0415

        self.client = AsyncHotmart(CLIENT_ID, CLIENT_SECRET, base_url=server, token_url=server + TOKEN_PATH)

    async def page(self, max_results: int) -> Any:
        return await self.client.sales.history(max_results=max_results)

    async def aclose(self) -> None:
        await self.client.close()


class AsyncGenerated:
    name: ClassVar[str] = "generated"

    def __init__(self, server: str) -> None:
        from hotmart_api import AuthenticatedClient  # noqa: PLC0415
        from hotmart_api.api.sales import get_sales_history  # noqa: PLC0415

        self._endpoint = get_sales_history
        self.client = AuthenticatedClient(base_url=server, token=fetch_token(server))
        self.client.get_async_httpx_client()  # created lazily otherwise: keep its set-up out of the timings

    async def page(self, max_results: int) -> Any:
        response = await self._endpoint.asyncio_detailed(client=self.client, max_results=max_results)
        if response.status_code != 200:
            raise RuntimeError(f"generated: HTTP {response.status_code}")
        return response.parsed

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()


class AsyncRaw:
    name: ClassVar[str] = "raw"

    def __init__(self, server: str) -> None:
        headers = {"Authorization": f"Bearer {fetch_token(server)}"}
        self.http = httpx.AsyncClient(base_url=server, headers=headers)

    async def page(self, max_results: int) -> Any:
        response = await self.http.get(HISTORY_PATH, params={"max_results": max_results})
        response.raise_for_status()
        return response.json()

    async def aclose(self) -> None:
        await self.http.aclose()


class AsyncHotmartPython:
    name: ClassVar[str] = "hotmart-python"

    def __init__(self, server: str) -> None:
        point_hotmart_python_at(server)
        hotmart = importlib.import_module("hotmart")
        self.client = hotmart.AsyncHotmart(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, basic=BASIC)

    async def page(self, max_results: int) -> Any:
        return await self.client.sales.history(max_results=max_results)

    async def aclose(self) -> None:
        await self.client.aclose()


ASYNC_FACTORIES: dict[str, Callable[[str], AsyncAdapter]] = {
    "raw": AsyncRaw,
    "overlay": AsyncOverlay,
    "generated": AsyncGenerated,
    "hotmart-python": AsyncHotmartPython,
}
