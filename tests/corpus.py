"""The fixture corpus: Hotmart's own documented examples, one JSON file each, and the check that a
typed read of every documented field equals the raw JSON.

Layout: `tests/fixtures/rest/<operationId>/<name>.json` and
`tests/fixtures/webhooks/<EVENT_NAME>/<name>.json`. Each file is an object:

    {
      "source": "https://developers.hotmart.com/docs/...",   # the page the example was copied from
      "note": "optional: what was changed (e.g. a truncated list) and why",
      "status": 200,                                          # REST only: the documented status
      "body": { ... }                                         # the example, as documented
    }

A REST file whose name starts with `request` holds a documented request body instead (no status).
The examples are evidence about Hotmart, not about this project: a fixture is never edited to make
a test pass. Where Hotmart's own example is inconsistent with its prose, the note says so.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Fixture:
    path: Path
    key: str  # operationId or event name (the folder)
    source: str
    body: Any
    status: int | None = None

    @property
    def id(self) -> str:
        return f"{self.key}/{self.path.stem}"


def load(kind: str) -> list[Fixture]:
    """Every fixture of one kind ("rest" or "webhooks"), sorted by path."""
    fixtures = []
    for path in sorted((FIXTURES / kind).glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        fixtures.append(Fixture(path, path.parent.name, data["source"], data["body"], data.get("status")))
    return fixtures


def _normalised(name: str) -> str:
    return name.replace("_", "").lower()


def _attribute_for(model: Any, key: str) -> str | None:
    """The attrs field that holds JSON key `key` (the generator snake-cases names: `sckPaymentLink`
    becomes `sck_payment_link`; a Python keyword gets a trailing underscore)."""
    wanted = _normalised(key)
    for field in attrs.fields(type(model)):
        if field.name == "additional_properties":
            continue
        if _normalised(field.name.rstrip("_")) == wanted:
            return field.name
    return None


def mismatches(typed: Any, raw: Any, where: str = "$") -> Iterator[str]:
    """Every place where reading the typed model does not give back the raw JSON.

    A JSON object must be a model whose every key is a typed attribute (a key that only lands in
    `additional_properties` means the spec does not describe a documented field). Scalars compare
    by value: an enum by its `.value`, a datetime with epoch milliseconds or an ISO string, a
    Decimal with the JSON number. `null` may read as None or as absent (UNSET).
    """
    if isinstance(raw, dict):
        if not hasattr(typed, "additional_properties"):
            yield f"{where}: expected a model, read {type(typed).__name__}"
            return
        for key, value in raw.items():
            name = _attribute_for(typed, key)
            if name is None:
                yield f"{where}.{key}: not in the spec (only in additional_properties)"
                continue
            yield from mismatches(getattr(typed, name), value, f"{where}.{key}")
        return
    if isinstance(raw, list):
        if not isinstance(typed, list) or len(typed) != len(raw):
            yield f"{where}: expected a list of {len(raw)}, read {typed!r}"[:300]
            return
        for index, (typed_item, raw_item) in enumerate(zip(typed, raw, strict=True)):
            yield from mismatches(typed_item, raw_item, f"{where}[{index}]")
        return
    if not _scalar_equal(typed, raw):
        yield f"{where}: raw {raw!r}, read {typed!r}"[:300]


def _scalar_equal(typed: Any, raw: Any) -> bool:
    if raw is None:
        return typed is None or type(typed).__name__ == "Unset"
    if isinstance(typed, enum.Enum):
        return bool(typed.value == raw)
    if isinstance(typed, dt.datetime):
        if isinstance(raw, bool):
            return False
        if isinstance(raw, int | float):
            return round(typed.timestamp() * 1000) == raw
        if isinstance(raw, str):
            parsed = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
            aware = parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
            return typed == aware
        return False
    if isinstance(typed, Decimal):
        return not isinstance(raw, bool) and isinstance(raw, int | float | str) and typed == Decimal(str(raw))
    if isinstance(typed, bool) or isinstance(raw, bool):
        return typed is raw
    if isinstance(raw, str):
        return isinstance(typed, str) and typed == raw
    return isinstance(typed, int | float) and typed == raw
