"""A local Hotmart API for offline development and tests, built from the OpenAPI spec.

    from hotmart_client.mock import mock_server

    with mock_server(seed=1) as server:
        with server.client() as hotmart:            # or Hotmart(..., base_url=server.url,
            page = hotmart.sales.history()           #            token_url=server.token_url)

Needs the `[mock]` extra (Starlette, uvicorn). The server, the app and the context manager are
imported on first use, so `Faults` and `MockConfig` (and the pytest plugin) load without it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._config import MOCK_CLIENT_ID, MOCK_CLIENT_SECRET, MockConfig
from ._faults import Faults

if TYPE_CHECKING:
    from ._app import MockApp, RequestRecord
    from ._server import MockServer, mock_server, serve

_LAZY = {
    "MockApp": "._app",
    "RequestRecord": "._app",
    "MockServer": "._server",
    "mock_server": "._server",
    "serve": "._server",
}

__all__ = [
    "MOCK_CLIENT_ID",
    "MOCK_CLIENT_SECRET",
    "Faults",
    "MockApp",
    "MockConfig",
    "MockServer",
    "RequestRecord",
    "mock_server",
    "serve",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
