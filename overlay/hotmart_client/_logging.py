"""Logging with secrets masked.

Hotmart's token endpoint takes `client_secret` in the query string, and httpx logs every request
URL at INFO on the `httpx` logger. A filter on that logger (installed once, on first client
creation) masks secrets in its records, and this package's own log lines never carry them.
"""

from __future__ import annotations

import logging
import re
import time

import httpx

logger = logging.getLogger("hotmart_client")

SECRET_QUERY_KEYS = ("client_secret", "client_id", "access_token", "token", "hottok")
_QUERY_SECRET = re.compile(r"((?<![A-Za-z0-9_])(?:" + "|".join(SECRET_QUERY_KEYS) + r")=)[^&\s'\"]+", re.IGNORECASE)
_AUTH_HEADER = re.compile(r"((?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
MASK = "***"


def mask(text: str) -> str:
    """Mask credentials in a URL, header or message."""
    return _AUTH_HEADER.sub(r"\1" + MASK, _QUERY_SECRET.sub(r"\1" + MASK, text))


class SecretMaskingFilter(logging.Filter):
    """Rewrite a record's message so no credential survives, whatever logger it came from."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


_installed = False


def install_filters() -> None:
    """Attach the masking filter to the loggers that see request URLs (idempotent)."""
    global _installed
    if _installed:
        return
    for name in ("httpx", "httpcore", "hotmart_client"):
        logging.getLogger(name).addFilter(SecretMaskingFilter())
    _installed = True


def log_request(request: httpx.Request, status: int | str, attempt: int, started: float) -> None:
    """One DEBUG line per attempt: method, path (no query: it may hold secrets), status, attempt, duration."""
    if logger.isEnabledFor(logging.DEBUG):
        duration = time.perf_counter() - started
        path = mask(request.url.path)
        logger.debug(
            "%s %s%s -> %s attempt=%d duration=%.3fs", request.method, request.url.host, path, status, attempt, duration
        )
