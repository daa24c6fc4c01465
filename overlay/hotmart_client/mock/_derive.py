"""Answers computed from another listing's items, so the mock's numbers agree with each other.

Hotmart's sales endpoints all describe the same sales: the commissions, participants and price
details of a sale belong to a sale the history lists, and the sales summary adds up the
commissions of the sales it matches. The subscription summaries, purchases and transactions
describe the subscriptions `listSubscriptions` returns and their charges. The mock serves them
that way: such an answer is built from the items of its *source* list, so that

- a derived listing holds exactly the sales (subscriptions) its source lists with the same filters,
  in the same order, each repeating its source's facts (transaction, product, people, price, status);
- the numbers add up (`_sales`): price details make the price paid, commissions split what is left
  after Hotmart's fee, and the summary's total per currency is the sum of the account's commissions;
- a subscription's summary, purchases and transactions show the same charges (`_subscriptions`).

Three kinds of rules: one derived item per source item (`each`: a sale's commissions), items
computed over the whole selection (`group`: the summary's totals per currency), or several items per
source item (`expand`: a subscription's charges). `each` and `group` answers are filtered on the
source's fields (a sale's status, date, product...) with Hotmart's defaults, plus `extra` filters
for what the source does not hold (a sale's affiliate). `expand` answers are filtered on their own
items, which hold every fact their filters name.

Values a source does not have (a participant's address, a coupon) come from the synthetic item of
the same index, so they stay varied and deterministic. Writes go to the source (a refund changes
the sale, a cancellation the subscription), and every derived answer follows.

Lists served from their own items but carrying counts of other lists (a module's `total_pages`, a
student's `progress`) are completed as they are served (`PATCHES`), and a read that sums a list up
without being one (a student's lessons) is computed (`ANSWERS`): see `_club`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from ._club import Club, lessons
from ._club import module as club_module
from ._club import student as club_student
from ._data import Collection, Entry, Scope, Store
from ._sales import Person, Sales, buyer_of, number
from ._subscriptions import Subscriptions, purchases, summary, transactions
from ._synth import digest

EXPAND_TEMPLATES = 64
# Participants' contact data (documents, address...) come from these synthetic items, one per person.
CONTACTS_START, CONTACTS = 100_000, 1000

Kind = Literal["each", "group", "expand"]
Item = dict[str, Any]


class Deriver:
    """Builds the derived answers of one server from its store (its caches follow the writes)."""

    def __init__(self, store: Store, *, today_millis: int) -> None:
        self.store = store
        self.sales = Sales(store.synth)
        self.subscriptions = Subscriptions(store.synth, today_millis)
        self.club = Club(store)
        self._expanded: dict[str, tuple[int, list[Entry]]] = {}
        self._lock = threading.Lock()

    # -- what is derived from what ------------------------------------------------------------

    def source(self, collection: Collection) -> Collection | None:
        """The collection `collection`'s items are built from, or None when it stands alone."""
        rule = RULES.get(collection.name)
        return self.store.collections.get(rule.source) if rule else None

    def is_derived(self, collection: Collection) -> bool:
        return collection.name in RULES

    def kind(self, collection: Collection) -> Kind:
        return RULES[collection.name].kind

    def extra_filter(self, collection: Collection, param: str) -> Callable[[Entry, Any], bool] | None:
        """A filter for a parameter the source has no field for (a sale's affiliate), or None."""
        extra = RULES[collection.name].extra.get(param)
        if extra is None:
            return None
        return lambda entry, wanted: extra(self, entry.item, wanted)

    def scope_ignores(self, collection: Collection) -> frozenset[str]:
        """Parameters that do not select another list of `collection` (a module's pages' product)."""
        return SCOPE_IGNORED.get(collection.name, frozenset())

    def patcher(self, collection: Collection, scope: Scope) -> Callable[[Entry], Item] | None:
        """How the stored items of a list are completed before they are served, or None."""
        patch = PATCHES.get(collection.name)
        if patch is None:
            return None
        return lambda entry: patch(self.club, entry.item, scope)

    def answer(self, schema_name: str | None, values: Mapping[str, Any]) -> Item | None:
        """The answer of a read that is no list but sums one up (a student's lessons), or None;
        LookupError when what it describes does not exist."""
        build = ANSWERS.get(schema_name or "")
        return build(self.club, values) if build else None

    # -- building -----------------------------------------------------------------------------

    def item(self, collection: Collection, source: Entry) -> Item:
        """The derived item of one source item (a sale's commissions)."""
        build = RULES[collection.name].each
        assert build is not None
        return build(self, source.item, self.store.template(collection, _index(source)))

    def group(self, collection: Collection, sources: list[Entry]) -> list[Item]:
        """The derived items of a whole selection (the sales summary's totals per currency)."""
        build = RULES[collection.name].group
        assert build is not None
        return build(self, [entry.item for entry in sources])

    def expand(self, collection: Collection, sources: list[Entry]) -> list[Entry]:
        """The derived items of some source items (their charges), in the rule's order."""
        build = RULES[collection.name].expand
        assert build is not None
        found = []
        for source in sources:
            index = _index(source)
            # Expanded items override nearly every field of their template: a small pool of
            # templates keeps the first listing of thousands of charges quick.
            made = build(self, source.item, self.store.template(collection, index % EXPAND_TEMPLATES))
            found += [Entry(_child_key(item, position, index), item) for position, item in enumerate(made)]
        if RULES[collection.name].newest_first:
            found.sort(key=lambda entry: entry.key)
        return found

    def expand_all(self, collection: Collection, source: Collection) -> list[Entry]:
        """Every derived item of the source list, rebuilt only after a write."""
        with self._lock:
            version, entries = self._expanded.get(collection.name, (-1, []))
        if version != self.store.version:
            version = self.store.version
            entries = self.expand(collection, self.store.entries(source))
            with self._lock:
                self._expanded[collection.name] = (version, entries)
        return entries

    def contact(self, person: Person, role: str) -> Item:
        """A sale participant's contact data; the same person has the same address in every sale."""
        user: Item = {}
        collection = self.store.collections.get("SaleParticipantsItem")
        if collection is not None:
            index = CONTACTS_START + digest(self.store.seed, person.ucode) % CONTACTS
            users = [u.get("user") for u in self.store.template(collection, index).get("users", [])]
            user = dict(next((u for u in users if isinstance(u, dict)), {}))
        if role not in ("PRODUCER", "COPRODUCER"):
            user.pop("trade_name", None)  # a company name is a producer's
        user.update(ucode=person.ucode, name=person.name, email=person.email)
        return user


