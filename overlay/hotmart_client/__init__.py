"""hotmart_client: a typed, retrying, paginating client for the Hotmart REST API.

    from hotmart_client import Hotmart

    with Hotmart(client_id="...", client_secret="...") as hotmart:
        page = hotmart.sales.history(transaction_status="APPROVED", max_results=50)  # one page
        for sale in hotmart.sales.history(start_date="2026-01-01"):  # every item, page after page
            ...
        pager = hotmart.sales.history.export(start_date="2026-01-01", limit=1000)  # resumable

The models and enums are those of the generated package `hotmart_api.models`. Their time fields are
aware UTC datetimes and their amounts of money Decimals; `to_datetime` and `to_millis` convert
between datetimes and the epoch milliseconds Hotmart sends.

`verify(hotmart)` (`averify` with asyncio) checks the spec against the account: docs/verify.md.
"""

from typing import TYPE_CHECKING, Any

from hotmart_api.types import UNSET, Unset, to_datetime, to_millis

from ._client import AsyncHotmart, ClientOptions, Hotmart
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    HotmartError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
)
from ._operation import RequestOptions
from ._pagination import AsyncPage, AsyncPager, AsyncPageRequest, SyncPage, SyncPager
from ._ratelimit import RateLimiter
from ._response import RawResponse
from ._retry import RetryPolicy
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._verify import VerifyReport, averify, verify

__version__ = "1.0.0"

# `verify` needs the [verify] extra (PyYAML, jsonschema): imported on first use, so that
# `import hotmart_client` stays light and works without it.
_LAZY = frozenset({"VerifyReport", "averify", "verify"})
MISSING_VERIFY_EXTRA = (
    "hotmart_client.verify needs the [verify] extra: pip install 'hotmart-client[verify]' (missing: {})"
)


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    try:
        module = importlib.import_module("._verify", __name__)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("yaml", "jsonschema"):
            raise
        raise ModuleNotFoundError(MISSING_VERIFY_EXTRA.format(exc.name), name=exc.name) from None
    return getattr(module, name)


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHotmart",
    "AsyncPage",
    "AsyncPageRequest",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptions",
    "Hotmart",
    "HotmartError",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "NotGiven",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "RequestOptions",
    "ResponseParseError",
    "RetryPolicy",
    "SyncPage",
    "SyncPager",
    "UNSET",
    "Unset",
    "VerifyReport",
    "__version__",
    "averify",
    "to_datetime",
    "to_millis",
    "verify",
]
