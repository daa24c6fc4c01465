"""Structured log lines of the inbox, with secrets masked.

Every line is one event with fields (`received`, id, event name, status, duration...), never a
payload: bodies hold personal data. `configure` installs a handler (JSON lines or `key=value`
text) whose formatter masks credentials the way the client does (`_logging.mask`: `hottok=...`,
`Bearer ...`) and, beyond that, any literal occurrence of the configured hottok (8 characters or more).
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Iterable
from typing import Any

from .._logging import MASK, SecretMaskingFilter, mask

logger = logging.getLogger("hotmart_client.inbox")
_FIELDS = "inbox_fields"  # the LogRecord attribute the fields travel in
MIN_SECRET = 8


def log(level: int, message: str, **fields: Any) -> None:
    if logger.isEnabledFor(level):
        logger.log(level, message, extra={_FIELDS: fields})


class InboxFormatter(logging.Formatter):
    """`json`: one JSON object per line; `text`: `time level logger message key=value...`.
    Both mask credentials in the message and in every field."""

    def __init__(self, style: str = "json", secrets: Iterable[str] = ()) -> None:
        super().__init__()
        if style not in ("json", "text"):
            raise ValueError(f"log format must be json or text, not {style!r}")
        self.style = style
        # Short strings would mask ordinary words; a hottok is long.
        self.secrets = tuple(secret for secret in secrets if len(secret) >= MIN_SECRET)

    def _clean(self, value: object) -> Any:
        if isinstance(value, bool | int | float) or value is None:
            return value
        text = mask(str(value))
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def format(self, record: logging.LogRecord) -> str:
        moment = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z"
        fields = {key: self._clean(value) for key, value in getattr(record, _FIELDS, {}).items()}
        if record.exc_info and record.exc_info[1] is not None:  # the type and message; no locals
            error = record.exc_info[1]
            fields["error"] = self._clean(f"{type(error).__name__}: {error}")
        message = self._clean(record.getMessage())
        if self.style == "json":
            line = {"time": moment, "level": record.levelname.lower(), "logger": record.name, "message": message}
            return json.dumps({**line, **fields}, ensure_ascii=False, default=str)
        pairs = " ".join(f"{key}={json.dumps(value, ensure_ascii=False, default=str)}" for key, value in fields.items())
        return f"{moment} {record.levelname.lower():<7} {record.name} {message}" + (f" {pairs}" if pairs else "")


def configure(style: str = "json", level: int | str = logging.INFO, secrets: Iterable[str] = ()) -> logging.Handler:
    """Send every log record (the inbox's, uvicorn's, dlt's) to stderr through `InboxFormatter`:
    what `hotmart webhooks serve` does. Returns the handler installed on the root logger."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(InboxFormatter(style, secrets))
    handler.addFilter(SecretMaskingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h.formatter, InboxFormatter)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
