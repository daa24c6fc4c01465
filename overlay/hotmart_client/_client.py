"""`Hotmart` and `AsyncHotmart`: configuration, the send loop (retries, rate limit, logging), and
the resource groups generated from the spec (`resources/`)."""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import os
import threading
import time
import warnings
from collections.abc import Callable
from functools import cached_property
from types import TracebackType
from typing import Any, NoReturn, Self, TypedDict, TypeVar, Unpack

import httpx

from ._auth import DEFAULT_REFRESH_MARGIN, HotmartAuth, TokenRequestError, basic_header
from ._constants import PRODUCTION_URL, SANDBOX_URL, TOKEN_URL
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ExportCancelledError,
    HotmartError,
    safe_response,
    scrub_transport_error,
    status_error,
)
from ._logging import install_filters, log_request
from ._operation import Operation, RequestOptions
from ._pagination import AsyncPage, AsyncPager, SyncPage, SyncPager
from ._ratelimit import RateLimiter
from ._response import RawResponse, wants_raw
from ._retry import Budget, RetryPolicy, server_hint
from ._types import NOT_GIVEN, NotGiven, Timeout
from .drift import DriftRecorder
from .resources import (
    AsyncClub,
    AsyncCoupons,
    AsyncEvents,
    AsyncHotmartWithRawResponse,
    AsyncNegotiation,
    AsyncProducts,
    AsyncSales,
    AsyncSubscriptions,
    Club,
    Coupons,
    Events,
    HotmartWithRawResponse,
    Negotiation,
    Products,
    Sales,
    Subscriptions,
)

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3
USER_AGENT = "hotmart-client/1.0 (+python-httpx)"


class ClientOptions(TypedDict, total=False):
    """Keyword options shared by `Hotmart` and `AsyncHotmart` (see `_BaseHotmart.__init__`)."""

    sandbox: bool
    base_url: str | None
    token_url: str | None
    timeout: Timeout
    max_retries: int | None
    retry_policy: RetryPolicy | None
    rate_limit: RateLimiter | int | None
    token_refresh_margin: float
    clock: Callable[[], float]
    wall_clock: Callable[[], float]
    drift: DriftRecorder | None


