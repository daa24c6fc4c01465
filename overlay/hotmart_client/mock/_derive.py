"""Answers computed from another listing's items, so the mock's numbers agree with each other.

Hotmart's sales endpoints all describe the same sales: the commissions, participants and price
details of a sale belong to a sale the history lists, and the sales summary adds up the
commissions of the sales it matches. The subscription summaries describe the subscriptions
`listSubscriptions` returns. The mock serves them that way: such an answer is built from the items
of its *source* list that match the request, filtered on the source's own fields (a sale's status,
date, product, payment type...) with Hotmart's defaults, so that

- a derived listing holds exactly the sales (subscriptions) its source lists with the same filters,
  in the same order, each repeating its source's facts (transaction, product, people, price, status);
- the numbers add up: commissions split what the price details' `base` leaves after Hotmart's fee,
  the price details add up to the sale's price, and the summary's total per currency is the sum of
  the commissions the account earned (the share whose `source` is the sale's `commission_as`);
- a subscription summary's recurrences follow from the subscription's dates, plan and status.

Values a source does not have (a participant's address, a coupon) come from the synthetic item of
the same index, so they stay varied and deterministic. Writes go to the source (a refund changes
the sale), and every derived answer follows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ._data import Collection, Entry, Store, get_path
from ._synth import POOL_SIZES, POOL_START, ascii_fold, digest, unit

DAY = 86_400_000
CENT = Decimal("0.01")
# How often a sale has an affiliate or a co-producer when the account's own role does not imply one.
AFFILIATE_SHARE_OF_SALES = 0.35
COPRODUCER_SHARE_OF_SALES = 0.2
# Installment interest per installment after the first (buyer-paid interest in BRL and MXN), capped.
INTEREST_PER_INSTALLMENT = Decimal("0.0199")
MAX_INTEREST = Decimal("0.25")
INTEREST_CURRENCIES = frozenset({"BRL", "MXN"})
# VAT applies to sales in Europe and Mexico only; Europe's depends on the buyer's country, which a
# sale does not carry, so only Mexico's IVA is modelled.
VAT_RATES = {"MXN": Decimal("0.16")}
# Participants' contact data (documents, address...) come from these synthetic items, one per person.
CONTACTS_START, CONTACTS = 100_000, 1000
# The example user code a synthetic person's code is shaped like.
UCODE_SHAPE = "252A74C5-4A97-143A-9349-E45D871C6018"
# Subscription statuses whose recurrences run until today, and those whose first charge is unpaid.
RUNNING = frozenset({"ACTIVE", "DELAYED"})
NOT_STARTED = frozenset({"STARTED", "INACTIVE"})
LAST_UNPAID = frozenset({"DELAYED", "OVERDUE"})


def money(value: Any) -> Decimal:
    """A JSON number as an exact amount of cents (0 when it is not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Decimal(0)
    return Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)


def number(value: Decimal) -> float:
    return float(value.quantize(CENT, ROUND_HALF_UP))


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
    """What a sale's commissions, participants and price details are computed from."""

    currency: str
    total: Decimal  # what the buyer paid (the history's `purchase.price.value`)
    vat: Decimal
    interest: Decimal
    base: Decimal  # total - vat - interest: what the commissions are split from
    shares: tuple[Share, ...]
    role: str  # the account's role in the sale (`purchase.commission_as`)

    def person(self, source: str) -> Person | None:
        return next((s.person for s in self.shares if s.source == source), None)

    @property
    def account_commission(self) -> Decimal:
        return sum((s.value for s in self.shares if s.source == self.role), Decimal(0))


@dataclass(frozen=True)
class Recurrence:
    number: int
    charge_date: int
    paid: bool


