"""Exceptions raised by hotmart_client.

    HotmartError (hotmart_api.errors)
    ├── ResponseParseError           a model field read later does not have the spec's shape (hotmart_api)
    ├── InvalidParameterError        bad input, raised before any request is sent (also a ValueError)
    ├── APIConnectionError           the request did not get an HTTP answer
    │   └── APITimeoutError
    ├── APIResponseValidationError   a 2xx answer whose body is not what the spec describes
    ├── PaginationError              the API repeated a page token (would loop forever)
    ├── ExportCancelledError         a request of a stopped export was not sent
    └── APIStatusError               any non-2xx answer
        ├── BadRequestError          400
        ├── AuthenticationError      401, and a refused token request
        ├── PermissionDeniedError    403
        ├── NotFoundError            404
        ├── RateLimitError           429
        └── InternalServerError      5xx

Models parse nested fields lazily, on first access: a field whose JSON has the wrong shape raises
`ResponseParseError` (also a ValueError) when it is read; `null` for an optional object reads as
absent.

No credential can be reached from an error: its message, its `request`/`response` attributes, or
the errors chained to it. Whatever a server wrote (an error description, a body, a snippet of it)
is masked before it enters a message or an attribute: a gateway may quote the request, token
request URL (`client_secret`) and Authorization header included. `request` and `response` are
copies made for the error (`safe_request`, `safe_response`): method, URL with credential query
values masked, headers without Authorization, and for a response its status, headers and body,
without httpx's `history` (which holds the token endpoint's answer) or the next request of a
redirect. Transport errors chained as `__cause__` are
scrubbed the same way (`scrub_transport_error`).
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx

# The root of the hierarchy lives in the generated package, so that errors raised there (a model
# field that cannot be parsed) are HotmartErrors too.
from hotmart_api.errors import HotmartError, ResponseParseError

from ._logging import mask, mask_bytes, mask_json

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ExportCancelledError",
    "HotmartError",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
]


class InvalidParameterError(HotmartError, ValueError):
    """An argument was missing, of the wrong type or out of range; nothing was sent."""

    def __init__(self, parameter: str, problem: str) -> None:
        super().__init__(f"{parameter}: {problem}")
        self.parameter = parameter
        self.problem = problem


class APIConnectionError(HotmartError):
    """No HTTP response was received (DNS, refused connection, reset, TLS...)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(mask(message))
        self.request = None if request is None else safe_request(request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class PaginationError(HotmartError):
    """The API returned a page token it had already returned: following it would loop forever."""


class ExportCancelledError(HotmartError):
    """Internal to a stopped export (break, close, Ctrl-C): the request was not sent. Never reaches
    callers of a pager, whose iteration has already ended."""


class APIResponseValidationError(HotmartError):
    """A successful (2xx) response whose body could not be parsed into the documented model.

    `body` holds the raw bytes so nothing the server sent is lost. `malformed` is True when the
    body is not JSON at all (a cut connection, a proxy's page): a read is retried in that case.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: bytes, malformed: bool = False) -> None:
        super().__init__(mask(message))
        self.response = safe_response(response)
        self.status_code = response.status_code
        self.body = mask_bytes(body)
        self.malformed = malformed


class APIStatusError(HotmartError):
    """Hotmart answered with a non-2xx status.

    Attributes: `status_code`, `error` and `error_description` (normalised from either of Hotmart's
    error shapes, `{error, error_description}` or `{code, message, details}`), `details`, `body`
    (the parsed JSON, or None when the body was not JSON, e.g. a proxy's HTML page), `request_id`
    when the response carries one, and the `response` itself.
    """

    def __init__(self, response: httpx.Response, *, message: str | None = None) -> None:
        response = safe_response(response)  # its body masked: every field below comes from it
        self.response = response
        self.status_code = response.status_code
        self.body: Any = mask_json(_json_or_none(response))  # also what JSON escaping hid from the bytes
        fields = self.body if isinstance(self.body, dict) else {}
        self.error: str | None = _text(fields.get("error")) or _text(fields.get("code"))
        self.error_description: str | None = _text(fields.get("error_description")) or _text(fields.get("message"))
        raw_details = fields.get("details")
        self.details: list[str] = [str(d) for d in raw_details] if isinstance(raw_details, list) else []
        self.request_id: str | None = request_id(response)
        super().__init__(mask(message or self._default_message()))

    def _default_message(self) -> str:
        method = self.response.request.method if _has_request(self.response) else ""
        path = self.response.request.url.path if _has_request(self.response) else ""
        what = f"{method} {path} " if method else ""
        reason = self.error_description or self.error or _snippet(self.response)
        message = f"{what}failed with HTTP {self.status_code}: {reason}"
        if self.request_id:
            message += f" (request id {self.request_id})"
        return message


class BadRequestError(APIStatusError):
    """400: a parameter was missing or invalid according to Hotmart."""


class AuthenticationError(APIStatusError):
    """401, or the token endpoint refused the credentials. Check client id, secret and basic."""


class PermissionDeniedError(APIStatusError):
    """403: these credentials may not access the resource."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class RateLimitError(APIStatusError):
    """429 after the retries were used up. `retry_after` is Hotmart's hint in seconds, if any."""

    def __init__(self, response: httpx.Response, *, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(response)


class InternalServerError(APIStatusError):
    """5xx (including a proxy's or CDN's 52x) after the retries were used up."""


_REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "x-amzn-requestid", "cf-ray")

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
}


def request_id(response: httpx.Response) -> str | None:
    """The id the server or a proxy gave the request, when the response carries one."""
    return next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)


