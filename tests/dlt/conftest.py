"""Syncs into real destinations (DuckDB files, Parquet files) in a temporary directory, from a
small mock account served over HTTP."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

pytest.importorskip("dlt", reason="the [dlt] extra is not installed")

from hotmart_client.mock import MockServer, mock_server

from .helpers import ITEMS, SEED

os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")


@pytest.fixture(scope="module")
def shared_server() -> Iterator[MockServer]:
    with mock_server(seed=SEED, items=ITEMS) as server:
        yield server


@pytest.fixture
def server(shared_server: MockServer) -> Iterator[MockServer]:
    """The module's mock, back to its seeded data and without faults for every test."""
    shared_server.reset()
    yield shared_server
    shared_server.reset()
