"""The writes verify may run: only asked for (`writes=True`, `--writes`), only in the sandbox (or
against a local mock), each confirmed first, and only those whose effect the API can undo:

- a coupon is created on a product of the account, found in the product's coupons, deleted, and
  must then be gone;
- an active subscription's billing day is changed to another day and back to the day of its next
  charge (America/Sao_Paulo).

Every other write (refunds, cancellations, reactivations, negotiations) changes something no call
can take back: verify never runs it, and its report says so.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from ._drive import Walk
from ._model import Finding
from ._plan import bare_step
from ._run import Run, field_of, items_of

SAO_PAULO = dt.timezone(dt.timedelta(hours=-3))  # Brazil keeps no daylight saving time since 2019
COUPON = ("createCoupon", "listCoupons", "deleteCoupon")
DUE_DAY = ("changeSubscriptionDueDay",)
IRREVERSIBLE = "its effect cannot be undone through the API, so verify never runs it"
NOT_ASKED = "a write: verify runs it only when asked (--writes), in the sandbox"


def writes(run: Run) -> Walk[None]:
    reversible = {*COUPON, *DUE_DAY} - {"listCoupons"}
    for op in run.spec.operations:
        if op.is_read or op.is_token_endpoint:
            continue
        run.reports[op.operation_id].reason = NOT_ASKED if op.operation_id in reversible else IRREVERSIBLE
    if not run.settings.writes:
        return
    yield from coupon(run)
    yield from due_day(run)


def _confirmed(run: Run, text: str) -> bool:
    confirm = run.settings.confirm
    return confirm is not None and confirm(text)


def coupon(run: Run) -> Walk[None]:
    create, listing, delete = (bare_step(run.spec, name) for name in COUPON)
    report = run.reports["createCoupon"]
    product = next(
        (item for item, _ in run.items.get("listProducts", ()) if isinstance(field_of(item, "id"), int)), None
    )
    if product is None:
        report.reason = run.reports["deleteCoupon"].reason = "listProducts listed no product to add a coupon to"
        return
    product_id = product["id"]
    code = "HMVERIFY" + secrets.token_hex(3).upper()
    if not _confirmed(run, f"create coupon {code} (1% off) on product {product_id}, then delete it"):
        report.reason = run.reports["deleteCoupon"].reason = "not confirmed"
        return
    created = yield from run.call(create, {"product_id": product_id, "code": code, "discount": 0.01}, "write: create")
    if not created.ok:
        return
    found = yield from run.call(listing, {"product_id": product_id, "code": code}, "write: the new coupon")
    ids = [field_of(item, "id") for item in items_of(listing, found) if field_of(item, "coupon_code") == code]
    if not ids or not isinstance(ids[0], int):
        report.add(Finding("write", "effect_not_seen", "", "", "the created coupon is not in the product's coupons"))
        report.note(f"coupon {code} may be left on the product: delete it by hand")
        return
    deleted = yield from run.call(delete, {"coupon_id": ids[0]}, "write: delete")
    if not deleted.ok:
        report.note(f"coupon {code} was created but not deleted: delete it by hand")
        return
    after = yield from run.call(listing, {"product_id": product_id, "code": code}, "write: the deleted coupon")
    if after.ok and any(field_of(item, "coupon_code") == code for item in items_of(listing, after)):
        run.reports["deleteCoupon"].add(
            Finding("write", "effect_not_seen", "", "", "the deleted coupon is still in the product's coupons")
        )


def due_day(run: Run) -> Walk[None]:
    change = bare_step(run.spec, "changeSubscriptionDueDay")
    report = run.reports["changeSubscriptionDueDay"]
    subscription = next((item for item, _ in run.items.get("listSubscriptions", ()) if _changeable(item)), None)
    if subscription is None:
        report.reason = "listSubscriptions listed no active subscription outside a trial with a next charge"
        return
    code = subscription["subscriber_code"]
    day = dt.datetime.fromtimestamp(subscription["date_next_charge"] / 1000, SAO_PAULO).day
    other = 1 if day != 1 else 2
    text = f"change the billing day of subscription {code} from {day} to {other}, then back to {day}"
    if not _confirmed(run, text):
        report.reason = "not confirmed"
        return
    changed = yield from run.call(change, {"subscriber_code": code, "due_day": other}, "write: change the billing day")
    if not changed.ok:
        return
    back = yield from run.call(change, {"subscriber_code": code, "due_day": day}, "write: restore the billing day")
    if not back.ok:
        report.note("the billing day could not be set back: the command's output says which subscription")
        run.warnings.append(f"the billing day of subscription {code} is now {other}: set it back to {day} by hand")


def _changeable(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and item.get("status") == "ACTIVE"
        and item.get("trial") is False
        and isinstance(item.get("subscriber_code"), str)
        and isinstance(item.get("date_next_charge"), int)
    )
