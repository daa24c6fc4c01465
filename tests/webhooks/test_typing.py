"""`WebhookEvent` is typed per event: comparing `event.event` with a name narrows `event.data`, under
`mypy --strict` and pyright, with no other check first (the README's idiom).

Two small programs are type-checked by both checkers in one run each: one that reads each event's
fields after narrowing (it must pass, and `assert_type` proves each narrowed type), and one that
reads them without narrowing (it must fail, at exactly the lines that do), so the first passing
means something.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.typecheckers import Diagnostic, mypy, pyright

NARROWED = """
from typing import Any, assert_type

from hotmart_api.models import (
    ClubModuleCompletedEventData,
    OrderFulfillmentEventData,
    PurchaseEventData,
    SubscriptionCancellationEventData,
    SwitchPlanEventData,
)
from hotmart_client import webhooks


def handle(event: webhooks.WebhookEvent) -> str:
    if event.event == "PURCHASE_APPROVED":  # no is_known check first: the unknown event cannot match
        assert_type(event, webhooks.PurchaseWebhookEvent)
        assert_type(event.data, PurchaseEventData)
        price = event.data.purchase.price
        return f"{event.data.buyer.email} {price.value} {event.data.purchase.transaction}"
    if event.event == "SUBSCRIPTION_CANCELLATION":
        assert_type(event.data, SubscriptionCancellationEventData)
        return event.data.subscriber.code
    match event.event:  # (pyright does not narrow `event` on `event.event in (...)`; mypy does)
        case "PURCHASE_REFUNDED" | "PURCHASE_CHARGEBACK":
            assert_type(event.data, PurchaseEventData)
            return event.data.product.ucode
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
            return str(event.event)


def unknown(event: webhooks.WebhookEvent) -> str:
    if isinstance(event, webhooks.UnknownWebhookEvent):
        assert_type(event.event, webhooks.UnknownEventName)
        assert_type(event.data, Any)
        return "stored " + str(event.event)
    if event.is_known is False:  # pyright narrows on `is False`, mypy on `not event.is_known` too
        assert_type(event, webhooks.UnknownWebhookEvent)
    return event.id


def by_class(event: webhooks.WebhookEvent) -> str:
    match event:
        case webhooks.PurchaseWebhookEvent():
            return event.data.purchase.transaction
        case webhooks.ClubFirstAccessWebhookEvent():
            return event.data.user.email
        case _:
            return event.id
"""

NOT_NARROWED = """
from hotmart_client import webhooks


def handle(event: webhooks.WebhookEvent) -> str:
    if event.event.startswith("PURCHASE_"):  # error: an unknown event's name is no str to a checker
        return event.data.buyer.email  # error: not narrowed, any payload
    if event.is_known:
        return event.data.purchase.transaction  # error: any known event
    return event.id
"""
NOT_NARROWED_LINES = [6, 7, 9]


@pytest.fixture(scope="module")
def programs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("webhook_typing")
    files = {"narrowed": folder / "narrowed.py", "not_narrowed": folder / "not_narrowed.py"}
    files["narrowed"].write_text(NARROWED, encoding="utf-8")
    files["not_narrowed"].write_text(NOT_NARROWED, encoding="utf-8")
    yield files


@pytest.fixture(scope="module")
def mypy_errors(programs: dict[str, Path]) -> list[Diagnostic]:
    found, result = mypy(list(programs.values()))
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2: mypy itself failed
    return [item for item in found if item.message.startswith("error")]


@pytest.fixture(scope="module")
def pyright_errors(programs: dict[str, Path]) -> list[Diagnostic]:
    return pyright(list(programs.values()))


def _lines(errors: list[Diagnostic], file: Path) -> list[int]:
    return sorted({error.line for error in errors if error.file == file.resolve()})


@pytest.mark.parametrize("checker", ["mypy_errors", "pyright_errors"])
def test_the_event_name_narrows_event_data(
    checker: str, programs: dict[str, Path], request: pytest.FixtureRequest
) -> None:
    errors: list[Diagnostic] = request.getfixturevalue(checker)
    assert not [error for error in errors if error.file == programs["narrowed"].resolve()], "\n".join(map(str, errors))


@pytest.mark.parametrize("checker", ["mypy_errors", "pyright_errors"])
def test_without_narrowing_the_same_reads_are_refused(
    checker: str, programs: dict[str, Path], request: pytest.FixtureRequest
) -> None:
    errors: list[Diagnostic] = request.getfixturevalue(checker)
    assert _lines(errors, programs["not_narrowed"]) == NOT_NARROWED_LINES, "\n".join(map(str, errors))
