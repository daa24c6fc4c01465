"""`Inbox`: the journal, the hottok, the handlers and the retry policy of a webhook inbox."""

from __future__ import annotations

import inspect
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, overload

from .._errors import InvalidParameterError
from .._webhook_events import (
    EVENT_CLASSES,
    CartAbandonmentWebhookEvent,
    ClubFirstAccessWebhookEvent,
    ClubModuleCompletedWebhookEvent,
    OrderFulfillmentWebhookEvent,
    PurchaseWebhookEvent,
    SubscriptionCancellationWebhookEvent,
    SubscriptionChargeDateChangeWebhookEvent,
    SwitchPlanWebhookEvent,
    WebhookEvent,
)
from ._journal import BUSY_TIMEOUT, Journal

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager

    from ._app import Runtime
    from ._worker import ProcessReport, Worker

E = TypeVar("E")
Handler: TypeAlias = Callable[[E], "Awaitable[None] | None"]
"""A handler: a function (or `async def`) taking the typed event; what it returns is ignored."""
_Decorator: TypeAlias = Callable[[Handler[E]], Handler[E]]

# The event names of each event class, for the overloads of `Inbox.on` (a test checks they are
# the `event` Literals of the generated classes).
PurchaseEventName = Literal[
    "PURCHASE_APPROVED",
    "PURCHASE_COMPLETE",
    "PURCHASE_CANCELED",
    "PURCHASE_REFUNDED",
    "PURCHASE_CHARGEBACK",
    "PURCHASE_BILLET_PRINTED",
    "PURCHASE_PROTEST",
    "PURCHASE_EXPIRED",
    "PURCHASE_DELAYED",
]
CartAbandonmentEventName = Literal["PURCHASE_OUT_OF_SHOPPING_CART"]
SubscriptionCancellationEventName = Literal["SUBSCRIPTION_CANCELLATION"]
SwitchPlanEventName = Literal["SWITCH_PLAN"]
SubscriptionChargeDateChangeEventName = Literal["UPDATE_SUBSCRIPTION_CHARGE_DATE"]
ClubFirstAccessEventName = Literal["CLUB_FIRST_ACCESS"]
ClubModuleCompletedEventName = Literal["CLUB_MODULE_COMPLETED"]
OrderFulfillmentEventName = Literal["ORDER_FULFILLMENT"]

ANY_EVENT = "*"
DEFAULT_MAX_BODY = 1 << 20  # Hotmart's deliveries are a few kilobytes


@dataclass(frozen=True)
class RegisteredHandler:
    name: str  # what the journal records its successes under: keep it stable across deploys
    function: Callable[[Any], Any]
    events: frozenset[str]  # names, or {"*"}

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.function)


