"""Receive Hotmart webhooks (postback v2): verify the token, parse the event into its model.

    from hotmart_client import webhooks

    event = webhooks.parse(request_body, request_headers, hottok=HOTTOK)  # raises WebhookError
    if event.event == "PURCHASE_APPROVED":
        grant_access(event.data.buyer.email)

Idempotency: Hotmart delivers again an event it considers not received (no 2xx in time), so the
same event can arrive more than once. `event.id` is the same on every delivery of one event:
record it (a unique key in your database) and skip ids you have already handled. Answer 200 as
soon as the event is stored and do slow work afterwards. Events of one purchase can arrive out of
order; `event.created_at` tells when each happened.

`build_delivery` and `send_webhook` produce a signed delivery from the spec's example of an event,
to test a receiver offline.
"""

from __future__ import annotations

import copy
import hmac
import importlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import httpx

from hotmart_api.types import to_datetime  # re-exported: one implementation, also hotmart_client.to_datetime

from ._errors import HotmartError, InvalidParameterError
from ._webhook_events import EVENT_MODELS, EXAMPLES, HOTTOK_HEADER

__all__ = [
    "EVENT_NAMES",
    "HOTTOK_HEADER",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "build_delivery",
    "parse",
    "send_webhook",
    "to_datetime",
]

EVENT_NAMES: tuple[str, ...] = tuple(EVENT_MODELS)
"""The events the spec documents (and `parse` turns into models)."""


class WebhookError(HotmartError):
    """A webhook delivery was refused. Answer it with a 4xx; never process it."""


class WebhookVerificationError(WebhookError):
    """The token is missing or wrong: the request may not come from Hotmart (answer 401)."""


class WebhookPayloadError(WebhookError):
    """The body is not a postback v2 event: not UTF-8 JSON, not an object, or a field of the wrong
    type (answer 400). `body` holds what was received."""

    def __init__(self, message: str, *, body: bytes | str) -> None:
        super().__init__(message)
        self.body = body


class SupportsHeaderItems(Protocol):
    """Any header container with `items()`: a dict, Starlette's or Werkzeug's `Headers`..."""

    def items(self) -> Iterable[tuple[str, str]]: ...


@dataclass(frozen=True)
class WebhookEvent:
    """One verified delivery.

    `data` is the generated model of the event's `data` (e.g. `PurchaseEventData` for the purchase
    events) when the event is one the spec documents (`is_known`), else the raw `data` dict.
    `raw` is the whole body as parsed JSON, unknown fields included.
    """

    id: str
    """Unique id of the event, repeated on every retry of its delivery: deduplicate on it."""
    event: str
    creation_date: int
    """When the event happened, in Unix epoch milliseconds (UTC)."""
    created_at: datetime
    """`creation_date` as an aware UTC datetime."""
    version: str | None
    data: Any = field(repr=False)
    raw: dict[str, Any] = field(repr=False)
    is_known: bool


def parse(
    body: bytes | str,
    headers: Mapping[str, str] | SupportsHeaderItems,
    *,
    hottok: str,
    allow_body_hottok: bool = False,
) -> WebhookEvent:
    """Verify a delivery's token and parse its JSON body.

    The `X-HOTMART-HOTTOK` header (name matched case-insensitively) is compared with `hottok` in
    constant time before the body is read. `allow_body_hottok=True` also accepts, only when the
    header is absent, a `hottok` field in the body (top level or `data.purchase.hottok`, as older
    payloads carry it). It is off by default: the body is parsed before the sender is known, and a
    token inside the body travels with the payload into every log, queue and database it is
    stored in, where anyone who reads it can forge deliveries.

    Raises `WebhookVerificationError` (missing or wrong token) or `WebhookPayloadError` (malformed
    body); nothing else for any input.
    """
    if not isinstance(hottok, str) or not hottok:
        raise InvalidParameterError("hottok", "must be the non-empty webhook token of your account")
    received = _header(headers, HOTTOK_HEADER)
    if received is None and not allow_body_hottok:
        raise WebhookVerificationError(f"missing {HOTTOK_HEADER} header")
    if received is not None:
        _check_token(received, hottok, f"{HOTTOK_HEADER} header")
    raw = _load(body)
    if received is None:
        in_body = _body_hottok(raw)
        if in_body is None:
            raise WebhookVerificationError(f"missing {HOTTOK_HEADER} header and no hottok in the body")
        _check_token(in_body, hottok, "hottok in the body")
    return _event(raw, body)


