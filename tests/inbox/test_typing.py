"""`@inbox.on(...)` is typed per event: mypy --strict accepts a handler of the event class the
names belong to, and refuses one of another class, as tests/webhooks/test_typing.py does for
`parse`: two small programs type-checked in a subprocess (the second must fail, at exactly the
registrations that are wrong, so that the first passing means something)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.webhooks.test_typing import _mypy

RIGHT = """
from hotmart_client import webhooks
from hotmart_client.inbox import Inbox

inbox = Inbox("journal.db")


@inbox.on("PURCHASE_APPROVED", "PURCHASE_REFUNDED")
def purchase(event: webhooks.PurchaseWebhookEvent) -> None:
    print(event.data.purchase.transaction, event.data.buyer.email)


@inbox.on("SWITCH_PLAN")
async def switch(event: webhooks.SwitchPlanWebhookEvent) -> None:
    print(event.data.subscription.subscriber_code)


@inbox.on("SUBSCRIPTION_CANCELLATION", "CLUB_FIRST_ACCESS")
def mixed(event: webhooks.WebhookEvent) -> None:
    print(event.event)


@inbox.on("ORDER_FULFILLMENT")
def wider(event: webhooks.WebhookEventBase) -> None:
    print(event.id)


@inbox.on_any()
def anything(event: webhooks.WebhookEvent) -> None:
    print(event.is_known)
"""

WRONG = """
from hotmart_client import webhooks
from hotmart_client.inbox import Inbox

inbox = Inbox("journal.db")


@inbox.on("PURCHASE_APPROVED")
def other_class(event: webhooks.SwitchPlanWebhookEvent) -> None:
    pass


@inbox.on_any()
def too_narrow(event: webhooks.PurchaseWebhookEvent) -> None:
    pass


@inbox.on("CLUB_MODULE_COMPLETED")
def reads_a_field_it_lacks(event: webhooks.ClubModuleCompletedWebhookEvent) -> None:
    print(event.data.purchase)
"""


def test_mypy_accepts_handlers_of_their_event_class(tmp_path: Path) -> None:
    result = _mypy(tmp_path, "right", RIGHT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_refuses_handlers_of_another_event_class(tmp_path: Path) -> None:
    result = _mypy(tmp_path, "wrong", WRONG)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = sorted({int(match) for match in re.findall(r"wrong\.py:(\d+): error", result.stdout)})
    assert lines == [8, 13, 20], result.stdout  # the two registrations, and the read