def status_error(response: httpx.Response, *, retry_after: float | None = None) -> APIStatusError:
    """The exception for a non-2xx response."""
    if response.status_code == 429:
        return RateLimitError(response, retry_after=retry_after)
    if response.status_code >= 500:
        return InternalServerError(response)
    return _STATUS_ERRORS.get(response.status_code, APIStatusError)(response)


# -- copies without credentials ----------------------------------------------------------------------

_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def safe_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` without credentials: method, URL (credential query values masked, e.g.
    the token request's `client_secret`) and headers minus Authorization and cookies; no body."""
    url = request.url
    if url.query:
        url = url.copy_with(query=mask(url.query.decode("ascii", "replace")).encode("ascii", "replace"))
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in _CREDENTIAL_HEADERS]
    return httpx.Request(request.method, url, headers=headers)


def safe_response(response: httpx.Response, *, body: bool = True, masked: bool = True) -> httpx.Response:
    """A copy of `response` without credentials: status, headers, body (unless `body=False`, for the
    token endpoint's 200; credentials in it masked unless `masked=False`, for an answer handed out
    as data) and `safe_request` of its request. httpx's `history` (the token endpoint's answer,
    earlier 401s with their bearer tokens) and `next_request` are not carried over."""
    try:
        content = (mask_bytes(response.content) if masked else response.content) if body else b""
    except httpx.ResponseNotRead:  # a streamed response nobody read: its body is not known
        content = b""
    headers = plain_headers(response)
    request = safe_request(response.request) if _has_request(response) else None
    extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
    status = response.status_code
    return httpx.Response(status, headers=headers, content=content, request=request, extensions=extensions)


def plain_headers(response: httpx.Response) -> list[tuple[str, str]]:
    """Headers of an already-decoded response, minus those describing the wire encoding."""
    return [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]


def scrub_transport_error(exc: BaseException) -> None:
    """Make an httpx transport error safe to chain as `__cause__`: its `request` becomes
    `safe_request` of it, its message is masked (a transport or proxy may quote the URL, query
    string included), and what it chains and its traceback are dropped: the transport's own
    exceptions and the frames they went through may hold the request too (a mock records every
    call), and their messages are in `exc`'s already."""
    if isinstance(exc, httpx.RequestError):
        with contextlib.suppress(RuntimeError):  # RuntimeError: raised without a request
            exc.request = safe_request(exc.request)
    exc.args = tuple(mask(arg) if isinstance(arg, str) else arg for arg in exc.args)
    exc.__cause__ = exc.__context__ = None
    exc.__suppress_context__ = True
    # Its frames are inside httpx and httpcore, whose local variables hold the request (error
    # trackers record them); the message says what failed, and the new error's traceback where.
    exc.__traceback__ = None


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - property raises when the response was built without one
    except RuntimeError:
        return False
    return True


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _snippet(response: httpx.Response) -> str:
    text = response.content[:200].decode("utf-8", "replace").strip()
    text = " ".join(text.split())
    return text or response.reason_phrase or "no body"
