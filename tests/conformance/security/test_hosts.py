"""Credentials go to their own host only: the Basic credentials and the client secret to the token
host, the bearer token to the API host, nothing to any other host, even when redirected or when a
path argument is crafted to point elsewhere.

tests/overlay/test_security.py checks that the client does not follow an API redirect. This adds:
which credential reaches which host on every request of a session (with a 401 refresh), redirects
from the token endpoint, a caller's own `httpx.Client(follow_redirects=True)`, and path arguments
that look like URLs or climb out of their path.
"""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Iterator

import httpx
import pytest
import respx

from hotmart_client import AsyncHotmart, Hotmart, HotmartError, RetryPolicy
from hotmart_client._client import ClientOptions
from tests.support import sale

CLIENT_ID, CLIENT_SECRET = "cid-hosts", "csecret-hosts-must-stay-home"
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
API_HOST, TOKEN_HOST, EVIL = "api.example.test", "auth.example.test", "https://evil.example.com/steal"
API, TOKEN_URL = f"https://{API_HOST}", f"https://{TOKEN_HOST}/security/oauth/token"
OPTIONS: ClientOptions = {"base_url": API, "token_url": TOKEN_URL, "retry_policy": RetryPolicy(max_retries=0)}
PAGE = {"items": [sale("HP1")], "page_info": {"next_page_token": "t2"}}
LAST = {"items": [sale("HP2")], "page_info": {}}


def token(value: str) -> httpx.Response:
    return httpx.Response(200, json={"access_token": value, "expires_in": 86400})


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as mock:
        mock.post(TOKEN_URL, name="token").mock(side_effect=[token("bearer-1"), token("bearer-2")])
        mock.get(f"{API}/payments/api/v1/sales/history", name="history").mock(
            side_effect=[httpx.Response(401), httpx.Response(200, json=PAGE), httpx.Response(200, json=LAST)]
        )
        mock.put(url__regex=rf"^{API}/payments/api/v1/sales/[^/]+/refund$", name="refund").respond(200)
        mock.route(host="evil.example.com", name="evil").respond(200, json={"items": []})
        yield mock


def check_credentials_stayed_home(router: respx.MockRouter) -> None:
    assert router["evil"].call_count == 0
    for call in router.calls:
        request = call.request
        authorization = request.headers.get("authorization", "")
        if request.url.host == TOKEN_HOST:
            assert authorization == BASIC
            assert request.url.params["client_secret"] == CLIENT_SECRET
        else:
            assert request.url.host == API_HOST
            assert authorization.startswith("Bearer bearer-")
            assert CLIENT_SECRET not in str(request.url) and CLIENT_SECRET.encode() not in request.content


def test_each_credential_reaches_only_its_host(router: respx.MockRouter) -> None:
    with Hotmart(CLIENT_ID, CLIENT_SECRET, **OPTIONS) as client:
        assert [sale.to_dict()["purchase"]["transaction"] for sale in client.sales.history.export()] == [
            "HP1",
            "HP2",
        ]
        client.sales.refund("HP1")
    assert router["token"].call_count == 2  # the 401 made the client fetch a new token
    check_credentials_stayed_home(router)


async def test_each_credential_reaches_only_its_host_async(router: respx.MockRouter) -> None:
    async with AsyncHotmart(CLIENT_ID, CLIENT_SECRET, **OPTIONS) as client:
        assert [sale.to_dict()["purchase"]["transaction"] async for sale in client.sales.history.export()] == [
            "HP1",
            "HP2",
        ]
        await client.sales.refund("HP1")
    check_credentials_stayed_home(router)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_token_endpoint_redirects_are_not_followed(status: int, router: respx.MockRouter) -> None:
    router["token"].mock(side_effect=None, return_value=httpx.Response(status, headers={"Location": EVIL}))
    with Hotmart(CLIENT_ID, CLIENT_SECRET, **OPTIONS) as client, pytest.raises(HotmartError):
        client.sales.history()
    assert router["evil"].call_count == 0


@pytest.mark.parametrize("route", ["token", "history"])
def test_a_callers_redirect_following_client_does_not_carry_credentials(route: str, router: respx.MockRouter) -> None:
    router[route].mock(side_effect=None, return_value=httpx.Response(307, headers={"Location": EVIL}))
    if route == "history":
        router["token"].mock(side_effect=None, return_value=token("bearer-1"))
    with (
        httpx.Client(follow_redirects=True) as http,
        Hotmart(CLIENT_ID, CLIENT_SECRET, http_client=http, **OPTIONS) as client,
        contextlib.suppress(HotmartError),
    ):  # the target's answer is no token or page: fine
        client.sales.history()
    assert router["evil"].call_count == 1
    stolen = router["evil"].calls.last.request
    assert "authorization" not in stolen.headers
    assert CLIENT_SECRET not in str(stolen.url) and b"bearer-" not in stolen.content


@pytest.mark.parametrize(
    "code", ["https://evil.example.com/x", "//evil.example.com/x", "../../../security/oauth/token", "a?b=c#d", "@evil"]
)
def test_path_arguments_cannot_leave_the_api_host_or_path(code: str, router: respx.MockRouter) -> None:
    router["token"].mock(side_effect=None, return_value=token("bearer-1"))
    with Hotmart(CLIENT_ID, CLIENT_SECRET, **OPTIONS) as client:
        client.sales.refund(code)
    request = router["refund"].calls.last.request
    assert request.url.host == API_HOST
    assert request.url.raw_path.startswith(b"/payments/api/v1/sales/")
    assert request.url.raw_path.endswith(b"/refund") and request.url.query == b""
    check_credentials_stayed_home(router)
