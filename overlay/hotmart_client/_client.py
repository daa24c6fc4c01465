"""`Hotmart` and `AsyncHotmart`: configuration, the send loop (retries, rate limit, logging) and
the resource groups generated from the spec."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import os
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Self, TypedDict, TypeVar, Unpack

import httpx

from . import _windows
from ._auth import DEFAULT_REFRESH_MARGIN, HotmartAuth, TokenRequestError, basic_header
from ._coerce import to_millis
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    HotmartError,
    InvalidParameterError,
    scrub_transport_error,
    status_error,
)
from ._logging import install_filters, log_request
from ._operation import Operation, RequestOptions, TimeoutLike
from ._pagination import AsyncPager, SyncPager
from ._ratelimit import RateLimiter
from ._resources import PRODUCTION_URL, SANDBOX_URL, TOKEN_URL, AsyncResourceGroups, SyncResourceGroups
from ._retry import RetryPolicy, server_hint

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3
USER_AGENT = "hotmart-client/1.0 (+python-httpx)"


class ClientOptions(TypedDict, total=False):
    """Keyword options shared by `Hotmart` and `AsyncHotmart` (see `_BaseHotmart.__init__`)."""

    sandbox: bool
    base_url: str | None
    token_url: str | None
    timeout: TimeoutLike
    max_retries: int | None
    retry_policy: RetryPolicy | None
    rate_limit: RateLimiter | int | None
    token_refresh_margin: float
    clock: Callable[[], float]


class _BaseHotmart:
    """Everything the sync and async clients share: configuration and request preparation.

    Args:
        client_id, client_secret: the credentials (default: HOTMART_CLIENT_ID / HOTMART_CLIENT_SECRET).
        basic: the dashboard's "Basic ..." value (default: HOTMART_BASIC, else derived from id and secret).
        sandbox: use Hotmart's sandbox host instead of production.
        base_url, token_url: override the hosts (proxies, tests, the mock server).
        timeout: default timeout of every request (seconds or an httpx.Timeout); per call: `timeout=`.
        max_retries: retries after a transient failure (default 3); per call: `max_retries=`.
        retry_policy: backoff settings (RetryPolicy); `max_retries` given here overrides its count.
        rate_limit: a RateLimiter, or requests per minute, shared by every thread/task of this client.
        token_refresh_margin: seconds before expiry at which the token is refreshed (default 300).
        clock: monotonic clock used for token expiry (tests pass a fake one).
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        basic: str | None = None,
        *,
        sandbox: bool = False,
        base_url: str | None = None,
        token_url: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limit: RateLimiter | int | None = None,
        token_refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        client_id = client_id or os.environ.get("HOTMART_CLIENT_ID")
        client_secret = client_secret or os.environ.get("HOTMART_CLIENT_SECRET")
        basic = basic or os.environ.get("HOTMART_BASIC")
        missing = [name for name, value in (("client_id", client_id), ("client_secret", client_secret)) if not value]
        if missing:
            raise HotmartError(
                f"missing credentials: {', '.join(missing)}. Pass them to the client or set "
                "HOTMART_CLIENT_ID and HOTMART_CLIENT_SECRET (and optionally HOTMART_BASIC); "
                "they are under Tools > Developer Credentials in Hotmart."
            )
        assert client_id is not None and client_secret is not None
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.sandbox = sandbox
        self.base_url = (base_url or (SANDBOX_URL if sandbox else PRODUCTION_URL)).rstrip("/")
        self.timeout = timeout
        policy = retry_policy or RetryPolicy(max_retries=DEFAULT_MAX_RETRIES)
        self.retry_policy = policy if max_retries is None else dataclasses.replace(policy, max_retries=max_retries)
        self.rate_limiter = RateLimiter(rate_limit) if isinstance(rate_limit, int) else rate_limit
        self.auth = HotmartAuth(
            client_id,
            client_secret,
            basic_header(client_id, client_secret, basic),
            token_url or TOKEN_URL,
            refresh_margin=token_refresh_margin,
            clock=clock,
        )
        install_filters()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, sandbox={self.sandbox})"

    def _http_kwargs(self) -> dict[str, Any]:
        return {"timeout": self.timeout, "headers": {"User-Agent": USER_AGENT}, "follow_redirects": False}

    def _prepare(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation[Any],
        args: Mapping[str, Any],
        extra_query: Mapping[str, Any],
        options: RequestOptions,
    ) -> httpx.Request:
        kwargs = operation.build_request(args, extra_query)
        headers = {"Accept": "application/json", **kwargs.pop("headers", {}), **(options.extra_headers or {})}
        if any(key.lower() == "authorization" for key in headers):
            raise HotmartError("extra_headers may not set Authorization: the client manages the token")
        kwargs["url"] = self.base_url + kwargs["url"]
        timeout = options.timeout if options.timeout is not None else self.timeout
        return http.build_request(**kwargs, headers=headers, timeout=timeout)

    @staticmethod
    def _windows(
        operation: Operation[Any], args: Mapping[str, Any], page_token: str | None, concurrency: int
    ) -> tuple[list[tuple[int, int]], tuple[str, str]]:
        """The windows of a parallel export, and the names of the (start, end) parameters."""
        assert operation.pagination is not None
        names = operation.pagination.window
        if names is None:
            raise InvalidParameterError("concurrency", f"{operation.operation_id} has no time range to split")
        if page_token is not None:
            raise InvalidParameterError("page_token", "a parallel export cannot resume from a single page token")
        start, end = (args.get(name) for name in names)
        low = None if start is None else to_millis(start, names[0])
        high = None if end is None else to_millis(end, names[1])
        return _windows.plan(low, high, concurrency, names), names

    def _max_retries(self, options: RequestOptions) -> int:
        return self.retry_policy.max_retries if options.max_retries is None else options.max_retries

    @staticmethod
    def _finish(operation: Operation[T], response: httpx.Response) -> T:
        if 200 <= response.status_code < 300:
            return operation.parse(response)
        raise status_error(response, retry_after=server_hint(response))

    @staticmethod
    def _connection_error(exc: httpx.TransportError, request: httpx.Request, attempts: int) -> APIConnectionError:
        """The error for a transport failure of `request` or of the token request made for it.
        `exc` is scrubbed, as it is chained as the cause: its request is the token request, URL
        `client_secret` and all, when that is the one that failed."""
        try:
            failed = exc.request
        except RuntimeError:  # a transport that raised without saying for which request
            failed = request
        scrub_transport_error(exc)
        where = f"{failed.method} {failed.url.host}{failed.url.path}"
        if failed is not request:
            where = f"token request {where} (for {request.method} {request.url.path})"
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        reason = type(exc).__name__ + (f": {exc}" if str(exc) else "")
        return kind(f"{where} failed after {attempts} attempt(s): {reason}", request=failed)


