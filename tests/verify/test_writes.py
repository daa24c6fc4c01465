"""Writes are opt-in, sandbox-only and confirmed one by one; only those the API can undo run: a
coupon created then deleted, a billing day changed then set back. Production is refused before
any request is sent."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest
from click.testing import Result
from typer.testing import CliRunner

from hotmart_client import Hotmart, InvalidParameterError, verify
from hotmart_client.cli._app import app
from hotmart_client.mock import MockServer, RequestRecord, mock_server

READS = ["listProducts", "listSubscriptions"]  # where the writes take a product and a subscription from
WRITES = ("createCoupon", "deleteCoupon", "changeSubscriptionDueDay")


@pytest.fixture
def server() -> Iterator[MockServer]:
    with mock_server(items=40) as running:
        yield running


def written(server: MockServer) -> list[RequestRecord]:
    """The write requests the mock answered (the token request aside)."""
    return [r for r in server.requests if r.method != "GET" and r.operation_id != "createAccessToken"]


def sandbox_client(server: MockServer) -> Hotmart:
    """A sandbox client (as `--sandbox` makes) pointed at the mock."""
    return Hotmart(
        server.client_id, server.client_secret, sandbox=True, base_url=server.url, token_url=server.token_url
    )


def test_reversible_writes_run_confirmed_and_leave_nothing_behind(server: MockServer) -> None:
    asked: list[str] = []

    def confirm(text: str) -> bool:
        asked.append(text)
        return True

    with sandbox_client(server) as client:
        report = verify(client, depth=1, page_size=10, rate=None, writes=True, confirm=confirm, operations=READS)
        ops = {op.operation_id: op for op in report.operations}
        assert report.environment == "sandbox" and report.writes
        for name in WRITES:
            assert ops[name].verdict == "matched", (name, ops[name].findings, ops[name].refusals)
        assert ops["changeSubscriptionDueDay"].statuses == {200: 2}  # changed, then set back
        assert len(asked) == 2 and asked[0].startswith("create coupon HMVERIFY")
        assert "then back to" in asked[1]
        code = asked[0].split()[2]
        product = int(asked[0].split("on product ")[1].split(",")[0])
        assert [c.coupon_code for c in client.coupons.list(product, code=code).items] == []  # deleted
    writes = [(r.method, r.operation_id, r.status) for r in written(server)]
    assert writes == [
        ("POST", "createCoupon", 200),
        ("DELETE", "deleteCoupon", 200),
        ("PATCH", "changeSubscriptionDueDay", 200),
        ("PATCH", "changeSubscriptionDueDay", 200),
    ]
    for name in ("refundSale", "cancelSubscription", "reactivateSubscriptions", "negotiateInstallments"):
        assert ops[name].reason == "its effect cannot be undone through the API, so verify never runs it"
    assert "1 write(s) run" not in report.summary() and "3 write(s) run, 0 differ" in report.summary()


def test_a_write_not_confirmed_is_not_sent(server: MockServer) -> None:
    with sandbox_client(server) as client:
        report = verify(
            client, depth=1, page_size=10, rate=None, writes=True, confirm=lambda text: False, operations=READS
        )
    assert written(server) == []
    ops = {op.operation_id: op for op in report.operations}
    assert [ops[name].reason for name in WRITES] == ["not confirmed"] * 3
    assert ops["createCoupon"].verdict == "not exercised"


def test_writes_are_refused_against_production_before_any_request() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    production = Hotmart("id", "secret", transport=httpx.MockTransport(record))
    with production, pytest.raises(InvalidParameterError, match="refused against production"):
        verify(production, writes=True, confirm=lambda text: True)
    sandbox = Hotmart("id", "secret", sandbox=True, transport=httpx.MockTransport(record))
    with sandbox, pytest.raises(InvalidParameterError, match="writes need a confirm callable"):
        verify(sandbox, writes=True)  # nothing to ask before each write: none runs
    assert sent == []


def test_without_writes_none_is_sent_and_each_says_why(server: MockServer) -> None:
    with server.client() as client:
        report = verify(client, depth=1, page_size=10, rate=None, operations=READS)
    assert written(server) == []
    ops = {op.operation_id: op for op in report.operations}
    assert ops["createCoupon"].reason == "a write: verify runs it only when asked (--writes), in the sandbox"
    assert "writes not run" in report.summary()


def cli(*args: str, stdin: str = "") -> Result:
    """The command line, in this process (typer's runner), without Hotmart settings from outside."""
    env: dict[str, str | None] = {name: None for name in os.environ if name.startswith("HOTMART_")}
    env |= {"HOTMART_CLIENT_ID": "id", "HOTMART_CLIENT_SECRET": "secret"}
    return CliRunner().invoke(app, list(args), input=stdin, env=env)


def test_the_command_refuses_writes_in_production_and_asks_before_each(tmp_path: os.PathLike[str]) -> None:
    refused = cli("verify", "--writes")
    assert refused.exit_code == 2
    assert "--writes is refused against production: add --sandbox" in refused.stderr
    picks = ["--operation", READS[0], "--operation", READS[1], "--depth", "1", "--page-size", "10"]
    # The embedded mock is local: writes may run there. The coupon is confirmed, the billing day not.
    asked = cli("--mock", "verify", "--writes", *picks, "-o", str(tmp_path), stdin="y\nn\n")
    assert asked.exit_code == 0, asked.stderr
    assert asked.stderr.count("write: ") == 2
    assert "2 write(s) run, 0 differ" in asked.stdout
