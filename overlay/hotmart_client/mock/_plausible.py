"""Rules that keep a synthetic object self-consistent, applied by schema name after its values vary.

Values are varied one by one (see `_synth`), so without these a fee would not be its percentage of
the base, and a plan called "Mensal" would charge every 41 days. Each rule states what Hotmart's
pages say the fields mean; a field the object does not have is left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Days between charges and how Hotmart's pages name them (subscriptions' `recurrency_period`,
# plans' `periodicity`), with the Portuguese plan names a Brazilian producer would use.
PERIODS: tuple[tuple[int, str, str], ...] = (
    (7, "WEEKLY", "Semanal"),
    (30, "MONTHLY", "Mensal"),
    (60, "BIMONTHLY", "Bimestral"),
    (90, "QUARTERLY", "Trimestral"),
    (180, "BIANNUAL", "Semestral"),
    (360, "ANNUAL", "Anual"),
)
_BY_PERIODICITY = {periodicity: label for _, periodicity, label in PERIODS}


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# The fee rate of the sales history page's example: the only rate Hotmart's pages show. Varying
# it like any number gave fees of 70% and more, which no producer pays.
FEE_PERCENTAGE = 9.9


def hotmart_fee(fee: dict[str, Any], draw: int) -> None:
    """`total` is `percentage` of `base` plus `fixed` (sales history's `hotmart_fee`)."""
    if _number(fee.get("percentage")):
        fee["percentage"] = FEE_PERCENTAGE
    base, percentage, fixed = fee.get("base"), fee.get("percentage"), fee.get("fixed", 0)
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (base, percentage, fixed))
    if numbers and "total" in fee:
        fee["total"] = round(float(base) * float(percentage) / 100 + float(fixed), 2)  # type: ignore[arg-type]


def price_details(item: dict[str, Any], draw: int) -> None:
    """`total` = `base` + `vat` + `fee`, all in the base's currency (the price details page)."""
    parts = [item.get(name) for name in ("base", "vat", "fee")]
    total = item.get("total")
    if not isinstance(total, dict) or not all(isinstance(p, dict) and _number(p.get("value")) for p in parts):
        return
    currency = parts[0].get("currency_code") if isinstance(parts[0], dict) else None
    for money in (*parts, total):
        if isinstance(money, dict) and currency is not None and "currency_code" in money:
            money["currency_code"] = currency
    total["value"] = round(sum(p["value"] for p in parts if isinstance(p, dict)), 2)


def subscription_plan(plan: dict[str, Any], draw: int) -> None:
    """A plan's name says its period (`recurrency_period`, and `recurrency_type` where present)."""
    days, periodicity, label = PERIODS[draw % len(PERIODS)]
    if "recurrency_period" in plan:
        plan["recurrency_period"] = days
    if "recurrency_type" in plan:
        plan["recurrency_type"] = periodicity
    if "name" in plan:
        plan["name"] = f"Plano {label}"


def product_plan(plan: dict[str, Any], draw: int) -> None:
    """A product plan's name says its `periodicity`."""
    label = _BY_PERIODICITY.get(str(plan.get("periodicity")))
    if label is not None and "name" in plan:
        plan["name"] = f"Plano {label}"


def page_rates(page: dict[str, Any], draw: int) -> None:
    """A Members Area page's `rates_average` is the mean of its `rates` (each a rate and how many
    students gave it), to one decimal; 0 without rates."""
    rates = page.get("rates")
    if "rates_average" not in page or not isinstance(rates, list):
        return
    pairs = [
        (float(r["rate"]), float(r["total"]))
        for r in rates
        if isinstance(r, dict) and _number(r.get("rate")) and _number(r.get("total"))
    ]
    votes = sum(total for _, total in pairs)
    page["rates_average"] = round(sum(rate * total for rate, total in pairs) / votes, 1) if votes else 0.0


DAY = 86_400_000
# Subscription statuses: charged until today, waiting for the first payment, or ended.
RUNNING = frozenset({"ACTIVE", "DELAYED"})
NOT_STARTED = frozenset({"STARTED", "INACTIVE"})


def subscription_next_charge(subscription: dict[str, Any], draw: int, today: int) -> None:
    """`date_next_charge` follows the plan from the accession: the first charge after today while
    the subscription runs; for one that ended (cancelled, overdue), the charge that did not happen,
    which ends its access (a drawn number of periods after the accession)."""
    start, status = subscription.get("accession_date"), subscription.get("status")
    plan = subscription.get("plan")
    days = plan.get("recurrency_period") if isinstance(plan, dict) else None
    if not isinstance(start, int) or "date_next_charge" not in subscription or status in NOT_STARTED:
        return
    step = (days if isinstance(days, int) and days > 0 else 30) * DAY
    elapsed = max(0, today - start) // step  # whole periods from the accession to today
    periods = elapsed + 1 if status in RUNNING else 1 + draw % (elapsed + 1)
    subscription["date_next_charge"] = start + periods * step


Rule = Callable[[dict[str, Any], int], None]

RULES: dict[str, Rule] = {
    "HotmartFee": hotmart_fee,
    "SalePriceDetailsItem": price_details,
    "SubscriptionPlan": subscription_plan,
    "SubscriptionTransactionPlan": subscription_plan,
    "ProductPlan": product_plan,
    "ClubPage": page_rates,
}

# Rules that also need the data's today (the end of its period), by the item's schema name.
DatedRule = Callable[[dict[str, Any], int, int], None]

DATED_RULES: dict[str, DatedRule] = {"Subscription": subscription_next_charge}
