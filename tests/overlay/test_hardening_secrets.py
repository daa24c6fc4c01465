"""Issue 11, item 7: no credential can be reached from anything the client raises.

Error trackers record an exception's message, its attributes (`request`, `response`...), the
`__cause__`/`__context__` chain, the formatted traceback and the repr of each traceback frame's
local variables. These tests check all of it: every attribute of every object reachable from the
raised error and from each exception in its chain, the text of `traceback.format_exception`, and
the repr of every local variable of every frame in the tracebacks of the chain. (Frame locals are
checked by repr, as trackers record them, not walked: a frame may hold the client itself, which
has to know its secret; its repr does not show it.)
"""

from __future__ import annotations

import base64
import traceback
import types
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    HotmartError,
    PermissionDeniedError,
)
from hotmart_client._constants import TOKEN_URL
from tests.servers import free_port

from .helpers import ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, api, new_async_client, new_client, token_response
from .live_server import State, serve

HISTORY = "/payments/api/v1/sales/history"
BASIC = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
STALE_TOKEN = "stale-access-token-must-never-leak-7e6f"
CREDENTIALS = (CLIENT_SECRET, CLIENT_ID, BASIC, ACCESS_TOKEN, STALE_TOKEN)
_OPAQUE = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType, type)
_SKIPPED = (types.FrameType, types.TracebackType, types.CodeType)  # tracebacks: checked as text


def reachable_text(root: object, limit: int = 20_000) -> Iterator[tuple[str, str]]:
    """(path, text) for every string or bytes reachable from `root` through attributes and items."""
    seen: set[int] = set()
    stack: list[tuple[str, object]] = [("error", root)]
    while stack and len(seen) < limit:
        path, obj = stack.pop()
        if id(obj) in seen or obj is None or isinstance(obj, (bool, int, float, *_OPAQUE, *_SKIPPED)):
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            yield path, obj
            continue
        if isinstance(obj, bytes | bytearray | memoryview):
            yield path, bytes(obj).decode("latin-1")
            continue
        if isinstance(obj, dict):
            stack.extend((f"{path}[{key!r}]", value) for key, value in obj.items())
            stack.extend((f"{path}.keys()", key) for key in obj)
            continue
        if isinstance(obj, list | tuple | set | frozenset):
            stack.extend((f"{path}[{index}]", item) for index, item in enumerate(obj))
            continue
        if isinstance(obj, BaseException):
            for name in ("args", "__cause__", "__context__", "__notes__"):
                stack.append((f"{path}.{name}", getattr(obj, name, None)))
        if isinstance(obj, httpx.URL | httpx.Headers):
            yield path, str(obj) if isinstance(obj, httpx.URL) else repr(obj.multi_items())
        for name in _attribute_names(obj):
            try:
                value = object.__getattribute__(obj, name)
            except AttributeError:
                continue
            stack.append((f"{path}.{name}", value))


def _attribute_names(obj: object) -> list[str]:
    names = list(getattr(obj, "__dict__", {}))
    for cls in type(obj).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names.extend([slots] if isinstance(slots, str) else slots)
    return [name for name in names if name not in ("__dict__", "__weakref__")]


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def frame_locals(error: BaseException) -> Iterator[tuple[str, str]]:
    """(where, repr) of the local variables of every frame in the tracebacks of `error`'s chain,
    except this test module's own frames."""
    for exc in chain(error):
        for frame, _ in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename == __file__:
                continue
            for name, value in frame.f_locals.items():
                yield f"{type(exc).__name__}: {frame.f_code.co_name}.{name}", repr(value)


def assert_nothing_reachable(error: BaseException) -> None:
    leaks = [(path, secret) for path, text in reachable_text(error) for secret in CREDENTIALS if secret in text]
    assert leaks == []
    formatted = "".join(traceback.format_exception(error))
    assert [secret for secret in CREDENTIALS if secret in formatted] == []
    in_frames = [(where, secret) for where, text in frame_locals(error) for secret in CREDENTIALS if secret in text]
    assert in_frames == []


def test_the_walker_finds_a_credential_in_a_chained_request() -> None:
    # The check is only as good as its walk: a credential three levels down must be found.
    request = httpx.Request("POST", TOKEN_URL, params={"client_secret": CLIENT_SECRET})
    try:
        try:
            raise httpx.ConnectError("refused", request=request)
        except httpx.ConnectError as exc:
            raise HotmartError("wrapped") from exc
    except HotmartError as error:
        paths = [path for path, text in reachable_text(error) if CLIENT_SECRET in text]
    assert any("._request" in path for path in paths)


# -- a transport error on the token request ----------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [(httpx.ConnectError("connection refused"), APIConnectionError), (httpx.ReadTimeout("timed out"), APITimeoutError)],
    ids=["connect", "read-timeout"],
)
def test_transport_error_on_the_token_request_leaks_nothing(
    hotmart_routes: respx.MockRouter, failure: Exception, error_class: type[APIConnectionError]
) -> None:
    hotmart_routes["token"].mock(side_effect=failure)
    api_route = hotmart_routes.get(api(HISTORY)).respond(json={"items": []})
    with new_client() as client, pytest.raises(error_class) as info:
        client.sales.history()
    assert api_route.call_count == 0
    assert_nothing_reachable(info.value)
    # The message names the request that failed: the token request, not the API call it was for.
    assert "POST api-sec-vlc.hotmart.com/security/oauth/token" in str(info.value)
    assert "token request" in str(info.value)
    assert info.value.request is not None and info.value.request.url.path == "/security/oauth/token"


