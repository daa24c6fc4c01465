"""Receive Hotmart webhooks (postback v2): verify the token, parse the event into its model.

    from hotmart_client import webhooks

    event = webhooks.parse(request_body, request_headers, hottok=HOTTOK)  # raises WebhookError
    if event.problems:
        log.warning("Hotmart sent what the spec does not describe: %s", event.problems)
    if event.event == "PURCHASE_APPROVED":
        grant_access(event.data.buyer.email)  # a type checker knows data is a PurchaseEventData

Once its token verifies, a delivery is never refused for its shape: envelope variants are
normalised, and a nested field of an unexpected type raises `ResponseParseError` when it is read,
not when the event is parsed. `event.problems` lists everything the spec did not predict. Only a
body that is not a JSON object, has no event name, or is ambiguous (`event` or `id` given twice)
is refused (`WebhookPayloadError`).

Idempotency: Hotmart delivers again an event it considers not received (no 2xx in time), so the
same event can arrive more than once. `event.id` is the same on every delivery of one event:
record it (a unique key in your database) and skip ids you have already handled. Answer 200 as
soon as the event is stored and do slow work afterwards. Events of one purchase can arrive out of
order; `event.created_at` tells when each happened.

`build_delivery` and `send_webhook` produce a signed delivery from the spec's example of an event,
to test a receiver offline. A purchase event carries the status its deliveries carry
(`PURCHASE_REFUNDED`: `REFUNDED`; the spec's `x-hotmart-purchase-status`), not the documented
examples' `STARTED`, unless `documented_example=True`.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import importlib
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

import httpx

# pyright reads `__all__ += _webhook_events.__all__` (the generated classes' names) only when the
# module is imported this way, not with `from . import _webhook_events` (the classes would then
# be private to it: "not exported from module").
import hotmart_client._webhook_events as _webhook_events  # noqa: PLR0402
from hotmart_api.types import to_datetime  # one to_datetime

from ._drift import Finding, json_type, message_type, walk
from ._errors import HotmartError, InvalidParameterError
from ._webhook_event import (
    KnownWebhookEvent,
    UnknownEventName,
    UnknownWebhookEvent,
    WebhookEventBase,
    WebhookProblem,
)
from ._webhook_events import *  # noqa: F403 - the generated event classes, listed in its __all__
from ._webhook_events import EVENT_CLASSES, EXAMPLES, HOTTOK_HEADER, PURCHASE_STATUS, WebhookEvent
from .drift import DriftRecorder

__all__ = [
    "EVENT_NAMES",
    "HOTTOK_HEADER",
    "KnownWebhookEvent",
    "UnknownEventName",
    "UnknownWebhookEvent",
    "WebhookError",
    "WebhookEvent",
    "WebhookEventBase",
    "WebhookPayloadError",
    "WebhookProblem",
    "WebhookVerificationError",
    "build_delivery",
    "example_delivery",
    "parse",
    "send_webhook",
    "to_datetime",
]
__all__ += _webhook_events.__all__  # the generated event classes

EVENT_NAMES: tuple[str, ...] = tuple(EVENT_CLASSES)
"""The events the spec documents (and `parse` turns into models)."""

# The envelope keys the pages document, plus the token some deliveries repeat in the body.
_ENVELOPE = frozenset({"id", "creation_date", "event", "version", "data", "hottok"})
_VARIANTS = frozenset({"creationDate"})  # read by _creation_date


class WebhookError(HotmartError):
    """A webhook delivery was refused. Answer it with a 4xx; never process it."""


class WebhookVerificationError(WebhookError):
    """The token is missing or wrong: the request may not come from Hotmart (answer 401)."""


class WebhookPayloadError(WebhookError):
    """The body is not an event at all: not UTF-8 JSON, not an object, or without an event name
    (answer 400). `body` holds what was received."""

    def __init__(self, message: str, *, body: bytes | str) -> None:
        super().__init__(message)
        self.body = body


class SupportsHeaderItems(Protocol):
    """Any header container with `items()`: a dict, Starlette's or Werkzeug's `Headers`..."""

    def items(self) -> Iterable[tuple[str, str]]: ...


Headers = Mapping[str, str] | SupportsHeaderItems | Iterable[tuple[str, str]]
"""A mapping, an object with `items()`, or (name, value) pairs (e.g. ASGI's raw byte headers)."""


def parse(
    body: bytes | str,
    headers: Headers,
    *,
    hottok: str,
    allow_body_hottok: bool = False,
    drift: DriftRecorder | None = None,
) -> WebhookEvent:
    """Verify a delivery's token and parse its JSON body.

    The `X-HOTMART-HOTTOK` header (name matched case-insensitively) is compared with `hottok` in
    constant time before the body is read. `allow_body_hottok=True` also accepts, only when the
    header is absent, a `hottok` field in the body (top level or `data.purchase.hottok`, as older
    payloads carry it). It is off by default: the body is parsed before the sender is known, and a
    token inside the body travels with the payload into every log, queue and database it is
    stored in, where anyone who reads it can forge deliveries.

    Once verified, the envelope is normalised rather than refused: `creationDate` (camelCase, as
    Hotmart's CLUB_FIRST_ACCESS deliveries have it) or a `creation_date` sent as a string of
    digits or an ISO date-time are read as `creation_date`; a missing or unreadable one becomes
    the time of receipt; a missing `id` becomes one derived from the body (`body-sha256:...`, the
    same for an identical redelivery); a missing `version` is None. Each of these is listed in
    `event.problems` (except `creationDate` for CLUB_FIRST_ACCESS, which the spec declares), with
    every field of `data` the spec does not describe or cannot read.

    `drift`: a `hotmart_client.drift.DriftRecorder` that records the problems of each verified
    delivery, by event and place, without their values (see `hotmart spec drift`).

    Raises `WebhookVerificationError` (missing, wrong or repeated token) or `WebhookPayloadError`
    (the body is not a JSON object, has no event name, or gives `event` or `id` twice); nothing
    else for any input.
    """
    if not isinstance(hottok, str) or not hottok:
        raise InvalidParameterError("hottok", "must be the non-empty webhook token of your account")
    if drift is not None and not isinstance(drift, DriftRecorder):
        raise InvalidParameterError("drift", f"must be a DriftRecorder, not {type(drift).__name__}")
    received = _header(headers, HOTTOK_HEADER)
    if received is None and not allow_body_hottok:
        raise WebhookVerificationError(f"missing {HOTTOK_HEADER} header")
    if received is not None:
        _check_token(received, hottok, f"{HOTTOK_HEADER} header")
    raw, twice = _load(body)
    if received is None:
        if twice.get("hottok"):
            raise WebhookVerificationError("the body gives `hottok` twice: which token it carries is ambiguous")
        in_body = _body_hottok(raw)
        if in_body is None:
            raise WebhookVerificationError(f"missing {HOTTOK_HEADER} header and no hottok in the body")
        _check_token(in_body, hottok, "hottok in the body")
    for key in ("event", "id"):
        if twice.get(key):
            raise WebhookPayloadError(f"the body gives `{key}` twice: which {key} it is is ambiguous", body=body)
    return _event(raw, body, drift)


def example_delivery(event_name: str, *, documented_example: bool = False) -> dict[str, Any]:
    """A new copy of the payload `build_delivery` starts from: the spec's example of `event_name`.

    A purchase event's `data.purchase.status` is the status its deliveries carry (REFUNDED for
    PURCHASE_REFUNDED...: the spec's `x-hotmart-purchase-status`), not the STARTED of Hotmart's
    documented examples, which a receiver never sees for these events. `documented_example=True`
    keeps the documented example as it is.
    """
    if event_name not in EXAMPLES:
        raise InvalidParameterError("event_name", f"unknown event {event_name!r}; known: {', '.join(EVENT_NAMES)}")
    payload: dict[str, Any] = copy.deepcopy(EXAMPLES[event_name])
    if not documented_example and event_name in PURCHASE_STATUS:
        payload["data"]["purchase"]["status"] = PURCHASE_STATUS[event_name]
    return payload


def build_delivery(
    event_name: str,
    hottok: str,
    *,
    data_overrides: Mapping[str, Any] | None = None,
    event_id: str | None = None,
    creation_date: int | None = None,
    documented_example: bool = False,
) -> tuple[dict[str, str], bytes]:
    """(headers, body) of a delivery of `event_name` as Hotmart sends it, from `example_delivery`.

    `data_overrides` is merged into the example's `data` (nested dicts merged key by key). The
    event gets a fresh id and the current time unless `event_id`/`creation_date` are given: pass
    the same `event_id` twice to simulate a retried delivery. A purchase event carries the status
    it announces unless `documented_example=True` (see `example_delivery`) or the overrides set one.
    """
    payload = example_delivery(event_name, documented_example=documented_example)
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
    documented_example: bool = False,
    timeout: float = 10.0,
    http_client: httpx.Client | None = None,
) -> httpx.Response:
    """POST a `build_delivery` to `url` and return the receiver's response (any status; a
    connection failure raises httpx's error). A given `http_client` keeps its own timeout."""
    headers, body = build_delivery(
        event_name, hottok, data_overrides=data_overrides, event_id=event_id, documented_example=documented_example
    )
    if http_client is not None:
        return http_client.post(url, content=body, headers=headers)
    with httpx.Client(timeout=timeout) as client:
        return client.post(url, content=body, headers=headers)


