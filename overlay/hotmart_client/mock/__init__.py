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

from ._accounts import numbered_accounts
from ._config import MOCK_CLIENT_ID, MOCK_CLIENT_SECRET, MockConfig
from ._drift import Drift, Injected
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
    "Drift",
    "Faults",
    "Injected",
    "MockApp",
    "MockConfig",
    "MockServer",
    "RequestRecord",
    "mock_server",
    "numbered_accounts",
    "serve",
]


# What the `[mock]` extra installs; without it, the server parts fail with one line saying so.
EXTRA_MODULES = frozenset({"starlette", "uvicorn", "yaml", "jsonschema"})
MISSING_EXTRA = "hotmart_client.mock needs the [mock] extra: pip install 'hotmart-client[mock]' (missing: {})"


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        try:
            module = importlib.import_module(_LAZY[name], __name__)
        except ModuleNotFoundError as exc:
            if (exc.name or "").split(".")[0] not in EXTRA_MODULES:
                raise
            raise ModuleNotFoundError(MISSING_EXTRA.format(exc.name), name=exc.name) from None
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
