"""Small public types of the call surface: the NOT_GIVEN sentinel and the per-call extras."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal

import httpx

__all__ = ["NOT_GIVEN", "Body", "Headers", "NotGiven", "Query", "Timeout"]


class NotGiven:
    """The type of `NOT_GIVEN`: "use the client's setting", as distinct from `None`.

    `timeout=None` means no timeout at all; leaving `timeout` out (NOT_GIVEN) means the
    client's default timeout.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Timeout = float | httpx.Timeout | None
Headers = Mapping[str, str]
Query = Mapping[str, Any]
Body = Mapping[str, Any]
