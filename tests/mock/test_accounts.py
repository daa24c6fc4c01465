"""One mock, several accounts: each client id signs in to its own data, has its own rate limit, and
its tokens never read or change another account's data. Over HTTP, as a multi-account sync sees it."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Iterator

import httpx
import pytest

from hotmart_client import AuthenticationError, Hotmart, RateLimitError
from hotmart_client.mock import MockServer, mock_server, numbered_accounts
from tests.cli.conftest import command, environment
from tests.servers import free_port

HISTORY = "/payments/api/v1/sales/history"
ACCOUNTS, SECRETS = numbered_accounts(2, seed=5)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with mock_server(accounts=ACCOUNTS, credentials=SECRETS, items=60, rate_limit=12) as running:
        yield running


@pytest.fixture
def fresh(server: MockServer) -> Iterator[MockServer]:
    server.reset()
    yield server
    server.reset()


def sign_in(server: MockServer, client_id: str, secret: str | None = None) -> httpx.Client:
    secret = SECRETS[client_id] if secret is None else secret
    params = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    response = httpx.post(server.token_url, params=params, auth=(client_id, secret))
    assert response.status_code == 200, response.text
    token = response.json()["access_token"]
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def transactions(http: httpx.Client, **query: object) -> list[str]:
    page = http.get(HISTORY, params={"max_results": 500, "transaction_status": "APPROVED", **query})
    assert page.status_code == 200, page.text
    return [sale["purchase"]["transaction"] for sale in page.json()["items"]]


def test_numbered_accounts_are_documented_names_seeds_and_secrets() -> None:
    assert ACCOUNTS == {"account-1": 5, "account-2": 6}
    assert SECRETS == {"account-1": "account-1-secret", "account-2": "account-2-secret"}
    with pytest.raises(ValueError, match="at least 1"):
        numbered_accounts(0)


def test_each_account_has_its_own_data_the_data_of_its_seed(fresh: MockServer) -> None:
    with sign_in(fresh, "account-1") as first, sign_in(fresh, "account-2") as second:
        mine, theirs = transactions(first), transactions(second)
    assert mine and theirs and not set(mine) & set(theirs)
    # The first account is a one-account mock of its seed, spec examples included; the others go
    # without them, so no transaction is in two accounts.
    with mock_server(seed=5, items=60) as alone, alone.client() as hotmart:
        alone_sales = hotmart.sales.history(transaction_status="APPROVED", max_results=500)
        assert [s.purchase.transaction for s in alone_sales] == mine
    assert "HP12455690122399" in {s["purchase"]["transaction"] for s in fresh.items("SaleHistoryItem")}
    everything = [{s["purchase"]["transaction"] for s in fresh.items("SaleHistoryItem", account=a)} for a in ACCOUNTS]
    assert not everything[0] & everything[1]


def test_each_account_is_rate_limited_on_its_own(fresh: MockServer) -> None:
    first, again, second = sign_in(fresh, "account-1"), sign_in(fresh, "account-1"), sign_in(fresh, "account-2")
    with first, again, second:
        answers = [first.get(HISTORY).status_code for _ in range(12)]
        assert answers == [200] * 12
        limited = again.get(HISTORY)  # another token of the same account: the same budget
        assert limited.status_code == 429 and float(limited.headers["Retry-After"]) > 0
        assert second.get(HISTORY).status_code == 200  # the other account still has its own
        assert second.get(HISTORY).headers["RateLimit-Remaining"] == "10"


def test_unknown_client_ids_and_wrong_secrets_are_refused(server: MockServer) -> None:
    for client_id, secret in (("account-3", "account-3-secret"), ("account-1", "account-2-secret")):
        params = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
        response = httpx.post(server.token_url, params=params, auth=(client_id, secret))
        assert response.status_code == 401
    stranger = Hotmart("someone", "else", base_url=server.url, token_url=server.token_url)
    with stranger, pytest.raises(AuthenticationError):
        stranger.products.list()


def test_server_clients_pick_an_account(fresh: MockServer) -> None:
    assert fresh.accounts == ["account-1", "account-2"]
    assert (fresh.client_id, fresh.client_secret) == ("account-1", "account-1-secret")
    with fresh.client() as first, fresh.client("account-2") as second:
        mine = {s.purchase.transaction for s in first.sales.history(max_results=100)}
        theirs = {s.purchase.transaction for s in second.sales.history(max_results=100)}
    assert mine and theirs and not mine & theirs
    with pytest.raises(KeyError, match="no account"):
        fresh.items("SaleHistoryItem", account="account-9")


async def test_async_clients_pick_an_account_too(fresh: MockServer) -> None:
    async with fresh.async_client("account-2") as hotmart:
        page = await hotmart.sales.history(max_results=5)
    expected = [
        s["purchase"]["transaction"]
        for s in fresh.items("SaleHistoryItem", account="account-2")
        if s["purchase"]["status"] in ("APPROVED", "COMPLETE")
    ][:5]
    assert [s.purchase.transaction for s in page.items] == expected


@pytest.mark.hotmart_mock(accounts={"agency-a": 1, "agency-b": 2}, items=40, rate_limit=3)
def test_the_pytest_marker_serves_accounts(hotmart_mock: MockServer) -> None:
    with hotmart_mock.client("agency-a") as a, hotmart_mock.client("agency-b", max_retries=0) as b:
        assert a.sales.history().items[0].purchase.transaction != b.sales.history().items[0].purchase.transaction
        for _ in range(2):
            b.products.list()
        with pytest.raises(RateLimitError):
            b.products.list()
        assert a.products.list().items  # agency-a's budget is its own


def test_the_mock_command_serves_numbered_accounts() -> None:
    port = free_port()
    process = subprocess.Popen(
        command("mock", "--port", str(port), "--items", "30", "--accounts", "2", "--seed", "5"),
        env=environment(None),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        printed = [process.stderr.readline() for _ in range(3)]
        assert "account-1 / account-1-secret (seed 5), account-2 / account-2-secret (seed 6)" in printed[1]
        assert "HOTMART_CLIENT_ID=account-1 HOTMART_CLIENT_SECRET=account-1-secret" in printed[2]
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + HISTORY)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        seen = {}
        for client_id in ACCOUNTS:
            with Hotmart(client_id, SECRETS[client_id], base_url=url, token_url=url + "/security/oauth/token") as c:
                seen[client_id] = [s.purchase.transaction for s in c.sales.history(max_results=30)]
        with mock_server(seed=5, items=30) as alone, alone.client() as hotmart:
            assert seen["account-1"] == [s.purchase.transaction for s in hotmart.sales.history(max_results=30)]
        assert not set(seen["account-1"]) & set(seen["account-2"])
        unknown = Hotmart("account-3", "x", base_url=url, token_url=url + "/security/oauth/token")
        with unknown, pytest.raises(AuthenticationError):
            unknown.products.list()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