# --- the token ----------------------------------------------------------------------------------


def _header(headers: Headers, name: str) -> str | None:
    """The value of header `name`, from any header container a web framework hands over."""
    wanted = name.lower()
    values: set[str] = set()
    try:
        pairs = headers.items() if hasattr(headers, "items") else headers
        for pair in pairs:
            key, value = pair
            if _text(key).lower() != wanted:
                continue
            for item in value if isinstance(value, list | tuple) else [value]:
                values.add(_text(item))
    except (TypeError, ValueError, AttributeError, UnicodeError):
        raise WebhookVerificationError(
            f"cannot read the {name} header from {type(headers).__name__}: expected a mapping or (name, value) pairs"
        ) from None
    if len(values) > 1:
        raise WebhookVerificationError(f"conflicting {name} headers")
    return values.pop() if values else None


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")  # what HTTP header bytes are (ASGI passes them raw)
    raise TypeError(type(value).__name__)


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


# --- the body -----------------------------------------------------------------------------------


# Keys a receiver acts on: a body giving one twice means different things to different JSON
# parsers (Python's keeps the last, others the first), so it is refused, not read either way.
_SINGLE = frozenset({"event", "id", "hottok"})


def _load(body: bytes | str) -> tuple[dict[str, Any], dict[str, bool]]:
    """The body's JSON object, and which of `_SINGLE` it repeats: at its top level, and `hottok`
    also in `data.purchase` (where older payloads carry it)."""
    if not isinstance(body, bytes | str):
        raise WebhookPayloadError(f"body must be bytes or str, not {type(body).__name__}", body=repr(body))
    repeated: list[tuple[dict[str, Any], set[str]]] = []  # keeps each object alive: ids stay unique

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) < len(items):
            keys = [key for key, _ in items]
            repeated.append((obj, {key for key in _SINGLE & obj.keys() if keys.count(key) > 1}))
        return obj

    try:
        raw = json.loads(body.decode("utf-8-sig") if isinstance(body, bytes) else body, object_pairs_hook=pairs)
    except UnicodeDecodeError as exc:
        raise WebhookPayloadError(f"body is not UTF-8: {exc.reason} at byte {exc.start}", body=body) from None
    except (ValueError, RecursionError) as exc:
        raise WebhookPayloadError(f"body is not JSON: {exc}", body=body) from None
    if not isinstance(raw, dict):
        raise WebhookPayloadError(f"body must be a JSON object, not {type(raw).__name__}", body=body)
    data = raw.get("data")
    purchase = data.get("purchase") if isinstance(data, dict) else None
    found = {id(obj): keys for obj, keys in repeated}
    at_top = found.get(id(raw), set())
    in_purchase = found.get(id(purchase), set()) if isinstance(purchase, dict) else set()
    return raw, {key: key in at_top or (key == "hottok" and key in in_purchase) for key in _SINGLE}