class Deriver:
    """Builds the derived answers of one server from its store (the caches follow its writes)."""

    def __init__(self, store: Store, *, today_millis: int) -> None:
        self.store = store
        self.today_millis = today_millis
        self._facts: dict[tuple[str, str, str], SaleFacts] = {}
        self._lock = threading.Lock()

    # -- what is derived from what ------------------------------------------------------------

    def source(self, collection: Collection) -> Collection | None:
        """The collection `collection`'s items are built from, or None when it stands alone."""
        rule = RULES.get(collection.name)
        return self.store.collections.get(rule.source) if rule else None

    def is_derived(self, collection: Collection) -> bool:
        return collection.name in RULES

    def is_grouped(self, collection: Collection) -> bool:
        return RULES[collection.name].group is not None

    def extra_filter(self, collection: Collection, param: str) -> Callable[[Entry, Any], bool] | None:
        """A filter for a parameter the source has no field for (a sale's affiliate), or None."""
        rule = RULES.get(collection.name)
        extra = rule.extra.get(param) if rule else None
        if extra is None:
            return None
        return lambda entry, wanted: extra(self, entry.item, wanted)

    def item(self, collection: Collection, source: Entry) -> dict[str, Any]:
        """The derived item of one source item (a sale's commissions)."""
        rule = RULES[collection.name]
        assert rule.each is not None
        return rule.each(self, source.item, self.store.template(collection, _index(source)))

    def group(self, collection: Collection, sources: list[Entry]) -> list[dict[str, Any]]:
        """The derived items of a whole selection (the sales summary's totals per currency)."""
        rule = RULES[collection.name]
        assert rule.group is not None
        return rule.group(self, [entry.item for entry in sources])

    # -- sales --------------------------------------------------------------------------------

    def sale(self, sale: Mapping[str, Any]) -> SaleFacts:
        purchase = _object(sale.get("purchase"))
        transaction = str(get_path(purchase, ("transaction",)))
        currency = str(get_path(purchase, ("price", "currency_code")) or "BRL")
        total = money(get_path(purchase, ("price", "value")))
        key = (transaction, currency, str(total))
        with self._lock:
            known = self._facts.get(key)
        if known is not None:
            return known
        facts = self._sale_facts(sale, purchase, transaction, currency, total)
        with self._lock:
            self._facts[key] = facts
        return facts

    def _sale_facts(
        self, sale: Mapping[str, Any], purchase: Mapping[str, Any], transaction: str, currency: str, total: Decimal
    ) -> SaleFacts:
        seed = self.store.seed
        installments = get_path(purchase, ("payment", "installments_number"))
        paid_in = installments if isinstance(installments, int) and installments > 1 else 1
        interest = Decimal(0)
        if currency in INTEREST_CURRENCIES and paid_in > 1:
            rate = min(INTEREST_PER_INSTALLMENT * (paid_in - 1), MAX_INTEREST)
            interest = (total - total / (1 + rate)).quantize(CENT, ROUND_HALF_UP)
        vat_rate = VAT_RATES.get(currency, Decimal(0))
        vat = ((total - interest) * vat_rate / (1 + vat_rate)).quantize(CENT, ROUND_HALF_UP)
        base = total - interest - vat
        # Hotmart's fee comes off first, then the affiliate's share, then the co-producer's share of
        # what is left; the producer keeps the rest (Hotmart's help page on how revenue is split).
        net = max(Decimal(0), base - money(get_path(purchase, ("hotmart_fee", "total"))))
        role = str(purchase.get("commission_as") or "PRODUCER")
        producer = _object(sale.get("producer"))
        producer_person = Person(
            str(producer.get("ucode") or ""), str(producer.get("name") or ""), _email(producer.get("name"))
        )
        shares: list[Share] = []
        remaining = net
        if role == "AFFILIATE" or unit(seed, transaction, "has-affiliate") < AFFILIATE_SHARE_OF_SALES:
            rate = Decimal(30 + digest(seed, transaction, "affiliate-rate") % 21) / 100  # 30% to 50%
            value = (remaining * rate).quantize(CENT, ROUND_HALF_UP)
            shares.append(Share("AFFILIATE", self._pooled("affiliate", digest(seed, transaction, "affiliate")), value))
            remaining -= value
        if role == "COPRODUCER" or unit(seed, transaction, "has-coproducer") < COPRODUCER_SHARE_OF_SALES:
            rate = Decimal(10 + digest(seed, transaction, "coproducer-rate") % 21) / 100  # 10% to 30%
            value = (remaining * rate).quantize(CENT, ROUND_HALF_UP)
            partner = self._partner(producer_person, digest(seed, transaction, "coproducer"))
            shares.append(Share("COPRODUCER", partner, value))
            remaining -= value
        shares.insert(0, Share("PRODUCER", producer_person, remaining))
        return SaleFacts(currency, total, vat, interest, base, tuple(shares), role)

    def _pooled(self, pool: str, draw: int) -> Person:
        index = POOL_START + draw % POOL_SIZES[pool]
        first, last, email = self.store.synth.person(pool, index)
        return Person(self.store.synth.entity_code(pool, index, "ucode", UCODE_SHAPE), f"{first} {last}", email)

    def _partner(self, producer: Person, draw: int) -> Person:
        """A co-producer: another person of the producers' pool."""
        for step in range(POOL_SIZES["producer"]):
            person = self._pooled("producer", draw + step)
            if person.name != producer.name:
                return person
        return self._pooled("affiliate", draw)

    def contact(self, person: Person, role: str) -> dict[str, Any]:
        """A participant's contact data; the same person has the same address in every sale."""
        user: dict[str, Any] = {}
        collection = self.store.collections.get("SaleParticipantsItem")
        if collection is not None:
            index = CONTACTS_START + digest(self.store.seed, person.ucode) % CONTACTS
            users = [u.get("user") for u in self.store.template(collection, index).get("users", [])]
            user = dict(next((u for u in users if isinstance(u, dict)), {}))
        if role not in ("PRODUCER", "COPRODUCER"):
            user.pop("trade_name", None)  # a company name is a producer's
        user.update(ucode=person.ucode, name=person.name, email=person.email)
        return user

    # -- subscriptions ------------------------------------------------------------------------

    def recurrences(self, subscription: Mapping[str, Any]) -> list[Recurrence]:
        """The charges of a subscription up to the mock's today, from its dates, plan and status.

        One charge per plan period from the accession: until today while it runs (ACTIVE,
        DELAYED), until its last day of access once cancelled or overdue, only the first while it
        waits for its first payment (STARTED, INACTIVE). The last charge of a DELAYED or OVERDUE
        subscription, and the only one of a STARTED or INACTIVE one, is unpaid.
        """
        start = _int(subscription.get("accession_date"))
        status = str(subscription.get("status") or "")
        period = _int(get_path(subscription, ("plan", "recurrency_period"))) or 30
        cycles = _int(get_path(subscription, ("plan", "max_charge_cycles")))
        count = 1 + max(0, self.until(subscription) - start) // (period * DAY)
        if cycles > 0:
            count = min(count, cycles)
        charges = [Recurrence(n, start + (n - 1) * period * DAY, True) for n in range(1, count + 1)]
        if status in NOT_STARTED or status in LAST_UNPAID:
            last = charges[-1]
            charges[-1] = Recurrence(last.number, last.charge_date, False)
        return charges

    def until(self, subscription: Mapping[str, Any]) -> int:
        """The end of a subscription's lifetime: today, its last day of access, or its start."""
        start = _int(subscription.get("accession_date"))
        status = str(subscription.get("status") or "")
        if status in NOT_STARTED:
            return start
        end = self.today_millis
        if status not in RUNNING:
            last_day = _int(subscription.get("end_accession_date")) or _int(subscription.get("date_next_charge"))
            end = min(end, last_day) if last_day else end
        return max(start, end)


