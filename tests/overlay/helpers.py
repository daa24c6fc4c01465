"""Helpers for overlay tests: credentials, clients that never sleep long, respx routes."""

from __future__ import annotations

from typing import Any

import httpx

from hotmart_client import AsyncHotmart, Hotmart, RetryPolicy
from hotmart_client._constants import PRODUCTION_URL

CLIENT_ID = "cid-4f1b2c3d-visible-only-to-tests"
CLIENT_SECRET = "csecret-9a8b7c6d-must-never-leak"
ACCESS_TOKEN = "H4sIAAAAAAAAAKtWyk0tLk5MT1WyUkrLz1eqBQ-token-must-never-leak"
FAST_RETRIES = RetryPolicy(max_retries=3, base_delay=0.0, max_delay=0.0, max_retry_after=2.0)


def token_response(token: str = ACCESS_TOKEN, expires_in: int = 86400) -> httpx.Response:
    return httpx.Response(200, json={"access_token": token, "token_type": "bearer", "expires_in": expires_in})


def new_client(**options: Any) -> Hotmart:
    options.setdefault("retry_policy", FAST_RETRIES)
    return Hotmart(CLIENT_ID, CLIENT_SECRET, **options)


def new_async_client(**options: Any) -> AsyncHotmart:
    options.setdefault("retry_policy", FAST_RETRIES)
    return AsyncHotmart(CLIENT_ID, CLIENT_SECRET, **options)


def api(path: str) -> str:
    return PRODUCTION_URL + path
