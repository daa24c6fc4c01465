"""`WebhookEvent` is typed per event: `mypy --strict` narrows `event.data` from `event.event`.

Two small programs are type-checked by mypy in a subprocess: one that reads each event's fields
after narrowing (it must pass, and `assert_type` proves each narrowed type), and one that reads
them without narrowing (it must fail, at exactly the lines that do), so the first passing means
something.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support import ROOT

NARROWED = """
from typing import assert_type

from hotmart_api.models import (
    ClubModuleCompletedEventData,
    OrderFulfillmentEventData,
    PurchaseEventData,
    SubscriptionCancellationEventData,
    SwitchPlanEventData,
)
from hotmart_client import webhooks


def handle(event: webhooks.WebhookEvent) -> str:
    if not event.is_known:
        assert_type(event, webhooks.UnknownWebhookEvent)
        return event.event
    if event.event == "PURCHASE_APPROVED":
        assert_type(event, webhooks.PurchaseWebhookEvent)
        assert_type(event.data, PurchaseEventData)
        price = event.data.purchase.price
        return f"{event.data.buyer.email} {price.value} {event.data.purchase.transaction}"
    if event.event in ("PURCHASE_REFUNDED", "PURCHASE_CHARGEBACK"):
        assert_type(event.data, PurchaseEventData)
        return event.data.product.ucode
    if event.event == "SUBSCRIPTION_CANCELLATION":
        assert_type(event.data, SubscriptionCancellationEventData)
        return event.data.subscriber.code
    match event.event:
        case "SWITCH_PLAN":
            assert_type(event.data, SwitchPlanEventData)
            return event.data.subscription.subscriber_code
        case "CLUB_MODULE_COMPLETED":
            assert_type(event.data, ClubModuleCompletedEventData)
            return event.data.module.id
        case "ORDER_FULFILLMENT":
            assert_type(event.data, OrderFulfillmentEventData)
            return event.data.purchase.transaction
        case _:
            return event.event


def by_class(event: webhooks.WebhookEvent) -> str:
    match event:
        case webhooks.PurchaseWebhookEvent():
            return event.data.buyer.email
        case webhooks.ClubFirstAccessWebhookEvent():
            return event.data.user.email
        case _:
            return event.id
"""

NOT_NARROWED = """
from hotmart_client import webhooks


def handle(event: webhooks.WebhookEvent) -> str:
    if event.event == "PURCHASE_APPROVED":  # without is_known, the unknown event's `str` blocks narrowing
        return event.data.buyer.email  # error
    if event.is_known:
        return event.data.purchase.transaction  # error: any known event
    return str(event.data.purchase)  # unknown events: data is Any, no error
"""


def _mypy(tmp_path: Path, name: str, code: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / f"{name}.py"
    source.write_text(textwrap.dedent(code), encoding="utf-8")
    command = [
        sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes",
        "--cache-dir", str(ROOT / ".mypy_cache"), "--python-version", "3.11", str(source),
    ]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_mypy_narrows_event_data_from_the_event_name(tmp_path: Path) -> None:
    result = _mypy(tmp_path, "narrowed", NARROWED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_without_narrowing_mypy_refuses_the_same_reads(tmp_path: Path) -> None:
    result = _mypy(tmp_path, "not_narrowed", NOT_NARROWED)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = sorted({int(match) for match in re.findall(r"not_narrowed\.py:(\d+): error", result.stdout)})
    assert lines == [7, 9], result.stdout