# -- the derived items ------------------------------------------------------------------------------

EachBuilder = Callable[[Deriver, dict[str, Any], dict[str, Any]], dict[str, Any]]
GroupBuilder = Callable[[Deriver, list[dict[str, Any]]], list[dict[str, Any]]]
ExtraFilter = Callable[[Deriver, dict[str, Any], Any], bool]


def sale_commissions(deriver: Deriver, sale: dict[str, Any], template: dict[str, Any]) -> dict[str, Any]:
    facts = deriver.sale(sale)
    out = _sale_item(sale, template)
    out["exchange_rate_currency_payout"] = 1.0  # the commissions are in the sale's currency
    out["commissions"] = [
        {
            "commission": {"value": number(share.value), "currency_value": facts.currency},
            "user": {"ucode": share.person.ucode, "name": share.person.name},
            "source": share.source,
        }
        for share in facts.shares
    ]
    return out


def sale_participants(deriver: Deriver, sale: dict[str, Any], template: dict[str, Any]) -> dict[str, Any]:
    facts = deriver.sale(sale)
    buyer = _object(sale.get("buyer"))
    people = [("BUYER", Person(str(buyer.get("ucode", "")), str(buyer.get("name", "")), str(buyer.get("email", ""))))]
    people += [(share.source, share.person) for share in facts.shares]
    out = _sale_item(sale, template)
    out["users"] = [{"role": role, "user": deriver.contact(person, role)} for role, person in people]
    return out


