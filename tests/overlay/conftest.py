"""Fixtures for overlay tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import respx

from hotmart_client import AsyncHotmart, Hotmart
from hotmart_client._constants import TOKEN_URL

from .helpers import new_async_client, new_client, token_response


@pytest.fixture
def hotmart_routes() -> Iterator[respx.MockRouter]:
    """respx router with the token endpoint answering a fresh token."""
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL, name="token").mock(return_value=token_response())
        yield router


@pytest.fixture
def client(hotmart_routes: respx.MockRouter) -> Iterator[Hotmart]:
    with new_client() as hotmart:
        yield hotmart


@pytest.fixture
async def aclient(hotmart_routes: respx.MockRouter) -> AsyncIterator[AsyncHotmart]:
    async with new_async_client() as hotmart:
        yield hotmart
