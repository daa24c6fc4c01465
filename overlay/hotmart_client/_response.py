"""Raw responses: `hotmart.with_raw_response.<area>.<method>(...)` returns the HTTP response
(status, headers such as `RateLimit-Remaining` and the request id) and parses on demand.

The wrappers take any resource method and keep its exact signature for type checkers
(ParamSpec), so the raw surface is the typed surface, with a different return type. They work
by marking the call's context; the client's send step sees the mark and hands back the response
instead of the parsed model. Errors are raised as usual (a 4xx/5xx is never returned raw).
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Generic, ParamSpec, TypeVar, cast

import httpx

from ._errors import request_id

P = ParamSpec("P")
R = TypeVar("R")

_RAW = contextvars.ContextVar("hotmart_raw_response", default=False)


def wants_raw() -> bool:
    """True inside a `with_raw_response` call."""
    return _RAW.get()


class RawResponse(Generic[R]):
    """The HTTP response of one call. `parse()` gives what the method returns normally."""

    def __init__(self, response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id(self.http_response)

    @property
    def rate_limit_remaining(self) -> int | None:
        """Hotmart's `RateLimit-Remaining` header: requests left in the current window."""
        value = self.http_response.headers.get("ratelimit-remaining")
        return int(value) if value is not None and value.strip().isdigit() else None

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> R:
        """The parsed result (computed once)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code}>"


def to_raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`method` with the same parameters, returning the `RawResponse`."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        mark = _RAW.set(True)
        try:
            return cast(RawResponse[R], method(*args, **kwargs))
        finally:
            _RAW.reset(mark)

    return wrapped


def to_async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of `to_raw_response`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        mark = _RAW.set(True)
        try:
            return cast(RawResponse[R], await method(*args, **kwargs))
        finally:
            _RAW.reset(mark)

    return wrapped


__all__ = ["RawResponse", "to_async_raw_response", "to_raw_response", "wants_raw"]
