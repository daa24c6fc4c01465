"""Base classes of the generated resource groups (`resources/<area>.py`): they hold the client.

Generated classes derive from these hand-written ones, never the other way round.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncHotmart, Hotmart


class SyncAPIResource:
    def __init__(self, client: Hotmart) -> None:
        self._client = client


class AsyncAPIResource:
    def __init__(self, client: AsyncHotmart) -> None:
        self._client = client
