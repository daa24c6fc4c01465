"""Once its token verifies, a delivery is never refused for its shape.

Envelope variants are normalised and reported in `event.problems`; a nested field of an
unexpected type raises `ResponseParseError` when it is read, never at parse time; `data` itself
missing or malformed makes reading `data` raise, not the parse. Each case goes through a real
receiver over HTTP too: it must answer 200.
"""

from __future__ import annotations

import copy
import hashlib
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hotmart_api.types import Unset
from hotmart_client import HotmartError, ResponseParseError, webhooks
from tests.servers import serve_asgi
from tests.webhooks.conftest import HOTTOK, changed, delivery, spec_events

APPROVED = spec_events()["PURCHASE_APPROVED"]["example"]
FIRST_ACCESS = spec_events()["CLUB_FIRST_ACCESS"]["example"]


def _envelope(**changes: Any) -> dict[str, Any]:
    return changed(APPROVED, **changes)


ABSENT = object()  # `_nested` removes the key instead of setting it


def _nested(path: str, value: Any, payload: dict[str, Any] | None = None) -> dict[str, Any]:
    payload = copy.deepcopy(payload or APPROVED)
    node = payload
    *parents, last = path.split(".")
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is ABSENT:
        del node[last]
    else:
        node[last] = value
    return payload


def _parse(payload: dict[str, Any]) -> webhooks.WebhookEvent:
    return webhooks.parse(*delivery(payload), hottok=HOTTOK)


def _problems(event: webhooks.WebhookEvent) -> list[str]:
    return [str(problem) for problem in event.problems]


# --- envelope variants -----------------------------------------------------------------------


def test_camel_case_creation_date_is_read_as_creation_date() -> None:
    """CLUB_FIRST_ACCESS declares `creationDate` (Hotmart sends it so): read, and no problem. Another
    event does not: read the same, and reported."""
    payload = {key: value for key, value in FIRST_ACCESS.items() if key != "creation_date"}
    payload["creationDate"] = 1763247745996
    event = _parse(payload)
    assert isinstance(event, webhooks.ClubFirstAccessWebhookEvent)
    assert event.creation_date == 1763247745996
    assert event.created_at == datetime(2025, 11, 15, 23, 2, 25, 996000, tzinfo=UTC)
    assert _problems(event) == []
    assert event.data.user.email == "buyer@email.com"

    purchase = json.loads(webhooks.build_delivery("PURCHASE_APPROVED", HOTTOK)[1])
    purchase["creationDate"] = purchase.pop("creation_date")
    event = _parse(purchase)
    assert event.creation_date == purchase["creationDate"]
    assert _problems(event) == ["creationDate: camelCase, read as creation_date"]


def test_club_first_access_declares_creation_date_camel_case_by_name() -> None:
    """The spec declares the variant Hotmart sends, so the generated model reads it by its name."""
    from hotmart_api.models import ClubFirstAccessEvent

    payload = {key: value for key, value in FIRST_ACCESS.items() if key != "creation_date"}
    payload["creationDate"] = 1763247745996
    model = ClubFirstAccessEvent.from_dict(payload)
    assert model.creationDate == datetime(2025, 11, 15, 23, 2, 25, 996000, tzinfo=UTC)
    assert isinstance(model.creation_date, Unset)
    assert model.to_dict() == payload


@pytest.mark.parametrize("absent", [("email",), ("name",), ("email", "name")])
def test_a_purchase_buyer_without_email_or_name_is_as_documented(absent: tuple[str, ...]) -> None:
    """Buyer data comes only when the buyer gave it (the purchase page), as in cart abandonment:
    a buyer without e-mail or name is no problem, and the fields read as UNSET."""
    payload = copy.deepcopy(APPROVED)
    for field in absent:
        del payload["data"]["buyer"][field]
    event = _parse(payload)
    assert isinstance(event, webhooks.PurchaseWebhookEvent)
    assert event.problems == ()
    for field in absent:
        assert isinstance(getattr(event.data.buyer, field), Unset)
    assert event.data.purchase.transaction == APPROVED["data"]["purchase"]["transaction"]


@pytest.mark.parametrize(
    ("value", "millis"),
    [
        ("1717245060123", 1717245060123),
        (" 1717245060123 ", 1717245060123),
        ("2024-06-01T12:31:00.123Z", 1717245060123),
        ("2024-06-01T09:31:00.123-03:00", 1717245060123),
        ("2024-06-01T12:31:00.123", 1717245060123),  # no offset: UTC
        (1717245060123.0, 1717245060123),
    ],
)
def test_a_creation_date_as_a_string_or_float_is_normalised(value: Any, millis: int) -> None:
    event = _parse(_envelope(creation_date=value))
    assert event.creation_date == millis
    assert _problems(event) == [
        f"creation_date: a {'string' if isinstance(value, str) else 'number'}, read as epoch milliseconds"
    ]


