"""hotmart_client.webhooks.parse: every spec event, tokens, malformed bodies, unknown events."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from hotmart_api.types import Unset
from hotmart_client import HotmartError, InvalidParameterError, webhooks
from hotmart_client.webhooks import WebhookError, WebhookPayloadError, WebhookVerificationError
from tests.corpus import mismatches
from tests.webhooks.conftest import HOTTOK, changed, delivery, spec_events

EVENTS = spec_events()
APPROVED = EVENTS["PURCHASE_APPROVED"]["example"]


def test_the_event_table_lists_exactly_the_spec_events() -> None:
    assert list(webhooks.EVENT_NAMES) == list(EVENTS)
    assert len(EVENTS) == 16


@pytest.mark.parametrize("name", list(EVENTS))
def test_every_spec_event_parses_into_its_typed_event_with_data_intact(name: str) -> None:
    example = EVENTS[name]["example"]
    event = webhooks.parse(*delivery(example), hottok=HOTTOK)
    assert event.is_known
    assert (event.event, event.id, event.version) == (name, example["id"], example["version"])
    assert event.creation_date == example["creation_date"]
    assert type(event).__name__ == EVENTS[name]["model"].removesuffix("Event") + "WebhookEvent"
    assert type(event.data).__name__ == EVENTS[name]["data_model"]
    assert list(mismatches(event.data, example["data"])) == []
    assert event.problems == ()
    assert event.raw == example


def test_typed_fields_of_a_purchase() -> None:
    event = webhooks.parse(*delivery(APPROVED), hottok=HOTTOK)
    assert isinstance(event, webhooks.PurchaseWebhookEvent)
    assert event.data.purchase.transaction == "HP02316330308193"
    assert event.data.purchase.price.value == Decimal("150.6")
    assert event.data.purchase.price.currency_value == "BRL"
    assert event.data.buyer.email == "buyer@email.com"
    assert event.data.purchase.status == "STARTED"
    assert event.data.purchase.recurrence_number == 1
    assert event.data.purchase.origin.xcod == "xcod_example"
    subscription = event.data.subscription
    assert not isinstance(subscription, Unset)
    assert subscription.subscriber.code == "12133421"


def test_creation_date_converts_to_an_aware_utc_datetime() -> None:
    event = webhooks.parse(*delivery({**APPROVED, "creation_date": 1717245060123}), hottok=HOTTOK)
    assert event.created_at == datetime(2024, 6, 1, 12, 31, 0, 123000, tzinfo=UTC)
    assert event.created_at.utcoffset() is not None


def test_str_and_bytes_bodies_give_the_same_event() -> None:
    text = json.dumps(APPROVED, ensure_ascii=False)
    from_str = webhooks.parse(text, {"X-HOTMART-HOTTOK": HOTTOK}, hottok=HOTTOK)
    from_bytes = webhooks.parse(text.encode(), {"X-HOTMART-HOTTOK": HOTTOK}, hottok=HOTTOK)
    assert from_str == from_bytes
    assert from_bytes.data.producer.legal_nature == "Pessoa Física"


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    event = webhooks.parse(b"\xef\xbb\xbf" + json.dumps(APPROVED).encode(), {"X-HOTMART-HOTTOK": HOTTOK}, hottok=HOTTOK)
    assert event.id == APPROVED["id"]


def test_unknown_event_is_returned_generic_with_raw_data_kept() -> None:
    payload = {**APPROVED, "event": "PURCHASE_TELEPORTED", "data": {"where": "moon", "n": [1, 2]}, "extra": True}
    event = webhooks.parse(*delivery(payload), hottok=HOTTOK)
    assert not event.is_known
    assert event.event == "PURCHASE_TELEPORTED"
    assert event.data == {"where": "moon", "n": [1, 2]}
    assert event.raw["extra"] is True


def test_unknown_fields_and_enum_values_of_a_known_event_are_kept() -> None:
    payload = copy.deepcopy(APPROVED)
    payload["data"]["purchase"]["status"] = "ON_THE_WAY"
    payload["data"]["purchase"]["new_field"] = {"a": 1}
    payload["version"] = "2.1.0"
    event = webhooks.parse(*delivery(payload), hottok=HOTTOK)
    assert event.data.purchase.status == "ON_THE_WAY"
    assert event.data.purchase["new_field"] == {"a": 1}
    assert event.version == "2.1.0"


# --- tokens ---------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["X-HOTMART-HOTTOK", "x-hotmart-hottok", "X-Hotmart-Hottok"])
def test_header_name_is_case_insensitive(header: str) -> None:
    assert webhooks.parse(json.dumps(APPROVED), {header: HOTTOK}, hottok=HOTTOK).id == APPROVED["id"]


def test_header_objects_with_items_are_accepted() -> None:
    class Headers:  # like Werkzeug's: not a Mapping, but has items()
        def items(self) -> list[tuple[str, str]]:
            return [("Content-Type", "application/json"), ("X-Hotmart-Hottok", HOTTOK)]

    assert webhooks.parse(json.dumps(APPROVED), Headers(), hottok=HOTTOK).is_known


@pytest.mark.parametrize("headers", [{}, {"X-Other": HOTTOK}, {"X-HOTMART-HOTTOK": ""}])
def test_missing_or_empty_token_is_refused(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError):
        webhooks.parse(json.dumps(APPROVED), headers, hottok=HOTTOK)


@pytest.mark.parametrize("token", [HOTTOK[:-1], HOTTOK + "x", HOTTOK.lower(), " " + HOTTOK, "tökén", "\udcff"])
def test_wrong_token_is_refused_and_never_echoed(token: str) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.parse(json.dumps(APPROVED), {"X-HOTMART-HOTTOK": token}, hottok=HOTTOK)
    assert HOTTOK not in str(caught.value)
    assert isinstance(caught.value, WebhookError) and isinstance(caught.value, HotmartError)


def test_conflicting_duplicate_headers_are_refused() -> None:
    class Headers:
        def items(self) -> list[tuple[str, str]]:
            return [("X-HOTMART-HOTTOK", HOTTOK), ("x-hotmart-hottok", "forged")]

    with pytest.raises(WebhookVerificationError, match="conflicting"):
        webhooks.parse(json.dumps(APPROVED), Headers(), hottok=HOTTOK)


def test_token_is_checked_before_the_body_is_read() -> None:
    with pytest.raises(WebhookVerificationError):
        webhooks.parse(b"\xff not json", {"X-HOTMART-HOTTOK": "wrong"}, hottok=HOTTOK)


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = webhooks.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(webhooks.hmac, "compare_digest", spy)
    webhooks.parse(json.dumps(APPROVED), {"X-HOTMART-HOTTOK": HOTTOK}, hottok=HOTTOK)
    with pytest.raises(WebhookVerificationError):
        webhooks.parse(json.dumps(APPROVED), {"X-HOTMART-HOTTOK": "nope"}, hottok=HOTTOK)
    assert calls == [(HOTTOK.encode(), HOTTOK.encode()), (b"nope", HOTTOK.encode())]


@pytest.mark.parametrize("hottok", ["", None])
def test_an_empty_expected_token_is_a_configuration_error(hottok: Any) -> None:
    with pytest.raises(InvalidParameterError):
        webhooks.parse(json.dumps(APPROVED), {"X-HOTMART-HOTTOK": ""}, hottok=hottok)


# --- legacy hottok in the body --------------------------------------------------------------


def _with_body_token(where: str, token: Any) -> dict[str, Any]:
    payload = copy.deepcopy(APPROVED)
    if where == "top":
        payload["hottok"] = token
    else:
        payload["data"]["purchase"]["hottok"] = token
    return payload


@pytest.mark.parametrize("where", ["top", "purchase"])
def test_body_hottok_is_ignored_unless_opted_in(where: str) -> None:
    body = json.dumps(_with_body_token(where, HOTTOK))
    with pytest.raises(WebhookVerificationError):
        webhooks.parse(body, {}, hottok=HOTTOK)
    assert webhooks.parse(body, {}, hottok=HOTTOK, allow_body_hottok=True).id == APPROVED["id"]


@pytest.mark.parametrize("token", ["wrong", 12345, None])
def test_opted_in_body_hottok_must_match(token: Any) -> None:
    with pytest.raises(WebhookVerificationError):
        webhooks.parse(json.dumps(_with_body_token("top", token)), {}, hottok=HOTTOK, allow_body_hottok=True)


def test_the_header_wins_over_the_body_when_both_are_present() -> None:
    body = json.dumps(_with_body_token("top", HOTTOK))
    with pytest.raises(WebhookVerificationError):
        webhooks.parse(body, {"X-HOTMART-HOTTOK": "wrong"}, hottok=HOTTOK, allow_body_hottok=True)


def test_opted_in_without_any_token_is_refused() -> None:
    with pytest.raises(WebhookVerificationError, match="no hottok"):
        webhooks.parse(json.dumps(APPROVED), {}, hottok=HOTTOK, allow_body_hottok=True)


# --- header containers (issue "Hardening", minor item) ---------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        [("Content-Type", "application/json"), ("X-HOTMART-HOTTOK", HOTTOK)],  # a list of pairs
        ((b"content-type", b"application/json"), (b"x-hotmart-hottok", HOTTOK.encode())),  # ASGI raw headers
        {"X-HOTMART-HOTTOK": [HOTTOK]},  # a multi-valued mapping
        {"x-hotmart-hottok": (HOTTOK, HOTTOK)},  # the same value twice
    ],
    ids=["pairs", "asgi-bytes", "list-value", "repeated-value"],
)
def test_headers_as_pairs_or_with_list_values_work(headers: Any) -> None:
    assert webhooks.parse(json.dumps(APPROVED), headers, hottok=HOTTOK).id == APPROVED["id"]


@pytest.mark.parametrize(
    "headers",
    [
        [("X-HOTMART-HOTTOK", "wrong")],
        [("X-HOTMART-HOTTOK", HOTTOK), ("X-HOTMART-HOTTOK", "forged")],
        {"X-HOTMART-HOTTOK": [HOTTOK, "forged"]},
        {"X-HOTMART-HOTTOK": []},
        {"X-HOTMART-HOTTOK": 42},
        {"X-HOTMART-HOTTOK": [None]},
        {"X-HOTMART-HOTTOK": {"a": HOTTOK}},
        [("X-HOTMART-HOTTOK",)],
        [HOTTOK],
        ["X-HOTMART-HOTTOK"],
        [None],
        42,
        None,
        "X-HOTMART-HOTTOK: " + HOTTOK,
    ],
    ids=lambda headers: repr(headers)[:40],
)
def test_any_other_header_container_is_a_verification_error(headers: Any) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.parse(json.dumps(APPROVED), headers, hottok=HOTTOK)
    assert HOTTOK not in str(caught.value)


# --- bodies that are refused -----------------------------------------------------------------


def _changed(**changes: Any) -> dict[str, Any]:
    return changed(APPROVED, **changes)


REFUSED: dict[str, bytes | str | dict[str, Any]] = {
    "empty": b"",
    "invalid json": b'{"event": "PURCHASE_APPROVED",',
    "invalid utf-8": b'{"event": "PURCHASE_APPROVED\xff"}',
    "truncated utf-8": json.dumps(APPROVED, ensure_ascii=False).encode()[:-3] + "é".encode()[:1],
    "json list": "[1, 2]",
    "json string": '"PURCHASE_APPROVED"',
    "json null": "null",
    "json number": "42",
    "deeply nested": "[" * 100_000 + "]" * 100_000,
    "huge integer": '{"id": "x", "creation_date": ' + "9" * 5000 + "}",
    "form encoded v1": "hottok=abc&status=approved&transaction=HP1",
    "missing event": _changed(event=KeyError),
    "empty event": _changed(event=""),
    "event not a string": _changed(event=["PURCHASE_APPROVED"]),
    "event null": _changed(event=None),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_only_a_body_that_is_not_an_event_is_refused(case: str) -> None:
    body, headers = delivery(REFUSED[case])
    with pytest.raises(WebhookPayloadError) as caught:
        webhooks.parse(body, headers, hottok=HOTTOK)
    assert isinstance(caught.value, HotmartError)
    assert caught.value.body == body
    assert str(caught.value)


def test_a_body_of_another_type_is_a_payload_error() -> None:
    with pytest.raises(WebhookPayloadError):
        webhooks.parse(memoryview(b"{}"), {"X-HOTMART-HOTTOK": HOTTOK}, hottok=HOTTOK)  # type: ignore[arg-type]


def test_importing_the_module_loads_no_model_until_an_event_is_parsed() -> None:
    code = "import sys, hotmart_client.webhooks; print(any(m.startswith('hotmart_api.models') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_to_datetime_converts_any_epoch_millis_field() -> None:
    event = webhooks.parse(*delivery(APPROVED), hottok=HOTTOK)
    approved = event.raw["data"]["purchase"]["approved_date"]
    assert webhooks.to_datetime(approved) == datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=approved)
    assert isinstance(event, webhooks.PurchaseWebhookEvent)
    assert event.data.purchase.approved_date == webhooks.to_datetime(approved)
    # Code written when the model field was an int keeps working: a datetime passes through.
    approved = webhooks.to_datetime(event.data.purchase.approved_date)
    assert approved == datetime(2009, 1, 6, 11, 30, 34, 453000, tzinfo=UTC)
    assert webhooks.to_datetime(0) == datetime(1970, 1, 1, tzinfo=UTC)


def test_null_for_an_optional_nested_object_reads_as_absent() -> None:
    payload = copy.deepcopy(APPROVED)
    payload["data"]["purchase"]["origin"] = None
    event = webhooks.parse(*delivery(payload), hottok=HOTTOK)
    assert isinstance(event.data.purchase.origin, Unset)
    assert event.problems == ()
