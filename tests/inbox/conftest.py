"""Inbox tests: real journals in temporary directories, the receiver under uvicorn, workers in
threads and processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from hotmart_client import webhooks
from hotmart_client.inbox import Inbox
from tests.servers import serve_asgi

HOTTOK = "inbox-test-hottok-8f3a61c2d9"


@contextmanager
def serving(inbox: Inbox, **options: Any) -> Iterator[str]:
    """The inbox's app under uvicorn (lifespan on: writer and worker run); yields the webhook URL."""
    with serve_asgi(inbox.app(**options), lifespan="on") as url:
        yield f"{url}/webhook"


def post(url: str, name: str, *, hottok: str = HOTTOK, event_id: str | None = None, **overrides: Any) -> httpx.Response:
    headers, body = webhooks.build_delivery(name, hottok, event_id=event_id, data_overrides=overrides or None)
    return httpx.post(url, content=body, headers=headers, timeout=30)


def delivery(name: str, event_id: str, **overrides: Any) -> tuple[dict[str, str], bytes]:
    return webhooks.build_delivery(name, HOTTOK, event_id=event_id, data_overrides=overrides or None)


def body_of(name: str, event_id: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(delivery(name, event_id)[1])
    return result


def new_inbox(tmp_path: Path, **options: Any) -> Inbox:
    options.setdefault("hottok", HOTTOK)
    return Inbox(tmp_path / "journal.db", **options)