class _BaseHotmart:
    """Everything the sync and async clients share: configuration and request preparation.

    Args:
        client_id, client_secret: the credentials (default: HOTMART_CLIENT_ID / HOTMART_CLIENT_SECRET).
        basic: the dashboard's "Basic ..." value (default: HOTMART_BASIC, else derived from id and secret).
        sandbox: use Hotmart's sandbox host instead of production.
        base_url, token_url: override the hosts (proxies, tests, the mock server).
        timeout: default timeout of every request (seconds, an httpx.Timeout, or None for none);
            per call: `timeout=`.
        max_retries: retries after a transient failure (default 3 for a call; an export's pages get
            a larger, time-bounded budget unless this is given); per call: `max_retries=`.
        retry_policy: backoff settings (RetryPolicy); `max_retries` given here overrides its count.
        rate_limit: a RateLimiter, or requests per minute, shared by every thread/task of this client.
        token_refresh_margin: seconds before expiry at which the token is refreshed (default 300).
        clock: monotonic clock used for token expiry (tests pass a fake one).
        wall_clock: the current time, in seconds since the epoch (default `time.time`): the "now"
            an export pins its open end to and Hotmart's relative defaults (30 days ago) count
            from. The mock's clients get the mock's own clock.
        drift: a `hotmart_client.drift.DriftRecorder` that records what responses hold that the
            spec does not describe (off by default, and then free).
    """

    _owns_http = False

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        basic: str | None = None,
        *,
        sandbox: bool = False,
        base_url: str | None = None,
        token_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limit: RateLimiter | int | None = None,
        token_refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        drift: DriftRecorder | None = None,
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
        self._explicit_max_retries = max_retries is not None
        self.rate_limiter = RateLimiter(rate_limit) if isinstance(rate_limit, int) else rate_limit
        if drift is not None and not isinstance(drift, DriftRecorder):
            raise TypeError(f"drift must be a hotmart_client.drift.DriftRecorder, not {type(drift).__name__}")
        self.drift = drift
        self.wall_clock = wall_clock
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

    def with_options(self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN) -> Self:
        """A copy with other defaults that shares this client's connection pool, token and rate
        limiter (closing the copy leaves them open; close the original)."""
        clone = copy.copy(self)
        for cached in ("with_raw_response", *_GROUPS):
            clone.__dict__.pop(cached, None)  # bound to the original
        clone._owns_http = False
        if not isinstance(timeout, NotGiven):
            clone.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            if max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            clone.retry_policy = dataclasses.replace(self.retry_policy, max_retries=max_retries)
            clone._explicit_max_retries = True
        return clone

    def _now_millis(self) -> int:
        """The current time in epoch milliseconds, on this client's wall clock."""
        return int(self.wall_clock() * 1000)

    def _http_kwargs(self) -> dict[str, Any]:
        return {"timeout": self.timeout, "headers": {"User-Agent": USER_AGENT}, "follow_redirects": False}

    def _prepare(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions,
    ) -> httpx.Request:
        kwargs = operation.build_request(args, options, now=self._now_millis())
        headers = {"Accept": "application/json", **kwargs.pop("headers", {}), **(options.extra_headers or {})}
        if any(key.lower() == "authorization" for key in headers):
            raise HotmartError("extra_headers may not set Authorization: the client manages the token")
        kwargs["url"] = self.base_url + kwargs["url"]
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        return http.build_request(**kwargs, headers=headers, timeout=timeout)

    def _budget(self, options: RequestOptions, *, page: bool) -> Budget:
        if not isinstance(options.max_retries, NotGiven):
            if options.max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            return Budget(options.max_retries)
        policy = self.retry_policy
        if page and not self._explicit_max_retries:
            retries = max(policy.max_retries, policy.page_max_retries)
            return Budget(retries, time.monotonic() + policy.page_budget)
        return Budget(policy.max_retries)

    def _retry_response(self, response: httpx.Response, attempt: int, idempotent: bool, budget: Budget) -> float | None:
        delay = self.retry_policy.delay_after_response(response, attempt, idempotent, budget.retries)
        return budget.allows(attempt, delay)

    def _retry_error(self, exc: Exception, attempt: int, idempotent: bool, budget: Budget) -> float | None:
        return budget.allows(attempt, self.retry_policy.delay_after_error(exc, attempt, idempotent, budget.retries))

    def _retry_body(
        self, exc: APIResponseValidationError, attempt: int, idempotent: bool, budget: Budget
    ) -> float | None:
        """A 2xx whose body is not JSON (a cut connection, a proxy's page): a read may try again."""
        if not (exc.malformed and idempotent):
            return None
        return budget.allows(attempt, self.retry_policy.backoff(attempt))

    def _parse(self, operation: Operation[T], response: httpx.Response) -> T:
        """The model of a 2xx response (see Operation.parse), recorded by the drift recorder if any."""
        result = operation.parse(response)
        if self.drift is not None:
            self.drift._response(operation, response, result)
        return result

    @staticmethod
    def _raise_status(response: httpx.Response) -> NoReturn:
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

    def _warn_unclosed(self) -> None:
        http = getattr(self, "_http", None)
        if self._owns_http and http is not None and not http.is_closed:
            warnings.warn(
                f"{self!r} was never closed: use it in a `with` block or call close()",
                ResourceWarning,
                stacklevel=2,
            )


_GROUPS = ("club", "coupons", "events", "negotiation", "products", "sales", "subscriptions")


