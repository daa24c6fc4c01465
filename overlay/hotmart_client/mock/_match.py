"""Pairing parameter names with item fields, by name and type only.

Hotmart names filters after the fields they filter, loosely: `buyer_email` filters `buyer.email`,
`transaction_status` filters `purchase.status` (both typed `PurchaseStatus`), `coupon_id` is a
coupon's `id`, `transaction_code` is a `transaction`. These rules recover the pairing from the spec
so that new operations get working filters, lookups and state changes without a route table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from ._spec import FieldInfo

LOWER_BOUND_WORDS = frozenset({"start", "from", "since", "begin", "min"})
UPPER_BOUND_WORDS = frozenset({"end", "to", "until", "max"})
_ID_SUFFIXES = frozenset({"code", "id", "key"})
_SPLIT = re.compile(r"[_.\-\s]+")


def tokens(name: str) -> list[str]:
    """`purchase.payment_type` -> ["purchase", "payment", "type"]."""
    return [t for t in _SPLIT.split(name.lower()) if t]


def _field_tokens(info: FieldInfo) -> list[str]:
    return tokens(".".join(info.path))


def _shortest(matches: Iterable[FieldInfo]) -> FieldInfo | None:
    return min(matches, key=lambda f: (len(f.path), f.dotted), default=None)


def match_field(
    name: str,
    fields: Sequence[FieldInfo],
    *,
    enum_name: str | None = None,
    entity: Sequence[str] = (),
    strict: bool = False,
) -> FieldInfo | None:
    """The field that parameter `name` refers to, or None.

    Tried in order: a field of the same named enum; a field whose dotted name ends with the
    parameter's words; the same without a leading entity word (`coupon_id` in coupons is `id`)
    or a trailing id word (`transaction_code` is `transaction`); a unique field ending with the
    parameter's last word (`sales_source` is `purchase.tracking.source`), unless that is an id word.
    `strict` keeps only the first three (used when writing a value: `end_date` must not land in
    `start_date`).
    """
    if enum_name is not None:
        same_enum = _shortest(f for f in fields if f.enum_name == enum_name)
        if same_enum is not None:
            return same_enum
    words = tokens(name)
    if not words:
        return None
    variants = [words]
    entity_words = list(entity)
    if entity_words and words[: len(entity_words)] == entity_words and len(words) > len(entity_words):
        variants.append(words[len(entity_words) :])
    if len(words) > 1 and words[-1] in _ID_SUFFIXES and not strict:
        variants.append(words[:-1])
    for variant in variants:
        found = _shortest(f for f in fields if _field_tokens(f)[-len(variant) :] == variant)
        if found is not None:
            return found
    # Never for id words: `module_id` must not pair with a page's `page_id`.
    if len(words) > 1 and words[-1] not in _ID_SUFFIXES and not strict:
        last = [f for f in fields if _field_tokens(f)[-1] == words[-1]]
        if len(last) == 1:
            return last[0]
    return None


Bound = Literal["lower", "upper"]


def timestamp_target(
    name: str, fields: Sequence[FieldInfo], primary: FieldInfo | None
) -> tuple[FieldInfo, Bound] | None:
    """The time field a timestamp parameter bounds, and which side.

    `end_accession_date` is the upper bound of `accession_date`; `start_date`/`end_date` bound the
    item's main timestamp. Timestamps are never compared for equality: a millisecond never matches.
    """
    words = tokens(name)
    bound: Bound = "upper" if any(w in UPPER_BOUND_WORDS for w in words) else "lower"
    core = [w for w in words if w not in LOWER_BOUND_WORDS and w not in UPPER_BOUND_WORDS]
    if core in (["date"], []):
        return (primary, bound) if primary is not None else None
    time_fields = [f for f in fields if f.is_timestamp]
    found = match_field("_".join(core), time_fields)
    return (found, bound) if found is not None else None
