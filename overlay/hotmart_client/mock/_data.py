"""Collections of synthetic items and the mutable state of one mock server.

A collection is the item type of a list operation (a page's `items` or a bare array), named after
its schema: `SaleHistoryItem`, `Subscription`, `Coupon`... A list reached through a path parameter
that is not one of its items' fields (the coupons of product 123, the offers of product X) is
*scoped*: each scope value gets its own small, deterministic set of items.

Generated items are cached per (spec, seed, size) and shared between servers; a server's writes
replace items with modified copies, so they never leak into another server's data.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._config import DEFAULT_PERIOD
from ._match import tokens
from ._spec import FieldInfo, MockSpec, SpecOperation, ref_name
from ._synth import POOLS, Synthesizer, digest

SMALL_LIST_MAX = 12  # items of one scope (a product's coupons) or of an unpaginated list

Scope = tuple[tuple[str, str], ...]  # sorted (parameter, value) pairs


@dataclass(frozen=True)
class Collection:
    name: str
    tag: str
    schema: Any
    examples: list[Any]
    fields: tuple[FieldInfo, ...]
    primary: FieldInfo | None  # the item's main timestamp: sort key and `start_date`/`end_date` target
    paginated: bool
    entity: tuple[str, ...]  # words of the schema name: ("coupon",), ("club", "student")

    @property
    def pool_entity(self) -> str | None:
        return self.entity[-1] if self.entity and self.entity[-1] in POOLS else None


@dataclass
class Entry:
    """One stored item with its position: newest first, then generation order."""

    key: tuple[int, int]
    item: dict[str, Any]


def build_collections(spec: MockSpec) -> dict[str, Collection]:
    found: dict[str, Collection] = {}
    for op in spec.operations:
        if not op.is_read:
            continue
        schema = spec.items_schema(op)
        examples = _example_items(op)
        if schema is None or not examples:
            continue
        name = ref_name(schema) or f"{op.operation_id}Item"
        if name in found:
            continue
        fields = tuple(spec.leaf_fields(schema))
        found[name] = Collection(
            name=name,
            tag=op.tag,
            schema=schema,
            examples=examples,
            fields=fields,
            primary=first_timestamp(fields, examples[0]),
            paginated=op.pagination is not None,
            entity=tuple(tokens(_snake(name))),
        )
    return found


def collection_of(spec: MockSpec, collections: dict[str, Collection], op: SpecOperation) -> Collection | None:
    schema = spec.items_schema(op)
    if schema is None:
        return None
    return collections.get(ref_name(schema) or f"{op.operation_id}Item")


def _example_items(op: SpecOperation) -> list[Any]:
    example = op.response_example
    if op.pagination is not None and isinstance(example, dict):
        example = example.get(op.pagination["items"])
    return [e for e in example if isinstance(e, dict)] if isinstance(example, list) else []


def first_timestamp(fields: Sequence[FieldInfo], example: Any) -> FieldInfo | None:
    """The first timestamp the example fills in, in the example's own key order."""
    by_path = {f.path: f for f in fields if f.is_timestamp}

    def walk(node: Any, prefix: tuple[str, ...]) -> FieldInfo | None:
        if not isinstance(node, dict):
            return None
        for key, value in node.items():
            path = (*prefix, key)
            if path in by_path and isinstance(value, int):
                return by_path[path]
            found = walk(value, path)
            if found is not None:
                return found
        return None

    return walk(example, ())


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def get_path(item: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(item, dict):
            return None
        item = item.get(key)
    return item


def set_path(item: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        item = item.setdefault(key, {})
    item[path[-1]] = value


def _millis(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp() * 1000)


def _sort_key(collection: Collection, item: Any, index: int) -> tuple[int, int]:
    """Newest first by the main timestamp, then generation order."""
    when = get_path(item, collection.primary.path) if collection.primary else None
    return (-(when if isinstance(when, int) else 0), index)


_CACHE: dict[tuple[object, ...], tuple[Entry, ...]] = {}
_TEMPLATES: dict[tuple[object, ...], dict[str, Any]] = {}
_CACHE_LOCK = threading.Lock()


@dataclass
class Store:
    """Items per (collection, scope), created on first use and changed by write operations."""

    spec: MockSpec
    collections: dict[str, Collection]
    seed: int = 0
    size: int = 2000
    sizes: dict[str, int] = field(default_factory=dict)
    period: tuple[dt.date, dt.date] = DEFAULT_PERIOD
    # The spec's example items lead the lists (HP12455690122399...); a mock's other accounts go
    # without, so that no two accounts share a transaction or a product.
    examples: bool = True
    # Scoped lists the spec's example items belong to, as (collection, scope): the lists its
    # example requests read (the students of Members Area `fotografiadigital`).
    example_scopes: frozenset[tuple[str, Scope]] = frozenset()
    _lists: dict[tuple[str, Scope], list[Entry]] = field(default_factory=dict, init=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, init=False)
    _created: int = field(default=0, init=False)
    version: int = field(default=0, init=False)  # counts writes: answers derived from the items follow it

    def __post_init__(self) -> None:
        self.synth = Synthesizer(self.spec, self.seed, (_millis(self.period[0]), _millis(self.period[1])))

    def entries(self, collection: Collection, scope: Scope = (), *, by_path: bool = False) -> list[Entry]:
        """The items of `collection` in `scope`, newest first (a live list: do not mutate)."""
        key = (collection.name, scope)
        with self._lock:
            if key not in self._lists:
                self._lists[key] = list(self._generate(collection, scope, by_path))
            return self._lists[key]

    def scopes(self, collection: Collection) -> Iterator[tuple[Scope, list[Entry]]]:
        """Every list of `collection` created so far (the unscoped one is created if need be)."""
        if not any(name == collection.name for name, _ in self._lists):
            self.entries(collection)
        with self._lock:
            for (name, scope), entries in list(self._lists.items()):
                if name == collection.name:
                    yield scope, entries

    def replace(self, entries: list[Entry], entry: Entry, item: dict[str, Any]) -> None:
        with self._lock:
            entries[entries.index(entry)] = Entry(entry.key, item)
            self.version += 1

    def remove(self, entries: list[Entry], entry: Entry) -> None:
        with self._lock:
            entries.remove(entry)
            self.version += 1

    def create(self, collection: Collection, scope: Scope) -> tuple[list[Entry], Entry]:
        """A fresh item (not yet filled with the caller's values), stored newest first."""
        entries = self.entries(collection, scope, by_path=True)
        with self._lock:
            self._created += 1
            self.version += 1
            index = 5_000_000 + self._created
            item = self.item(collection, index)
            newest = entries[0].key[0] if entries else 0
            entry = Entry((newest - 1, -self._created), item)
            entries.insert(0, entry)
            return entries, entry

    def item(self, collection: Collection, index: int) -> dict[str, Any]:
        made = self._synthesized(collection, index)
        return copy.deepcopy(made) if isinstance(made, dict) else {}

    def size_of(self, collection: Collection, scope: Scope, by_path: bool) -> int:
        if collection.name in self.sizes:
            return self.sizes[collection.name]
        if by_path or not collection.paginated:
            return 1 + digest(self.seed, collection.name, scope, "size") % SMALL_LIST_MAX
        return self.size

    def template(self, collection: Collection, index: int) -> dict[str, Any]:
        """Item `index` of the unscoped list as generated, before any write (shared: do not mutate)."""
        key = (self.spec.digest, self.seed, self.period, self.examples, collection.name, index)
        with _CACHE_LOCK:
            made = _TEMPLATES.get(key)
        if made is None:
            made = self._make(collection, (), index)
            made = made if isinstance(made, dict) else {}
            with _CACHE_LOCK:
                _TEMPLATES[key] = made
        return made

    def _make(self, collection: Collection, scope: Scope, index: int) -> Any:
        primary = collection.primary.path if collection.primary else None
        if self._with_examples(collection, scope) and index < len(collection.examples):
            # The spec's own examples are part of the data, so its example requests (refund
            # HP12455690122399, the lessons of student aB3dE5fG7h) work against the mock as
            # written; only their dates move into the period.
            example = self.synth.retime(
                collection.name, schema=collection.schema, examples=collection.examples, index=index, primary=primary
            )
            return copy.deepcopy(example)
        return self._synthesized(collection, index)

    def _synthesized(self, collection: Collection, index: int) -> Any:
        """Item `index` of the collection as the synthesizer makes it from the spec."""
        return self.synth.item(
            collection.name,
            entity=collection.pool_entity,
            schema=collection.schema,
            examples=collection.examples,
            index=index,
            primary=collection.primary.path if collection.primary else None,
        )

    def _with_examples(self, collection: Collection, scope: Scope) -> bool:
        """Whether a list starts with the spec's example items: an unscoped list, or the list of the
        spec's example scope (not in a mock's other accounts)."""
        return self.examples and (not scope or (collection.name, scope) in self.example_scopes)

    def _generate(self, collection: Collection, scope: Scope, by_path: bool) -> tuple[Entry, ...]:
        count = self.size_of(collection, scope, by_path)
        cache_key = (self.spec.digest, self.seed, self.period, self.examples, collection.name, scope, count)
        with _CACHE_LOCK:
            cached = _CACHE.get(cache_key)
        if cached is not None:
            return cached
        # Scoped lists get their own index range so their values differ from the unscoped list's,
        # but for the example scope, which starts with the spec's examples as the unscoped list does.
        first = 10_000 + (digest(self.seed, collection.name, scope) % 50_000) * SMALL_LIST_MAX
        if self._with_examples(collection, scope):
            first, count = 0, max(count, len(collection.examples))
        entries = []
        for index in range(first, first + count):
            item = self._make(collection, scope, index)
            entries.append(Entry(_sort_key(collection, item, index), item))
        entries.sort(key=lambda e: e.key)
        result = tuple(entries)
        with _CACHE_LOCK:
            _CACHE[cache_key] = result
        return result
