"""What the spec did not predict in a response body or a webhook delivery, found two ways that share
one reading of the generated models (which fields are nested models, lists or enums, which scalar
types a field allows):

- `walk(model)` reads every field of a model and of the models inside it (they parse lazily, so a
  field of the wrong shape shows only when read) and yields a `Finding` for each field that is not
  in the spec, cannot be read, has a type the spec does not give it, or an enum value the spec does
  not list. A webhook delivery is walked whole (`event.problems`); a REST response through a
  sample (one element of each list).
- `check(cls, objects, ...)` is the per-response check every object of a REST response gets: the
  key set of every object and every enum value, compared for all the objects of one place in the
  document at once with set operations that run in C. Walking every field of every item in Python
  would cost more than the parsing does. Only where this sees something does a Python loop
  locate and count it (`_inspect`).

Neither ever keeps a value from the payload (it is personal data): a finding names a place (a JSON
Pointer, `*` standing for every index of an array), a JSON type, or an enum value, which belongs
to the schema. Nor a key that is data: an object keyed by e-mails or transaction codes is a map,
recorded as such (`*` for every key, see `field_like`), never by its keys.
"""

from __future__ import annotations

import enum
import re
import sys
import threading
import types
import typing
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, repeat
from typing import Any, Literal

import attrs

from hotmart_api.errors import ResponseParseError
from hotmart_api.types import DecimalField, EpochMillisField, LazyField, Unset

Kind = Literal[
    "unknown_field",
    "unknown_enum",
    "type_mismatch",
    "missing_required",
    "undocumented_status",
    "undocumented_header",
    "unknown_event",
]
KINDS: tuple[Kind, ...] = typing.get_args(Kind)
# Each kind in words, as `hotmart spec drift` and `hotmart verify`'s report name it.
KIND_WORDS: dict[Kind, str] = {
    "unknown_field": "unknown field",
    "unknown_enum": "unknown enum value",
    "type_mismatch": "type mismatch",
    "missing_required": "missing required field",
    "undocumented_status": "undocumented status",
    "undocumented_header": "undocumented header",
    "unknown_event": "unknown event",
}
Path = tuple[str | int, ...]
# (kind, JSON Pointer, detail) -> occurrences, for one response or delivery.
Tally = Counter[tuple[Kind, str, str]]

MAX_ENUM_VALUE = 120  # characters of an unknown enum value kept; longer ones are cut and marked
TRUNCATED = "…"
_DESCRIBE_DEPTH = 4  # levels of an unknown object or array whose keys and types are recorded
_DESCRIBE_WIDTH = 50  # keys of one unknown object, elements of one unknown array
# A key that is data rather than the name of a field: an e-mail, text with spaces, a date, an id
# or a code (a run of five digits: HP17715690036014, 2125812), a UUID, or something long.
_DATA_KEY = re.compile(r"@|\s|^[0-9]|[0-9]{5}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}")
_MAX_FIELD_NAME = 64


def field_like(key: object) -> bool:
    """Whether an object key looks like the name of a field, rather than data used as a key."""
    return isinstance(key, str) and 0 < len(key) <= _MAX_FIELD_NAME and not _DATA_KEY.search(key)


def key_step(key: str) -> str:
    """The pointer step of an unknown key: its escaped name, or `*` when it is data (a map's key)."""
    return escape(key) if field_like(key) else "*"


def is_map(value: dict[Any, Any]) -> bool:
    """An object keyed by data (a map): some key is not a field name, or it has more keys than an
    object of fields has."""
    return len(value) > _DESCRIBE_WIDTH or not all(field_like(key) for key in value)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the spec did not predict, at `path` (keys and list indexes from the document root).

    `detail` is the JSON type seen (an unknown field, a type mismatch), the enum value (an unknown
    one) or empty (a missing field). `message` says it for people, without a payload value.
    `structural`: the per-response `check` covers it too (a key set, an enum value, the shape of a
    nested object or list), so a sampled walk of a REST response does not count it again.
    """

    kind: Kind
    path: Path
    detail: str
    message: str
    structural: bool = False
    # An unknown field's value, only to record the keys and types inside it; never kept.
    value: Any = field(default=None, repr=False, compare=False)

    @property
    def where(self) -> str:
        """`data.purchase.price`, `data.affiliates[0].name`: the path as `event.problems` shows it."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text

    @property
    def pointer(self) -> str:
        return pointer(self.path)