async def test_transport_error_on_the_token_request_leaks_nothing_async(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].mock(side_effect=httpx.ConnectError("connection refused"))
    async with new_async_client() as client:
        with pytest.raises(APIConnectionError) as info:
            await client.sales.history()
    assert_nothing_reachable(info.value)
    assert "POST api-sec-vlc.hotmart.com/security/oauth/token" in str(info.value)


def test_a_transport_message_quoting_the_url_is_masked(hotmart_routes: respx.MockRouter) -> None:
    # A custom transport or proxy may put the whole URL, query included, in its message.
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot reach {request.url}", request=request)

    hotmart_routes["token"].mock(side_effect=fail)
    with new_client() as client, pytest.raises(APIConnectionError) as info:
        client.sales.history()
    assert_nothing_reachable(info.value)
    assert "client_secret=***" in str(info.value)


# -- errors of API calls: the bearer token of the request -------------------------------------------


def test_transport_error_on_an_api_call_leaks_no_bearer_token(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=httpx.ConnectError("connection refused"))
    with new_client() as client, pytest.raises(APIConnectionError) as info:
        client.sales.history(transaction="HP1")
    assert_nothing_reachable(info.value)
    assert "GET developers.hotmart.com/payments/api/v1/sales/history" in str(info.value)
    assert info.value.request is not None and info.value.request.url.params["transaction"] == "HP1"


@pytest.mark.parametrize("status", [400, 403, 404, 429, 500])
def test_status_errors_leak_no_bearer_token(hotmart_routes: respx.MockRouter, status: int) -> None:
    hotmart_routes.get(api(HISTORY)).respond(status, json={"error": "x", "error_description": "refused"})
    with new_client() as client, pytest.raises(APIStatusError) as info:
        client.sales.history()
    assert info.value.status_code == status
    assert_nothing_reachable(info.value)
    assert info.value.response.request.url.path == HISTORY


def test_401_after_a_refresh_leaks_neither_token(hotmart_routes: respx.MockRouter) -> None:
    # httpx keeps the first 401 (sent with the stale token) in `response.history`.
    hotmart_routes["token"].mock(side_effect=[token_response(STALE_TOKEN), token_response(ACCESS_TOKEN)])
    hotmart_routes.get(api(HISTORY)).respond(401, json={"error": "invalid_token"})
    with new_client() as client, pytest.raises(AuthenticationError) as info:
        client.sales.history()
    assert_nothing_reachable(info.value)


def test_redirect_answer_leaks_no_bearer_token(hotmart_routes: respx.MockRouter) -> None:
    # A 3xx is not followed; httpx would otherwise keep the next request, Authorization included.
    hotmart_routes.get(api(HISTORY)).respond(302, headers={"Location": api("/elsewhere")})
    with new_client() as client, pytest.raises(HotmartError) as info:
        client.sales.history()
    assert_nothing_reachable(info.value)


def test_invalid_body_error_leaks_no_bearer_token(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(200, text='{"items": [', headers={"content-type": "application/json"})
    with new_client() as client, pytest.raises(HotmartError) as info:
        client.sales.history()
    assert_nothing_reachable(info.value)


async def test_async_status_and_transport_errors_leak_nothing(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(
        side_effect=[httpx.Response(403, json={"error": "forbidden"}), *[httpx.ConnectError("down")] * 4]
    )
    errors: list[Any] = []
    async with new_async_client() as client:
        for _ in range(2):
            try:
                await client.sales.history()
            except HotmartError as exc:
                errors.append(exc)
    assert [type(error) for error in errors] == [PermissionDeniedError, APIConnectionError]
    for error in errors:
        assert_nothing_reachable(error)


def test_refused_token_request_leaks_nothing(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes["token"].respond(401, json={"error": "invalid_client", "error_description": "Bad credentials"})
    with new_client() as client, pytest.raises(AuthenticationError) as info:
        client.sales.history()
    assert_nothing_reachable(info.value)


# -- the same over real sockets (httpx and httpcore frames, no mock) --------------------------------


def test_unreachable_token_endpoint_over_a_real_socket_leaks_nothing() -> None:
    token_url = f"http://127.0.0.1:{free_port()}/security/oauth/token"  # nothing listens there
    with new_client(token_url=token_url) as client, pytest.raises(APIConnectionError) as info:
        client.sales.history()
    assert_nothing_reachable(info.value)
    assert "token request POST 127.0.0.1/security/oauth/token" in str(info.value)


async def test_token_read_timeout_over_a_real_socket_leaks_nothing_async() -> None:
    with serve(State(token_delay=1.0)) as url:
        client = new_async_client(base_url=url, token_url=url + "/security/oauth/token", timeout=0.2, max_retries=1)
        async with client:
            with pytest.raises(APITimeoutError) as info:
                await client.sales.history()
    assert_nothing_reachable(info.value)
    assert "token request POST 127.0.0.1/security/oauth/token" in str(info.value)


def test_token_read_timeout_over_a_real_socket_leaks_nothing() -> None:
    with serve(State(token_delay=1.0)) as url:
        client = new_client(base_url=url, token_url=url + "/security/oauth/token", timeout=0.2, max_retries=1)
        with client, pytest.raises(APITimeoutError) as info:
            client.sales.history()
    assert_nothing_reachable(info.value)
