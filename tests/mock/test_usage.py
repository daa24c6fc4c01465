"""The three ways to use the mock: context manager, pytest fixture (as a user's test file), and server lifecycle."""

from __future__ import annotations

import socket

import httpx
import pytest

from hotmart_client import AsyncHotmart, Hotmart
from hotmart_client.mock import MockServer, mock_server

pytest_plugins = ["pytester"]


def test_context_manager_as_documented() -> None:
    with mock_server() as server:
        with Hotmart("id", "secret", base_url=server.url, token_url=server.token_url) as hotmart:
            page = hotmart.sales.history(max_results=3)
        assert len(page.items) == 3
        assert server.url.startswith("http://127.0.0.1:")
        assert server.token_url == server.url + "/security/oauth/token"
        port = server.port
    # Stopped: the port is free again and nothing answers.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/")


async def test_async_client_against_the_mock(hotmart_mock: MockServer) -> None:
    async with AsyncHotmart("id", "secret", base_url=hotmart_mock.url, token_url=hotmart_mock.token_url) as client:
        items = [sale async for sale in client.sales.history.export(max_results=100, limit=250)]
    assert len({s.purchase.transaction for s in items}) == 250


def test_a_fixed_port() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with MockServer(port=port) as server:
        assert server.url == f"http://127.0.0.1:{port}"


USER_TEST_FILE = """
import pytest
from hotmart_client import InternalServerError
from hotmart_client.mock import Faults


def export_refunds(hotmart):
    return [s.purchase.transaction for s in hotmart.sales.history.export(transaction_status="REFUNDED")]


def test_export_against_the_mock(hotmart):
    refunds = export_refunds(hotmart)
    assert refunds and len(refunds) == len(set(refunds))


def test_my_refund_button(hotmart_mock, hotmart):
    hotmart.sales.refund("HP12455690122399")
    assert [r.operation_id for r in hotmart_mock.requests if r.method == "PUT"] == ["refundSale"]


@pytest.mark.hotmart_mock(route_faults={"getSalesHistory": Faults(error_rate=1.0)})
def test_my_code_reports_outages(hotmart_mock):
    with hotmart_mock.client(max_retries=0) as hotmart, pytest.raises(InternalServerError):
        hotmart.sales.history()


@pytest.mark.hotmart_mock(seed=3, items=40)
def test_small_data_set(hotmart):
    assert hotmart.products.list().page_info.total_results == 40
"""


def test_the_fixtures_from_a_users_test_file(pytester: pytest.Pytester) -> None:
    """The plugin is found through its entry point: the test file imports nothing to get the fixtures."""
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(test_user=USER_TEST_FILE)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


OLD_FIXTURE_NAME = """
import hotmart_client


def test_still_works(hotmart_client):
    assert hotmart_client.products.list(max_results=1).items
"""


def test_the_old_fixture_name_still_works_and_warns(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(test_old=OLD_FIXTURE_NAME)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, warnings=1)
    result.stdout.fnmatch_lines(["*DeprecationWarning*`hotmart_client` pytest fixture is deprecated*use `hotmart`*"])
    strict = pytester.runpytest("-p", "no:cacheprovider", "-W", "error::DeprecationWarning")
    strict.assert_outcomes(errors=1)


def test_the_marker_is_registered(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    result = pytester.runpytest("--markers")
    result.stdout.fnmatch_lines(["*hotmart_mock(**config)*"])