@pytest.mark.parametrize(
    "value",
    [KeyError, None, "yesterday", "²", "-", "", True, 1717245060123.5, 10**20, "9" * 19, [1717245060123], {"ms": 1}],
    ids=repr,
)
def test_an_unusable_creation_date_becomes_the_time_of_receipt(value: Any) -> None:
    before = int(time.time() * 1000)
    event = _parse(_envelope(creation_date=value))
    assert before <= event.creation_date <= int(time.time() * 1000)
    assert event.created_at == webhooks.to_datetime(event.creation_date)
    assert len(event.problems) == 1
    assert event.problems[0].where == "creation_date"
    assert event.problems[0].detail.endswith("the time of receipt is used instead")


def test_a_missing_id_is_derived_from_the_body_so_redeliveries_still_deduplicate() -> None:
    body, headers = delivery(_envelope(id=KeyError))
    first = webhooks.parse(body, headers, hottok=HOTTOK)
    again = webhooks.parse(body, headers, hottok=HOTTOK)
    assert first.id == again.id == "body-sha256:" + hashlib.sha256(body.encode()).hexdigest()  # type: ignore[union-attr]
    assert _problems(first) == ["id: missing or null; derived from the body's SHA-256"]


def test_a_str_body_with_a_lone_surrogate_and_no_id_is_accepted() -> None:
    payload = _envelope(id=KeyError)
    body = json.dumps(payload, ensure_ascii=False).replace("Buyer Name", "Buyer \udcff")
    event = webhooks.parse(body, {"X-HOTMART-HOTTOK": HOTTOK}, hottok=HOTTOK)
    assert event.id.startswith("body-sha256:")


def test_a_numeric_id_is_read_as_its_string() -> None:
    event = _parse(_envelope(id=123456))
    assert event.id == "123456"
    assert _problems(event) == ["id: a number, read as its decimal string"]


@pytest.mark.parametrize(("value", "version"), [(KeyError, None), (None, None), (2, "2"), (["2.0.0"], None)])
def test_a_missing_or_odd_version_is_normalised(value: Any, version: str | None) -> None:
    event = _parse(_envelope(version=value))
    assert event.version == version
    assert [problem.where for problem in event.problems] == ["version"]


def test_unknown_envelope_fields_are_reported_and_kept() -> None:
    event = _parse(_envelope(signature="abc", hottok=HOTTOK))
    assert _problems(event) == ["signature: not in the spec's envelope"]  # hottok is a known variant
    assert event.raw["signature"] == "abc"


# --- data that does not have the documented shape -------------------------------------------


WRONG_TYPES = {
    "data.purchase.price": ("12.5", "cannot be read as the spec describes it (a string)"),
    "data.purchase.price.value": ("150.6", "a string, read as a number"),
    "data.purchase.transaction": (12, "a number where the spec says string"),
    "data.purchase.recurrence_number": ("1", "a string where the spec says integer"),
    "data.purchase.status": ("TELEPORTED", "WebhookPurchaseStatus value 'TELEPORTED' is not in the spec"),
    "data.buyer.address": ("192.168.4.57", "cannot be read as the spec describes it (a string)"),
    "data.subscription": ("192.168.4.57", "cannot be read as the spec describes it (a string)"),
    "data.affiliates": (5, "cannot be read as the spec describes it (a number)"),
    "data.commissions": (["a", "b"], "cannot be read as the spec describes it (a array)"),
    "data.product.warranty_date": ("soon", "cannot be read as the spec describes it (a string)"),
    "data.purchase.order_bump.is_order_bump": (ABSENT, "cannot be read: a required field is absent"),
    "data.purchase.brand_new": ({"a": 1}, "not in the spec (object)"),
}


@pytest.mark.parametrize("path", list(WRONG_TYPES))
def test_a_wrongly_typed_nested_field_is_reported_and_fails_only_when_read(path: str) -> None:
    value, detail = WRONG_TYPES[path]
    event = _parse(_nested(path, value))
    assert _problems(event) == [f"{path}: {detail}"]
    assert event.raw["data"]["purchase"]["transaction"] == (12 if path.endswith("transaction") else "HP02316330308193")
    assert isinstance(event, webhooks.PurchaseWebhookEvent)
    parent_path, _, name = path.removeprefix("data.").rpartition(".")
    parent: Any = event.data
    for key in filter(None, parent_path.split(".")):
        parent = getattr(parent, key)
    if detail.startswith("cannot be read"):
        with pytest.raises(ResponseParseError) as caught:
            getattr(parent, name)
        assert isinstance(caught.value, HotmartError)
    elif detail.startswith("not in the spec"):
        assert parent[name] == value
    elif ", read as " in detail:  # a variant, normalised
        assert str(getattr(parent, name)) == value
    else:
        assert getattr(parent, name) == value  # plain values are handed over as received
    assert event.data.buyer.email == "buyer@email.com"  # the rest reads normally


