"""The kill test of the webhook inbox (issue 21), shared by the suite's short form
(test_kill.py) and the long form (`nox -s inbox_kill_test`):

    python -m tests.inbox.killtest --deliveries 1000 --kills 12

A sender posts deliveries of every documented event type (10% of them re-deliveries of an id
already sent, same bytes) plus forged ones (a wrong token), from several threads, retrying every
request that did not get a 200 (a forged one: until it gets any HTTP answer), as Hotmart does. The
receiver is a real `hotmart webhooks serve` process running the handlers of kill_handlers.py; it
is SIGKILLed at random points spread over the sending and restarted each time. Then the last
receiver drains the journal, stops on SIGTERM, and `hotmart webhooks load` lands the journal in
DuckDB. Checked: every acknowledged id is in `webhook_events` exactly once, and nothing else is;
each handler ran at least once for each of its events; no forged delivery was acknowledged or
stored. The report counts what happened, handler re-runs included.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from hotmart_client import webhooks
from hotmart_client._webhook_events import EVENT_CLASSES
from hotmart_client.inbox import Journal
from tests.servers import free_port
from tests.support import ROOT

HOTTOK = "kill-test-hottok-5d1c9a7e02b4"
READY_TIMEOUT = 90.0  # a loaded CI machine can take long to import a CLI
DRAIN_TIMEOUT = 120.0
PURCHASES = frozenset(name for name, cls in EVENT_CLASSES.items() if cls is webhooks.PurchaseWebhookEvent)


@dataclass(frozen=True)
class Planned:
    event_id: str
    event: str
    headers: dict[str, str]
    body: bytes
    forged: bool = False
    redelivery: bool = False


@dataclass
class Outcome:
    acked: set[str] = field(default_factory=set)  # ids answered 200
    refused: set[str] = field(default_factory=set)  # forged ids answered 401
    forged_acked: set[str] = field(default_factory=set)  # must stay empty
    requests: int = 0
    not_200: collections.Counter[str] = field(default_factory=collections.Counter)  # status or error -> count
    lock: threading.Lock = field(default_factory=threading.Lock)


def plan(deliveries: int, rng: random.Random) -> list[Planned]:
    """`deliveries` verified posts (every event type in turn, 10% re-deliveries), then forged
    ones (5% more), shuffled in."""
    names = list(webhooks.EVENT_NAMES)
    items: list[Planned] = []
    for index in range(deliveries):
        if index % 10 == 9:  # a re-delivery of an event already planned, same bytes
            original = rng.choice([item for item in items if not item.redelivery])
            items.append(Planned(original.event_id, original.event, original.headers, original.body, redelivery=True))
            continue
        name = names[index % len(names)]
        headers, body = webhooks.build_delivery(name, HOTTOK)
        items.append(Planned(json.loads(body)["id"], name, headers, body))
    for index in range(max(1, deliveries // 20)):
        name = names[index % len(names)]
        headers, body = webhooks.build_delivery(name, "forged-token-0000000000", event_id=f"forged-{index}")
        items.insert(rng.randrange(len(items) + 1), Planned(f"forged-{index}", name, headers, body, forged=True))
    return items


class Receiver:
    """`hotmart webhooks serve` in a subprocess, killed and restarted at will."""

    def __init__(self, workdir: Path, port: int) -> None:
        self.workdir = workdir
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.start_seconds: list[float] = []
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("HOTMART_", "KILLTEST_"))},
            "KILLTEST_JOURNAL": str(workdir / "journal.db"),
            "KILLTEST_HOTTOK": HOTTOK,
            "KILLTEST_RUNS": str(workdir / "runs.txt"),
            "PYTHONPATH": str(ROOT),
        }
        self.log = (workdir / "serve.log").open("ab")

    def start(self) -> None:
        command = [
            sys.executable, "-m", "hotmart_client.cli", "webhooks", "serve", "--inbox",
            "tests.inbox.kill_handlers:inbox", "--port", str(self.port), "--log-level", "warning",
        ]  # fmt: skip
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=self.log, stderr=self.log)
        self.starts += 1
        begun = time.monotonic()
        while time.monotonic() < begun + READY_TIMEOUT:
            if self.process.poll() is not None:
                raise RuntimeError(f"the receiver exited with {self.process.returncode}: see {self.log.name}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1.0).status_code == 200:
                    self.start_seconds.append(round(time.monotonic() - begun, 2))
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.02)
        raise RuntimeError(f"the receiver did not get ready in {READY_TIMEOUT:.0f} s")

    def kill(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def terminate(self) -> int:
        """SIGTERM: the graceful stop; its exit code."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=60)


