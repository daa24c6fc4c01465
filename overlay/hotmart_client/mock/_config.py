"""Configuration of a mock server (standard library only: importable without the `[mock]` extra)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ._drift import Drift
from ._faults import Faults, RouteFaults

DEFAULT_PERIOD = (dt.date(2025, 1, 1), dt.date(2026, 7, 1))
# Hotmart documents no maximum page size (its own examples ask for 500): the mock needs one to
# bound its answers, and caps larger requests at it instead of refusing them.
DEFAULT_MAX_PAGE_SIZE = 500
MOCK_CLIENT_ID = "mock-client-id"
MOCK_CLIENT_SECRET = "mock-client-secret"


@dataclass(frozen=True)
class MockConfig:
    """Everything that shapes a mock server's behaviour; the same config gives the same data."""

    seed: int = 0  # data set and fault draws
    items: int = 2000  # items per paginated list (sales, subscriptions, products, students...)
    sizes: Mapping[str, int] = field(default_factory=dict)  # per list, by item schema name
    faults: Faults = field(default_factory=Faults)
    route_faults: RouteFaults = field(default_factory=dict)  # per operationId
    token_ttl: float = 86400.0  # seconds a token stays valid
    credentials: Mapping[str, str] | None = None  # accepted client_id -> secret; None accepts any
    rate_limit: int | None = None  # requests per minute per token; None never answers 429 on its own
    period: tuple[dt.date, dt.date] = DEFAULT_PERIOD  # dates of the synthetic data
    # The mock's "today" for Hotmart's relative defaults (a subscription list without dates covers
    # the 30 days before it). None: the end of `period`, so the defaults cover the newest data.
    today: dt.date | None = None
    max_page_size: int = DEFAULT_MAX_PAGE_SIZE  # larger `max_results` are capped at this
    spec_path: str | Path | None = None  # default: the spec shipped in `hotmart_api`
    # Answer what the spec does not describe (extra fields, a new enum value, a changed type, an
    # undocumented header), to exercise drift recording: see _drift.py. None: answers follow the spec.
    drift: Drift | None = None
    # Several accounts: client_id -> seed of that account's data (see _accounts.py). Only these
    # client ids sign in; a token sees its own account's data only, and `rate_limit` counts each
    # account apart. None: one account, whatever the client id, with the data of `seed`.
    accounts: Mapping[str, int] | None = None
    # What Hotmart does not document, and the client must hold under either way (see _live.py):
    exclusive_end: bool = False  # an end bound (end_date...) leaves out the millisecond it names
    exclusive_start: bool = False  # a start bound (start_date...) leaves out the millisecond it names
    offset_tokens: bool = False  # a page token is an offset into the live listing, not a fixed page
    arrivals: int = 0  # new sales added to the sales history before each API call is answered

    def __post_init__(self) -> None:
        if self.arrivals < 0:
            raise ValueError(f"arrivals must be >= 0, got {self.arrivals}")

    @property
    def clock(self) -> dt.date:
        """The day the mock takes as today."""
        return self.today or self.period[1]