class Hotmart(_BaseHotmart):
    """Synchronous Hotmart client. Thread-safe: share one instance between threads.

    >>> with Hotmart(client_id="...", client_secret="...") as hotmart:
    ...     for sale in hotmart.sales.history(transaction_status="APPROVED"):
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

    # -- resource groups (one per tag of the spec; tests check the list against it) -------------

    @cached_property
    def club(self) -> Club:
        return Club(self)

    @cached_property
    def coupons(self) -> Coupons:
        return Coupons(self)

    @cached_property
    def events(self) -> Events:
        return Events(self)

    @cached_property
    def negotiation(self) -> Negotiation:
        return Negotiation(self)

    @cached_property
    def products(self) -> Products:
        return Products(self)

    @cached_property
    def sales(self) -> Sales:
        return Sales(self)

    @cached_property
    def subscriptions(self) -> Subscriptions:
        return Subscriptions(self)

    @cached_property
    def with_raw_response(self) -> HotmartWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`): status, headers, `.parse()`."""
        return HotmartWithRawResponse(self)

    # -- lifecycle ------------------------------------------------------------------------------

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

    def __del__(self) -> None:
        self._warn_unclosed()

    # -- what the generated resources call --------------------------------------------------------

    def _call(self, operation: Operation[T], args: dict[str, Any], options: RequestOptions) -> T:
        """Send one operation and return its parsed result (a `RawResponse` under with_raw_response)."""
        request = self._prepare(self._http, operation, args, options)
        budget = self._budget(options, page=False)
        if wants_raw():
            response = _handed_out(self._send(operation, request, budget, 0, None)[0])
            return RawResponse(response, lambda: self._parse(operation, response))  # type: ignore[return-value]
        return self._execute(operation, request, budget, None)

    def _list(self, operation: Operation[Any], args: dict[str, Any], options: RequestOptions) -> SyncPage[Any]:
        """The page `args` ask for, as a `SyncPage` (iterating it walks the rest of the listing)."""
        assert operation.pagination is not None
        token = args.get(operation.pagination.token_parameter)
        if wants_raw():
            raw: RawResponse[Any] = self._call(operation, args, options)
            return RawResponse(  # type: ignore[return-value]
                raw.http_response, lambda: SyncPage(self, operation, args, options, model=raw.parse(), page_token=token)
            )
        model = self._call(operation, args, options)
        return SyncPage(self, operation, args, options, model=model, page_token=token)

    def _export(
        self,
        operation: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions,
        *,
        limit: int | None,
        resume: str | None,
        concurrency: int | None,
    ) -> SyncPager[Any]:
        return SyncPager(self, operation, args, options, limit=limit, resume=resume, concurrency=concurrency)

    def _fetch_page(
        self, operation: Operation[T], args: dict[str, Any], options: RequestOptions, stop: threading.Event
    ) -> T:
        """One page of an export: the page retry budget; stops when `stop` is set."""
        request = self._prepare(self._http, operation, args, options)
        return self._execute(operation, request, self._budget(options, page=True), stop)

    # -- the send loop ----------------------------------------------------------------------------

    def _execute(
        self, operation: Operation[T], request: httpx.Request, budget: Budget, stop: threading.Event | None
    ) -> T:
        attempt = 0
        while True:
            response, attempt = self._send(operation, request, budget, attempt, stop)
            try:
                return self._parse(operation, response)
            except APIResponseValidationError as exc:
                if (delay := self._retry_body(exc, attempt, operation.idempotent, budget)) is None:
                    raise
                _sleep(delay, stop)
            attempt += 1

    def _send(
        self,
        operation: Operation[Any],
        request: httpx.Request,
        budget: Budget,
        attempt: int,
        stop: threading.Event | None,
    ) -> tuple[httpx.Response, int]:
        """Send until a 2xx (returned with the attempt number) or a final failure (raised)."""
        idempotent = operation.idempotent
        while True:
            if stop is not None and stop.is_set():
                raise ExportCancelledError("the export was stopped")
            if self.rate_limiter is not None:
                _sleep(self.rate_limiter.reserve(), stop)
            started = time.perf_counter()
            try:
                response = self._http.send(request, auth=self.auth)
            except TokenRequestError as exc:
                # The API call itself was not sent, so any call may be retried.
                delay = self._retry_response(exc.response, attempt, True, budget)
                if delay is None:
                    raise exc.error from None
            except httpx.TransportError as exc:
                log_request(request, type(exc).__name__, attempt, started)
                delay = self._retry_error(exc, attempt, idempotent, budget)
                if delay is None:
                    raise self._connection_error(exc, request, attempt + 1) from exc
            else:
                log_request(request, response.status_code, attempt, started)
                if self.drift is not None:
                    self.drift._status(operation, response)
                if response.is_success:
                    return response, attempt
                delay = self._retry_response(response, attempt, idempotent, budget)
                if delay is None:
                    self._raise_status(response)
                response.close()
            _sleep(delay, stop)
            attempt += 1


