"""What a sale's commissions, participants and price details are, computed from the sale itself.

The sales history holds the sale; the other sales endpoints describe the same sale (see
`_derive`). The numbers follow Hotmart's pages: `price` is what the buyer paid; the price details
split it into `base` + `vat` + `fee` (installment interest in BRL or MXN, VAT in Mexico); Hotmart's
fee comes off `base`, then the affiliate's commission, then the co-producer's share of what is
left, and the producer keeps the rest (Hotmart's help page on how revenue is split).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ._data import get_path
from ._synth import POOL_SIZES, POOL_START, Synthesizer, ascii_fold, digest, unit

CENT = Decimal("0.01")
# How often a sale has an affiliate or a co-producer when the account's own role does not imply one.
AFFILIATE_SHARE_OF_SALES = 0.35
COPRODUCER_SHARE_OF_SALES = 0.2
# Installment interest per installment after the first (paid in BRL and MXN only), capped.
INTEREST_PER_INSTALLMENT = Decimal("0.0199")
MAX_INTEREST = Decimal("0.25")
INTEREST_CURRENCIES = frozenset({"BRL", "MXN"})
# VAT applies to sales in Europe and Mexico only; Europe's depends on the buyer's country, which a
# sale does not carry, so only Mexico's IVA (16%) is modelled.
VAT_RATES = {"MXN": Decimal("0.16")}
# The example user code a synthetic person's code is shaped like.
UCODE_SHAPE = "252A74C5-4A97-143A-9349-E45D871C6018"


def money(value: Any) -> Decimal:
    """A JSON number as an exact amount of cents (0 when it is not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Decimal(0)
    return Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)


def number(value: Decimal) -> float:
    return float(value.quantize(CENT, ROUND_HALF_UP))


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Person:
    ucode: str
    name: str
    email: str


@dataclass(frozen=True)
class Share:
    source: str  # CommissionSource: PRODUCER, COPRODUCER, AFFILIATE
    person: Person
    value: Decimal


@dataclass(frozen=True)
class SaleFacts:
    currency: str
    total: Decimal  # what the buyer paid (the history's `purchase.price.value`)
    vat: Decimal
    interest: Decimal
    base: Decimal  # total - vat - interest: what the commissions are split from
    shares: tuple[Share, ...]  # the producer's first
    role: str  # the account's role in the sale (`purchase.commission_as`)

    def person(self, source: str) -> Person | None:
        return next((s.person for s in self.shares if s.source == source), None)

    @property
    def account_commission(self) -> Decimal:
        """What the account earned: the share of the role it had in the sale."""
        return sum((s.value for s in self.shares if s.source == self.role), Decimal(0))


class Sales:
    """Sale facts of one data set (seeded), cached per sale: a sale's price never changes."""

    def __init__(self, synth: Synthesizer) -> None:
        self.synth = synth
        self._facts: dict[tuple[str, str, str], SaleFacts] = {}
        self._lock = threading.Lock()

    def facts(self, sale: Mapping[str, Any]) -> SaleFacts:
        purchase = _object(sale.get("purchase"))
        transaction = str(purchase.get("transaction"))
        currency = str(get_path(purchase, ("price", "currency_code")) or "BRL")
        total = money(get_path(purchase, ("price", "value")))
        key = (transaction, currency, str(total))
        with self._lock:
            known = self._facts.get(key)
        if known is None:
            known = self._compute(sale, purchase, transaction, currency, total)
            with self._lock:
                self._facts[key] = known
        return known

    def _compute(
        self, sale: Mapping[str, Any], purchase: Mapping[str, Any], transaction: str, currency: str, total: Decimal
    ) -> SaleFacts:
        seed = self.synth.seed
        installments = get_path(purchase, ("payment", "installments_number"))
        paid_in = installments if isinstance(installments, int) and installments > 1 else 1
        interest = Decimal(0)
        if currency in INTEREST_CURRENCIES and paid_in > 1:
            rate = min(INTEREST_PER_INSTALLMENT * (paid_in - 1), MAX_INTEREST)
            interest = cents(total - total / (1 + rate))
        vat_rate = VAT_RATES.get(currency, Decimal(0))
        vat = cents((total - interest) * vat_rate / (1 + vat_rate))
        base = total - interest - vat
        remaining = max(Decimal(0), base - money(get_path(purchase, ("hotmart_fee", "total"))))
        role = str(purchase.get("commission_as") or "PRODUCER")
        producer = _object(sale.get("producer"))
        owner = Person(str(producer.get("ucode") or ""), str(producer.get("name") or ""), _email(producer.get("name")))
        shares: list[Share] = []
        if role == "AFFILIATE" or unit(seed, transaction, "has-affiliate") < AFFILIATE_SHARE_OF_SALES:
            value = cents(remaining * (30 + digest(seed, transaction, "affiliate-rate") % 21) / 100)  # 30-50%
            shares.append(Share("AFFILIATE", self.pooled("affiliate", digest(seed, transaction, "affiliate")), value))
            remaining -= value
        if role == "COPRODUCER" or unit(seed, transaction, "has-coproducer") < COPRODUCER_SHARE_OF_SALES:
            value = cents(remaining * (10 + digest(seed, transaction, "coproducer-rate") % 21) / 100)  # 10-30%
            shares.append(Share("COPRODUCER", self._partner(owner, digest(seed, transaction, "coproducer")), value))
            remaining -= value
        shares.insert(0, Share("PRODUCER", owner, remaining))
        return SaleFacts(currency, total, vat, interest, base, tuple(shares), role)

    def pooled(self, pool: str, draw: int) -> Person:
        """Person `draw` of a pool, with the name, e-mail and code it has in every list."""
        index = POOL_START + draw % POOL_SIZES[pool]
        first, last, email = self.synth.person(pool, index)
        return Person(self.synth.entity_code(pool, index, "ucode", UCODE_SHAPE), f"{first} {last}", email)

    def _partner(self, producer: Person, draw: int) -> Person:
        """A co-producer: another person of the producers' pool."""
        for step in range(POOL_SIZES["producer"]):
            person = self.pooled("producer", draw + step)
            if person.name != producer.name:
                return person
        return self.pooled("affiliate", draw)


def buyer_of(sale: Mapping[str, Any]) -> Person:
    buyer = _object(sale.get("buyer"))
    return Person(str(buyer.get("ucode", "")), str(buyer.get("name", "")), str(buyer.get("email", "")))


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _email(name: Any) -> str:
    """A producer's e-mail address, from the name (the history gives producers none)."""
    local = ".".join(ascii_fold(str(name or "producer")).lower().split())
    return f"{local}@example.com"