class Inbox:
    """A durable webhook inbox: deliveries are journaled before they are acknowledged, and
    handlers run from the journal, at least once, in a worker.

        inbox = Inbox("hotmart-webhooks.db", hottok=os.environ["HOTMART_HOTTOK"])

        @inbox.on("PURCHASE_APPROVED")
        def grant_access(event: webhooks.PurchaseWebhookEvent) -> None:
            ...  # idempotent: keyed on event.id, it may run more than once

        app = inbox.app()  # ASGI: `uvicorn module:app`, or mount it in FastAPI/Starlette

    Args:
        journal: the SQLite file (created if missing) on a local disk.
        hottok: the account's webhook token; needed to receive, not to process.
        max_attempts: runs of an event's handlers before it is dead-lettered (`hotmart webhooks
            status` lists it, `replay` retries it).
        retry_delay, max_retry_delay: seconds before the second attempt, doubled for each next
            one up to the maximum, each shortened by a random 0-25% so retries spread out.
        lease: seconds a worker holds a claimed event before another worker may take it over;
            a running worker renews its leases, so this only bounds how long the events of a
            worker that died wait.
        allow_body_hottok: accept a delivery without the header whose body carries the token
            (see `webhooks.parse`).
        max_body: larger bodies are answered 413 without being read further.
        busy_timeout: seconds a write to the journal waits for another writer's lock (a worker,
            `replay`) before failing: the receiver then answers 503 and Hotmart delivers again.
    """

    def __init__(
        self,
        journal: str | Path,
        *,
        hottok: str | None = None,
        max_attempts: int = 10,
        retry_delay: float = 5.0,
        max_retry_delay: float = 3600.0,
        lease: float = 60.0,
        allow_body_hottok: bool = False,
        max_body: int = DEFAULT_MAX_BODY,
        busy_timeout: float = BUSY_TIMEOUT,
    ) -> None:
        if not isinstance(journal, str | Path) or not str(journal):
            raise InvalidParameterError("journal", "must be the path of the journal's SQLite file")
        if hottok is not None and (not isinstance(hottok, str) or not hottok):
            raise InvalidParameterError("hottok", "must be the non-empty webhook token of your account")
        _positive("max_attempts", max_attempts, integer=True)
        _positive("retry_delay", retry_delay)
        _positive("max_retry_delay", max_retry_delay)
        _positive("lease", lease)
        _positive("max_body", max_body, integer=True)
        _positive("busy_timeout", busy_timeout)
        self.journal_path = Path(journal)
        self.hottok = hottok
        self.max_attempts = max_attempts
        self.retry_delay = retry_delay
        self.max_retry_delay = max_retry_delay
        self.lease = lease
        self.allow_body_hottok = allow_body_hottok
        self.max_body = max_body
        self.busy_timeout = busy_timeout
        self.handlers: list[RegisteredHandler] = []
        self._journal: Journal | None = None
        self._runtime: Runtime | None = None

    def __repr__(self) -> str:
        return f"Inbox({str(self.journal_path)!r}, handlers={len(self.handlers)})"  # never the hottok

    @property
    def journal(self) -> Journal:
        """The journal, opened (and created) on first use."""
        if self._journal is None:
            self._journal = Journal(self.journal_path, busy_timeout=self.busy_timeout)
        return self._journal

    # -- handlers ------------------------------------------------------------------------------

    @overload
    def on(  # type: ignore[overload-overlap]  # the last one takes any name, typed loosely
        self, event: PurchaseEventName, /, *events: PurchaseEventName, name: str | None = None
    ) -> _Decorator[PurchaseWebhookEvent]: ...
    @overload
    def on(  # type: ignore[overload-overlap]  # the last one takes any name, typed loosely
        self, event: CartAbandonmentEventName, /, *, name: str | None = None
    ) -> _Decorator[CartAbandonmentWebhookEvent]: ...
    @overload
    def on(  # type: ignore[overload-overlap]  # the last one takes any name, typed loosely
        self, event: SubscriptionCancellationEventName, /, *, name: str | None = None
    ) -> _Decorator[SubscriptionCancellationWebhookEvent]: ...
    @overload
    def on(  # type: ignore[overload-overlap]  # the last one takes any name, typed loosely
        self, event: SwitchPlanEventName, /, *, name: str | None = None
    ) -> _Decorator[SwitchPlanWebhookEvent]: ...
    @overload
    def on(  # type: ignore[overload-overlap]  # the last one takes any name, typed loosely
        self, event: SubscriptionChargeDateChangeEventName, /, *, name: str | None = None
    ) -> _Decorator[SubscriptionChargeDateChangeWebhookEvent]: ...
    @overload
    def on(  # type: ignore[overload-overlap]  # the last one takes any name, typed loosely
        self, event: ClubFirstAccessEventName, /, *, name: str | None = None
    ) -> _Decorator[ClubFirstAccessWebhookEvent]: ...
    @overload
    def on(  # type: ignore[overload-overlap]  # the last one takes any name, typed loosely
        self, event: ClubModuleCompletedEventName, /, *, name: str | None = None
    ) -> _Decorator[ClubModuleCompletedWebhookEvent]: ...
    @overload
    def on(  # type: ignore[overload-overlap]  # the last one takes any name, typed loosely
        self, event: OrderFulfillmentEventName, /, *, name: str | None = None
    ) -> _Decorator[OrderFulfillmentWebhookEvent]: ...
    @overload
    def on(self, event: str, /, *events: str, name: str | None = None) -> _Decorator[WebhookEvent]: ...

    def on(self, event: str, /, *events: str, name: str | None = None) -> _Decorator[Any]:
        """Register the decorated function as a handler of these documented events.

        The handler gets the event typed as `webhooks.parse` returns it (one event class: its
        `data` is typed; several: narrow on `event.event`). It runs in a worker, from the journal,
        at least once per event: after a failure, a crash or a lost lease it runs again, so key
        what it does on `event.id` (a unique key, an idempotency key) to do it once. It may be an
        `async def`. Raise to have the event retried. `name` (default: module and qualified name
        of the function) is what the journal records its successes under.
        """
        names = (event, *events)
        unknown = [n for n in names if n not in EVENT_CLASSES]
        if unknown:
            known = ", ".join(EVENT_CLASSES)
            raise InvalidParameterError(
                "event",
                f"{', '.join(map(repr, unknown))} is not a documented event (one of {known}); "
                "handle other events with @inbox.on_any() and check event.event",
            )
        return self._register(frozenset(names), name)

    def on_any(self, *, name: str | None = None) -> _Decorator[WebhookEvent]:
        """Register the decorated function as a handler of every event, events the spec does not
        document included (`event.is_known` is False for those)."""
        return self._register(frozenset({ANY_EVENT}), name)

    def _register(self, events: frozenset[str], name: str | None) -> _Decorator[Any]:
        def decorator(function: Handler[Any]) -> Handler[Any]:
            if not callable(function):
                raise InvalidParameterError("handler", f"must be a function, not {type(function).__name__}")
            handler_name = name or f"{function.__module__}.{function.__qualname__}"
            if any(h.name == handler_name for h in self.handlers):
                raise InvalidParameterError("name", f"a handler named {handler_name!r} is already registered")
            self.handlers.append(RegisteredHandler(handler_name, function, events))
            return function

        return decorator

    def handlers_for(self, event: str) -> list[RegisteredHandler]:
        return [h for h in self.handlers if event in h.events or ANY_EVENT in h.events]

    def handled_events(self) -> frozenset[str] | None:
        """The event names some handler takes (None: every name, a handler takes any)."""
        if any(ANY_EVENT in h.events for h in self.handlers):
            return None
        return frozenset(name for h in self.handlers for name in h.events)

    def next_delay(self, attempts: int) -> float:
        """Seconds before the next attempt, after `attempts` failed ones."""
        delay = min(self.retry_delay * 2 ** max(attempts - 1, 0), self.max_retry_delay)
        spread: float = 1 - 0.25 * random.random()
        return float(delay * spread)

    # -- running -------------------------------------------------------------------------------

    def worker(self, **options: Any) -> Worker:
        """A `Worker` running this inbox's handlers (see its options)."""
        from ._worker import Worker  # noqa: PLC0415

        return Worker(self, **options)

    def process(self, *, limit: int | None = None) -> ProcessReport:
        """Run the handlers of every event due now, in this thread, until none is left (or `limit`
        events were processed): for a cron job, a test, or a one-off drain. Async handlers run in
        an event loop of the worker's own: from async code, call it through `asyncio.to_thread`."""
        return self.worker().drain(limit=limit)

    def app(self, **options: Any) -> Any:
        """The ASGI application receiving deliveries (`inbox_app(self, **options)`; [webhooks] extra)."""
        from ._app import inbox_app  # noqa: PLC0415

        return inbox_app(self, **options)

    @property
    def runtime(self) -> Runtime:
        """What runs beside the receiver in this process (writer, worker, periodic load); its
        options are those given to `app()`."""
        if self._runtime is None:
            from ._app import Runtime  # noqa: PLC0415

            self._runtime = Runtime(self)
        return self._runtime

    def lifespan(self, app: object = None) -> AbstractAsyncContextManager[None]:
        """The ASGI lifespan that runs the journal writer, the worker (when there are handlers) and
        the periodic load of `app(load_every=...)`. Pass it as `FastAPI(lifespan=inbox.lifespan)`
        or `Starlette(lifespan=...)` when you mount `inbox.app()` in your own application: a
        mounted application's own lifespan does not run."""
        return self.runtime.lifespan(app)


def _positive(name: str, value: object, *, integer: bool = False) -> None:
    kinds: tuple[type, ...] = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or value <= 0:  # type: ignore[operator]
        raise InvalidParameterError(name, f"must be a positive {'integer' if integer else 'number'}, not {value!r}")
