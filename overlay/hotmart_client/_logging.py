"""Logging with secrets masked.

Hotmart's token endpoint takes `client_secret` in the query string, and httpx logs every request
URL at INFO on the `httpx` logger. A filter on that logger (installed once, on first client
creation) masks secrets in its records, and this package's own log lines never carry them.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import deque
from typing import Any

import httpx

logger = logging.getLogger("hotmart_client")

SECRET_QUERY_KEYS = ("client_secret", "client_id", "access_token", "token", "hottok")
# `key=value` in a query string or a message, `key%3Dvalue` when that query is itself URL-encoded
# (a gateway quoting the URL in another URL), and `"key": "value"` in JSON text.
_KEY_START = r"(?:(?<![A-Za-z0-9_])|(?<=%3F)|(?<=%26))"  # not inside a longer name; or after an encoded ? or &
_KEY_END = r"(?:=|%3D|\\?\"?\s*:\s*\\?\")"  # `=`, an encoded `=`, or `": "` (JSON, maybe escaped)
_QUERY_SECRET = re.compile(
    r"(" + _KEY_START + "(?:" + "|".join(SECRET_QUERY_KEYS) + ")" + _KEY_END + r")[^&\s'\"\\]+", re.IGNORECASE
)
_AUTH_HEADER = re.compile(r"((?:Bearer|Basic)(?:\s|%20|\+)+)([A-Za-z0-9._~+/=%-]+)", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")  # "the Basic authorization header": a word, not a credential
MASK = "***"

# The credentials this process holds (client ids and secrets, Basic values, access tokens): masked
# by value wherever they appear, whatever the text around them. A server quoting one in its own
# words ("bad secret abc...") is then masked too. Bounded: old access tokens fall out first.
_KNOWN: deque[str] = deque(maxlen=256)
_KNOWN_LOCK = threading.Lock()
_MIN_KNOWN = 8  # shorter values would mask ordinary words


def remember(*secrets: str) -> None:
    """Mask these values wherever `mask` runs from now on (credentials of a client)."""
    with _KNOWN_LOCK:
        for secret in secrets:
            if isinstance(secret, str) and len(secret) >= _MIN_KNOWN and secret not in _KNOWN:
                _KNOWN.append(secret)


def mask(text: str) -> str:
    """Mask credentials in a URL, header or message: the values of credential keys, Bearer and
    Basic values, and every credential this process holds (`remember`)."""
    text = _AUTH_HEADER.sub(_masked_credential, _QUERY_SECRET.sub(r"\1" + MASK, text))
    for secret in tuple(_KNOWN):
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def _masked_credential(match: re.Match[str]) -> str:
    return match.group(0) if _WORD.fullmatch(match.group(2)) else match.group(1) + MASK


def mask_json(value: Any) -> Any:
    """A parsed JSON value with every string in it masked (keys included)."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, list):
        return [mask_json(item) for item in value]
    if isinstance(value, dict):
        return {mask(str(key)): mask_json(item) for key, item in value.items()}
    return value


def mask_bytes(content: bytes) -> bytes:
    """`content` with credentials masked when it is text (UTF-8); other bytes as they are."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return content
    masked = mask(text)
    return content if masked == text else masked.encode("utf-8")


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
