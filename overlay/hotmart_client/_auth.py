"""OAuth client-credentials for Hotmart, as one `httpx.Auth` used by the sync and async clients.

- The token is fetched lazily on the first request, cached, and refreshed `refresh_margin`
  seconds before it expires, or halfway through its life if that is sooner (a token living less
  than the margin is still reused). An answer without a usable `expires_in` is taken to last
  `DEFAULT_TOKEN_LIFETIME`; if the token dies sooner, the 401 refresh below replaces it.
- Single flight: however many threads or tasks need a token at once, one token request is made;
  the others wait for it and reuse it. Async callers share one lock per event loop.
- A 401 from the API replaces the token and replays the request once, unless the rejected token
  was itself fetched after a 401 less than `FRESH_TOKEN_AGE` seconds ago: then the refusal is
  about the call (e.g. a permission), and the 401 is returned as it is. A call refused that way
  costs no token request, so token requests stay bounded (at most one per `FRESH_TOKEN_AGE`).
- The token request is yielded to httpx like any request, so it goes through the same transport
  (proxies, mocks, custom transports) as API calls.
"""

from __future__ import annotations

import asyncio
import base64
import math
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass

import httpx

from ._errors import APIResponseValidationError, AuthenticationError, safe_response, status_error
from ._logging import log_request, mask, remember

DEFAULT_REFRESH_MARGIN = 300.0
DEFAULT_TOKEN_LIFETIME = 3600.0  # seconds, when the token answer has no usable `expires_in`
FRESH_TOKEN_AGE = 60.0  # a token fetched after a 401 is not replaced by another 401 before this age


@dataclass(frozen=True, slots=True)
class _Token:
    value: str
    issued_at: float  # on the auth's clock
    refresh_at: float  # on the auth's clock: from then on, fetch the next one
    after_401: bool = False  # fetched because the API answered 401 to the previous token

    def __repr__(self) -> str:
        return f"_Token(value='***', issued_at={self.issued_at}, refresh_at={self.refresh_at})"


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


class _TokenRequest(httpx.Request):
    """The token request, whose URL carries `client_secret` (Hotmart wants it in the query string).
    Its repr masks it: httpx's frames hold this request in local variables, which error trackers
    record by repr when a token request fails."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__}({self.method!r}, {mask(str(self.url))!r})>"


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
        # Masked by value in every message and log line from now on, wherever a server quotes them.
        remember(client_id, client_secret, basic.split(None, 1)[-1])
        self.token_url = token_url
        self.refresh_margin = refresh_margin
        self._clock = clock
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        # asyncio locks belong to one event loop: one per loop the client is used from.
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._async_locks_guard = threading.Lock()
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
                    response = yield self._token_request(request)
                    response.read()
                    token = self._store(response)
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        with self._thread_lock:
            fresh = self._replaced(token)
            if fresh is None:
                if not self._may_replace(token):
                    return
                token_response = yield self._token_request(request)
                token_response.read()
                fresh = self._store(token_response, after_401=True)
        yield self._authorize(request, fresh)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._usable()
        if token is None:
            async with self._lock():
                token = self._usable()
                if token is None:
                    response = yield self._token_request(request)
                    await response.aread()
                    token = self._store(response)
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        async with self._lock():
            fresh = self._replaced(token)
            if fresh is None:
                if not self._may_replace(token):
                    return
                token_response = yield self._token_request(request)
                await token_response.aread()
                fresh = self._store(token_response, after_401=True)
        yield self._authorize(request, fresh)

    # -- shared steps ---------------------------------------------------------------------------

    def _lock(self) -> asyncio.Lock:
        """The lock of the running event loop (an asyncio.Lock cannot be shared between loops)."""
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    def _usable(self) -> _Token | None:
        token = self._token
        if token is not None and self._clock() < token.refresh_at:
            return token
        return None

    def _replaced(self, rejected: _Token) -> _Token | None:
        """After a 401 with `rejected`: the token another caller has put in its place, if any."""
        current = self._token
        return current if current is not None and current is not rejected else None

    def _may_replace(self, rejected: _Token) -> bool:
        """Whether a 401 may replace `rejected`. Not when a 401 produced it moments ago: a brand-new
        token refused again means the call itself is refused, and another token would be too."""
        return not (rejected.after_401 and self._clock() - rejected.issued_at < FRESH_TOKEN_AGE)

    def _token_request(self, for_request: httpx.Request) -> httpx.Request:
        self.token_requests += 1
        self._token_started = time.perf_counter()
        # httpx reads timeouts from the request itself; one built here has none, so without the
        # API request's timeout a token endpoint that never answers would hang the call.
        timeout = for_request.extensions.get("timeout")
        return _TokenRequest(
            "POST",
            self.token_url,
            params={
                "grant_type": "client_credentials",
                "client_id": self._client_id,
                "client_secret": self._client_secret,
            },
            headers={"Authorization": self._basic, "Accept": "application/json"},
            extensions={} if timeout is None else {"timeout": timeout},
        )

    @staticmethod
    def _authorize(request: httpx.Request, token: _Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.value}"
        return request

    def _store(self, response: httpx.Response, *, after_401: bool = False) -> _Token:
        # The 200's body holds the access token: errors and logs get a copy without it.
        safe = safe_response(response, body=response.status_code != 200)
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
        answer = _read_token(response)
        if isinstance(answer, str):
            # Raised here, outside any `except`: no chained exception (a JSONDecodeError keeps the
            # whole body) and no local variable of this frame holds the token.
            raise APIResponseValidationError(f"token endpoint answered 200 {answer}", response=safe, body=b"<redacted>")
        value, lifetime = answer
        remember(value)
        now = self._clock()
        margin = min(self.refresh_margin, lifetime / 2)
        token = _Token(value, issued_at=now, refresh_at=now + lifetime - margin, after_401=after_401)
        self._token = token
        return token


def _read_token(response: httpx.Response) -> tuple[str, float] | str:
    """(access token, lifetime in seconds) of a 200 token answer, or what is wrong with it. Never
    raises: its exceptions, and the parsed body they would carry, end here."""
    try:
        data = response.json()
    except ValueError:
        return "with a body that is not JSON"
    value = data.get("access_token") if isinstance(data, dict) else None
    if not isinstance(value, str) or not value:
        return "without a JSON access_token" if value is None else "with an empty or non-string access_token"
    return value, _lifetime(data.get("expires_in"))


def _lifetime(expires_in: object) -> float:
    """Seconds a token lives: `expires_in` when it is a positive finite number (or its text), else
    the default: a null or garbled value should not stop the client."""
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float | str):
        return DEFAULT_TOKEN_LIFETIME
    try:
        seconds = float(expires_in)
    except ValueError:
        return DEFAULT_TOKEN_LIFETIME
    return seconds if math.isfinite(seconds) and seconds > 0 else DEFAULT_TOKEN_LIFETIME
