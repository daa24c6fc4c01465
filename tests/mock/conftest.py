"""The mock's tests use the `hotmart_mock` fixture of the package's own pytest plugin."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from hotmart_client import RetryPolicy
from hotmart_client.mock import MockServer

from .helpers import api

# Retries as the client does them, minus the waiting, so fault tests stay fast.
FAST_RETRIES = RetryPolicy(max_retries=6, base_delay=0.001, max_delay=0.005)


@pytest.fixture
def http(hotmart_mock: MockServer) -> Iterator[httpx.Client]:
    with api(hotmart_mock) as client:
        yield client
