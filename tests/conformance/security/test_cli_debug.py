"""`hotmart --debug` prints every attempt on stderr: with retries, a revoked token and a refused
login, neither stream carries the client secret, the Basic value or any token the server issued.
(tests/cli checks one successful --debug listing; this drives it through its failure paths.)"""

from __future__ import annotations

import base64
import os
import subprocess
import sys

from hotmart_client.mock import Faults, MockServer, mock_server

CLIENT_ID, CLIENT_SECRET = "cli-debug-id", "cli-debug-secret-must-not-print"
BASIC = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()


def run_cli(server: MockServer, *args: str, secret: str = CLIENT_SECRET) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOTMART_")}
    env |= {
        "HOTMART_CLIENT_ID": CLIENT_ID,
        "HOTMART_CLIENT_SECRET": secret,
        "HOTMART_BASE_URL": server.url,
        "HOTMART_TOKEN_URL": server.token_url,
    }
    command = [sys.executable, "-m", "hotmart_client.cli", "--debug", "--retries", "6", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


def issued_tokens(server: MockServer) -> list[str]:
    return list(server.app.tokens._tokens)


def assert_clean(output: str, tokens: list[str]) -> None:
    for secret in (CLIENT_SECRET, BASIC, *tokens):
        assert secret not in output
    assert "Bearer mock." not in output and "Basic " + BASIC[:8] not in output


def test_debug_output_through_retries_and_a_revoked_token_has_no_credentials() -> None:
    faults = Faults(error_rate=0.25, retry_after=0.0, revoke_token_after=2)
    with mock_server(seed=11, items=40, faults=faults) as server:
        result = run_cli(server, "products", "list", "--all", "--max-results", "10", "-f", "jsonl")
        tokens = issued_tokens(server)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 40  # products: a listing without a default filter
    assert len(tokens) >= 2, "the revoked token was not replaced"
    assert " 50" in result.stderr or "-> 5" in result.stderr, "no retried 5xx attempt in the debug log"
    assert_clean(result.stdout + result.stderr, tokens)


def test_debug_output_of_a_refused_login_has_no_credentials() -> None:
    with mock_server(seed=11, items=5, credentials={CLIENT_ID: "the-real-secret"}) as server:
        result = run_cli(server, "products", "list")
        tokens = issued_tokens(server)
    assert result.returncode != 0
    assert tokens == []
    assert_clean(result.stdout + result.stderr, tokens)
