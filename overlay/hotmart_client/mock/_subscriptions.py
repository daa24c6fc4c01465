"""A subscription's charges (recurrences), computed from the subscription itself.

The subscriptions listing holds the subscription; its summary, its purchases and the subscription
transactions describe its charges (see `_derive`). One charge per plan period from the accession:
until today while it runs (ACTIVE, DELAYED), until its last day of access once cancelled or
overdue, only the first while it waits for its first payment (STARTED, INACTIVE). The last charge
of a DELAYED or OVERDUE subscription, and the only one of a STARTED or INACTIVE one, is unpaid.
A paid charge is APPROVED during its 30-day warranty and COMPLETE after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._data import get_path
from ._plausible import NOT_STARTED, PERIODS, RUNNING
from ._synth import Synthesizer, digest, unit

DAY = 86_400_000
WARRANTY_DAYS = 30  # a sale's warranty in the history's example (order date + 30 days)
APPROVAL_DELAY = 60_000  # a charge is approved a minute after it is made
LAST_UNPAID = frozenset({"DELAYED", "OVERDUE"})
CANCELLED = frozenset({"CANCELLED_BY_CUSTOMER", "CANCELLED_BY_SELLER", "CANCELLED_BY_ADMIN"})
# Shapes of the codes a charge gets, from the spec's examples.
TRANSACTION_SHAPE = "HP13716540098812"
OFFER_SHAPE = "mk9x2p7q"
# How a subscription is billed and paid, with the weights the mock draws them with.
BILLING_TYPES = (("SUBSCRIPTION", 0.8), ("SMART_INSTALLMENT", 0.1), ("SMART_RECOVERY", 0.1))
PAYMENT_TYPES = (("CREDIT_CARD", 0.7), ("PIX", 0.2), ("BILLET", 0.1))
PAYMENT_METHODS = {"CREDIT_CARD": "VISA_CREDIT_CARD", "PIX": "PIX", "BILLET": "BILLET"}
PERIOD_TYPES = {days: periodicity for days, periodicity, _ in PERIODS}


@dataclass(frozen=True)
class Charge:
    number: int  # the recurrence number, from 1
    date: int  # when it was charged (the purchase's order date)
    paid: bool
    transaction: str
    today: int

    @property
    def approved_date(self) -> int | None:
        return self.date + APPROVAL_DELAY if self.paid else None

    @property
    def under_warranty(self) -> bool:
        return self.paid and self.today < self.date + WARRANTY_DAYS * DAY

    @property
    def purchase_status(self) -> str:
        """As the purchases and the sales endpoints name it (`PurchaseStatus`)."""
        if self.paid:
            return "APPROVED" if self.under_warranty else "COMPLETE"
        return "WAITING_PAYMENT"

    @property
    def transaction_status(self) -> str:
        """As the subscription transactions name it: DELAYED is an unpaid later recurrence."""
        if not self.paid and self.number > 1:
            return "DELAYED"
        return self.purchase_status


class Subscriptions:
    """Charges and billing facts of one data set's subscriptions."""

    def __init__(self, synth: Synthesizer, today_millis: int) -> None:
        self.synth = synth
        self.today = today_millis

    def until(self, subscription: Mapping[str, Any]) -> int:
        """The end of a subscription's lifetime: today, the end of its access, or its start."""
        start = _int(subscription.get("accession_date"))
        status = str(subscription.get("status") or "")
        if status in NOT_STARTED:
            return start
        end = self.today
        if status not in RUNNING:
            # Access ends where the next charge would have been (that charge does not happen).
            last_day = _int(subscription.get("end_accession_date")) or _int(subscription.get("date_next_charge"))
            end = min(end, last_day - 1) if last_day else end
        return max(start, end)

    def lifetime(self, subscription: Mapping[str, Any]) -> int:
        """Days from the accession to the end of its lifetime (0 before the first payment)."""
        return (self.until(subscription) - _int(subscription.get("accession_date"))) // DAY

    def charges(self, subscription: Mapping[str, Any]) -> list[Charge]:
        start = _int(subscription.get("accession_date"))
        status = str(subscription.get("status") or "")
        period = self.period(subscription)
        cycles = _int(get_path(subscription, ("plan", "max_charge_cycles")))
        count = 1 + (self.until(subscription) - start) // (period * DAY)
        if cycles > 0:
            count = min(count, cycles)
        code = str(subscription.get("subscriber_code"))
        first = subscription.get("transaction")
        unpaid_last = status in NOT_STARTED or status in LAST_UNPAID
        return [
            Charge(
                number=n,
                date=start + (n - 1) * period * DAY,
                paid=not (unpaid_last and n == count),
                transaction=str(first) if n == 1 and first else self.code(TRANSACTION_SHAPE, code, n),
                today=self.today,
            )
            for n in range(1, count + 1)
        ]

    @staticmethod
    def period(subscription: Mapping[str, Any]) -> int:
        return _int(get_path(subscription, ("plan", "recurrency_period"))) or 30

    def code(self, shape: str, *parts: object) -> str:
        return self.synth.code(shape, "subscription", *parts)

    def billing_type(self, subscription: Mapping[str, Any]) -> str:
        return _weighted(BILLING_TYPES, unit(self.synth.seed, subscription.get("subscriber_code"), "billing"))

    def payment_type(self, subscription: Mapping[str, Any]) -> str:
        return _weighted(PAYMENT_TYPES, unit(self.synth.seed, subscription.get("subscriber_code"), "payment"))

    def offer_code(self, subscription: Mapping[str, Any]) -> str:
        return self.code(OFFER_SHAPE, subscription.get("subscriber_code"), "offer")

    def subscriber_id(self, subscription: Mapping[str, Any]) -> int:
        """The subscriber's numeric id: the same person has the same id in every subscription."""
        person = _object(subscription.get("subscriber"))
        identity = person.get("ucode") or person.get("email")
        return 10_000_000 + digest(self.synth.seed, "subscriber", identity) % 90_000_000

    def subscriber(self, subscription: Mapping[str, Any]) -> dict[str, Any]:
        """The subscriber as summaries and transactions show them: id, name and e-mail."""
        person = _object(subscription.get("subscriber"))
        return {"id": self.subscriber_id(subscription), "name": person.get("name"), "email": person.get("email")}