def build_delivery(
    event_name: str,
    hottok: str,
    *,
    data_overrides: Mapping[str, Any] | None = None,
    event_id: str | None = None,
    creation_date: int | None = None,
) -> tuple[dict[str, str], bytes]:
    """(headers, body) of a delivery of `event_name` as Hotmart sends it, from the spec's example.

    `data_overrides` is merged into the example's `data` (nested dicts merged key by key). The
    event gets a fresh id and the current time unless `event_id`/`creation_date` are given: pass
    the same `event_id` twice to simulate a retried delivery.
    """
    if event_name not in EXAMPLES:
        raise InvalidParameterError("event_name", f"unknown event {event_name!r}; known: {', '.join(EVENT_NAMES)}")
    payload = copy.deepcopy(EXAMPLES[event_name])
    payload["id"] = event_id or str(uuid.uuid4())
    payload["creation_date"] = creation_date if creation_date is not None else int(datetime.now(UTC).timestamp() * 1000)
    _merge(payload["data"], data_overrides or {})
    headers = {"Content-Type": "application/json", HOTTOK_HEADER: hottok}
    return headers, json.dumps(payload, ensure_ascii=False).encode("utf-8")


def send_webhook(
    url: str,
    event_name: str,
    hottok: str,
    *,
    data_overrides: Mapping[str, Any] | None = None,
    event_id: str | None = None,
    timeout: float = 10.0,
    http_client: httpx.Client | None = None,
) -> httpx.Response:
    """POST a `build_delivery` to `url` and return the receiver's response (any status; a
    connection failure raises httpx's error). A given `http_client` keeps its own timeout."""
    headers, body = build_delivery(event_name, hottok, data_overrides=data_overrides, event_id=event_id)
    if http_client is not None:
        return http_client.post(url, content=body, headers=headers)
    with httpx.Client(timeout=timeout) as client:
        return client.post(url, content=body, headers=headers)


def _header(headers: Mapping[str, str] | SupportsHeaderItems, name: str) -> str | None:
    values = {value for key, value in headers.items() if key.lower() == name.lower()}
    if len(values) > 1:
        raise WebhookVerificationError(f"conflicting {name} headers")
    return values.pop() if values else None


def _check_token(received: object, expected: str, where: str) -> None:
    if not isinstance(received, str):
        raise WebhookVerificationError(f"{where} is not a string")
    if not hmac.compare_digest(received.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")):
        raise WebhookVerificationError(f"{where} does not match the expected token")


def _body_hottok(raw: dict[str, Any]) -> object:
    if "hottok" in raw:
        return raw["hottok"]
    data = raw.get("data")
    purchase = data.get("purchase") if isinstance(data, dict) else None
    return purchase.get("hottok") if isinstance(purchase, dict) else None


def _load(body: bytes | str) -> dict[str, Any]:
    if not isinstance(body, bytes | str):
        raise WebhookPayloadError(f"body must be bytes or str, not {type(body).__name__}", body=repr(body))
    try:
        raw = json.loads(body.decode("utf-8-sig") if isinstance(body, bytes) else body)
    except UnicodeDecodeError as exc:
        raise WebhookPayloadError(f"body is not UTF-8: {exc.reason} at byte {exc.start}", body=body) from None
    except (ValueError, RecursionError) as exc:
        raise WebhookPayloadError(f"body is not JSON: {exc}", body=body) from None
    if not isinstance(raw, dict):
        raise WebhookPayloadError(f"body must be a JSON object, not {type(raw).__name__}", body=body)
    return raw


def _event(raw: dict[str, Any], body: bytes | str) -> WebhookEvent:
    name, event_id, created, version, data = (raw.get(k) for k in ("event", "id", "creation_date", "version", "data"))
    checks = {
        "`event` must be a non-empty string": isinstance(name, str) and name,
        "`id` must be a non-empty string": isinstance(event_id, str) and event_id,
        "`creation_date` must be an integer (epoch milliseconds)": type(created) is int,
        "`version` must be a string": version is None or isinstance(version, str),
        "`data` must be an object": isinstance(data, dict),
    }
    if problems := [problem for problem, ok in checks.items() if not ok]:
        raise WebhookPayloadError("; ".join(problems), body=body)
    assert isinstance(name, str) and isinstance(event_id, str) and isinstance(created, int)
    try:
        created_at = to_datetime(created)
    except ValueError:
        raise WebhookPayloadError(f"`creation_date` out of range: {created}", body=body) from None
    model_data: Any = data
    if name in EVENT_MODELS:
        module, class_name = EVENT_MODELS[name]
        model = getattr(importlib.import_module(module), class_name)
        try:
            envelope = model.from_dict(raw)
            envelope.to_dict()  # models may parse fields on first access: parse them all now
            model_data = envelope.data
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise WebhookPayloadError(f"{name} payload does not match {class_name}: {exc!r}", body=body) from None
    return WebhookEvent(event_id, name, created, created_at, version, model_data, raw, name in EVENT_MODELS)


def _merge(target: dict[str, Any], overrides: Mapping[str, Any]) -> None:
    for key, value in overrides.items():
        if isinstance(value, Mapping) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)