class Sender:
    """Threads posting the plan, each request retried until it gets its final answer. The kills
    happen at random points of the plan (`targets`, fractions of it): the sender does not run more
    than a few deliveries past the next one until it has happened, so they are spread over the
    whole sending however long each restart takes."""

    def __init__(self, url: str, items: list[Planned], threads: int, targets: list[float]) -> None:
        self.url = f"{url}/webhook"
        self.items = items
        self.threads = threads
        self.targets = targets
        self.kills_done = 0
        self.outcome = Outcome()
        self._next = 0
        self._lock = threading.Lock()

    def allowed(self, index: int) -> bool:
        if self.kills_done >= len(self.targets):
            return True
        return index < self.targets[self.kills_done] * len(self.items) + self.threads

    def run(self) -> None:
        workers = [threading.Thread(target=self._work, daemon=True) for _ in range(self.threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()

    def progress(self) -> float:
        return self._next / len(self.items)

    def _take(self) -> Planned | None:
        while True:
            with self._lock:
                if self._next >= len(self.items):
                    return None
                if self.allowed(self._next):
                    item = self.items[self._next]
                    self._next += 1
                    return item
            time.sleep(0.01)

    def _work(self) -> None:
        with httpx.Client(timeout=5.0) as client:
            while (item := self._take()) is not None:
                self._deliver(client, item)

    def _deliver(self, client: httpx.Client, item: Planned) -> None:
        out = self.outcome
        while True:
            try:
                status = client.post(self.url, content=item.body, headers=item.headers).status_code
            except httpx.TransportError as exc:  # the receiver is down or was killed mid-request
                with out.lock:
                    out.requests += 1
                    out.not_200[type(exc).__name__] += 1
                time.sleep(0.05)
                continue
            with out.lock:
                out.requests += 1
                if status != 200:
                    out.not_200[str(status)] += 1
                if item.forged and status == 401:
                    out.refused.add(item.event_id)
                    return
                if status == 200:
                    (out.forged_acked if item.forged else out.acked).add(item.event_id)
                    return
            time.sleep(0.05)


def run(
    workdir: Path, *, deliveries: int, kills: int, seed: int, threads: int = 8, cli_load: bool = True
) -> dict[str, Any]:
    """Run the kill test in `workdir`; the report (raises AssertionError when a check fails).
    `cli_load=False` loads in this process (the suite's short form: dlt is imported already)."""
    rng = random.Random(seed)
    items = plan(deliveries, rng)
    receiver = Receiver(workdir, free_port())
    receiver.start()
    sender = Sender(receiver.url, items, threads, sorted(rng.uniform(0.02, 0.98) for _ in range(kills)))
    sending = threading.Thread(target=sender.run, daemon=True)
    started = time.perf_counter()
    sending.start()
    kill_points = []
    for target in sender.targets:
        while sender.progress() < target and sending.is_alive():
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.05))  # deliveries are in flight: some mid-request, some mid-commit
        kill_points.append(round(sender.progress(), 3))
        receiver.kill()
        sender.kills_done += 1
        receiver.start()
    sending.join()
    send_seconds = time.perf_counter() - started
    journal = Journal(workdir / "journal.db")
    deadline = time.monotonic() + DRAIN_TIMEOUT
    while (status := journal.status()).by_state["pending"] and time.monotonic() < deadline:
        time.sleep(0.1)
    drain_seconds = time.perf_counter() - started - send_seconds
    exit_code = receiver.terminate()
    loading = time.perf_counter()
    _load(workdir, receiver.env, cli=cli_load)
    load_seconds = time.perf_counter() - loading
    report = _check(workdir, sender.outcome, items, journal, status.by_state, exit_code)
    report.update(
        deliveries=deliveries,
        forged=sum(item.forged for item in items),
        redeliveries=sum(item.redelivery for item in items),
        kills=kills,
        receiver_starts=receiver.starts,
        kill_points=kill_points,
        seconds={
            "sending": round(send_seconds, 1),
            "draining": round(drain_seconds, 1),
            "load": round(load_seconds, 1),
            "receiver_ready_after_start": receiver.start_seconds,
        },
    )
    return report


