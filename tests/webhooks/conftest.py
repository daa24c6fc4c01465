"""Webhook test helpers: the spec's events and a small real HTTP receiver."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.support import SPEC, resolve

HOTTOK = "7fQk2LmX9vB4nR8sT1wZ6yH3jD5cA0"


def spec_events() -> dict[str, dict[str, Any]]:
    """event name -> {"example", "model", "data_model"}, straight from the spec's `webhooks:`."""
    events = {}
    for name, item in SPEC["webhooks"].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        envelope = media["schema"]["$ref"].rsplit("/", 1)[-1]
        data_ref = resolve(media["schema"])["properties"]["data"]["$ref"]
        events[name] = {"example": media["example"], "model": envelope, "data_model": data_ref.rsplit("/", 1)[-1]}
    return events


def changed(payload: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A deep copy of `payload` with top-level keys set, or removed where the value is KeyError."""
    copied = copy.deepcopy(payload)
    for key, value in changes.items():
        if value is KeyError:
            del copied[key]
        else:
            copied[key] = value
    return copied


def delivery(payload: dict[str, Any] | str | bytes) -> tuple[bytes | str, dict[str, str]]:
    body = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    return body, {"X-HOTMART-HOTTOK": HOTTOK}


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(url, received): a real HTTP server on 127.0.0.1 that records each POST and answers 200."""
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"path": self.path, "headers": dict(self.headers), "body": body})
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()