class AsyncHotmart(_BaseHotmart):
    """Asynchronous Hotmart client, with the same surface as `Hotmart` (methods are awaitable,
    listings iterate with `async for`). Safe to share between tasks."""

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

    # -- resource groups (one per tag of the spec; tests check the list against it) -------------

    @cached_property
    def club(self) -> AsyncClub:
        return AsyncClub(self)

    @cached_property
    def coupons(self) -> AsyncCoupons:
        return AsyncCoupons(self)

    @cached_property
    def events(self) -> AsyncEvents:
        return AsyncEvents(self)

    @cached_property
    def negotiation(self) -> AsyncNegotiation:
        return AsyncNegotiation(self)

    @cached_property
    def products(self) -> AsyncProducts:
        return AsyncProducts(self)

    @cached_property
    def sales(self) -> AsyncSales:
        return AsyncSales(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        return AsyncSubscriptions(self)

    @cached_property
    def with_raw_response(self) -> AsyncHotmartWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`): status, headers, `.parse()`."""
        return AsyncHotmartWithRawResponse(self)

    # -- lifecycle ------------------------------------------------------------------------------

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

    def __del__(self) -> None:
        self._warn_unclosed()

    # -- what the generated resources call --------------------------------------------------------

    async def _call(self, operation: Operation[T], args: dict[str, Any], options: RequestOptions) -> T:
        """Send one operation and return its parsed result (a `RawResponse` under with_raw_response)."""
        request = self._prepare(self._http, operation, args, options)
        budget = self._budget(options, page=False)
        if wants_raw():
            response = _handed_out((await self._send(operation, request, budget, 0))[0])
            return RawResponse(response, lambda: self._parse(operation, response))  # type: ignore[return-value]
        return await self._execute(operation, request, budget)

    async def _list(self, operation: Operation[Any], args: dict[str, Any], options: RequestOptions) -> AsyncPage[Any]:
        assert operation.pagination is not None
        token = args.get(operation.pagination.token_parameter)
        if wants_raw():
            raw: RawResponse[Any] = await self._call(operation, args, options)
            return RawResponse(  # type: ignore[return-value]
                raw.http_response,
                lambda: AsyncPage(self, operation, args, options, model=raw.parse(), page_token=token),
            )
        model = await self._call(operation, args, options)
        return AsyncPage(self, operation, args, options, model=model, page_token=token)

    def _export(
        self,
        operation: Operation[Any],
        args: dict[str, Any],
        options: RequestOptions,
        *,
        limit: int | None,
        resume: str | None,
        concurrency: int | None,
    ) -> AsyncPager[Any]:
        return AsyncPager(self, operation, args, options, limit=limit, resume=resume, concurrency=concurrency)

    async def _fetch_page(self, operation: Operation[T], args: dict[str, Any], options: RequestOptions) -> T:
        request = self._prepare(self._http, operation, args, options)
        return await self._execute(operation, request, self._budget(options, page=True))

    async def _execute(self, operation: Operation[T], request: httpx.Request, budget: Budget) -> T:
        attempt = 0
        while True:
            response, attempt = await self._send(operation, request, budget, attempt)
            try:
                return self._parse(operation, response)
            except APIResponseValidationError as exc:
                if (delay := self._retry_body(exc, attempt, operation.idempotent, budget)) is None:
                    raise
                await asyncio.sleep(delay)
            attempt += 1

    async def _send(
        self, operation: Operation[Any], request: httpx.Request, budget: Budget, attempt: int
    ) -> tuple[httpx.Response, int]:
        idempotent = operation.idempotent
        while True:
            if self.rate_limiter is not None and (wait := self.rate_limiter.reserve()) > 0:
                await asyncio.sleep(wait)
            started = time.perf_counter()
            try:
                response = await self._http.send(request, auth=self.auth)
            except TokenRequestError as exc:
                delay = self._retry_response(exc.response, attempt, True, budget)
                if delay is None:
                    raise exc.error from None
            except httpx.TransportError as exc:
                log_request(request, type(exc).__name__, attempt, started)
                delay = self._retry_error(exc, attempt, idempotent, budget)
                if delay is None:
                    raise self._connection_error(exc, request, attempt + 1) from exc
            else:
                log_request(request, response.status_code, attempt, started)
                if self.drift is not None:
                    self.drift._status(operation, response)
                if response.is_success:
                    return response, attempt
                delay = self._retry_response(response, attempt, idempotent, budget)
                if delay is None:
                    self._raise_status(response)
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1


def _handed_out(response: httpx.Response) -> httpx.Response:
    """What `with_raw_response` hands out: the response as a copy without credentials. httpx's
    `history` holds the token endpoint's answer (the access token in its body, `client_secret` in
    its URL) and the request carries the bearer token; the copy has neither (see `safe_response`).
    Its body is the API's answer, as it came."""
    handed = safe_response(response, masked=False)
    handed.elapsed = response.elapsed
    return handed


def _sleep(seconds: float, stop: threading.Event | None) -> None:
    """Sleep, or less if `stop` is set meanwhile (then raise: the export was stopped)."""
    if seconds <= 0:
        return
    if stop is None:
        time.sleep(seconds)
    elif stop.wait(seconds):
        raise ExportCancelledError("the export was stopped")
