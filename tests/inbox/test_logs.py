"""The inbox's log lines: structured (JSON or key=value), and no credential survives in them."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from hotmart_client.inbox._logs import InboxFormatter, log

from .conftest import HOTTOK


@pytest.fixture
def captured() -> Iterator[tuple[io.StringIO, logging.Handler]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("hotmart_client.inbox")
    logger.addHandler(handler)
    previous = logger.level
    logger.setLevel(logging.INFO)
    try:
        yield stream, handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


@pytest.mark.parametrize("style", ["json", "text"])
def test_lines_carry_their_fields_and_never_a_credential(
    captured: tuple[io.StringIO, logging.Handler], style: str
) -> None:
    stream, handler = captured
    handler.setFormatter(InboxFormatter(style, secrets=[HOTTOK]))
    log(logging.INFO, "received", id="evt-1", event_name="PURCHASE_APPROVED", status=200, duplicate=False, ms=1.5)
    log(logging.WARNING, f"refused: POST /webhook?hottok={HOTTOK}", status=401, reason=f"token {HOTTOK} is wrong")
    try:
        raise ValueError(f"Authorization: Bearer abc.def.ghi and {HOTTOK}")
    except ValueError:
        logging.getLogger("hotmart_client.inbox").exception("handler failed", extra={"inbox_fields": {"id": "e"}})
    text = stream.getvalue()
    assert HOTTOK not in text and "abc.def.ghi" not in text
    lines = text.splitlines()
    assert len(lines) == 3
    if style == "json":
        first, second, third = (json.loads(line) for line in lines)
        assert first | {"time": None} == {
            "time": None, "level": "info", "logger": "hotmart_client.inbox", "message": "received",
            "id": "evt-1", "event_name": "PURCHASE_APPROVED", "status": 200, "duplicate": False, "ms": 1.5,
        }  # fmt: skip
        assert second["message"] == "refused: POST /webhook?hottok=***" and second["reason"] == "token *** is wrong"
        assert third["error"] == "ValueError: Authorization: Bearer *** and ***"
    else:
        assert lines[0].endswith('received id="evt-1" event_name="PURCHASE_APPROVED" status=200 duplicate=false ms=1.5')


def test_short_secrets_do_not_mask_ordinary_words() -> None:
    formatter = InboxFormatter("text", secrets=["tok"])
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "the token is wrong", None, None)
    assert formatter.format(record).endswith("the token is wrong")