def _event(raw: dict[str, Any], body: bytes | str, drift: DriftRecorder | None) -> WebhookEvent:
    name = raw.get("event")
    if not isinstance(name, str) or not name:
        raise WebhookPayloadError("`event` must be the event name, a non-empty string", body=body)
    found: list[Finding] = []  # what the spec did not predict: event.problems, and drift
    event_class = EVENT_CLASSES.get(name)
    declared = event_class.envelope_keys if event_class is not None else frozenset()
    event_id = _event_id(raw, body, found)
    created = _creation_date(raw, found, camel_case_declared="creationDate" in declared)
    envelope: dict[str, Any] = {
        "id": event_id,
        "event": name,
        "creation_date": created,
        "created_at": to_datetime(created),
        "version": _version(raw, found),
        "raw": raw,
    }
    found += [
        Finding("unknown_field", (key,), json_type(value), "not in the spec's envelope", value=value)
        for key, value in raw.items()
        if key not in _ENVELOPE | _VARIANTS | declared
    ]
    data, error = _data(event_class, raw, found) if event_class is not None else (None, None)
    if drift is not None:
        drift._webhook(name, found, known=event_class is not None)
    problems = tuple(WebhookProblem(finding.where, finding.message) for finding in found)
    if event_class is None:
        return UnknownWebhookEvent(**envelope, problems=problems)
    return event_class(**envelope, data=data, data_error=error, problems=problems)  # type: ignore[return-value]


