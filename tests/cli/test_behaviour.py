"""Errors and exit codes, credentials, --mock, --debug, Ctrl-C with a resume token, progress on a terminal."""

from __future__ import annotations

import json
import os
import pty
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from hotmart_client.cli import app
from hotmart_client.mock import MockServer, mock_server
from hotmart_client.resources import OPERATIONS

from .conftest import CLIENT_SECRET, command, environment, run, run_many


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def test_api_errors_give_one_line_and_an_exit_code(server: MockServer) -> None:
    bad_token, unknown_product = run_many(
        server,
        [
            ["sales", "history", "--page-token", "garbage"],
            ["coupons", "list", "999999999"],
        ],
    )
    assert bad_token.returncode == 2
    assert "page_token" in _one_error_line(bad_token)
    assert unknown_product.returncode == 4
    assert "999999999" in _one_error_line(unknown_product)


def test_missing_and_refused_credentials_exit_3(tmp_path: Path) -> None:
    missing = run(None, "sales", "history")
    assert missing.returncode == 3
    line = _one_error_line(missing)
    assert "HOTMART_CLIENT_ID" in line and "--mock" in line
    with mock_server(items=10, credentials={"someone-else": "x"}) as strict:
        refused = run(strict, "sales", "history")
    assert refused.returncode == 3
    assert "HOTMART_BASIC" in _one_error_line(refused)
    assert CLIENT_SECRET not in refused.stderr


def test_server_failures_exit_6_after_the_retries(server: MockServer) -> None:
    server.set_faults(error_rate=1.0, retry_after=0)
    try:
        result = run(server, "--retries", "0", "sales", "history")
    finally:
        server.set_faults()
    assert result.returncode == 6
    assert "try again later" in _one_error_line(result)


def test_bad_options_are_usage_errors(server: MockServer) -> None:
    result = run(server, "sales", "history", "--transaction-status", "PAID_TWICE")
    assert result.returncode == 2
    assert "transaction-status" in result.stderr


def test_env_file_supplies_credentials_and_debug_masks_them(server: MockServer, tmp_path: Path) -> None:
    env_file = tmp_path / "hotmart.env"
    env_file.write_text(f'# dev account\nHOTMART_CLIENT_ID=file-id\nexport HOTMART_CLIENT_SECRET="{CLIENT_SECRET}"\n')
    env = environment(None, HOTMART_BASE_URL=server.url, HOTMART_TOKEN_URL=server.token_url)
    args = ["--env-file", str(env_file), "--debug", "products", "list", "-n", "2", "-f", "jsonl"]
    result = run(None, *args, env=env)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
    # --debug: one line per request, credentials masked.
    assert "GET" in result.stderr and "/products/api/v1/products" in result.stderr
    assert CLIENT_SECRET not in result.stderr
    assert "mock." not in result.stderr  # the mock's bearer tokens start with "mock."


def test_mock_flag_needs_no_credentials() -> None:
    result = run(None, "--mock", "sales", "history", "--limit", "20", "-f", "jsonl")
    assert result.returncode == 0, result.stderr
    sales = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(sales) == 20
    assert all(sale["purchase"]["transaction"].startswith("HP") for sale in sales)


def test_progress_bar_on_a_terminal(server: MockServer) -> None:
    """The mirror of test_no_progress_bar_when_stderr_is_not_a_terminal: stderr is a pseudo-terminal."""
    server.set_faults(latency=0.05)
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            command("sales", "history", "--all", "--max-results", "20", "-f", "jsonl"),
            env=environment(server),
            stdout=subprocess.DEVNULL,
            stderr=follower,
        )
        os.close(follower)
        seen = b""
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            try:
                seen += os.read(leader, 65536)
            except OSError:
                break
        process.wait(timeout=60)
    finally:
        server.set_faults()
        os.close(leader)
    assert process.returncode == 0
    assert b"items/s" in seen and b"pages" in seen


def test_mock_command_serves_until_interrupted_and_prints_a_command_that_works() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        command("mock", "--port", str(port), "--items", "50", "--route-fault", "getSalesSummary:error_rate=1"),
        env=environment(None),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        printed = [process.stderr.readline() for _ in range(3)]
        assert printed[0].startswith(f"Hotmart mock on http://127.0.0.1:{port}")
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + "/payments/api/v1/sales/history")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        params = {"grant_type": "client_credentials", "client_id": "a", "client_secret": "b"}
        access = httpx.post(url + "/security/oauth/token", params=params, auth=("a", "b")).json()["access_token"]
        headers = {"Authorization": f"Bearer {access}"}
        products = httpx.get(url + "/products/api/v1/products", headers=headers).json()
        assert products["page_info"]["total_results"] == 50
        assert httpx.get(url + "/payments/api/v1/sales/summary", headers=headers).status_code >= 500

        # The suggested command runs as printed, in a shell without any Hotmart setting, as a user
        # would paste it (`hotmart` is the console script beside this interpreter).
        suggestion = printed[2].strip()
        assert suggestion.startswith("HOTMART_CLIENT_ID=")
        env = environment(None, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
        env["COLUMNS"] = "250"
        pasted = subprocess.run(
            f"{suggestion} --format jsonl",
            shell=True,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert pasted.returncode == 0, pasted.stderr
        sales = [json.loads(line) for line in pasted.stdout.splitlines()]
        assert len(sales) == 5 and all(s["purchase"]["status"] in ("APPROVED", "COMPLETE") for s in sales)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


@pytest.mark.parametrize("operation_id", [k for k, op in OPERATIONS.items() if op.method == "GET"])
def test_every_read_operation_has_a_command(operation_id: str) -> None:
    """Derived from the overlay's OPERATIONS: `hotmart <area> <method> --help` exists for each GET."""
    from hotmart_client.cli._commands import read_commands

    (found,) = [c for c in read_commands() if c.operation.operation_id == operation_id]
    result = CliRunner().invoke(app, [found.group, found.name, "--help"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    for param in OPERATIONS[operation_id].params:
        if param.location == "query" and param.name != "page_token":
            assert param.name.replace("_", "-") in result.output


def test_write_operations_have_no_command() -> None:
    assert CliRunner().invoke(app, ["sales", "history", "--help"]).exit_code == 0
    assert CliRunner().invoke(app, ["sales", "refund", "--help"]).exit_code == 2
