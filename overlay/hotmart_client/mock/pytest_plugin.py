"""pytest plugin (registered through the `pytest11` entry point): a mock Hotmart API per test.

    def test_my_export(hotmart):                    # a signed-in `Hotmart` on the mock
        assert my_export(hotmart) == ...

    @pytest.mark.hotmart_mock(seed=7, faults=Faults(error_rate=0.2))
    def test_survives_errors(hotmart_mock, hotmart): ...

One server runs per test session; every test gets it reset to the seeded data (writes of one test
never reach another). A test whose marker changes the seed or data size gets its own server.
The mock itself is imported only when a fixture is used, so the plugin costs nothing without the
`[mock]` extra.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .._client import Hotmart
    from ._server import MockServer

MARKER = "hotmart_mock"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**config): configure the hotmart_mock fixture with MockConfig fields "
        "(seed, items, faults, route_faults, token_ttl, credentials, rate_limit, accounts...)",
    )


def _server_class() -> type[MockServer]:
    """`MockServer`, or a one-line failure naming the extra to install."""
    from . import __getattr__ as lazy  # noqa: PLC0415 - the server needs the [mock] extra

    try:
        server_class: type[MockServer] = lazy("MockServer")
    except ModuleNotFoundError as exc:
        missing = str(exc)
    else:
        return server_class
    pytest.fail(missing, pytrace=False)  # outside the `except`: no chained traceback, one line


@pytest.fixture(scope="session")
def hotmart_mock_session() -> Iterator[MockServer]:
    """The session's shared mock server (prefer `hotmart_mock`, which resets it per test)."""
    with _server_class()() as server:
        yield server


@pytest.fixture
def hotmart_mock(request: pytest.FixtureRequest, hotmart_mock_session: MockServer) -> Iterator[MockServer]:
    """A running mock Hotmart API with fresh seeded data; `.url`, `.token_url`, `.client()`."""
    from ._config import MockConfig  # noqa: PLC0415

    marker = request.node.get_closest_marker(MARKER)
    overrides: dict[str, Any] = dict(marker.kwargs) if marker else {}
    config = dataclasses.replace(MockConfig(), **overrides)
    shared = hotmart_mock_session
    # Data-shaping settings need a server of their own; faults and tokens can be reset in place.
    data_fields = (
        "seed", "items", "sizes", "period", "today", "max_page_size", "spec_path", "credentials", "token_ttl",
        "rate_limit", "drift", "accounts",
    )  # fmt: skip
    if any(getattr(config, name) != getattr(shared.config, name) for name in data_fields):
        with _server_class()(config) as server:
            yield server
        return
    shared.reset()
    shared.app.faults.configure(config.faults, config.route_faults)
    yield shared
    shared.reset()


@pytest.fixture
def hotmart(hotmart_mock: MockServer) -> Iterator[Hotmart]:
    """A `Hotmart` client connected to `hotmart_mock`, signed in."""
    with hotmart_mock.client() as client:
        yield client


@pytest.fixture
def hotmart_client(hotmart: Hotmart) -> Hotmart:
    """Deprecated alias of `hotmart`: a fixture named like the package shadowed `import hotmart_client`."""
    warnings.warn(
        "the `hotmart_client` pytest fixture is deprecated; use `hotmart` instead", DeprecationWarning, stacklevel=2
    )
    return hotmart
