"""The mock's numbers agree with each other: every answer computed from sales or subscriptions is
computed from the very items the listings return, honouring every filter the spec gives it.

For each derived operation and several filter combinations, over HTTP: the derived listing holds
the sales (subscriptions) the source listing returns with the same filters, each repeating the
source's facts, and the sales summary's totals are the sums of the commissions listed for them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from hotmart_client.mock import MockServer, mock_server

from .helpers import SPEC, api, params

HISTORY = "/payments/api/v1/sales/history"
SUMMARY = "/payments/api/v1/sales/summary"
COMMISSIONS = "/payments/api/v1/sales/commissions"
PARTICIPANTS = "/payments/api/v1/sales/users"
PRICE_DETAILS = "/payments/api/v1/sales/price/details"
SUBSCRIPTIONS = "/payments/api/v1/subscriptions"
SUBSCRIPTIONS_SUMMARY = "/payments/api/v1/subscriptions/summary"
DAY = 86_400_000
PAGING = {"max_results", "page_token", "select"}

Item = dict[str, Any]


def _millis(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp() * 1000)


def _get(path: str) -> dict[str, Any]:
    return next(item["get"] for p, item in SPEC["paths"].items() if p == path)


def _filters(path: str) -> set[str]:
    """The query parameters the spec documents for an operation, paging aside."""
    return {p["name"] for p in params(_get(path)) if p["in"] == "query"} - PAGING


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with mock_server(items=400) as running:
        yield running


@pytest.fixture(scope="module")
def http(server: MockServer) -> Iterator[httpx.Client]:
    with api(server) as client:
        yield client


def listing(http: httpx.Client, path: str, query: dict[str, Any]) -> list[Item]:
    """Every item of a listing, page after page."""
    items: list[Item] = []
    request = {**query, "max_results": 500}
    while True:
        response = http.get(path, params=request)
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        token = page.get("page_info", {}).get("next_page_token")
        if not token:
            return items
        request["page_token"] = token


def only(query: dict[str, Any], path: str) -> dict[str, Any]:
    """The part of a query an operation documents."""
    supported = _filters(path)
    return {k: v for k, v in query.items() if k in supported}


def without(query: dict[str, Any], name: str) -> dict[str, Any]:
    return {k: v for k, v in query.items() if k != name}


def transaction(sale: Item) -> str:
    return str(sale["purchase"]["transaction"])


def money(value: Any) -> Decimal:
    return Decimal(str(value))


# -- sales -------------------------------------------------------------------------------------------


def sale_queries(server: MockServer) -> list[dict[str, Any]]:
    """Filter combinations with values taken from the seeded data, covering every sales filter."""
    sales = server.items("SaleHistoryItem")
    waiting = next(s for s in sales if s["purchase"]["status"] == "WAITING_PAYMENT")
    product = Counter(s["product"]["id"] for s in sales).most_common(1)[0][0]
    buyer = Counter(s["buyer"]["email"] for s in sales).most_common(1)[0][0]
    affiliates = Counter(
        u["user"]["name"].split()[0]
        for item in server.items("SaleParticipantsItem")
        for u in item["users"]
        if u["role"] == "AFFILIATE"
    )
    start, end = _millis(dt.date(2025, 9, 1)), _millis(dt.date(2025, 12, 1)) - 1
    return [
        {},
        {"transaction_status": "REFUNDED"},
        {"start_date": start, "end_date": end},
        {"product_id": product, "transaction_status": "APPROVED"},
        {"transaction": transaction(waiting)},
        {"commission_as": "AFFILIATE", "start_date": start},
        {"buyer_email": buyer},
        {"buyer_name": sales[5]["buyer"]["name"].split()[-1].lower()},
        {"affiliate_name": affiliates.most_common(1)[0][0], "transaction_status": "COMPLETE"},
        {"sales_source": "HOTMART", "payment_type": "CREDIT_CARD", "end_date": end},
        {"offer_code": sales[3]["purchase"]["offer"]["code"], "transaction_status": sales[3]["purchase"]["status"]},
    ]


def test_the_combinations_cover_every_filter_of_every_sales_answer(server: MockServer) -> None:
    used = {key for query in sale_queries(server) for key in query}
    for path in (SUMMARY, COMMISSIONS, PARTICIPANTS, PRICE_DETAILS):
        assert _filters(path) <= used, path


def history_of(http: httpx.Client, query: dict[str, Any]) -> list[Item]:
    """The sales the history lists for a query; an affiliate name is checked on the participants."""
    sales = listing(http, HISTORY, only(query, HISTORY))
    if "affiliate_name" in query:
        wanted = str(query["affiliate_name"]).lower()
        everyone = {
            item["transaction"]: item["users"]
            for item in listing(http, PARTICIPANTS, only(without(query, "affiliate_name"), PARTICIPANTS))
        }
        sales = [
            s
            for s in sales
            if any(u["role"] == "AFFILIATE" and wanted in u["user"]["name"].lower() for u in everyone[transaction(s)])
        ]
    return sales


@pytest.mark.parametrize("path", [COMMISSIONS, PARTICIPANTS, PRICE_DETAILS])
def test_per_sale_listings_hold_the_sales_the_history_holds(http: httpx.Client, server: MockServer, path: str) -> None:
    checked = 0
    for query in sale_queries(server):
        if not set(query) <= _filters(path):
            continue
        sales = history_of(http, query)
        derived = listing(http, path, query)
        assert [item["transaction"] for item in derived] == [transaction(s) for s in sales], query
        assert [item["product"] for item in derived] == [s["product"] for s in sales], query
        checked += bool(sales)
    assert checked >= 5, "the combinations should select sales"


STATUSES = ("APPROVED", "COMPLETE", "REFUNDED", "WAITING_PAYMENT")


def every(http: httpx.Client, path: str, key: str) -> dict[str, Item]:
    """The items of a sales listing in several statuses, by transaction."""
    found = {}
    for status in STATUSES:
        for item in listing(http, path, {"transaction_status": status}):
            found[transaction(item) if key == "purchase" else item[key]] = item
    return found


def test_commissions_split_what_the_price_leaves_after_hotmarts_fee(http: httpx.Client) -> None:
    sales = every(http, HISTORY, "purchase")
    details = every(http, PRICE_DETAILS, "transaction")
    people = {code: item["users"] for code, item in every(http, PARTICIPANTS, "transaction").items()}
    for item in every(http, COMMISSIONS, "transaction").values():
        sale, detail = sales[item["transaction"]], details[item["transaction"]]
        currency = sale["purchase"]["price"]["currency_code"]
        split = sum(money(c["commission"]["value"]) for c in item["commissions"])
        assert split == money(detail["base"]["value"]) - money(sale["purchase"]["hotmart_fee"]["total"])
        assert {c["commission"]["currency_value"] for c in item["commissions"]} == {currency}
        # The account earned the share of the role the history says it had, and every earner
        # is a participant of the sale in that role.
        assert sale["purchase"]["commission_as"] in {c["source"] for c in item["commissions"]}
        roles = {(u["role"], u["user"]["ucode"], u["user"]["name"]) for u in people[item["transaction"]]}
        assert {(c["source"], c["user"]["ucode"], c["user"]["name"]) for c in item["commissions"]} <= roles
        producer = next(c for c in item["commissions"] if c["source"] == "PRODUCER")
        assert producer["user"] == {"ucode": sale["producer"]["ucode"], "name": sale["producer"]["name"]}
    assert len(sales) > 100


def test_participants_are_the_people_of_the_sale(http: httpx.Client) -> None:
    sales = {transaction(s): s for s in listing(http, HISTORY, {})}
    for item in listing(http, PARTICIPANTS, {}):
        sale = sales[item["transaction"]]
        buyer = next(u["user"] for u in item["users"] if u["role"] == "BUYER")
        assert {k: buyer[k] for k in ("ucode", "name", "email")} == sale["buyer"]
        producer = next(u["user"] for u in item["users"] if u["role"] == "PRODUCER")
        assert (producer["ucode"], producer["name"]) == (sale["producer"]["ucode"], sale["producer"]["name"])


def test_price_details_add_up_to_the_price_paid(http: httpx.Client) -> None:
    sales = {transaction(s): s for s in listing(http, HISTORY, {})}
    for item in listing(http, PRICE_DETAILS, {}):
        price = sales[item["transaction"]]["purchase"]["price"]
        assert item["total"] == {"value": price["value"], "currency_code": price["currency_code"]}
        parts = sum(money(item[name]["value"]) for name in ("base", "vat", "fee"))
        assert parts == money(price["value"])


def test_the_sales_summary_totals_the_commissions_of_the_sales_it_matches(
    http: httpx.Client, server: MockServer
) -> None:
    checked = 0
    for query in sale_queries(server):
        if not set(query) <= _filters(SUMMARY):
            continue
        sales = history_of(http, query)
        # The commissions of those sales, read with the filters the commissions listing has.
        listed = {c["transaction"]: c for c in listing(http, COMMISSIONS, only(query, COMMISSIONS))}
        expected: dict[str, tuple[int, Decimal]] = {}
        for sale in sales:
            earned = listed[transaction(sale)]["commissions"]
            role = sale["purchase"]["commission_as"]
            mine = sum(money(c["commission"]["value"]) for c in earned if c["source"] == role)
            currency = sale["purchase"]["price"]["currency_code"]
            count, total = expected.get(currency, (0, Decimal(0)))
            expected[currency] = (count + 1, total + mine)
        summary = listing(http, SUMMARY, query)
        got = {s["total_value"]["currency_code"]: (s["total_items"], money(s["total_value"]["value"])) for s in summary}
        assert got == expected, query
        checked += bool(sales)
    assert checked >= 5


def test_no_currency_appears_that_no_sale_is_in(http: httpx.Client, server: MockServer) -> None:
    currencies = {s["purchase"]["price"]["currency_code"] for s in server.items("SaleHistoryItem")}
    for status in STATUSES:
        summary = listing(http, SUMMARY, {"transaction_status": status})
        assert summary and {s["total_value"]["currency_code"] for s in summary} <= currencies


def test_a_refund_moves_the_sale_out_of_every_default_answer() -> None:
    with mock_server(items=100) as server, api(server) as http:
        sale = listing(http, HISTORY, {"transaction_status": "APPROVED"})[0]
        code = transaction(sale)
        before = listing(http, SUMMARY, {})[0]["total_items"]
        assert http.put(f"/payments/api/v1/sales/{code}/refund").status_code == 200
        for path in (COMMISSIONS, PARTICIPANTS, PRICE_DETAILS):
            assert code not in {i["transaction"] for i in listing(http, path, {})}, path
            assert code in {i["transaction"] for i in listing(http, path, {"transaction_status": "REFUNDED"})}, path
        assert listing(http, SUMMARY, {})[0]["total_items"] == before - 1


# -- subscriptions --------------------------------------------------------------------------------


def subscription_queries(server: MockServer) -> list[dict[str, Any]]:
    subscriptions = server.items("Subscription")
    early = _millis(dt.date(2024, 1, 1))
    product = Counter(s["product"]["id"] for s in subscriptions).most_common(1)[0][0]
    return [
        {},
        {"accession_date": early},
        {"accession_date": early, "product_id": product},
        {"accession_date": _millis(dt.date(2025, 6, 1)), "end_accession_date": _millis(dt.date(2025, 9, 1))},
        {"accession_date": early, "date_next_charge": _millis(dt.date(2026, 6, 1))},
        {"subscriber_code": subscriptions[7]["subscriber_code"]},
    ]


def test_the_combinations_cover_every_filter_of_the_subscription_summary(server: MockServer) -> None:
    assert _filters(SUBSCRIPTIONS_SUMMARY) <= {key for query in subscription_queries(server) for key in query}


def test_subscription_summaries_describe_the_subscriptions_listed(http: httpx.Client, server: MockServer) -> None:
    today = _millis(dt.date(2026, 7, 1))
    checked = 0
    for query in subscription_queries(server):
        subscriptions = listing(http, SUBSCRIPTIONS, query)
        summaries = listing(http, SUBSCRIPTIONS_SUMMARY, query)
        assert [s["subscriber_code"] for s in summaries] == [s["subscriber_code"] for s in subscriptions], query
        for summary, subscription in zip(summaries, subscriptions, strict=True):
            for key in ("subscription_id", "status", "accession_date", "trial"):
                assert summary[key] == subscription[key], key
            assert summary["plan"]["name"] == subscription["plan"]["name"]
            period = subscription["plan"]["recurrency_period"]
            assert summary["plan"]["recurrency_period"] == period
            assert summary["product"] == {k: subscription["product"][k] for k in ("id", "name")}
            assert (summary["subscriber"]["name"], summary["subscriber"]["email"]) == (
                subscription["subscriber"]["name"],
                subscription["subscriber"]["email"],
            )
            last = summary["last_recurrency"]
            assert last["request_date"] == subscription["accession_date"] + (last["number"] - 1) * period * DAY
            unpaid = [u["number"] for u in summary["unpaid_recurrencies"]]
            if subscription["status"] in ("ACTIVE", "DELAYED"):
                assert summary["lifetime"] == (today - subscription["accession_date"]) // DAY
                assert last["number"] == 1 + summary["lifetime"] // period
            assert unpaid == ([last["number"]] if last["status"] == "NOT_PAID" else [])
            assert (last["status"] == "NOT_PAID") == (
                subscription["status"] in ("DELAYED", "OVERDUE", "STARTED", "INACTIVE")
            )
        checked += bool(subscriptions)
    assert checked >= 4


TRANSACTIONS = "/payments/api/v1/subscriptions/transactions"
EARLY = {"transaction_date": _millis(dt.date(2024, 1, 1))}
PAID = ("APPROVED", "COMPLETE")


def test_a_subscriptions_purchases_summary_and_transactions_show_the_same_charges(http: httpx.Client) -> None:
    since = {"accession_date": EARLY["transaction_date"]}
    subscriptions = listing(http, SUBSCRIPTIONS, since)
    summaries = {s["subscriber_code"]: s for s in listing(http, SUBSCRIPTIONS_SUMMARY, since)}
    charged: dict[str, list[Item]] = {}
    for item in listing(http, TRANSACTIONS, EARLY):
        charged.setdefault(item["subscriber_code"], []).append(item)
    assert len(charged) == len(subscriptions)
    for subscription in subscriptions[::8]:
        code = subscription["subscriber_code"]
        response = http.get(f"{SUBSCRIPTIONS}/{code}/purchases")
        assert response.status_code == 200
        bought = response.json()
        assert [p["recurrency_number"] for p in bought] == list(range(1, len(bought) + 1))
        assert bought[0]["transaction"] == subscription["transaction"]
        assert all(p["price"] == subscription["price"] for p in bought)
        charges = sorted(charged[code], key=lambda t: t["recurrency"]["number"])
        assert [t["purchase"]["transaction"] for t in charges] == [p["transaction"] for p in bought]
        paid = [p["status"] in PAID for p in bought]
        assert [t["recurrency"]["status"] == "PAID" for t in charges] == paid
        assert [t["purchase"]["status"] in PAID for t in charges] == paid
        for charge in charges:
            assert (charge["status"], charge["subscription_id"]) == (
                subscription["status"],
                subscription["subscription_id"],
            )
            assert charge["product"] == {k: subscription["product"][k] for k in ("id", "name")}
            assert charge["subscriber"]["email"] == subscription["subscriber"]["email"]
            assert charge["last_recurrency_number"] == len(bought)
        # The next charge is one plan period after the last one (for an ended subscription: the
        # charge that did not happen, which ends its access).
        period = subscription["plan"]["recurrency_period"] * DAY
        if subscription["status"] not in ("STARTED", "INACTIVE"):
            assert subscription["date_next_charge"] == charges[-1]["purchase"]["order_date"] + period
        summary = summaries[code]
        assert summary["last_recurrency"]["number"] == len(bought)
        unpaid = [p["recurrency_number"] for p, ok in zip(bought, paid, strict=True) if not ok]
        assert [u["number"] for u in summary["unpaid_recurrencies"]] == unpaid
    assert http.get(f"{SUBSCRIPTIONS}/NO-SUCH-CODE/purchases").status_code == 404


# Where each filter of the subscription transactions looks, to check the answers against the items.
TRANSACTION_FILTERS = {
    "product_id": ("product", "id"),
    "transaction": ("purchase", "transaction"),
    "subscriber_email": ("subscriber", "email"),
    "billing_type": ("billing_type",),
    "subscription_status": ("status",),
    "recurrency_status": ("recurrency", "status"),
    "purchase_status": ("purchase", "status"),
    "offer_code": ("plan", "offer", "code"),
    "purchase_payment_type": ("purchase", "payment", "payment_type"),
    "subscriber_code": ("subscriber_code",),
}


def _at(item: Item, path: tuple[str, ...]) -> Any:
    for key in path:
        item = item[key]
    return item


def test_every_filter_of_the_subscription_transactions_selects_by_its_field(http: httpx.Client) -> None:
    everything = listing(http, TRANSACTIONS, EARLY)
    sample = everything[len(everything) // 3]
    assert _filters(TRANSACTIONS) == {
        *TRANSACTION_FILTERS,
        "subscriber_name",
        "transaction_date",
        "end_transaction_date",
    }
    for name, path in TRANSACTION_FILTERS.items():
        wanted = _at(sample, path)
        got = listing(http, TRANSACTIONS, {**EARLY, name: wanted})
        assert got == [t for t in everything if _at(t, path) == wanted], name
        assert sample in got
    part = sample["subscriber"]["name"].split()[-1]
    by_name = listing(http, TRANSACTIONS, {**EARLY, "subscriber_name": part.lower()})
    assert by_name == [t for t in everything if part in t["subscriber"]["name"]]


def test_transaction_dates_bound_the_charge_and_default_to_the_last_30_days(http: httpx.Client) -> None:
    everything = listing(http, TRANSACTIONS, EARLY)
    start, end = _millis(dt.date(2026, 1, 1)), _millis(dt.date(2026, 2, 1))
    window = listing(http, TRANSACTIONS, {"transaction_date": start, "end_transaction_date": end})
    assert window and window == [t for t in everything if start <= t["purchase"]["order_date"] <= end]
    today = _millis(dt.date(2026, 7, 1))
    recent = listing(http, TRANSACTIONS, {})
    assert recent == [t for t in everything if t["purchase"]["order_date"] >= today - 30 * DAY]
    assert len(recent) < len(everything)


def test_a_cancellation_shows_in_the_summary_and_the_transactions() -> None:
    with mock_server(items=100) as server, api(server) as http:
        charged = Counter(
            t["subscriber_code"] for t in listing(http, TRANSACTIONS, {**EARLY, "subscription_status": "ACTIVE"})
        )
        code = charged.most_common(1)[0][0]
        before = listing(http, TRANSACTIONS, {**EARLY, "subscriber_code": code})
        response = http.post(f"{SUBSCRIPTIONS}/{code}/cancel", json={"send_mail": False})
        assert response.status_code == 200, response.text
        [summary] = listing(http, SUBSCRIPTIONS_SUMMARY, {"subscriber_code": code, "accession_date": 0})
        assert summary["status"] == "CANCELLED_BY_SELLER"
        charges = listing(http, TRANSACTIONS, {**EARLY, "subscriber_code": code})
        assert charges and {t["status"] for t in charges} == {"CANCELLED_BY_SELLER"}
        # Charges already made stay made.
        assert [t["purchase"]["transaction"] for t in charges] == [t["purchase"]["transaction"] for t in before]
        assert len(before) > 1
        assert all("cancellation_date" in t for t in charges)


# -- Members Area -------------------------------------------------------------------------------------

MODULES, STUDENTS = "/club/api/v1/modules", "/club/api/v1/users"


def lessons_of(http: httpx.Client, subdomain: str) -> list[tuple[str, str]]:
    """(module name, page id) of every page of every module, in module then page order."""
    found = []
    modules = sorted(http.get(MODULES, params={"subdomain": subdomain}).json(), key=lambda m: m["sequence"])
    for module in modules:
        pages = http.get(f"/club/api/v2/modules/{module['module_id']}/pages", params={"product_id": 2125812}).json()
        assert module["total_pages"] == len(pages)
        found += [(module["name"], page["page_id"]) for page in sorted(pages, key=lambda p: p["page_order"])]
        for page in pages:  # the average of the rates given, to one decimal
            votes = sum(r["total"] for r in page["rates"])
            mean = sum(r["rate"] * r["total"] for r in page["rates"]) / votes if votes else 0.0
            assert page["rates_average"] == round(mean, 1)
    return found


@pytest.mark.parametrize("subdomain", ["my-school", "escola"])
def test_a_students_progress_counts_the_lessons_of_its_members_area(http: httpx.Client, subdomain: str) -> None:
    lessons = lessons_of(http, subdomain)
    students = http.get(STUDENTS, params={"subdomain": subdomain, "max_results": 40}).json()["items"]
    for student in students[::4]:
        response = http.get(f"{STUDENTS}/{student['user_id']}/lessons", params={"subdomain": subdomain})
        assert response.status_code == 200
        listed = response.json()["lessons"]
        assert [(lesson["module_name"], lesson["page_id"]) for lesson in listed] == lessons
        done = [lesson for lesson in listed if lesson["is_completed"]]
        assert all("completed_date" in lesson for lesson in done)
        progress = student["progress"]
        assert (progress["total"], progress["completed"]) == (len(listed), len(done))
        assert progress["completed_percentage"] == round(100 * len(done) / len(listed), 1)
    assert http.get(f"{STUDENTS}/nobody/lessons", params={"subdomain": subdomain}).status_code == 404