def summary(subs: Subscriptions, subscription: dict[str, Any], template: dict[str, Any]) -> dict[str, Any]:
    """A subscription's summary: the subscription, its lifetime and its last and unpaid recurrences."""
    out = {key: value for key, value in template.items() if key != "end_accession_date"}
    for key in ("subscriber_code", "subscription_id", "status", "accession_date", "end_accession_date", "trial"):
        if key in subscription:
            out[key] = subscription[key]
    out["plan"] = _pick(subscription.get("plan"), "name", "recurrency_period")
    out["product"] = _pick(subscription.get("product"), "id", "name")
    out["offer"] = {"code": subs.offer_code(subscription)}
    out["subscriber"] = subs.subscriber(subscription)
    charges = subs.charges(subscription)
    status = str(subscription.get("status") or "")
    out["lifetime"] = 0 if status in NOT_STARTED else subs.lifetime(subscription)
    last = charges[-1]
    out["last_recurrency"] = {
        **_object(template.get("last_recurrency")),
        "number": last.number,
        "request_date": last.date,
        "status": "PAID" if last.paid else "NOT_PAID",
        "transaction_number": last.number,
        "billing_type": subs.billing_type(subscription),
    }
    out["unpaid_recurrencies"] = [{"number": c.number, "charge_date": c.date} for c in charges if not c.paid]
    return out


def purchases(subs: Subscriptions, subscription: dict[str, Any], template: dict[str, Any]) -> list[dict[str, Any]]:
    """The purchases (one per charge) of a subscription, first recurrence first."""
    paid_with = subs.payment_type(subscription)
    price = _pick(subscription.get("price"), "value", "currency_code")
    out = []
    for charge in subs.charges(subscription):
        item = {
            **template,
            "transaction": charge.transaction,
            "status": charge.purchase_status,
            "price": dict(price),
            "payment_type": paid_with,
            "payment_method": PAYMENT_METHODS.get(paid_with, paid_with),
            "recurrency_number": charge.number,
            "under_warranty": charge.under_warranty,
            "purchase_subscription": True,
        }
        item.pop("approved_date", None)
        if charge.approved_date is not None:
            item["approved_date"] = charge.approved_date
        out.append(item)
    return out


def transactions(subs: Subscriptions, subscription: dict[str, Any], template: dict[str, Any]) -> list[dict[str, Any]]:
    """The subscription transactions (one per charge) of a subscription, newest first."""
    charges = subs.charges(subscription)
    last = charges[-1]
    plan = _object(subscription.get("plan"))
    period = subs.period(subscription)
    price = _object(subscription.get("price"))
    shared = {
        **template,
        "subscription_id": subscription.get("subscription_id"),
        "subscriber_code": subscription.get("subscriber_code"),
        "status": subscription.get("status"),
        "billing_type": subs.billing_type(subscription),
        "adoption_date": subscription.get("accession_date"),
        "date_next_charge": subscription.get("date_next_charge"),
        "last_recurrency_start_date": last.date,
        "last_recurrency_number": last.number,
        "has_unpaid_recurrency": any(not c.paid for c in charges),
        "product": _pick(subscription.get("product"), "id", "name"),
        "plan": {
            "name": plan.get("name"),
            "recurrency_period": period,
            "recurrency_type": PERIOD_TYPES.get(period, "MONTHLY"),
            "offer": {"code": subs.offer_code(subscription)},
        },
        "subscriber": subs.subscriber(subscription),
    }
    shared.pop("cancellation_date", None)
    if str(subscription.get("status")) in CANCELLED:
        shared["cancellation_date"] = subs.until(subscription)
    if _int(plan.get("max_charge_cycles")) > 0:
        shared["max_cycles"] = plan["max_charge_cycles"]
    else:
        shared.pop("max_cycles", None)  # absent when charges go on until cancelled
    out = []
    for charge in reversed(charges):
        purchase: dict[str, Any] = {
            "transaction": charge.transaction,
            "order_date": charge.date,
            "status": charge.transaction_status,
            "payment": {"payment_type": subs.payment_type(subscription)},
            "price": {"currency": price.get("currency_code"), "value": price.get("value")},
        }
        if charge.approved_date is not None:
            purchase["approved_date"] = charge.approved_date
        out.append(
            {
                **shared,
                "last_update": charge.approved_date or charge.date,
                "recurrency": {"status": "PAID" if charge.paid else "NOT_PAID", "number": charge.number},
                "purchase": purchase,
            }
        )
    return out


def _weighted(choices: tuple[tuple[str, float], ...], roll: float) -> str:
    for value, weight in choices:
        if roll < weight:
            return value
        roll -= weight
    return choices[-1][0]


def _pick(value: Any, *keys: str) -> dict[str, Any]:
    found = _object(value)
    return {key: found[key] for key in keys if key in found}


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
