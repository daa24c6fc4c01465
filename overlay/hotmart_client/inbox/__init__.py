"""A durable webhook inbox: receive every Hotmart delivery, process it at least once, land it in
the warehouse.

    from hotmart_client import webhooks
    from hotmart_client.inbox import Inbox

    inbox = Inbox("hotmart-webhooks.db", hottok=os.environ["HOTMART_HOTTOK"])

    @inbox.on("PURCHASE_APPROVED")
    def grant_access(event: webhooks.PurchaseWebhookEvent) -> None:
        ...  # runs from the journal, at least once: key what it does on event.id

    app = inbox.app()  # ASGI (the [webhooks] extra): `uvicorn module:app`, or mount it

- Receive (`inbox_app`, `hotmart webhooks serve`): verify the hottok with `webhooks.parse`,
  commit the delivery to a SQLite journal (WAL, synchronous=FULL) keyed by event id, then
  answer 200. Unverified: 401, never stored. A redelivery: 200, not stored again.
- Process (`Worker`, `hotmart webhooks work`): handlers typed per event run from the journal in
  a worker, with retries and backoff, and a dead-letter state after `max_attempts`
  (`hotmart webhooks status`, `hotmart webhooks replay`).
- Land (`load`, `hotmart webhooks load`): `webhook_events` and a typed table per event family,
  into the destination and dataset of `hotmart sync` (the [dlt] extra).

The journal is the only state. This package imports neither Starlette nor dlt until the receiver
or the load is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._inbox import ANY_EVENT, DEFAULT_MAX_BODY, Handler, Inbox, RegisteredHandler
from ._journal import Journal, JournalError, Status, StoredEvent
from ._worker import ProcessReport, Worker

if TYPE_CHECKING:
    from ._app import inbox_app
    from ._land import LoadReport, load, warehouse_pipeline

__all__ = [
    "ANY_EVENT",
    "DEFAULT_MAX_BODY",
    "Handler",
    "Inbox",
    "Journal",
    "JournalError",
    "LoadReport",
    "ProcessReport",
    "RegisteredHandler",
    "Status",
    "StoredEvent",
    "Worker",
    "inbox_app",
    "load",
    "warehouse_pipeline",
]

_LAZY = {"inbox_app": "._app", "load": "._land", "LoadReport": "._land", "warehouse_pipeline": "._land"}
_EXTRAS = {"._app": ("webhooks", {"starlette", "uvicorn"}), "._land": ("dlt", {"dlt", "duckdb", "pyarrow"})}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    try:
        loaded = importlib.import_module(module, __name__)
    except ModuleNotFoundError as exc:
        extra, modules = _EXTRAS[module]
        missing = (exc.name or "").split(".")[0]
        if missing not in modules:
            raise
        raise ModuleNotFoundError(
            f"hotmart_client.inbox.{name} needs the [{extra}] extra: pip install 'hotmart-client[{extra}]' "
            f"(missing: {missing})",
            name=missing,
        ) from None
    return getattr(loaded, name)