def _load(workdir: Path, env: dict[str, str], *, cli: bool) -> None:
    """Land the journal in workdir/hotmart.duckdb, dataset hotmart_data (as `hotmart sync` would)."""
    if cli:
        load = subprocess.run(
            [sys.executable, "-m", "hotmart_client.cli", "webhooks", "load", "--journal", str(workdir / "journal.db")],
            cwd=workdir,
            env={
                **env,
                "DLT_DATA_DIR": str(workdir / "dlt"),
                "RUNTIME__DLTHUB_TELEMETRY": "false",
                "HOTMART_CLIENT_ID": "killtest-client-id",
            },
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert load.returncode == 0, load.stderr
        return
    import dlt

    from hotmart_client.inbox import load as load_events

    pipeline = dlt.pipeline(
        pipeline_name="hotmart",
        destination=dlt.destinations.duckdb(str(workdir / "hotmart.duckdb")),
        dataset_name="hotmart_data",
        pipelines_dir=str(workdir / "dlt"),
    )
    load_events(Journal(workdir / "journal.db"), pipeline)


def _check(  # noqa: PLR0917 - one place checks everything the test promises
    workdir: Path, out: Outcome, items: list[Planned], journal: Journal, states: dict[str, int], exit_code: int
) -> dict[str, Any]:
    import duckdb

    verified = {item.event_id for item in items if not item.forged}
    forged = {item.event_id for item in items if item.forged}
    events = {item.event_id: item.event for item in items}
    with duckdb.connect(str(workdir / "hotmart.duckdb"), read_only=True) as db:
        rows = db.execute("SELECT id, COUNT(*) FROM hotmart_data.webhook_events GROUP BY id").fetchall()
        raw_hottok = db.execute(
            "SELECT COUNT(*) FROM hotmart_data.webhook_events WHERE CAST(raw AS VARCHAR) LIKE ?", [f"%{HOTTOK}%"]
        ).fetchone()
    in_warehouse = dict(rows)
    journaled = {event.id: event.state for event in journal.events()}
    runs: dict[str, collections.Counter[str]] = {"record": collections.Counter(), "purchases": collections.Counter()}
    for line in (workdir / "runs.txt").read_text().splitlines():
        handler, event_id = line.split(" ", 1)
        runs[handler][event_id] += 1

    assert not out.forged_acked, f"forged deliveries acknowledged: {sorted(out.forged_acked)[:5]}"
    assert out.refused == forged, "every forged delivery was answered 401"
    assert out.acked == verified, f"{len(verified - out.acked)} verified deliveries never acknowledged"
    assert set(journaled) == out.acked, "the journal holds exactly the acknowledged ids"
    assert not forged & set(journaled), "a forged delivery was journaled"
    assert set(in_warehouse) == out.acked, (
        f"webhook_events: {len(out.acked - set(in_warehouse))} acknowledged ids missing, "
        f"{len(set(in_warehouse) - out.acked)} ids never acknowledged"
    )
    duplicated = {event_id: count for event_id, count in in_warehouse.items() if count != 1}
    assert not duplicated, f"ids in webhook_events more than once: {list(duplicated.items())[:5]}"
    assert raw_hottok == (0,), "the hottok reached the warehouse"
    assert set(journaled.values()) == {"done"}, (
        f"journal states after the drain: {collections.Counter(journaled.values())}"
    )
    missing = out.acked - set(runs["record"])
    assert not missing, f"{len(missing)} events whose handler never ran"
    purchases = {event_id for event_id in out.acked if events[event_id] in PURCHASES}
    assert purchases == set(runs["purchases"]), "the purchase handler ran for each purchase event and nothing else"
    assert exit_code == 0, f"the last receiver exited with {exit_code} on SIGTERM"

    def counts(counter: collections.Counter[str]) -> dict[str, int]:
        return {
            "events": len(counter),
            "runs": sum(counter.values()),
            "events_run_more_than_once": sum(1 for n in counter.values() if n > 1),
            "most_runs_of_one_event": max(counter.values(), default=0),
        }

    return {
        "acknowledged_ids": len(out.acked),
        "requests": out.requests,
        "answers_other_than_200": dict(out.not_200),
        "forged_refused": len(out.refused),
        "journal_states_before_drain": states,
        "webhook_events_rows": sum(in_warehouse.values()),
        "handler_runs": {name: counts(counter) for name, counter in runs.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deliveries", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=12)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--workdir", type=Path, help="keep the journal, logs and DuckDB file here")
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        report = run(workdir, deliveries=args.deliveries, kills=args.kills, seed=args.seed, threads=args.threads)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
