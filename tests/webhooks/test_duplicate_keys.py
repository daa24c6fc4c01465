"""Issue 18, item 7.9: a delivery that gives `event`, `id` or (when the body authenticates it)
`hottok` twice is refused: JSON parsers disagree on which one counts, so a proxy or queue that
checked one value could have let another through."""

from __future__ import annotations

import json

import pytest

from hotmart_client import webhooks
from hotmart_client.webhooks import WebhookPayloadError, WebhookVerificationError

from .conftest import HOTTOK

HEADERS = {"X-HOTMART-HOTTOK": HOTTOK}


def body(*pairs: tuple[str, object], data: str = '{"purchase": {"transaction": "HP1"}}') -> str:
    """A JSON object written by hand, so that keys can repeat."""
    fields = ", ".join(f"{json.dumps(key)}: {json.dumps(value)}" for key, value in pairs)
    return "{" + fields + f', "data": {data}' + "}"


BASE = (("id", "e-1"), ("creation_date", 1_700_000_000_000), ("version", "2.0.0"))


@pytest.mark.parametrize(
    ("pairs", "key"),
    [
        ((("event", "PURCHASE_APPROVED"), ("event", "PURCHASE_REFUNDED"), *BASE), "event"),
        ((("event", "PURCHASE_APPROVED"), ("event", "PURCHASE_APPROVED"), *BASE), "event"),
        ((("event", "PURCHASE_APPROVED"), ("id", "e-2"), *BASE), "id"),
    ],
)
def test_a_repeated_event_or_id_is_refused(pairs: tuple[tuple[str, object], ...], key: str) -> None:
    text = body(*pairs)
    for sent in (text, text.encode()):
        with pytest.raises(WebhookPayloadError, match=f"`{key}` twice"):
            webhooks.parse(sent, HEADERS, hottok=HOTTOK)


@pytest.mark.parametrize(
    "text",
    [
        body(("event", "PURCHASE_APPROVED"), ("hottok", "forged"), ("hottok", HOTTOK), *BASE),
        body(("event", "PURCHASE_APPROVED"), ("hottok", HOTTOK), ("hottok", HOTTOK), *BASE),
        body(
            ("event", "PURCHASE_APPROVED"),
            *BASE,
            data=f'{{"purchase": {{"hottok": "forged", "hottok": {json.dumps(HOTTOK)}, "transaction": "HP1"}}}}',
        ),
    ],
    ids=["top level, two values", "top level, same value", "in data.purchase"],
)
def test_a_repeated_body_token_is_refused_when_it_authenticates(text: str) -> None:
    with pytest.raises(WebhookVerificationError, match="`hottok` twice"):
        webhooks.parse(text, {}, hottok=HOTTOK, allow_body_hottok=True)


def test_repeated_keys_elsewhere_are_read_as_before() -> None:
    """Only the keys a receiver acts on are refused: repeats deeper in `data`, or a body token the
    header made irrelevant, are Hotmart's shape, read as JSON reads them."""
    text = body(
        ("event", "PURCHASE_APPROVED"),
        ("hottok", "a"),
        ("hottok", "b"),
        *BASE,
        data='{"purchase": {"transaction": "HP1", "transaction": "HP2"}, "product": {"id": 1, "id": 2}}',
    )
    event = webhooks.parse(text, HEADERS, hottok=HOTTOK)
    assert event.event == "PURCHASE_APPROVED" and event.id == "e-1"
    assert event.raw["data"]["purchase"]["transaction"] == "HP2"