def pointer(path: Iterable[str | int]) -> str:
    """The JSON Pointer (RFC 6901) of `path`, with `*` for any index of an array."""
    return "".join("/*" if isinstance(part, int) else "/" + escape(part) for part in path)


def escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def json_type(value: object) -> str:
    """The JSON Schema type of a parsed JSON value (`integer` for a number without a fraction)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def message_type(value: object) -> str:
    """The type as `event.problems` words it (`number` for any number)."""
    kind = json_type(value)
    return "number" if kind == "integer" else kind


def enum_detail(value: str) -> str:
    return value if len(value) <= MAX_ENUM_VALUE else value[:MAX_ENUM_VALUE] + TRUNCATED


# --- how the generated models are read ---------------------------------------------------------

Role = Literal["model", "enum"]


@dataclass(frozen=True, slots=True)
class _Structured:
    """A field that holds a nested model or an enum (or a list of either)."""

    key: str  # its JSON key
    role: Role
    is_list: bool
    target: type  # the model or enum class


@cache
def _hints(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except (NameError, TypeError):  # an annotation that cannot be resolved: check nothing there
        return {}


def _options(hint: Any) -> tuple[Any, ...]:
    union = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
    return typing.get_args(hint) if union else (hint,)


@cache
def structured_fields(cls: type) -> dict[str, _Structured]:
    """Attribute name -> how it nests, for the fields holding one model or enum, or a list of one.
    Other lazy fields (times, amounts, unions of several types, lists of strings) are scalars here."""
    result: dict[str, _Structured] = {}
    hints = _hints(cls)
    for attribute in attrs.fields(cls):
        lazy = cls.__dict__.get(attribute.name)
        if not isinstance(lazy, LazyField) or isinstance(lazy, EpochMillisField | DecimalField) or not lazy.key:
            continue
        options = [o for o in _options(hints.get(attribute.name)) if o is not Unset and o is not type(None)]
        if len(options) != 1:
            continue
        is_list = typing.get_origin(options[0]) is list
        target = typing.get_args(options[0])[0] if is_list else options[0]
        if isinstance(target, type) and attrs.has(target):
            result[attribute.name] = _Structured(lazy.key, "model", is_list, target)
        elif isinstance(target, type) and issubclass(target, enum.Enum):
            result[attribute.name] = _Structured(lazy.key, "enum", is_list, target)
    return result


@cache
def scalar_types(cls: type) -> dict[str, tuple[type, ...] | None]:
    """Attribute name -> the JSON scalar types its annotation allows (None: anything, or not a scalar)."""
    result: dict[str, tuple[type, ...] | None] = {}
    for name, hint in _hints(cls).items():
        options = _options(hint)
        if any(option is Any for option in options):
            result[name] = None
            continue
        scalars = tuple(option for option in options if option in (str, int, float, bool))
        result[name] = scalars or None
    return result


def known_keys(cls: type) -> frozenset[str]:
    """The JSON keys the spec lists for a model (its generated module keeps them for from_dict)."""
    keys = vars(sys.modules[cls.__module__]).get("_KNOWN_FIELDS")
    if isinstance(keys, frozenset):
        return keys
    return frozenset(a.name for a in attrs.fields(cls) if a.name != "additional_properties")


# --- the walk ------------------------------------------------------------------------------------

_JSON_NAMES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def walk(model: Any, path: Path = (), *, pick: int | None = None) -> Iterator[Finding]:
    """Every field of `model` (and of the models inside it) that cannot be read, has a type the spec
    does not give it, or is not in the spec; every enum value the spec does not list.

    `pick`: walk only one element of each list (index `pick` modulo its length), to sample.
    """
    cls: type = type(model)
    raw = model.__dict__.get("_raw", {})
    keys = {_normalised(key): key for key in raw}
    structured = structured_fields(cls)
    for attribute in attrs.fields(cls):
        name = attribute.name
        if name == "additional_properties":
            for key, extra in model.additional_properties.items():
                yield Finding(
                    "unknown_field", (*path, key if field_like(key) else "*"), json_type(extra),
                    f"not in the spec ({message_type(extra)})", structural=True, value=extra,
                )  # fmt: skip
            continue
        lazy = cls.__dict__.get(name)
        key = lazy.key if isinstance(lazy, LazyField) else keys.get(_normalised(name.rstrip("_")), name)
        here = (*path, key)
        try:
            value = getattr(model, name)
        except ResponseParseError as exc:
            yield _unreadable(exc, here, structural=name in structured)
            continue
        if isinstance(lazy, EpochMillisField | DecimalField):  # read as a time or an amount: was it sent as one?
            sent = raw.get(key)
            if isinstance(sent, str | bool) or (isinstance(lazy, EpochMillisField) and isinstance(sent, float)):
                reading = "epoch milliseconds" if isinstance(lazy, EpochMillisField) else "a number"
                yield Finding("type_mismatch", here, json_type(sent), f"a {message_type(sent)}, read as {reading}")
            continue
        yield from _walk_value(value, scalar_types(cls).get(name), here, pick)


def _walk_value(value: Any, allowed: tuple[type, ...] | None, path: Path, pick: int | None) -> Iterator[Finding]:
    if isinstance(value, Unset) or value is None:
        return
    if isinstance(value, enum.Enum):
        if not getattr(value, "is_known", True):
            yield Finding(
                "unknown_enum", path, enum_detail(str(value.value)),
                f"{type(value).__name__} value {value.value!r} is not in the spec", structural=True,
            )  # fmt: skip
    elif attrs.has(type(value)):
        yield from walk(value, path, pick=pick)
    elif isinstance(value, list):
        indexes = range(len(value)) if pick is None or not value else (pick % len(value),)
        for index in indexes:
            yield from _walk_value(value[index], None, (*path, index), pick)
    elif allowed and isinstance(value, str | int | float) and not _is_instance(value, allowed):
        expected = " or ".join(sorted(_JSON_NAMES.get(kind, kind.__name__) for kind in allowed))
        message = f"a {message_type(value)} where the spec says {expected}"
        yield Finding("type_mismatch", path, json_type(value), message)


def _is_instance(value: object, allowed: tuple[type, ...]) -> bool:
    if isinstance(value, bool):
        return bool in allowed
    if isinstance(value, int) and float in allowed:
        return True  # a JSON number without a fraction is still a number
    return isinstance(value, allowed)


def _unreadable(error: ResponseParseError, path: Path, *, structural: bool) -> Finding:
    if error.missing:
        return Finding("missing_required", path, "", "cannot be read: a required field is absent")
    return Finding(
        "type_mismatch", path, json_type(error.raw),
        f"cannot be read as the spec describes it (a {message_type(error.raw)})", structural=structural,
    )  # fmt: skip


def _normalised(name: str) -> str:
    return name.replace("_", "").lower()


def describe(value: Any, at: str, tally: Tally, depth: int = 0) -> None:
    """Count an unknown field at `at` with its JSON type, and the keys and types inside it: what a
    proposal needs to describe it in the spec. Bounded in depth and width. A map keyed by data
    (`is_map`) is described by the types of its values, at `at/*`, never by its keys."""
    tally["unknown_field", at, json_type(value)] += 1
    if depth >= _DESCRIBE_DEPTH:
        return
    if isinstance(value, dict):
        as_map = is_map(value)
        for key in list(value)[:_DESCRIBE_WIDTH]:
            describe(value[key], f"{at}/*" if as_map else f"{at}/{escape(str(key))}", tally, depth + 1)
    elif isinstance(value, list):
        for element in value[:_DESCRIBE_WIDTH]:
            describe(element, f"{at}/*", tally, depth + 1)


# --- the per-response check ----------------------------------------------------------------------


class _Node:
    """What `check` compares the objects of one place of the document with: the keys the spec
    lists, the enum fields (JSON key, known values and None, is a list) and the nested models
    (JSON key, their node, is a list, the pointer step to them: `/key` or `/key/*`)."""

    __slots__ = ("children", "enums", "known")

    def __init__(self) -> None:
        self.known: frozenset[str] = frozenset()
        self.enums: tuple[tuple[str, frozenset[Any], bool], ...] = ()
        self.children: tuple[tuple[str, _Node, bool, str], ...] = ()


_NODES: dict[type, _Node] = {}  # one per model class, built on first use
_NODES_LOCK = threading.Lock()


def _node(cls: type) -> _Node:
    node = _NODES.get(cls)
    if node is None:
        with _NODES_LOCK:
            built: dict[type, _Node] = {}
            node = _build(cls, built)
            for model, each in built.items():
                _NODES.setdefault(model, each)
            node = _NODES[cls]
    return node


def _build(cls: type, built: dict[type, _Node]) -> _Node:
    done = _NODES.get(cls) or built.get(cls)
    if done is not None:
        return done
    node = built[cls] = _Node()  # registered first: a model may contain itself
    node.known = known_keys(cls)
    enums, children = [], []
    for nested in structured_fields(cls).values():
        if nested.role == "enum":
            values = frozenset({*(member.value for member in nested.target), None})  # type: ignore[attr-defined]
            enums.append((nested.key, values, nested.is_list))
        else:
            step = f"/{escape(nested.key)}" + ("/*" if nested.is_list else "")
            children.append((nested.key, _build(nested.target, built), nested.is_list, step))
    node.enums, node.children = tuple(enums), tuple(children)
    return node


_get = dict.get
_union = set().union
_flat = chain.from_iterable


def check(cls: type, objects: list[Any], at: str, tally: Tally) -> None:
    """Compare every object in `objects` (the JSON of instances of model `cls`, at pointer `at`) and
    the objects nested in them with the spec: unknown keys, unknown enum values, nested values that
    are not objects or lists. What it finds is counted in `tally`; nothing is raised."""
    _check(_node(cls), objects, at, tally)


def _check(node: _Node, objects: list[Any], at: str, tally: Tally) -> None:
    if not objects:
        return
    try:
        # The union of the objects' key sets, made in C (set.union reads a dict's keys with their
        # stored hashes): one comparison then covers every key of every object.
        clean = _union(*objects) <= node.known
    except TypeError:  # an element that is not an object at all (a number, an array of objects...)
        clean = False
    if not clean:
        objects = _inspect(node, objects, at, tally)
    try:
        _check_inside(node, objects, at, tally)
    except TypeError:  # a string or an array where an object belongs (their elements looked like keys)
        _check_inside(node, _inspect(node, objects, at, tally), at, tally)


def _check_inside(node: _Node, objects: list[Any], at: str, tally: Tally) -> None:
    for key, values, is_list in node.enums:
        found: Iterable[Any] = map(_get, objects, repeat(key))
        if is_list:
            found = _flat(filter(None, found))
        try:
            clean = values.issuperset(found)
        except TypeError:  # an unhashable value (an object, an array)
            clean = False
        if not clean:
            _inspect_enum(key, values, is_list, objects, at=at, tally=tally)
    for key, child, is_list, step in node.children:
        kids: Iterable[Any] = filter(None, map(_get, objects, repeat(key)))  # absent and null are not drift
        if is_list:
            kids = _flat(_lists(kids, at + step.removesuffix("/*"), tally))
        _check(child, list(kids), at + step, tally)


def _lists(values: Iterable[Any], at: str, tally: Tally) -> Iterator[list[Any]]:
    for value in values:
        if type(value) is list:
            yield value
        else:
            tally["type_mismatch", at, json_type(value)] += 1


def _inspect(node: _Node, objects: list[Any], at: str, tally: Tally) -> list[dict[str, Any]]:
    """Count what the fast check saw, object by object; return the objects that are objects."""
    dicts = []
    for obj in objects:
        if type(obj) is not dict:
            tally["type_mismatch", at, json_type(obj)] += 1
            continue
        dicts.append(obj)
        for key in obj.keys() - node.known:
            describe(obj[key], f"{at}/{key_step(key)}", tally)
    return dicts


def _inspect_enum(
    key: str, values: frozenset[Any], is_list: bool, objects: list[dict[str, Any]], *, at: str, tally: Tally
) -> None:
    where = f"{at}/{escape(key)}" + ("/*" if is_list else "")
    for obj in objects:
        value = obj.get(key)
        if value is None:
            continue
        if is_list and type(value) is not list:
            tally["type_mismatch", where.removesuffix("/*"), json_type(value)] += 1
            continue
        for item in value if is_list else (value,):
            if item is None:
                continue
            if type(item) is not str:
                tally["type_mismatch", where, json_type(item)] += 1
            elif item not in values:
                tally["unknown_enum", where, enum_detail(item)] += 1