def _event_id(raw: dict[str, Any], body: bytes | str, found: list[Finding]) -> str:
    value = raw.get("id")
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        found.append(Finding("type_mismatch", ("id",), json_type(value), "a number, read as its decimal string"))
        return str(value)
    # A redelivery of the same event repeats the same bytes, so this id still deduplicates it.
    digest = hashlib.sha256(body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body).hexdigest()
    found.append(_absent_or_mistyped(("id",), value, "; derived from the body's SHA-256"))
    return f"body-sha256:{digest}"


def _absent_or_mistyped(path: tuple[str, ...], value: object, consequence: str) -> Finding:
    if value is None:
        return Finding("missing_required", path, "", f"missing or null{consequence}")
    return Finding("type_mismatch", path, json_type(value), f"a {message_type(value)}{consequence}")


def _creation_date(raw: dict[str, Any], found: list[Finding], *, camel_case_declared: bool) -> int:
    where = "creation_date"
    if where not in raw and "creationDate" in raw:
        where = "creationDate"
        variant = raw[where]
        if not camel_case_declared:  # the spec declares it where Hotmart sends it (CLUB_FIRST_ACCESS)
            message = "camelCase, read as creation_date"
            found.append(Finding("unknown_field", (where,), json_type(variant), message, value=variant))
    elif "creationDate" in raw:
        variant = raw["creationDate"]
        message = "ignored: creation_date is present too"
        found.append(Finding("unknown_field", ("creationDate",), json_type(variant), message, value=variant))
    value = raw.get(where)
    millis = _millis(value)
    try:
        if millis is not None and to_datetime(millis):
            if not isinstance(value, int):
                message = f"a {message_type(value)}, read as epoch milliseconds"
                found.append(Finding("type_mismatch", (where,), json_type(value), message))
            return millis
    except ValueError:  # beyond the years a datetime holds
        pass
    found.append(_absent_or_mistyped((where,), value, "; the time of receipt is used instead"))
    return int(datetime.now(UTC).timestamp() * 1000)


def _millis(value: object) -> int | None:
    """Epoch milliseconds from an int, an integral float, a string of digits or an ISO date-time."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isascii() and text.lstrip("-").isdigit() and len(text) < 20:
            return int(text)
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return round(moment.timestamp() * 1000)
    return None


def _version(raw: dict[str, Any], found: list[Finding]) -> str | None:
    value = raw.get("version")
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        found.append(Finding("type_mismatch", ("version",), json_type(value), "a number, read as a string"))
        return str(value)
    found.append(_absent_or_mistyped(("version",), value, ""))
    return None


def _data(
    event_class: type[KnownWebhookEvent[Any]], raw: dict[str, Any], found: list[Finding]
) -> tuple[Any, tuple[object, Exception] | None]:
    """The `data` model (or why there is none), adding what it holds that the spec did not predict."""
    module, class_name = event_class.data_model
    model = getattr(importlib.import_module(module), class_name)
    value = raw.get("data")
    if not isinstance(value, dict):
        found.append(_absent_or_mistyped(("data",), value, ", not an object"))
        return None, (value, TypeError(f"`data` is {message_type(value)}, not an object"))
    data = model.from_dict(value)  # never refuses: a field of the wrong shape fails when read
    found += walk(data, ("data",))
    return data, None


def _merge(target: dict[str, Any], overrides: Mapping[str, Any]) -> None:
    for key, value in overrides.items():
        if isinstance(value, Mapping) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


# --- the inbox (hotmart_client.inbox), imported on first use -----------------------------------

if TYPE_CHECKING:
    # Not in __all__: `from webhooks import *` must not need the [webhooks] extra.
    from .inbox import Inbox, inbox_app  # noqa: F401


def __getattr__(name: str) -> Any:
    """`webhooks.Inbox` and `webhooks.inbox_app`, from `hotmart_client.inbox`: importing this
    module does not import the inbox, and `inbox_app` needs the [webhooks] extra only when used."""
    if name in ("Inbox", "inbox_app"):
        from . import inbox  # noqa: PLC0415

        return getattr(inbox, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
