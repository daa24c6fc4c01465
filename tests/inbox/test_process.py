"""Processing: typed handlers run from the journal in a worker, at least once, with retries, a
dead-letter state and replay; leases hand a dead worker's events over, and concurrent workers do
not run an event twice."""

from __future__ import annotations

import asyncio
import collections
import os
import signal
import subprocess
import sys
import threading
import time
import typing
from pathlib import Path

import httpx
import pytest

from hotmart_client import InvalidParameterError, webhooks
from hotmart_client._webhook_events import EVENT_CLASSES, EXAMPLES
from hotmart_client.inbox import Inbox, _inbox
from hotmart_client.inbox._journal import Delivery, now_ms
from tests.support import ROOT

from .conftest import HOTTOK, delivery, new_inbox, serving


def fill(inbox: Inbox, *events: tuple[str, str]) -> None:
    """Journal deliveries of (event name, id) as the receiver would."""
    deliveries = []
    for name, event_id in events:
        headers, body = delivery(name, event_id)
        event = webhooks.parse(body, headers, hottok=HOTTOK)
        deliveries.append(Delivery(event.id, event.event, event.creation_date, now_ms(), body))
    inbox.journal.append(deliveries)


def states(inbox: Inbox) -> dict[str, tuple[str, int]]:
    return {event.id: (event.state, event.attempts) for event in inbox.journal.events()}