@pytest.mark.parametrize("value", [KeyError, None, [], "x", 3])
def test_data_that_is_not_an_object_fails_when_read(value: Any) -> None:
    payload = _envelope(data=value)
    event = _parse(payload)
    assert [problem.where for problem in event.problems] == ["data"]
    with pytest.raises(ResponseParseError) as caught:
        event.data  # noqa: B018 - reading it is the point
    assert caught.value.field == "data"
    assert event.raw == payload


def test_data_without_a_field_every_delivery_has_fails_when_read() -> None:
    payload = copy.deepcopy(APPROVED)
    del payload["data"]["purchase"]
    event = _parse(payload)
    assert _problems(event) == ["data.purchase: cannot be read: a required field is absent"]
    with pytest.raises(ResponseParseError) as caught:
        event.data.purchase  # noqa: B018 - the rest of `data` reads normally
    assert caught.value.missing
    assert event.raw["data"]["buyer"]["email"] == "buyer@email.com"


def test_problems_never_hold_payload_values() -> None:
    secret = "ana.secret@example.com"
    payload = _nested("data.buyer.email", 1234)
    payload = _nested("data.buyer.address", secret, payload)
    payload = _nested("data.purchase.brand_new", secret, payload)
    payload["creation_date"] = secret
    event = _parse(payload)
    assert len(event.problems) == 4
    assert secret not in " ".join(map(str, event.problems))
    assert secret not in repr(event)


def test_an_unknown_event_with_odd_envelope_is_kept_whole() -> None:
    payload = {"event": "PURCHASE_TELEPORTED", "creationDate": "1717245060123", "data": ["x"]}
    event = _parse(payload)
    assert not event.is_known
    assert (event.event, event.creation_date, event.data) == ("PURCHASE_TELEPORTED", 1717245060123, ["x"])
    assert [problem.where for problem in event.problems] == ["id", "creationDate", "creationDate", "version"]


# --- through a real receiver ------------------------------------------------------------------


VARIANTS = {
    "camelCase creationDate": {
        **{k: v for k, v in FIRST_ACCESS.items() if k != "creation_date"},
        "creationDate": 1,  # declared for this event, so not a problem itself
        "new_envelope_field": True,  # this is
    },
    "creation_date as string": _envelope(creation_date="1717245060123"),
    "no id, no version": _envelope(id=KeyError, version=KeyError),
    "data as null": _envelope(data=None),
    **{f"{path} wrongly typed": _nested(path, value) for path, (value, _) in WRONG_TYPES.items()},
}


@pytest.fixture(scope="module")
def receiver() -> Iterator[tuple[str, list[webhooks.WebhookEvent]]]:
    received: list[webhooks.WebhookEvent] = []

    async def hook(request: Request) -> Response:
        try:
            event = webhooks.parse(await request.body(), request.headers, hottok=HOTTOK)
        except webhooks.WebhookVerificationError:
            return JSONResponse({"error": "bad token"}, status_code=401)
        except webhooks.WebhookPayloadError:
            return JSONResponse({"error": "not an event"}, status_code=400)
        received.append(event)
        return JSONResponse({"problems": [str(problem) for problem in event.problems]})

    with serve_asgi(Starlette(routes=[Route("/hook", hook, methods=["POST"])])) as url:
        yield f"{url}/hook", received


@pytest.mark.parametrize("case", list(VARIANTS))
def test_a_receiver_answers_200_to_every_variant(case: str, receiver: tuple[str, list[webhooks.WebhookEvent]]) -> None:
    url, received = receiver
    response = httpx.post(url, content=json.dumps(VARIANTS[case]), headers={"X-HOTMART-HOTTOK": HOTTOK})
    assert response.status_code == 200
    assert response.json()["problems"]
    assert received[-1].raw == VARIANTS[case]


def test_a_null_optional_object_is_not_a_problem() -> None:
    event = _parse(_nested("data.shipping", None))
    assert isinstance(event, webhooks.PurchaseWebhookEvent)
    assert isinstance(event.data.shipping, Unset)
    assert event.problems == ()