# -- sales ------------------------------------------------------------------------------------------


def sale_commissions(deriver: Deriver, sale: Item, template: Item) -> Item:
    facts = deriver.sales.facts(sale)
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


def sale_participants(deriver: Deriver, sale: Item, template: Item) -> Item:
    facts = deriver.sales.facts(sale)
    people = [("BUYER", buyer_of(sale)), *((share.source, share.person) for share in facts.shares)]
    out = _sale_item(sale, template)
    out["users"] = [{"role": role, "user": deriver.contact(person, role)} for role, person in people]
    return out


def sale_price_details(deriver: Deriver, sale: Item, template: Item) -> Item:
    facts = deriver.sales.facts(sale)
    out = _sale_item(sale, template)
    for name, value in (("base", facts.base), ("total", facts.total), ("vat", facts.vat), ("fee", facts.interest)):
        out[name] = {"value": number(value), "currency_code": facts.currency}
    return out


def sales_summary(deriver: Deriver, sales: list[Item]) -> list[Item]:
    """Per currency: how many sales, and the sum of the commissions the account earned in them."""
    totals: dict[str, tuple[int, Decimal]] = {}
    for sale in sales:
        facts = deriver.sales.facts(sale)
        count, value = totals.get(facts.currency, (0, Decimal(0)))
        totals[facts.currency] = (count + 1, value + facts.account_commission)
    return [
        {"total_items": count, "total_value": {"value": number(value), "currency_code": currency}}
        for currency, (count, value) in sorted(totals.items())
    ]


