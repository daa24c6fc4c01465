"""Sending what a verification asks for, through the client, synchronously or with asyncio.

The verification itself (`_walk`) is a generator that yields a `Call` and receives its `Answer`,
so it never touches the network: `drive` and `adrive` are its only sync and async parts. Each call
goes through the client's own send loop (retries, rate limiter, token refresh, drift recorder)
and comes back as the HTTP answer (status, headers, JSON body) with the typed model read from it.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from .._client import AsyncHotmart, Hotmart
from .._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    InvalidParameterError,
)
from .._operation import RequestOptions
from .._response import RawResponse, to_async_raw_response, to_raw_response
from ..resources import OPERATIONS

R = TypeVar("R")
NO_BODY: Any = object()  # an answer without a body
NOT_JSON: Any = object()  # an answer whose body is not JSON


@dataclass(frozen=True)
class Call:
    """One request: the operation, its arguments and why (`purpose` never holds an id's value)."""

    operation_id: str
    args: Mapping[str, Any]
    purpose: str
    guessed: bool = False  # an argument was guessed (matched by name): a refusal is no disagreement


@dataclass
class Answer:
    """What came back: the HTTP status (None: no answer), headers, JSON body, typed model, and
    `failure`, a description without any value from the request or the answer."""

    status: int | None
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: Any = NO_BODY
    model: Any = None
    failure: str | None = None
    error_code: str | None = None  # Hotmart's error code of a non-2xx answer, when it looks like one

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300 and self.failure is None

    @property
    def content_type(self) -> str:
        return str(self.headers.get("content-type", "")).split(";")[0].strip().lower()


Walk = Generator[Call, Answer, R]


def drive(client: Hotmart, walk: Walk[R]) -> R:
    """Run `walk`, sending each call with `client`; return what the walk returns."""
    try:
        call = next(walk)
        while True:
            call = walk.send(send(client, call))
    except StopIteration as done:
        result: R = done.value
        return result


async def adrive(client: AsyncHotmart, walk: Walk[R]) -> R:
    """`drive` with an `AsyncHotmart`."""
    try:
        call = next(walk)
        while True:
            call = walk.send(await asend(client, call))
    except StopIteration as done:
        result: R = done.value
        return result


def send(client: Hotmart, call: Call) -> Answer:
    operation = OPERATIONS[call.operation_id]
    try:
        raw: RawResponse[Any] = to_raw_response(client._call)(operation, dict(call.args), RequestOptions())
    except Exception as exc:  # every outcome is an answer; _failed re-raises the rest
        return _failed(exc)
    return _answer(raw)


async def asend(client: AsyncHotmart, call: Call) -> Answer:
    operation = OPERATIONS[call.operation_id]
    try:
        raw: RawResponse[Any] = await to_async_raw_response(client._call)(operation, dict(call.args), RequestOptions())
    except Exception as exc:  # see send
        return _failed(exc)
    return _answer(raw)


def _answer(raw: RawResponse[Any]) -> Answer:
    response = raw.http_response
    answer = Answer(response.status_code, response.headers, _json(response))
    try:
        answer.model = raw.parse()  # the drift recorder checks the body here
    except APIResponseValidationError:
        answer.failure = "the body cannot be read as the spec's model"
    return answer


def _failed(exc: Exception) -> Answer:
    if isinstance(exc, AuthenticationError):
        raise exc  # the credentials were refused: nothing else can be verified
    if isinstance(exc, APIStatusError):
        response = exc.response
        code = exc.error if isinstance(exc.error, str) and _looks_like_code(exc.error) else None
        return Answer(response.status_code, response.headers, _json(response), error_code=code)
    if isinstance(exc, APIConnectionError):
        return Answer(None, failure=f"no answer ({type(exc).__name__})")
    if isinstance(exc, InvalidParameterError):
        return Answer(None, failure=f"not sent: the value of {exc.parameter} was refused by the client")
    raise exc


def _looks_like_code(text: str) -> bool:
    """Hotmart's error codes (`invalid_parameter`, `SUBSCRIPTION_IN_TRIAL`): kept in the report,
    unlike free text, which may quote what was sent."""
    return 0 < len(text) <= 60 and all(c.isalnum() or c in "_.-" for c in text)


def _json(response: httpx.Response) -> Any:
    if not response.content.strip():
        return NO_BODY
    try:
        return json.loads(response.content)
    except ValueError:
        return NOT_JSON
