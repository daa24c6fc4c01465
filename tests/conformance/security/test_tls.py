"""TLS verification is on by default, for the API and the token endpoint, sync and async: checked on
the SSL contexts and against a real local HTTPS server whose certificate nobody trusts."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from hotmart_client import APIConnectionError, AsyncHotmart, Hotmart, RetryPolicy
from hotmart_client._client import ClientOptions
from tests.servers import serve_asgi


def ssl_context(client: Hotmart | AsyncHotmart) -> ssl.SSLContext:
    transport: Any = client._http._transport
    context: ssl.SSLContext = transport._pool._ssl_context
    return context


@pytest.mark.parametrize("kind", [Hotmart, AsyncHotmart])
def test_default_ssl_context_verifies_certificates_and_host_names(kind: type[Hotmart | AsyncHotmart]) -> None:
    context = ssl_context(kind("id", "secret"))
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


class Recorder:
    """An ASGI app that only counts the HTTP requests that reached it."""

    def __init__(self) -> None:
        self.requests = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.requests += 1
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
            )
            await send({"type": "http.response.body", "body": b'{"access_token": "t", "items": []}'})


@pytest.fixture(scope="module")
def untrusted_https(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Recorder]]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    folder: Path = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    app = Recorder()
    with serve_asgi(app, ssl_keyfile=str(key), ssl_certfile=str(cert), interface="asgi3") as url:
        yield url.replace("http://", "https://"), app


def test_an_untrusted_certificate_stops_the_client_before_any_request(untrusted_https: tuple[str, Recorder]) -> None:
    url, app = untrusted_https
    with httpx.Client(verify=False) as insecure:  # the server does work for a client that skips checks
        assert insecure.post(url + "/security/oauth/token").status_code == 200
    before = app.requests
    options: ClientOptions = {
        "base_url": url,
        "token_url": url + "/security/oauth/token",
        "retry_policy": RetryPolicy(max_retries=0),
    }
    with Hotmart("id", "secret", **options) as client, pytest.raises(APIConnectionError) as info:
        client.sales.history()
    assert "CERTIFICATE_VERIFY_FAILED" in repr(info.value.__cause__) or "certificate" in str(info.value).lower()
    assert app.requests == before, "credentials were sent over a connection whose certificate was not checked"


async def test_an_untrusted_certificate_stops_the_async_client(untrusted_https: tuple[str, Recorder]) -> None:
    url, app = untrusted_https
    before = app.requests
    options: ClientOptions = {
        "base_url": url,
        "token_url": url + "/security/oauth/token",
        "retry_policy": RetryPolicy(max_retries=0),
    }
    async with AsyncHotmart("id", "secret", **options) as client:
        with pytest.raises(APIConnectionError):
            await client.sales.history()
    assert app.requests == before