class Hotmart(_BaseHotmart, SyncResourceGroups):
    """Synchronous Hotmart client. Thread-safe: share one instance between threads.

    >>> with Hotmart(client_id="...", client_secret="...") as hotmart:
    ...     for sale in hotmart.sales.history_autopaginate(transaction_status="APPROVED"):
    ...         print(sale.purchase.transaction)
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        basic: str | None = None,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(client_id, client_secret, basic, **options)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, **self._http_kwargs())
        self._attach_resources(self)

    def close(self) -> None:
        """Close the connection pool (unless it belongs to an `http_client` you passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def call(
        self,
        operation: Operation[T],
        args: Mapping[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        """Send one operation and return its parsed result (resource methods call this)."""
        options = options or RequestOptions()
        request = self._prepare(self._http, operation, args, extra_query or {}, options)
        response = self._send(request, idempotent=operation.idempotent, max_retries=self._max_retries(options))
        return self._finish(operation, response)

    def paginate(
        self,
        operation: Operation[Any],
        args: Mapping[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> SyncPager[Any]:
        pagination = operation.pagination
        assert pagination is not None
        token_parameter = pagination.token_parameter

        def fetch(token: str | None) -> Any:
            return self.call(operation, {**args, token_parameter: token}, extra_query, options)

        if not concurrency or concurrency <= 1:
            return SyncPager(operation, fetch, page_token=page_token, limit=limit)
        windows, (start, end) = self._windows(operation, args, page_token, concurrency)

        def fetch_window(low: int, high: int, token: str | None) -> Any:
            return self.call(operation, {**args, start: low, end: high, token_parameter: token}, extra_query, options)

        source = functools.partial(_windows.sync_pages, operation, fetch_window, windows, concurrency)
        return SyncPager(operation, fetch, limit=limit, source=source)

    def _send(self, request: httpx.Request, *, idempotent: bool, max_retries: int) -> httpx.Response:
        policy = self.retry_policy
        attempt = 0
        while True:
            if self.rate_limiter is not None:
                self.rate_limiter.acquire()
            started = time.perf_counter()
            try:
                response = self._http.send(request, auth=self.auth)
            except TokenRequestError as exc:
                # The API call itself was not sent, so any call may be retried.
                delay = policy.delay_after_response(exc.response, attempt, True, max_retries)
                if delay is None:
                    raise exc.error from None
            except httpx.TransportError as exc:
                log_request(request, type(exc).__name__, attempt, started)
                delay = policy.delay_after_error(exc, attempt, idempotent, max_retries)
                if delay is None:
                    raise self._connection_error(exc, request, attempt + 1) from exc
            else:
                log_request(request, response.status_code, attempt, started)
                delay = policy.delay_after_response(response, attempt, idempotent, max_retries)
                if delay is None:
                    return response
                response.close()
            time.sleep(delay)
            attempt += 1


class AsyncHotmart(_BaseHotmart, AsyncResourceGroups):
    """Asynchronous Hotmart client, with the same surface as `Hotmart` (methods are awaitable,
    pagers are `async for`). Safe to share between tasks of one event loop."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        basic: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(client_id, client_secret, basic, **options)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, **self._http_kwargs())
        self._attach_resources(self)

    async def close(self) -> None:
        """Close the connection pool (unless it belongs to an `http_client` you passed in)."""
        if self._owns_http:
            await self._http.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def call(
        self,
        operation: Operation[T],
        args: Mapping[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        """Send one operation and return its parsed result (resource methods call this)."""
        options = options or RequestOptions()
        request = self._prepare(self._http, operation, args, extra_query or {}, options)
        response = await self._send(request, idempotent=operation.idempotent, max_retries=self._max_retries(options))
        return self._finish(operation, response)

    def paginate(
        self,
        operation: Operation[Any],
        args: Mapping[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[Any]:
        pagination = operation.pagination
        assert pagination is not None
        token_parameter = pagination.token_parameter

        async def fetch(token: str | None) -> Any:
            return await self.call(operation, {**args, token_parameter: token}, extra_query, options)

        if not concurrency or concurrency <= 1:
            return AsyncPager(operation, fetch, page_token=page_token, limit=limit)
        windows, (start, end) = self._windows(operation, args, page_token, concurrency)

        async def fetch_window(low: int, high: int, token: str | None) -> Any:
            window_args = {**args, start: low, end: high, token_parameter: token}
            return await self.call(operation, window_args, extra_query, options)

        source = functools.partial(_windows.async_pages, operation, fetch_window, windows, concurrency)
        return AsyncPager(operation, fetch, limit=limit, source=source)

    async def _send(self, request: httpx.Request, *, idempotent: bool, max_retries: int) -> httpx.Response:
        policy = self.retry_policy
        attempt = 0
        while True:
            if self.rate_limiter is not None:
                await self.rate_limiter.acquire_async()
            started = time.perf_counter()
            try:
                response = await self._http.send(request, auth=self.auth)
            except TokenRequestError as exc:
                delay = policy.delay_after_response(exc.response, attempt, True, max_retries)
                if delay is None:
                    raise exc.error from None
            except httpx.TransportError as exc:
                log_request(request, type(exc).__name__, attempt, started)
                delay = policy.delay_after_error(exc, attempt, idempotent, max_retries)
                if delay is None:
                    raise self._connection_error(exc, request, attempt + 1) from exc
            else:
                log_request(request, response.status_code, attempt, started)
                delay = policy.delay_after_response(response, attempt, idempotent, max_retries)
                if delay is None:
                    return response
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1