def has_affiliate_named(deriver: Deriver, sale: Item, wanted: Any) -> bool:
    """`affiliate_name`: the sale's affiliate has this name (or a part of it, as a search box)."""
    affiliate = deriver.sales.facts(sale).person("AFFILIATE")
    return affiliate is not None and str(wanted).strip().lower() in affiliate.name.lower()


def _sale_item(sale: Mapping[str, Any], template: Mapping[str, Any]) -> Item:
    """The fields every per-sale answer shares: the transaction and the product."""
    out = dict(template)
    purchase = sale.get("purchase")
    out["transaction"] = purchase.get("transaction") if isinstance(purchase, dict) else None
    if isinstance(sale.get("product"), dict):
        out["product"] = dict(sale["product"])
    return out


# -- subscriptions ----------------------------------------------------------------------------------


def subscription_summary(deriver: Deriver, subscription: Item, template: Item) -> Item:
    return summary(deriver.subscriptions, subscription, template)


def subscription_purchases(deriver: Deriver, subscription: Item, template: Item) -> list[Item]:
    return purchases(deriver.subscriptions, subscription, template)


def subscription_transactions(deriver: Deriver, subscription: Item, template: Item) -> list[Item]:
    return transactions(deriver.subscriptions, subscription, template)


# -- the rules --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    source: str  # the item schema of the list it is built from
    each: Callable[[Deriver, Item, Item], Item] | None = None
    group: Callable[[Deriver, list[Item]], list[Item]] | None = None
    expand: Callable[[Deriver, Item, Item], list[Item]] | None = None
    newest_first: bool = True  # `expand`: sort every item by its main timestamp (else keep each source's order)
    extra: Mapping[str, Callable[[Deriver, Item, Any], bool]] = field(default_factory=dict)

    @property
    def kind(self) -> Kind:
        return "each" if self.each else "group" if self.group else "expand"


# Lists served from their own items, completed with counts of other lists (see `_club`).
PATCHES: dict[str, Callable[[Club, Item, Scope], Item]] = {"ClubModule": club_module, "ClubStudent": club_student}
ANSWERS: dict[str, Callable[[Club, Mapping[str, Any]], Item]] = {"ClubStudentProgress": lessons}
SCOPE_IGNORED = {"ClubPage": frozenset({"product_id"})}

_AFFILIATE = {"affiliate_name": has_affiliate_named}

RULES: dict[str, Rule] = {
    "SaleCommissionsItem": Rule("SaleHistoryItem", each=sale_commissions),
    "SaleParticipantsItem": Rule("SaleHistoryItem", each=sale_participants, extra=_AFFILIATE),
    "SalePriceDetailsItem": Rule("SaleHistoryItem", each=sale_price_details),
    "SalesSummaryItem": Rule("SaleHistoryItem", group=sales_summary, extra=_AFFILIATE),
    "SubscriptionSummaryItem": Rule("Subscription", each=subscription_summary),
    "SubscriptionPurchase": Rule("Subscription", expand=subscription_purchases, newest_first=False),
    # `transaction_date` bounds each charge's `purchase.order_date` (the spec's window `field`).
    "SubscriptionTransaction": Rule("Subscription", expand=subscription_transactions),
}


def _index(entry: Entry) -> int:
    """The generation index of a stored item (its sort key's second part)."""
    return abs(entry.key[1])


def _child_key(item: Item, position: int, index: int) -> tuple[int, int]:
    """Newest first by the charge's date, then by source and position (unique per item)."""
    purchase = item.get("purchase")
    when = purchase.get("order_date") if isinstance(purchase, dict) else None
    return (-(when if isinstance(when, int) else 0), index * 10_000 + position)
