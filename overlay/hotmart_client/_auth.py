"""OAuth client-credentials for Hotmart, as one `httpx.Auth` used by the sync and async clients.

- The token is fetched lazily on the first request, cached, and refreshed `refresh_margin`
  seconds before it expires.
- Single flight: however many threads or tasks need a token at once, one token request is made;
  the others wait for it and reuse it.
- A 401 from the API invalidates the token, fetches a new one and replays the request once.
- The token request is yielded to httpx like any request, so it goes through the same transport
  (proxies, mocks, custom transports) as API calls.
"""

from __future__ import annotations

import asyncio
import base64
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass

import httpx

from ._errors import APIResponseValidationError, AuthenticationError, status_error
from ._logging import log_request

DEFAULT_REFRESH_MARGIN = 300.0


@dataclass(frozen=True, slots=True)
class _Token:
    value: str
    expires_at: float  # on the auth's clock

    def __repr__(self) -> str:
        return f"_Token(value='***', expires_at={self.expires_at})"


class TokenRequestError(Exception):
    """Internal: the token endpoint answered 429/5xx. The API request was not sent, so the send
    loop may retry even a non-idempotent call. Carries the public error to raise otherwise."""

    def __init__(self, error: Exception, retryable_response: httpx.Response) -> None:
        super().__init__(str(error))
        self.error = error
        self.response = retryable_response


def basic_header(client_id: str, client_secret: str, basic: str | None) -> str:
    """The `Authorization: Basic ...` value: the dashboard's string, or derived from id and secret."""
    if basic:
        basic = basic.strip()
        return basic if basic.lower().startswith("basic ") else f"Basic {basic}"
    raw = f"{client_id}:{client_secret}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


class HotmartAuth(httpx.Auth):
    def __init__(
        self,
        client_id: str,
        client_secret: str,
        basic: str,
        token_url: str,
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client_id = client_id
        self._client_secret = client_secret
        self._basic = basic
        self.token_url = token_url
        self.refresh_margin = refresh_margin
        self._clock = clock
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self.token_requests = 0  # how many token requests were sent (observability, tests)
        self._token_started = 0.0

    def __repr__(self) -> str:
        return f"HotmartAuth(client_id='***', token_url={self.token_url!r})"

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        self._token = None

    # -- the two flows: identical steps, different lock and body read ---------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._usable()
        if token is None:
            with self._thread_lock:
                token = self._usable()
                if token is None:
                    response = yield self._token_request()
                    response.read()
                    token = self._store(response)
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        with self._thread_lock:
            fresh = self._replace(token)
            if fresh is None:
                token_response = yield self._token_request()
                token_response.read()
                fresh = self._store(token_response)
        yield self._authorize(request, fresh)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._usable()
        if token is None:
            async with self._lock():
                token = self._usable()
                if token is None:
                    response = yield self._token_request()
                    await response.aread()
                    token = self._store(response)
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        async with self._lock():
            fresh = self._replace(token)
            if fresh is None:
                token_response = yield self._token_request()
                await token_response.aread()
                fresh = self._store(token_response)
        yield self._authorize(request, fresh)

    # -- shared steps ---------------------------------------------------------------------------

    def _lock(self) -> asyncio.Lock:
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        return self._async_lock

    def _usable(self) -> _Token | None:
        token = self._token
        if token is not None and self._clock() < token.expires_at - self.refresh_margin:
            return token
        return None

    def _replace(self, rejected: _Token) -> _Token | None:
        """After a 401 with `rejected`: drop it unless another caller already replaced it."""
        if self._token is rejected or self._token is None:
            self._token = None
            return None
        return self._token

    def _token_request(self) -> httpx.Request:
        self.token_requests += 1
        self._token_started = time.perf_counter()
        return httpx.Request(
            "POST",
            self.token_url,
            params={
                "grant_type": "client_credentials",
                "client_id": self._client_id,
                "client_secret": self._client_secret,
            },
            headers={"Authorization": self._basic, "Accept": "application/json"},
        )

    @staticmethod
    def _authorize(request: httpx.Request, token: _Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.value}"
        return request

    def _store(self, response: httpx.Response) -> _Token:
        safe = _redacted(response)
        log_request(safe.request, response.status_code, 0, self._token_started)
        if response.status_code != 200:
            error = status_error(safe)
            if response.status_code == 429 or response.status_code >= 500:
                raise TokenRequestError(error, safe)
            raise AuthenticationError(
                safe,
                message=(
                    f"token request failed with HTTP {response.status_code}: "
                    f"{error.error_description or error.error or 'no description'}. "
                    "Check client_id, client_secret and basic (and sandbox=True for sandbox credentials)."
                ),
            )
        try:
            data = response.json()
            value = data["access_token"]
            expires_in = float(data.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise APIResponseValidationError(
                "token endpoint answered 200 without a JSON access_token", response=safe, body=b"<redacted>"
            ) from None
        if not isinstance(value, str) or not value:
            raise APIResponseValidationError(
                "token endpoint answered an empty access_token", response=safe, body=b"<redacted>"
            )
        token = _Token(value, self._clock() + expires_in)
        self._token = token
        return token


def _redacted(response: httpx.Response) -> httpx.Response:
    """A copy of a token-endpoint response whose request carries no credentials.

    Errors keep `response.request` for debugging; the original URL holds `client_secret`.
    """
    original = response.request
    url = original.url.copy_with(query=None)
    request = httpx.Request(original.method, url)
    body = response.content if response.status_code != 200 else b""
    return httpx.Response(response.status_code, headers=plain_headers(response), content=body, request=request)


def plain_headers(response: httpx.Response) -> list[tuple[str, str]]:
    """Headers of an already-decoded response, minus those describing the wire encoding."""
    wire = {"content-encoding", "content-length", "transfer-encoding"}
    return [(k, v) for k, v in response.headers.items() if k.lower() not in wire]
