"""Bearer tokens of the mock's token endpoint: issue, check, expire and revoke."""

from __future__ import annotations

import base64
import secrets
import threading
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass


@dataclass
class _Issued:
    expires_at: float
    account: str  # the client id the token was issued to: whose data it reads
    revoked: bool = False


class TokenRegistry:
    def __init__(
        self,
        ttl: float = 86400.0,
        credentials: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        accounts: Collection[str] | None = None,
    ) -> None:
        self.ttl = ttl
        self.credentials = dict(credentials) if credentials is not None else None
        self.accounts = frozenset(accounts) if accounts is not None else None  # None: any client id
        self._clock = clock
        self._tokens: dict[str, _Issued] = {}
        self._lock = threading.Lock()
        self.issued = 0
        self.api_calls = 0  # authenticated API calls served (drives `revoke_token_after`)
        self.revocations = 0
        self._auto_revoked = False

    def refusal(self, client_id: str, client_secret: str, authorization: str | None) -> str | None:
        """Why these credentials are refused, or None. Hotmart needs the Basic header too."""
        if not authorization or not authorization.lower().startswith("basic "):
            return "Full authentication is required: send the Basic authorization header."
        try:
            decoded = base64.b64decode(authorization.split(None, 1)[1], validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return "The Basic authorization header is malformed."
        if decoded != f"{client_id}:{client_secret}":
            return "The Basic authorization header does not match client_id and client_secret."
        if self.credentials is not None and self.credentials.get(client_id) != client_secret:
            return "Bad client credentials."
        if self.accounts is not None and client_id not in self.accounts:
            return "Bad client credentials."
        return None

    def issue(self, account: str = "") -> str:
        token = "mock." + secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = _Issued(self._clock() + self.ttl, account)
            self.issued += 1
        return token

    def account_of(self, authorization: str) -> str:
        """The client id a valid bearer token was issued to (check `problem` first)."""
        issued = self._tokens.get(authorization.split(None, 1)[1].strip())
        assert issued is not None
        return issued.account

    def problem(self, authorization: str | None) -> str | None:
        """Why a request's bearer token is not accepted, or None when it is."""
        if not authorization or not authorization.lower().startswith("bearer "):
            return "Full authentication is required to access this resource."
        token = authorization.split(None, 1)[1].strip()
        issued = self._tokens.get(token)
        if issued is None:
            return "The access token is invalid."
        if issued.revoked:
            return "The access token was revoked."
        if self._clock() >= issued.expires_at:
            return "The access token has expired."
        return None

    def count_call(self, revoke_after: int | None) -> bool:
        """Count one authenticated call; revoke every token once the limit is reached (True then)."""
        with self._lock:
            self.api_calls += 1
            if revoke_after is None or self._auto_revoked or self.api_calls < revoke_after:
                return False
            self._auto_revoked = True
        self.revoke_all()
        return True

    def revoke_all(self) -> None:
        with self._lock:
            for issued in self._tokens.values():
                issued.revoked = True
            self.revocations += 1
