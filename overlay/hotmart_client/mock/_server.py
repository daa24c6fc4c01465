"""Running the mock: uvicorn in a background thread (tests, `--mock`) or in the foreground (`hotmart mock`)."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Self

import uvicorn

from .._client import AsyncHotmart, Hotmart
from ._app import MockApp, RequestRecord
from ._config import MOCK_CLIENT_ID, MOCK_CLIENT_SECRET, MockConfig
from ._drift import Injected
from ._faults import Faults, RouteFaults

STARTUP_TIMEOUT = 15.0


class MockServer:
    """A mock Hotmart API on 127.0.0.1, on a free port unless `port` is given.

    >>> with MockServer() as server:
    ...     client = Hotmart("id", "secret", base_url=server.url, token_url=server.token_url)
    """

    def __init__(self, config: MockConfig | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = MockApp(config)
        self.host = host
        self._requested_port = port
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    def __repr__(self) -> str:
        return f"MockServer(url={self.url!r})"

    @property
    def config(self) -> MockConfig:
        return self.app.config

    @property
    def client_id(self) -> str:
        """Credentials `client()` signs in with: the first account of `MockConfig.accounts`, else
        the first of `MockConfig.credentials`, when set."""
        return next(iter(self.config.accounts or self.config.credentials or {}), MOCK_CLIENT_ID)

    @property
    def client_secret(self) -> str:
        return self.secret_of(self.client_id)

    @property
    def accounts(self) -> list[str]:
        """The client ids of `MockConfig.accounts` (empty for a one-account mock)."""
        return list(self.config.accounts or {})

    def secret_of(self, client_id: str) -> str:
        """The secret `client_id` signs in with (any secret works when no credentials are set)."""
        credentials = self.config.credentials
        if credentials is None:
            return MOCK_CLIENT_SECRET
        if client_id not in credentials:
            raise KeyError(f"the mock has no credentials for {client_id!r}")
        return credentials[client_id]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def token_url(self) -> str:
        token = next(op for op in self.app.spec.operations if op.is_token_endpoint)
        return self.url + token.path

    @property
    def requests(self) -> list[RequestRecord]:
        """Every request answered so far (method, path, operationId, status, fault)."""
        return list(self.app.requests)

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> Self:
        if self._thread is not None:
            return self
        # IPPROTO_TCP explicitly: asyncio turns Nagle off (TCP_NODELAY) only for sockets that say
        # so, and with Nagle on every keep-alive answer waits ~40 ms for a delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._requested_port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", log_config=None, access_log=False, lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="hotmart-mock", daemon=True)
        self._server, self._thread, self._socket = server, thread, sock
        thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the Hotmart mock server did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=STARTUP_TIMEOUT)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- control ------------------------------------------------------------------------------

    def client(self, account: str | None = None, **options: Any) -> Hotmart:
        """A `Hotmart` client pointed at this server and signed in (close it, or use it in a `with`);
        `account` picks a client id of `MockConfig.accounts` (default: the first). It runs on the
        mock's clock (`wall_clock`: its now is the start of its `today`), so exports pin their open
        ends, and Hotmart's 30-day defaults count, from there."""
        client_id = account or self.client_id
        secret = self.secret_of(client_id)
        options.setdefault("wall_clock", self.app.wall_clock)
        return Hotmart(client_id, secret, base_url=self.url, token_url=self.token_url, **options)

    def async_client(self, account: str | None = None, **options: Any) -> AsyncHotmart:
        client_id = account or self.client_id
        secret = self.secret_of(client_id)
        options.setdefault("wall_clock", self.app.wall_clock)
        return AsyncHotmart(client_id, secret, base_url=self.url, token_url=self.token_url, **options)

    def set_faults(self, faults: Faults | None = None, routes: RouteFaults | None = None, **knobs: Any) -> None:
        """Change faults while running: `server.set_faults(error_rate=0.3)`, or per route."""
        base = dataclasses.replace(faults or Faults(), **knobs)
        self.app.faults.configure(base, routes)

    def set_switches(self, **switches: Any) -> None:
        """Change what Hotmart does not document while running, keeping the data:
        `server.set_switches(exclusive_end=True, offset_tokens=True, arrivals=2)` (see MockConfig)."""
        allowed = {"exclusive_start", "exclusive_end", "offset_tokens", "arrivals"}
        if not set(switches) <= allowed:
            raise TypeError(f"unknown switch(es): {', '.join(sorted(set(switches) - allowed))}")
        self.app.config = dataclasses.replace(self.config, **switches)
        self.app.behave()

    def revoke_tokens(self) -> None:
        """Revoke every token issued so far: the next call with one gets 401 `invalid_token`."""
        self.app.tokens.revoke_all()

    def reset(self) -> None:
        """Back to the seeded data, no faults beyond the config's, an empty request log."""
        self.app.reset()
        self.app.faults.configure(self.config.faults, self.config.route_faults)
        self.app.clear_log()

    def injected_drift(self) -> list[Injected]:
        """What a drifting mock (`MockConfig.drift`) has served so far, in the drift recorder's
        terms: one entry per operation, kind, place and detail, however often it was served."""
        with self.app._lock:
            return sorted(self.app.injected)

    def items(self, collection: str, account: str | None = None) -> list[dict[str, Any]]:
        """The current items of an unscoped list, by item schema name (e.g. "SaleHistoryItem"), of
        an account of `MockConfig.accounts` (default: the first)."""
        return self.app.behaviour_of(account).items(self.app.collections[collection])


def config_from(config: MockConfig | None, overrides: Mapping[str, Any]) -> MockConfig:
    return dataclasses.replace(config or MockConfig(), **dict(overrides))


@contextmanager
def mock_server(
    config: MockConfig | None = None, *, host: str = "127.0.0.1", port: int = 0, **overrides: Any
) -> Iterator[MockServer]:
    """Run a mock Hotmart API for the duration of a `with` block.

    `overrides` are `MockConfig` fields: `mock_server(seed=3, faults=Faults(error_rate=0.2))`.
    """
    with MockServer(config_from(config, overrides), host=host, port=port) as server:
        yield server


def serve(config: MockConfig | None = None, *, host: str = "127.0.0.1", port: int = 8080) -> None:
    """Serve in the foreground until interrupted (the `hotmart mock` command)."""
    uvicorn.run(MockApp(config), host=host, port=port, log_level="info", lifespan="off")
