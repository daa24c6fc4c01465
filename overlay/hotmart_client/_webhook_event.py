"""The event classes `hotmart_client.webhooks.parse` returns.

One class per payload the spec documents is generated into `_webhook_events.py`, each a
`KnownWebhookEvent[<data model>]` whose `event` attribute is a `Literal` of its event names, and
`UnknownWebhookEvent` holds an event the spec does not know. Their union, `WebhookEvent`, lets a
type checker narrow `event.data` from `event.event` with no other check: an unknown event's name
is typed `UnknownEventName`, which no `Literal` of a known name can match (see its docstring).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeAlias, TypeVar

from hotmart_api.errors import ResponseParseError

DataT = TypeVar("DataT")

if TYPE_CHECKING:

    class _NotAKnownName(enum.Enum):
        """Only for type checkers; see `UnknownEventName`."""

        NAME = "not one of the names the spec documents"

    UnknownEventName: TypeAlias = Literal[_NotAKnownName.NAME]
    """The name of an event the spec does not know: a plain `str` at run time.

    `parse` makes an `UnknownWebhookEvent` only for a name that is none of the known ones, so
    `event.event == "PURCHASE_APPROVED"` is never true for it. Type checkers cannot say "a str
    other than these", and a `str` here would keep the unknown event in the union after any such
    comparison (mypy and pyright drop only the members whose `Literal` tag cannot be equal). So the
    name is typed as a literal of its own that no string equals: use `str(event.event)` where a
    type checker wants a `str`.
    """
else:
    UnknownEventName = str  # what it is at run time


@dataclass(frozen=True)
class WebhookProblem:
    """Something in a delivery the spec did not predict, and how it was handled.

    `where` is a path in the body (`creation_date`, `data.purchase.price`); `detail` says what was
    found. Neither ever holds a value from the payload (they are personal data): only field names,
    JSON types and enum values.
    """

    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}"


class WebhookEventBase:
    """The envelope every delivery has, normalised (see `webhooks.parse`)."""

    __slots__ = ("created_at", "creation_date", "event", "id", "problems", "raw", "version")

    id: str
    """Unique id of the event, repeated on every retry of its delivery: deduplicate on it."""
    event: str | UnknownEventName
    """The event name, e.g. `PURCHASE_APPROVED` (a `str` at run time, see `UnknownEventName`)."""
    creation_date: int
    """When the event happened, in Unix epoch milliseconds (UTC)."""
    created_at: datetime
    """`creation_date` as an aware UTC datetime."""
    version: str | None
    """Postback version (`2.0.0`); None when the delivery has none."""
    raw: dict[str, Any]
    """The whole body as parsed JSON, unknown fields included, exactly as received."""
    problems: tuple[WebhookProblem, ...]
    """What the spec did not predict in this delivery (empty for a documented one): log it."""

    def __init__(
        self,
        *,
        id: str,
        event: str,
        creation_date: int,
        created_at: datetime,
        version: str | None,
        raw: dict[str, Any],
        problems: tuple[WebhookProblem, ...],
    ) -> None:
        self.id = id
        self.event = event
        self.creation_date = creation_date
        self.created_at = created_at
        self.version = version
        self.raw = raw
        self.problems = problems

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, WebhookEventBase)
        return (self.id, self.event, self.creation_date, self.version, self.raw) == (
            other.id,
            other.event,
            other.creation_date,
            other.version,
            other.raw,
        )

    __hash__ = None  # type: ignore[assignment]  # `raw` is a dict

    def __repr__(self) -> str:
        # No payload fields: they are personal data and reprs end up in logs.
        return (
            f"{type(self).__name__}(id={self.id!r}, event={self.event!r}, "
            f"created_at={self.created_at.isoformat()!r}, problems={len(self.problems)})"
        )


class KnownWebhookEvent(WebhookEventBase, Generic[DataT]):
    """An event the spec documents: `data` is the generated model of its payload."""

    __slots__ = ("_data", "_data_error")

    event: str
    is_known: Literal[True] = True
    data_model: ClassVar[tuple[str, str]]
    """(module, class) of the generated model of `data`; set by each generated subclass."""
    envelope_keys: ClassVar[frozenset[str]]
    """The envelope fields the spec declares for this event (`creationDate` for CLUB_FIRST_ACCESS,
    besides `id`, `creation_date`...): a declared variant is not a problem; set by each subclass."""

    def __init__(self, *, data: DataT | None, data_error: tuple[object, Exception] | None, **envelope: Any) -> None:
        super().__init__(**envelope)
        self._data = data
        self._data_error = data_error  # (the raw `data`, why it could not be read)

    @property
    def data(self) -> DataT:
        """The event's `data` as its generated model. Nested fields are read lazily: one whose JSON
        has an unexpected shape raises `ResponseParseError` when read. When `data` itself is not an
        object or lacks a field every delivery has, reading `data` raises it (see `problems`)."""
        if self._data_error is not None:
            raw, cause = self._data_error
            raise ResponseParseError(self.data_model[1], "data", raw, cause) from cause
        return self._data  # type: ignore[return-value]  # set whenever there is no error


class UnknownWebhookEvent(WebhookEventBase):
    """An event the spec does not document (a new one, or a name Hotmart does not document): kept
    whole in `raw` so it can be stored and looked at later."""

    __slots__ = ()

    event: UnknownEventName
    """The name as Hotmart sent it (a `str` at run time: `str(event.event)` for a type checker)."""
    is_known: Literal[False] = False

    @property
    def data(self) -> Any:
        """The body's `data` as parsed JSON."""
        return self.raw.get("data")