def test_handlers_run_in_a_worker_after_the_acknowledgement(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    release, ran = threading.Event(), threading.Event()

    @inbox.on("PURCHASE_APPROVED")
    def slow(event: webhooks.PurchaseWebhookEvent) -> None:
        ran.set()
        release.wait(30)

    with serving(inbox) as url:
        headers, body = delivery("PURCHASE_APPROVED", "evt-1")
        answer = httpx.post(url, content=body, headers=headers, timeout=10)
        assert answer.status_code == 200  # answered while the handler has not finished
        assert ran.wait(10)
        assert states(inbox) == {"evt-1": ("pending", 1)}
        release.set()
        deadline = time.monotonic() + 10
        while states(inbox)["evt-1"][0] != "done" and time.monotonic() < deadline:
            time.sleep(0.05)
    assert states(inbox) == {"evt-1": ("done", 1)}


def test_handlers_get_their_typed_event(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    seen: list[tuple[str, str, object]] = []

    @inbox.on("PURCHASE_APPROVED", "PURCHASE_REFUNDED")
    def purchase(event: webhooks.PurchaseWebhookEvent) -> None:
        seen.append((type(event).__name__, event.event, event.data.purchase.transaction))

    @inbox.on("SWITCH_PLAN")
    async def switch(event: webhooks.SwitchPlanWebhookEvent) -> None:  # an async handler
        await asyncio.sleep(0)
        seen.append((type(event).__name__, event.event, event.data.subscription.subscriber_code))

    @inbox.on_any(name="everything")
    def everything(event: webhooks.WebhookEvent) -> None:
        seen.append(("any", event.event, event.is_known))

    fill(inbox, ("PURCHASE_APPROVED", "a"), ("SWITCH_PLAN", "b"), ("PURCHASE_REFUNDED", "c"))
    unknown = b'{"id": "d", "event": "BRAND_NEW_EVENT", "creation_date": 1700000000000, "data": {"x": 1}}'
    inbox.journal.append([Delivery("d", "BRAND_NEW_EVENT", 1700000000000, now_ms(), unknown)])
    report = inbox.process()
    assert report.done == 4
    approved, refunded = (
        EXAMPLES[n]["data"]["purchase"]["transaction"] for n in ("PURCHASE_APPROVED", "PURCHASE_REFUNDED")
    )
    subscriber = EXAMPLES["SWITCH_PLAN"]["data"]["subscription"]["subscriber_code"]
    assert sorted(seen, key=str) == sorted(
        [
            ("PurchaseWebhookEvent", "PURCHASE_APPROVED", approved),
            ("any", "PURCHASE_APPROVED", True),
            ("SwitchPlanWebhookEvent", "SWITCH_PLAN", subscriber),
            ("any", "SWITCH_PLAN", True),
            ("PurchaseWebhookEvent", "PURCHASE_REFUNDED", refunded),
            ("any", "PURCHASE_REFUNDED", True),
            ("any", "BRAND_NEW_EVENT", False),
        ],
        key=str,
    )


def test_a_failing_handler_is_retried_with_backoff_until_it_succeeds(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path, retry_delay=0.2)
    attempts: list[float] = []

    @inbox.on("SUBSCRIPTION_CANCELLATION")
    def flaky(event: webhooks.SubscriptionCancellationWebhookEvent) -> None:
        attempts.append(time.monotonic())
        if len(attempts) < 3:
            raise ConnectionError("the CRM is down")

    fill(inbox, ("SUBSCRIPTION_CANCELLATION", "evt-1"))
    assert inbox.process().retried == 1
    assert inbox.process().events == 0  # not due yet: the backoff
    deadline = time.monotonic() + 10
    while states(inbox)["evt-1"][0] != "done" and time.monotonic() < deadline:
        inbox.process()
        time.sleep(0.02)
    assert states(inbox) == {"evt-1": ("done", 3)}
    first, second = attempts[1] - attempts[0], attempts[2] - attempts[1]
    assert first >= 0.2 * 0.75 and second >= 0.4 * 0.75  # doubled each time, up to 25% shorter


def test_after_max_attempts_an_event_is_dead_and_replay_runs_it_again(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path, max_attempts=2, retry_delay=0.05)
    broken = True
    runs: list[str] = []

    @inbox.on("CLUB_MODULE_COMPLETED", name="certificate")
    def certificate(event: webhooks.ClubModuleCompletedWebhookEvent) -> None:
        runs.append(event.id)
        if broken:
            raise ValueError(f"no template for module {event.data.module.name}")

    fill(inbox, ("CLUB_MODULE_COMPLETED", "evt-1"), ("CLUB_MODULE_COMPLETED", "evt-2"))
    inbox.process()
    time.sleep(0.1)
    inbox.process()
    status = inbox.journal.status()
    assert status.by_state == {"pending": 0, "done": 0, "dead": 2}
    assert [(e.id, e.attempts) for e in status.dead] == [("evt-2", 2), ("evt-1", 2)]
    assert status.dead[0].last_error == "certificate: ValueError: no template for module Module Name"
    assert inbox.process().events == 0  # dead letters are not retried on their own

    broken = False
    replayed, skipped = inbox.journal.replay(ids=["evt-1", "nope"])
    assert (replayed, skipped) == (["evt-1"], {"nope": "not in the journal"})
    inbox.process()
    assert states(inbox) == {"evt-1": ("done", 1), "evt-2": ("dead", 2)}
    assert inbox.journal.replay() == (["evt-2"], {})
    inbox.process()
    assert states(inbox) == {"evt-1": ("done", 1), "evt-2": ("done", 1)}
    assert runs == ["evt-1", "evt-2", "evt-1", "evt-2", "evt-1", "evt-2"]
    assert inbox.journal.replay(ids=["evt-1"]) == ([], {"evt-1": "is done (--include-done replays it)"})
    assert inbox.journal.replay(ids=["evt-1"], include_done=True) == (["evt-1"], {})
    inbox.process()
    assert runs[-1] == "evt-1"  # with --include-done every handler runs again


def test_a_retry_runs_only_the_handlers_that_failed(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path, retry_delay=0.05)
    runs: collections.Counter[str] = collections.Counter()

    @inbox.on("PURCHASE_APPROVED", name="email")
    def email(event: webhooks.PurchaseWebhookEvent) -> None:
        runs["email"] += 1

    @inbox.on("PURCHASE_APPROVED", name="crm")
    def crm(event: webhooks.PurchaseWebhookEvent) -> None:
        runs["crm"] += 1
        if runs["crm"] == 1:
            raise TimeoutError("CRM timeout")

    fill(inbox, ("PURCHASE_APPROVED", "evt-1"))
    inbox.process()
    time.sleep(0.1)
    inbox.process()
    assert runs == {"email": 1, "crm": 2}
    assert sorted(inbox.journal.handled()) == [("evt-1", "crm", 2), ("evt-1", "email", 1)]


def test_events_no_handler_takes_are_done_and_kept(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)

    @inbox.on("PURCHASE_APPROVED")
    def noop(event: webhooks.PurchaseWebhookEvent) -> None:
        pass

    fill(inbox, ("PURCHASE_APPROVED", "a"), ("SWITCH_PLAN", "b"))
    report = inbox.process()
    assert report.done == 2 and report.handler_runs == {
        "tests.inbox.test_process.test_events_no_handler_takes_are_done_and_kept.<locals>.noop": 1
    }
    assert states(inbox) == {"a": ("done", 1), "b": ("done", 0)}


def test_stopping_a_worker_gives_back_the_events_it_had_not_started(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    started = threading.Event()

    @inbox.on_any()
    def slow(event: webhooks.WebhookEvent) -> None:
        started.set()
        time.sleep(0.3)

    fill(inbox, *[("CLUB_FIRST_ACCESS", f"evt-{n}") for n in range(5)])
    worker = inbox.worker(batch=5).start()
    assert started.wait(10)
    assert worker.stop(timeout=10)
    assert states(inbox) == {"evt-0": ("done", 1), **{f"evt-{n}": ("pending", 0) for n in range(1, 5)}}
    assert inbox.process().done == 4  # given back: claimable at once, no attempt used


def _work(handlers: str, directory: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "INBOX_JOURNAL": str(directory / "journal.db"), "INBOX_DIR": str(directory)}
    command = [
        sys.executable, "-m", "hotmart_client.cli", "webhooks", "work", "--inbox",
        f"tests.inbox.process_handlers:{handlers}", "--log-level", "warning", *extra,
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_file(path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert path.exists(), f"{path.name} never appeared"


def test_an_idempotent_handler_survives_a_crash_after_its_effect(tmp_path: Path) -> None:
    """The handler grants access keyed on event.id, then its process is killed before the journal
    records the success: the next worker runs it again, and the grant is still made once."""
    inbox = Inbox(tmp_path / "journal.db")
    fill(inbox, ("PURCHASE_APPROVED", "evt-1"), ("PURCHASE_APPROVED", "evt-2"))
    first = _work("idempotent", tmp_path, "--drain")
    _, errors = first.communicate(timeout=120)
    assert first.returncode == -signal.SIGKILL, errors
    assert states(inbox)["evt-1"] == ("pending", 1)  # claimed, never finished
    time.sleep(0.6)  # the dead worker's lease runs out
    second = _work("idempotent", tmp_path, "--drain")
    _, errors = second.communicate(timeout=120)
    assert second.returncode == 0, errors
    assert "2 done" in errors
    runs = (tmp_path / "runs.txt").read_text().split()
    assert runs == ["evt-1", "evt-1", "evt-2"]  # at least once: evt-1 ran twice
    import sqlite3

    with sqlite3.connect(tmp_path / "app.db") as app:
        grants = app.execute("SELECT event_id, email FROM grants ORDER BY event_id").fetchall()
    assert grants == [("evt-1", "buyer@email.com"), ("evt-2", "buyer@email.com")]  # once each
    assert states(inbox) == {"evt-1": ("done", 2), "evt-2": ("done", 2)}  # both claimed by the killed worker


def test_a_dead_workers_events_are_taken_over_once_its_lease_runs_out(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "journal.db", lease=1.0)
    taken: list[str] = []

    @inbox.on_any()
    def record(event: webhooks.WebhookEvent) -> None:
        taken.append(event.id)

    fill(inbox, ("ORDER_FULFILLMENT", "evt-1"))
    stuck = _work("hanging", tmp_path, "--batch", "1")
    try:
        _wait_for_file(tmp_path / "started.txt")
        time.sleep(1.5)  # longer than the lease: the live worker's heartbeat keeps it
        assert inbox.process().events == 0 and taken == []
    finally:
        stuck.kill()
        stuck.communicate()
    assert inbox.process().events == 0  # the lease has not run out yet
    time.sleep(1.1)
    assert inbox.process().done == 1
    assert taken == ["evt-1"] and states(inbox) == {"evt-1": ("done", 2)}


def test_concurrent_workers_never_run_an_event_twice(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "journal.db")
    names = list(webhooks.EVENT_NAMES)
    fill(inbox, *[(names[n % len(names)], f"evt-{n}") for n in range(240)])
    workers = [_work("counting", tmp_path, "--drain", "--batch", "5") for _ in range(3)]
    for worker in workers:
        _, errors = worker.communicate(timeout=120)
        assert worker.returncode == 0, errors
    lines = (tmp_path / "runs.txt").read_text().splitlines()
    per_event = collections.Counter(line.split()[0] for line in lines)
    assert len(per_event) == 240 and set(per_event.values()) == {1}
    assert len({line.split()[1] for line in lines}) >= 2  # the work was shared
    assert {state for state, _ in states(inbox).values()} == {"done"}


def test_on_refuses_undocumented_events_and_duplicate_names(tmp_path: Path) -> None:
    inbox = new_inbox(tmp_path)
    with pytest.raises(InvalidParameterError, match="'CART_ABANDONMENT' is not a documented event"):
        inbox.on("CART_ABANDONMENT")  # type: ignore[call-overload]

    @inbox.on("SWITCH_PLAN", name="same")
    def first(event: webhooks.SwitchPlanWebhookEvent) -> None:
        pass

    with pytest.raises(InvalidParameterError, match="'same' is already registered"):
        inbox.on("SWITCH_PLAN", name="same")(first)
    with pytest.raises(InvalidParameterError, match="max_attempts"):
        Inbox(tmp_path / "j.db", max_attempts=0)


def test_the_typed_event_names_are_those_of_the_generated_classes() -> None:
    aliases = {
        name: value for name, value in vars(_inbox).items() if name.endswith("EventName") and typing.get_origin(value)
    }
    typed = {
        name: cls
        for cls in set(EVENT_CLASSES.values())
        for name in typing.get_args(typing.get_type_hints(cls)["event"])
    }
    from_aliases = {event: alias for alias, value in aliases.items() for event in typing.get_args(value)}
    assert set(from_aliases) == set(EVENT_CLASSES) == set(typed)
    for event, alias in from_aliases.items():  # PurchaseEventName -> PurchaseWebhookEvent
        assert typed[event].__name__ == alias.removesuffix("EventName") + "WebhookEvent"
