"""Fault injection: what can go wrong between a client and Hotmart, on demand and reproducibly.

Faults are set for the whole run (`Faults`) and overridden per route (keyed by operationId, e.g.
`{"getSalesHistory": {"error_rate": 0.5}}`; `createAccessToken` is the token endpoint). Every request
draws the same number of values from one RNG seeded by the server's seed, so a sequential client
meets the same faults on every run.
"""

from __future__ import annotations

import dataclasses
import random
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

Fate = Literal["ok", "error", "rate_limit", "drop"]
SERVER_ERRORS = (500, 502, 503)


@dataclass(frozen=True)
class Faults:
    """Fault knobs. Rates are fractions of requests, in [0, 1]."""

    latency: float = 0.0  # seconds added before answering
    jitter: float = 0.0  # extra random latency, uniform in [0, jitter]
    error_rate: float = 0.0  # answered 500, 502 or 503 (503 with Retry-After)
    rate_limit_rate: float = 0.0  # answered 429 with Retry-After and RateLimit-* headers
    retry_after: float = 1.0  # seconds announced by injected 429/503 answers
    truncate_rate: float = 0.0  # 2xx answers whose JSON body is cut in half
    drop_rate: float = 0.0  # connections closed without an answer
    revoke_token_after: int | None = None  # revoke every issued token once this many API calls were served

    def __post_init__(self) -> None:
        for name in ("error_rate", "rate_limit_rate", "truncate_rate", "drop_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        if self.error_rate + self.rate_limit_rate + self.drop_rate > 1.0:
            raise ValueError("error_rate + rate_limit_rate + drop_rate must not exceed 1")
        if min(self.latency, self.jitter, self.retry_after) < 0:
            raise ValueError("latency, jitter and retry_after must be >= 0")

    def with_overrides(self, overrides: Faults | Mapping[str, Any]) -> Faults:
        if isinstance(overrides, Faults):
            return overrides
        return dataclasses.replace(self, **dict(overrides))


RouteFaults = Mapping[str, Faults | Mapping[str, Any]]


@dataclass(frozen=True)
class Decision:
    delay: float
    fate: Fate
    status: int  # for "error"
    truncate: bool
    faults: Faults


class FaultInjector:
    def __init__(self, faults: Faults | None = None, routes: RouteFaults | None = None, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self.configure(faults, routes)

    def configure(self, faults: Faults | None = None, routes: RouteFaults | None = None) -> None:
        """Replace the faults (e.g. mid-test); routes not listed fall back to `faults`."""
        base = faults or Faults()
        resolved = {op: base.with_overrides(o) for op, o in (routes or {}).items()}
        with self._lock:
            self.faults = base
            self.routes = resolved

    def for_route(self, operation_id: str) -> Faults:
        return self.routes.get(operation_id, self.faults)

    def decide(self, operation_id: str) -> Decision:
        faults = self.for_route(operation_id)
        with self._lock:
            jitter, fate_roll, status_roll, truncate_roll = (self._rng.random() for _ in range(4))
        delay = faults.latency + jitter * faults.jitter
        fate: Fate = "ok"
        threshold = faults.error_rate
        if fate_roll < threshold:
            fate = "error"
        elif fate_roll < (threshold := threshold + faults.rate_limit_rate):
            fate = "rate_limit"
        elif fate_roll < threshold + faults.drop_rate:
            fate = "drop"
        status = SERVER_ERRORS[int(status_roll * len(SERVER_ERRORS))]
        return Decision(delay, fate, status, truncate_roll < faults.truncate_rate, faults)
