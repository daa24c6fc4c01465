"""The API's models and enums, for annotations, `isinstance` checks and building request bodies.

    from hotmart_client.types import PurchaseStatus, SaleHistoryItem

These are the classes of the generated package (`hotmart_api.models`), re-exported so that most
code never imports `hotmart_api`: `hotmart_client.types.SaleHistoryItem is
hotmart_api.models.SaleHistoryItem`. Each is imported on first use, like in `hotmart_api.models`.
Also here: `Unset`/`UNSET` (an optional field Hotmart did not send) and, for every enum parameter,
the `Literal` type of its documented values (`PurchaseStatusValue`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import hotmart_api.models as _models
from hotmart_api.types import UNSET, Unset

from ._enum_values import *  # noqa: F403 - the Literal aliases, listed in their module's __all__
from ._enum_values import __all__ as _VALUE_TYPES

if TYPE_CHECKING:
    from hotmart_api.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    if name in _models.__all__:
        return getattr(_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = ["UNSET", "Unset", *_VALUE_TYPES, *_models.__all__]  # noqa: PLE0604
