"""Synthetic items shaped like the spec's examples: same keys, same types, varied values.

Each item is built from an example object by replacing every value with one derived from a hash of
(seed, where the value sits, which item it is). Nothing depends on generation order, so the data set
is identical across runs, and values that should agree do:

- Shared entities: an object under a key such as `buyer`, `subscriber` or `product` is drawn from a
  pool (1,500 people, 40 best-selling products...), so the same buyer shows up in several sales with
  the same name and e-mail, and a product id in a sale is a product `listProducts` returns.
- Join keys (`transaction`, `*_id`, `*_code`) of item N are equal across lists, so sale N's
  transaction code appears in the commissions and price details lists as well.
- Timestamps keep the example's offsets from the item's main timestamp (a warranty still ends
  30 days after the order). The main timestamp falls inside the configured period, drawn so that no
  date of the item is before its start; dates Hotmart schedules ahead (a warranty's end, the next
  charge) may be after its end, as they are after today.
- Objects whose fields depend on each other are made consistent afterwards (`_plausible`): a fee is
  its percentage of the base, a plan's name says its period.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ._plausible import DATED_RULES, RULES
from ._spec import TIMESTAMP_SCHEMA, MockSpec, ref_name

# Keys naming a shared entity, and the pool each draws from. People share one pool, so a buyer
# can also be a subscriber or a Members Area student.
POOLS: dict[str, str] = {
    "buyer": "person",
    "subscriber": "person",
    "user": "person",
    "student": "person",
    "customer": "person",
    "participant": "person",
    "shopper": "person",
    "producer": "producer",
    "coproducer": "producer",
    "affiliate": "affiliate",
    "product": "product",
    "plan": "plan",
    "offer": "offer",
}
POOL_SIZES = {"person": 1500, "producer": 4, "affiliate": 60, "product": 40, "plan": 15, "offer": 40}
PERSON_POOLS = frozenset({"person", "producer", "affiliate"})
# Pools skip the first indexes: items 0.. of a list are the spec's example items verbatim (see
# _data.Store), so entity N of a pool is item N of its own list (product N of `listProducts`).
POOL_START = 8
# Flat fields that reference a pooled entity, e.g. `product_id` is the product's `id`.
_FLAT_REFERENCE = re.compile(r"^(product|plan|offer)_(id|ucode)$")
_CODE_LIKE = re.compile(r"^[A-Za-z0-9-]{6,}$")
_HEX = frozenset("0123456789ABCDEFabcdef-")

FIRST_NAMES = (
    "Ana", "Bruno", "Camila", "Daniel", "Eduarda", "Felipe", "Gabriela", "Heitor", "Isabela", "João",
    "Karina", "Lucas", "Mariana", "Nicolas", "Olívia", "Paulo", "Rafaela", "Samuel", "Tatiane", "Vinícius",
    "Beatriz", "Caio", "Débora", "Enzo", "Fernanda", "Gustavo", "Helena", "Igor", "Júlia", "Leonardo",
)  # fmt: skip
LAST_NAMES = (
    "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
    "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa",
    "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas",
)  # fmt: skip
TOPICS = (
    "Fotografia Digital", "Marketing de Afiliados", "Confeitaria Artesanal", "Inglês para Viagens",
    "Finanças Pessoais", "Yoga em Casa", "Excel Avançado", "Violão para Iniciantes", "Python do Zero",
    "Maquiagem Profissional", "Copywriting", "Jardinagem Urbana", "Meditação Guiada", "Design no Canva",
    "Tráfego Pago", "Nutrição Esportiva", "Desenho Realista", "Oratória", "Investimentos", "Crochê",
)  # fmt: skip
TITLE_FORMS = ("Curso de {}", "{} na Prática", "Mentoria {}", "Guia Completo de {}", "Clube de {}", "{} Masterclass")


def digest(*parts: object) -> int:
    """A stable 64-bit hash of `parts` (independent of PYTHONHASHSEED)."""
    text = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big")


def digest_bytes(*parts: object) -> bytes:
    """64 stable pseudo-random bytes for `parts`."""
    return hashlib.blake2b("\x1f".join(str(p) for p in parts).encode("utf-8"), digest_size=64).digest()


def unit(*parts: object) -> float:
    """A stable number in [0, 1)."""
    return digest(*parts) / 2**64


@dataclass
class _Item:
    """What the values of one item are derived from."""

    collection: str
    index: int
    base_time: int
    example_base: int | None
    # Same example value -> same generated value within an item (price.value == hotmart_fee.base).
    memo: dict[tuple[str, Any], Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Owner:
    """The pooled entity a value belongs to, and the path depth where that entity starts."""

    pool: str
    index: int
    depth: int


class Synthesizer:
    def __init__(self, spec: MockSpec, seed: int, period: tuple[int, int]) -> None:
        self.spec = spec
        self.seed = seed
        self.period = period
        # Pooled entities repeat across thousands of items: their leaves are computed once.
        self._entity_values: dict[tuple[object, ...], Any] = {}
        self._is_enum: dict[int, bool] = {}
        self._spans: dict[tuple[int, int, tuple[str, ...] | None], int] = {}

    # -- public -------------------------------------------------------------------------------

    def item(
        self,
        collection: str,
        *,
        entity: str | None,
        schema: Any,
        examples: list[Any],
        index: int,
        primary: tuple[str, ...] | None,
    ) -> Any:
        ctx, template = self._context(collection, schema, examples, index, primary)
        pool = POOLS.get(entity or "")
        owner = _Owner(pool, index, 0) if pool else None
        return self._settled(collection, self._value(ctx, schema, template, (), owner), index)

    def retime(
        self, collection: str, *, schema: Any, examples: list[Any], index: int, primary: tuple[str, ...] | None
    ) -> Any:
        """Example `index` itself, with its timestamps moved into the period (offsets kept)."""
        ctx, template = self._context(collection, schema, examples, index, primary)
        return self._settled(collection, self._retimed(ctx, schema, template), index)

    def _settled(self, collection: str, made: Any, index: int) -> Any:
        """`made` after the rules that need the data's today (see `_plausible.DATED_RULES`)."""
        rule = DATED_RULES.get(collection)
        if rule is not None and isinstance(made, dict):
            rule(made, digest(self.seed, collection, index, "settled"), self.period[1])
        return made

    def _context(
        self, collection: str, schema: Any, examples: list[Any], index: int, primary: tuple[str, ...] | None
    ) -> tuple[_Item, Any]:
        template = examples[index % len(examples)]
        example_base = _get(template, primary) if primary else None
        if not isinstance(example_base, int):
            example_base = None
        start, end = self.period
        # The example's earliest timestamp is `low` from its main one: draw the main timestamp so
        # that none falls before the period.
        low = self._earliest(schema, template, example_base, id(template), primary)
        first = max(start, start - low)
        base_time = first + digest(self.seed, "time", index) % max(1, end - first)
        return _Item(collection, index, base_time, example_base), template

    def _earliest(self, schema: Any, template: Any, base: int | None, key: int, primary: tuple[str, ...] | None) -> int:
        """Offset of the example's earliest timestamp from its main one (0 or negative)."""
        cache_key = (key, base or 0, primary)
        if cache_key not in self._spans:
            offsets = [when - base for when in self._timestamps(schema, template, 0)] if base is not None else []
            self._spans[cache_key] = min([0, *offsets])
        return self._spans[cache_key]

    def _timestamps(self, node: Any, example: Any, depth: int) -> list[int]:
        """Every epoch-millisecond value of `example` outside pooled entities (their times are their own)."""
        if depth > 8:
            return []
        if ref_name(node) == TIMESTAMP_SCHEMA:
            return [example] if isinstance(example, int) and not isinstance(example, bool) else []
        schema = self.spec.resolve(node) if isinstance(node, dict) else {}
        if isinstance(example, dict):
            properties = schema.get("properties") or {}
            return [
                when
                for key, value in example.items()
                if key not in POOLS
                for when in self._timestamps(properties.get(key, {}), value, depth + 1)
            ]
        if isinstance(example, list):
            return [when for value in example for when in self._timestamps(schema.get("items", {}), value, depth + 1)]
        return []

    def _retimed(self, ctx: _Item, node: Any, example: Any) -> Any:
        if ref_name(node) == TIMESTAMP_SCHEMA and isinstance(example, int) and not isinstance(example, bool):
            return self._timestamp(ctx, example, (), None)
        schema = self.spec.resolve(node) if isinstance(node, dict) else {}
        if isinstance(example, dict):
            properties = schema.get("properties") or {}
            return {key: self._retimed(ctx, properties.get(key, {}), value) for key, value in example.items()}
        if isinstance(example, list):
            return [self._retimed(ctx, schema.get("items", {}), value) for value in example]
        return example

    def person(self, pool: str, index: int) -> tuple[str, str, str]:
        """(first name, last name, e-mail) of person `index` of `pool`."""
        first = FIRST_NAMES[digest(self.seed, pool, index, "first") % len(FIRST_NAMES)]
        last = LAST_NAMES[digest(self.seed, pool, index, "last") % len(LAST_NAMES)]
        local = ascii_fold(f"{first}.{last}").lower()
        return first, last, f"{local}{index}@example.com"

    def entity_code(self, pool: str, index: int, leaf: str, example: str) -> str:
        """The code (`ucode`...) entity `index` of `pool` has wherever it appears in an item."""
        return self.code(example, "E", pool, index, leaf)

    def code(self, example: str, *parts: object) -> str:
        """A code shaped like `example` (a transaction, an offer code), stable for `parts`."""
        return _reshape(example, digest_bytes(self.seed, *parts))

    def title(self, pool: str, index: int) -> str:
        topic = TOPICS[digest(self.seed, pool, index, "topic") % len(TOPICS)]
        form = TITLE_FORMS[digest(self.seed, pool, index, "form") % len(TITLE_FORMS)]
        return form.format(topic)

    # -- walking the example ------------------------------------------------------------------

    def _value(self, ctx: _Item, node: Any, example: Any, path: tuple[str, ...], owner: _Owner | None) -> Any:
        name = ref_name(node)
        schema = self.spec.resolve(node) if isinstance(node, dict) else {}
        if name == TIMESTAMP_SCHEMA and isinstance(example, int) and not isinstance(example, bool):
            return self._timestamp(ctx, example, path, owner)
        if isinstance(example, dict):
            made = self._object(ctx, schema, example, path, owner)
            rule = RULES.get(name or "")
            if rule is not None:
                rule(made, owner.index if owner is not None else ctx.index)
            return made
        if isinstance(example, list):
            return self._array(ctx, schema, example, path, owner)
        if name and "enum" in schema and isinstance(example, str):
            return self._enum(ctx, schema["enum"], example, path, owner)
        return _clamp(self._scalar(ctx, example, path, owner), schema, example)

    def _object(
        self, ctx: _Item, schema: dict[str, Any], example: dict[str, Any], path: tuple[str, ...], owner: _Owner | None
    ) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        out: dict[str, Any] = {}
        enum_values: dict[str, Any] = {}
        # Enum-typed keys first: a plain string with the same example value (payment.method next
        # to payment.type) then copies the enum's value instead of contradicting it.
        ordered = sorted(example, key=lambda k: 0 if self._enum_typed(properties.get(k)) else 1)
        for key in ordered:
            value = example[key]
            child = properties.get(key, {})
            is_enum = self._enum_typed(child)
            if not is_enum and isinstance(value, str) and value in enum_values:
                out[key] = enum_values[value]
                continue
            out[key] = self._value(ctx, child, value, (*path, key), self._owner_of(ctx, key, path, owner))
            if is_enum and isinstance(value, str):
                enum_values[value] = out[key]
        return {key: out[key] for key in example}

    def _enum_typed(self, node: Any) -> bool:
        if not isinstance(node, dict):
            return False
        known = self._is_enum.get(id(node))
        if known is None:
            known = self._is_enum[id(node)] = "enum" in self.spec.resolve(node)
        return known

    def _array(
        self, ctx: _Item, schema: dict[str, Any], example: list[Any], path: tuple[str, ...], owner: _Owner | None
    ) -> list[Any]:
        if not example:
            return []
        count = 1 + digest(self.seed, ctx.collection, ctx.index, *path, "len") % (len(example) + 1)
        items = schema.get("items", {})
        key = path[-1] if path else ""
        pool = POOLS.get(key.removesuffix("s"))
        out = []
        for position in range(count):
            element_owner = owner
            if pool:
                drawn = POOL_START + digest(self.seed, ctx.index, *path, position) % POOL_SIZES[pool]
                element_owner = _Owner(pool, drawn, len(path) + 1)
            out.append(self._value(ctx, items, example[position % len(example)], (*path, str(position)), element_owner))
        return out

    def _owner_of(self, ctx: _Item, key: str, path: tuple[str, ...], owner: _Owner | None) -> _Owner | None:
        pool = POOLS.get(key)
        if pool is None:
            return owner
        drawn = POOL_START + digest(self.seed, ctx.index, pool, key) % POOL_SIZES[pool]
        return _Owner(pool, drawn, len(path) + 1)

    # -- leaves -------------------------------------------------------------------------------

    def _key(self, ctx: _Item, path: tuple[str, ...], owner: _Owner | None) -> tuple[object, ...]:
        """What a leaf's value is a function of (see the module docstring)."""
        leaf = path[-1] if path else ""
        flat = _FLAT_REFERENCE.match(leaf)
        if flat:
            pool = flat.group(1)
            drawn = POOL_START + digest(self.seed, ctx.index, pool, pool) % POOL_SIZES[pool]
            return ("E", pool, drawn, flat.group(2))
        if owner is not None:
            return ("E", owner.pool, owner.index, ".".join(path[owner.depth :]))
        if leaf == "transaction" or leaf.endswith(("_id", "_code")):
            return ("J", ctx.index, leaf)
        return ("V", ctx.collection, ctx.index, ".".join(path))

    @staticmethod
    def _key_index(key: tuple[object, ...]) -> int:
        index = key[2] if key[0] == "E" else key[1] if key[0] == "J" else key[2]
        return int(index) if isinstance(index, int) else 0

    def _timestamp(self, ctx: _Item, example: int, path: tuple[str, ...], owner: _Owner | None) -> int:
        if owner is not None and owner.depth > 0:
            start, end = self.period
            return start + digest(self.seed, *self._key(ctx, path, owner)) % max(1, end - start)
        if ctx.example_base is None:
            return ctx.base_time
        return ctx.base_time + (example - ctx.example_base)

    def _enum(self, ctx: _Item, values: list[Any], example: str, path: tuple[str, ...], owner: _Owner | None) -> Any:
        roll = unit(self.seed, *self._key(ctx, path, owner), "enum")
        # The example's value is the common case (an approved sale, an active subscription).
        if roll < 0.55 or len(values) < 2:
            return example
        others = [v for v in values if v != example]
        return others[int((roll - 0.55) / 0.45 * len(others)) % len(others)]

    def _scalar(self, ctx: _Item, example: Any, path: tuple[str, ...], owner: _Owner | None) -> Any:
        key = self._key(ctx, path, owner)
        if key[0] != "E":
            return self._fresh_scalar(ctx, example, path, owner, key)
        cache_key = (*key, type(example).__name__, example)
        if cache_key not in self._entity_values:
            self._entity_values[cache_key] = self._fresh_scalar(ctx, example, path, owner, key)
        return self._entity_values[cache_key]

    def _fresh_scalar(
        self, ctx: _Item, example: Any, path: tuple[str, ...], owner: _Owner | None, key: tuple[object, ...]
    ) -> Any:
        leaf = path[-1] if path else ""
        if isinstance(example, bool):
            return example if unit(self.seed, *key) < 0.75 else not example
        if isinstance(example, int):
            return self._int(ctx, example, leaf, key)
        if isinstance(example, float):
            return self._float(ctx, example, leaf, key)
        if isinstance(example, str):
            return self._string(ctx, example, leaf, key, owner)
        return example

    def _int(self, ctx: _Item, example: int, leaf: str, key: tuple[object, ...]) -> int:
        if leaf == "id" or leaf.endswith("_id") or example >= 100_000:
            # The salt includes the array position for per-item values (two lots of one event).
            salt = digest(self.seed, key[0], key[-1])
            return _unique_int(len(str(abs(example))), self._key_index(key), salt)
        if example <= 0:
            return example
        memo = ctx.memo.get(("int", example)) if example >= 1000 else None
        if memo is not None:
            return int(memo)
        low, high = (1, 2 * example + 1) if example < 10 else (max(1, example // 3), example * 2)
        value = low + digest(self.seed, *key) % (high - low + 1)
        if example >= 1000:
            ctx.memo[("int", example)] = value
        return value

    def _float(self, ctx: _Item, example: float, leaf: str, key: tuple[object, ...]) -> float:
        if example in (0.0, 1.0):
            return example
        memo = ctx.memo.get(("float", example))
        if memo is not None:
            return float(memo)
        roll = unit(self.seed, *key)
        if "percent" in leaf:
            value = round(roll * 100, 1)
        elif example < 1:
            value = round(0.05 + roll * 0.55, 2)  # a fraction, e.g. a discount
        elif example <= 10:
            value = round(example * (0.7 + roll * 0.34), 1)  # a rating or small rate
        else:
            value = round(example * (0.4 + roll * 2.1), 2)  # an amount of money
        ctx.memo[("float", example)] = value
        return value

    def _string(self, ctx: _Item, example: str, leaf: str, key: tuple[object, ...], owner: _Owner | None) -> str:
        pool = owner.pool if owner else None
        if "email" in leaf:
            index = owner.index if owner and pool in PERSON_POOLS else digest(self.seed, *key) % POOL_SIZES["person"]
            return self.person(pool if pool in PERSON_POOLS and pool else "person", index)[2]
        if owner is not None and pool in PERSON_POOLS and leaf in ("name", "full_name", "first_name", "last_name"):
            first, last, _ = self.person(owner.pool, owner.index)
            return first if leaf == "first_name" else last if leaf == "last_name" else f"{first} {last}"
        if owner is not None and pool == "product" and leaf == "name":
            return self.title(owner.pool, owner.index)
        if _CODE_LIKE.match(example) and any(c.isdigit() for c in example):
            return _reshape(example, digest_bytes(self.seed, *key))
        return example


def _clamp(value: Any, schema: dict[str, Any], example: Any) -> Any:
    """Keep a varied number within the schema's bounds (a rating of 1 to 5 stays one)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return value
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if (low is not None and value < low) or (high is not None and value > high):
        return example
    if value == schema.get("exclusiveMinimum") or value == schema.get("exclusiveMaximum"):
        return example
    return value


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _unique_int(digits: int, index: int, salt: int) -> int:
    """Distinct indexes give distinct numbers of `digits` digits (an affine permutation)."""
    digits = max(digits, 4)
    low = int(10 ** (digits - 1))
    space = 9 * low  # 2**a * 3**2 * 5**b: any other prime multiplier is a bijection
    return low + (index * 1_000_003 + salt) % space


_DIGITS = "0123456789"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _reshape(example: str, noise: bytes) -> str:
    """A random string shaped like `example`: same length, case, digit positions and separators.

    A short upper-case prefix before the first digit (Hotmart's `HP` of transaction codes) is kept.
    """
    prefix = re.match(r"^[A-Z]{1,3}(?=\d)", example)
    keep = len(prefix.group(0)) if prefix else 0
    hex_only = set(example) <= _HEX
    out = [example[:keep]]
    for position, char in enumerate(example[keep:]):
        if char.isdigit():
            alphabet = _DIGITS
        elif char.isupper():
            alphabet = "ABCDEF" if hex_only else _UPPER
        elif char.islower():
            alphabet = "abcdef" if hex_only else _LOWER
        else:
            out.append(char)
            continue
        out.append(alphabet[noise[position % len(noise)] % len(alphabet)])
    return "".join(out)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
