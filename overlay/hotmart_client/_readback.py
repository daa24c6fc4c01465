"""Does a typed read of every field give back the raw JSON? The comparison the fixture corpus tests
use (tests/corpus.py) and `hotmart verify` runs on every answer of an account.

`mismatches(typed, raw)` walks the JSON and the model side by side and yields a `Mismatch` for each
place where they differ: a key only in `additional_properties` (the spec does not describe it), a
JSON object read as something other than a model, a list of another length, a scalar that reads
back as another value. A `Mismatch` names the place and the JSON types; the values themselves
(`raw`, `typed`) ride along for a test's message but are never shown by `message` (they are a
customer's data).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import attrs

from hotmart_api.errors import ResponseParseError

from ._drift import json_type, pointer

Problem = Literal["unknown_field", "unreadable", "not_a_model", "length", "value"]
Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Mismatch:
    path: Path  # keys and list indexes from the compared document's root
    problem: Problem
    raw: Any = field(default=None, repr=False, compare=False)
    typed: Any = field(default=None, repr=False, compare=False)

    @property
    def where(self) -> str:
        """`$.items[0].purchase.status`."""
        text = "$"
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else f".{part}"
        return text

    @property
    def pointer(self) -> str:
        """The JSON Pointer of the place, `*` for any list index: `/items/*/purchase/status`."""
        return pointer(self.path)

    @property
    def message(self) -> str:
        """What differs, in types only (no value from the payload)."""
        if self.problem == "unknown_field":
            return "not in the spec (only in additional_properties)"
        if self.problem == "unreadable":
            return f"a JSON {json_type(self.raw)} that cannot be read as the spec describes it"
        if self.problem == "not_a_model":
            return f"expected a model, read {type(self.typed).__name__}"
        if self.problem == "length":
            kind = "a list" if isinstance(self.typed, list) else type(self.typed).__name__
            return f"a list of {len(self.raw)} read back as {kind} of another length"
        return f"a JSON {json_type(self.raw)} read back as a different {type(self.typed).__name__}"


def mismatches(typed: Any, raw: Any, path: Path = ()) -> Iterator[Mismatch]:
    """Every place where reading the typed model does not give back the raw JSON.

    A JSON object must be a model whose every key is a typed attribute (a key that only lands in
    `additional_properties` means the spec does not describe it; its value is not compared).
    Scalars compare by value: an enum by its `.value`, a datetime with epoch milliseconds or an ISO
    string, a Decimal with the JSON number. `null` may read as None or as absent (UNSET).
    """
    if isinstance(raw, dict):
        if not attrs.has(type(typed)) or not hasattr(typed, "additional_properties"):
            yield Mismatch(path, "not_a_model", raw, typed)
            return
        for key, value in raw.items():
            name = _attribute_for(typed, key)
            if name is None:
                yield Mismatch((*path, key), "unknown_field", value)
                continue
            try:
                read = getattr(typed, name)
            except ResponseParseError:
                yield Mismatch((*path, key), "unreadable", value)
                continue
            yield from mismatches(read, value, (*path, key))
        return
    if isinstance(raw, list):
        if not isinstance(typed, list) or len(typed) != len(raw):
            yield Mismatch(path, "length", raw, typed)
            return
        for index, (typed_item, raw_item) in enumerate(zip(typed, raw, strict=True)):
            yield from mismatches(typed_item, raw_item, (*path, index))
        return
    if not scalar_equal(typed, raw):
        yield Mismatch(path, "value", raw, typed)


def _normalised(name: str) -> str:
    return name.replace("_", "").lower()


def _attribute_for(model: Any, key: str) -> str | None:
    """The attrs field that holds JSON key `key` (the generator snake-cases names: `sckPaymentLink`
    becomes `sck_payment_link`; a Python keyword gets a trailing underscore)."""
    cls: type = type(model)
    return _attributes(cls).get(_normalised(key))


@functools.cache
def _attributes(cls: type) -> dict[str, str]:
    """Normalised JSON key -> attribute name, for one model class."""
    found: dict[str, str] = {}
    for attribute in attrs.fields(cls):
        if attribute.name != "additional_properties":
            found.setdefault(_normalised(attribute.name.rstrip("_")), str(attribute.name))
    return found


def scalar_equal(typed: Any, raw: Any) -> bool:
    """Whether a typed scalar is the JSON scalar `raw` read (see `mismatches`)."""
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
            try:
                parsed = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
            except ValueError:
                return False
            aware = parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
            return typed == aware
        return False
    if isinstance(typed, decimal.Decimal):
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            return False
        try:
            return typed == decimal.Decimal(str(raw))
        except decimal.InvalidOperation:
            return False
    if isinstance(typed, bool) or isinstance(raw, bool):
        return typed is raw
    if isinstance(raw, str):
        return isinstance(typed, str) and typed == raw
    return isinstance(typed, int | float) and not isinstance(typed, bool) and typed == raw