def sale_price_details(deriver: Deriver, sale: dict[str, Any], template: dict[str, Any]) -> dict[str, Any]:
    facts = deriver.sale(sale)
    out = _sale_item(sale, template)
    for name, value in (("base", facts.base), ("total", facts.total), ("vat", facts.vat), ("fee", facts.interest)):
        out[name] = {"value": number(value), "currency_code": facts.currency}
    return out


def sales_summary(deriver: Deriver, sales: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per currency: how many sales, and the sum of the commissions the account earned in them."""
    totals: dict[str, tuple[int, Decimal]] = {}
    for sale in sales:
        facts = deriver.sale(sale)
        count, value = totals.get(facts.currency, (0, Decimal(0)))
        totals[facts.currency] = (count + 1, value + facts.account_commission)
    return [
        {"total_items": count, "total_value": {"value": number(value), "currency_code": currency}}
        for currency, (count, value) in sorted(totals.items())
    ]


def has_affiliate_named(deriver: Deriver, sale: dict[str, Any], wanted: Any) -> bool:
    """`affiliate_name`: the sale's affiliate is named this (or a part of it, as a search box)."""
    affiliate = deriver.sale(sale).person("AFFILIATE")
    return affiliate is not None and str(wanted).strip().lower() in affiliate.name.lower()


def subscription_summary(deriver: Deriver, subscription: dict[str, Any], template: dict[str, Any]) -> dict[str, Any]:
    out = {key: value for key, value in template.items() if key != "end_accession_date"}
    for key in ("subscriber_code", "subscription_id", "status", "accession_date", "end_accession_date", "trial"):
        if key in subscription:
            out[key] = subscription[key]
    plan = _object(subscription.get("plan"))
    out["plan"] = {key: plan[key] for key in ("name", "recurrency_period") if key in plan}
    product = _object(subscription.get("product"))
    out["product"] = {key: product[key] for key in ("id", "name") if key in product}
    person = _object(subscription.get("subscriber"))
    identity = person.get("ucode") or person.get("email")
    out["subscriber"] = {
        "id": 10_000_000 + digest(deriver.store.seed, "subscriber", identity) % 90_000_000,
        "name": person.get("name"),
        "email": person.get("email"),
    }
    charges = deriver.recurrences(subscription)
    status = str(subscription.get("status") or "")
    start = _int(subscription.get("accession_date"))
    out["lifetime"] = 0 if status in NOT_STARTED else (deriver.until(subscription) - start) // DAY
    last = charges[-1]
    recurrency = dict(template.get("last_recurrency") or {})
    recurrency.update(
        number=last.number,
        request_date=last.charge_date,
        status="PAID" if last.paid else "NOT_PAID",
        transaction_number=last.number,
    )
    out["last_recurrency"] = recurrency
    out["unpaid_recurrencies"] = [{"number": c.number, "charge_date": c.charge_date} for c in charges if not c.paid]
    return out


@dataclass(frozen=True)
class Rule:
    source: str  # the item schema of the listing it is built from
    each: EachBuilder | None = None  # one derived item per source item
    group: GroupBuilder | None = None  # or items computed over the whole selection
    extra: Mapping[str, ExtraFilter] = field(default_factory=dict)  # parameters the source has no field for


RULES: dict[str, Rule] = {
    "SaleCommissionsItem": Rule("SaleHistoryItem", each=sale_commissions),
    "SaleParticipantsItem": Rule(
        "SaleHistoryItem", each=sale_participants, extra={"affiliate_name": has_affiliate_named}
    ),
    "SalePriceDetailsItem": Rule("SaleHistoryItem", each=sale_price_details),
    "SalesSummaryItem": Rule("SaleHistoryItem", group=sales_summary, extra={"affiliate_name": has_affiliate_named}),
    "SubscriptionSummaryItem": Rule("Subscription", each=subscription_summary),
}


def _sale_item(sale: Mapping[str, Any], template: Mapping[str, Any]) -> dict[str, Any]:
    """The fields every per-sale answer shares: the transaction and the product."""
    out = dict(template)
    out["transaction"] = get_path(sale, ("purchase", "transaction"))
    product = sale.get("product")
    if isinstance(product, dict):
        out["product"] = dict(product)
    return out


def _index(entry: Entry) -> int:
    """The generation index of a stored item (its sort key's second part)."""
    return abs(entry.key[1])


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _email(name: Any) -> str:
    """A producer's e-mail address, from the name (the history gives producers none)."""
    local = ".".join(ascii_fold(str(name or "producer")).lower().split())
    return f"{local}@example.com"
