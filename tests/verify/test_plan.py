"""Where verify takes each id from is derived from the spec (x-hotmart-parent, x-hotmart-values-from,
names shared with primary keys and parent parameters), not from a list kept in the code: the
issue's chains are found, and an operation added to a spec is planned without a line of code."""

from __future__ import annotations

import copy

import pytest

from hotmart_client._verify._plan import Feed, plan, select
from hotmart_client.mock._spec import MockSpec

SPEC = MockSpec.load()


def sources(steps: list) -> dict[str, dict[str, tuple[str, str, str] | None]]:
    return {
        step.operation_id: {
            name: None if feed is None else (feed.operation, feed.field, feed.how) for name, feed in step.needs.items()
        }
        for step in steps
    }


def test_every_read_operation_is_planned_after_the_listings_its_ids_come_from() -> None:
    steps = plan(SPEC)
    reads = [op.operation_id for op in SPEC.operations if op.is_read and not op.is_token_endpoint]
    assert sorted(step.operation_id for step in steps) == sorted(reads)
    position = {step.operation_id: index for index, step in enumerate(steps)}
    for step in steps:
        for feed in step.needs.values():
            if feed is not None:
                assert position[feed.operation] < position[step.operation_id], step.operation_id


def test_the_issue_s_chains_come_from_the_spec() -> None:
    needs = sources(plan(SPEC))
    # products -> offers, plans and coupons; modules -> pages; students -> progress (x-hotmart-parent)
    assert needs["listProductOffers"] == {"ucode": ("listProducts", "ucode", "parent")}
    assert needs["listProductPlans"] == {"ucode": ("listProducts", "ucode", "parent")}
    assert needs["listCoupons"] == {"product_id": ("listProducts", "id", "parent")}
    assert needs["listClubPages"]["module_id"] == ("listClubModules", "module_id", "parent")
    assert needs["getClubStudentProgress"]["user_id"] == ("listClubStudents", "user_id", "parent")
    assert needs["listSubscriptionPurchases"] == {"subscriber_code": ("listSubscriptions", "subscriber_code", "parent")}
    # an event's id: x-hotmart-values-from (a product in the event-ticket format)
    assert needs["getEventInfo"] == {"event_id": ("listProducts", "id", "values-from")}
    # the product of a Members Area's pages: named like the `product_id` x-hotmart-parent fills
    assert needs["listClubPages"]["product_id"] == ("listProducts", "id", "name")
    # nothing supplies a Members Area's subdomain: the caller gives it
    assert needs["listClubModules"] == {"subdomain": None} and needs["listClubStudents"] == {"subdomain": None}


def test_ids_are_tried_in_the_filters_named_after_them() -> None:
    steps = {step.operation_id: step for step in plan(SPEC)}
    # transactions -> price details, participants and commissions
    for name in ("getSalesPriceDetails", "getSalesParticipants", "getSalesCommissions"):
        feeds = steps[name].filters["transaction"]
        assert Feed("getSalesHistory", "purchase.transaction", "name") in feeds
    # subscriber codes -> transactions
    assert steps["listSubscriptionTransactions"].filters["subscriber_code"] == (
        Feed("listSubscriptions", "subscriber_code", "name"),
    )
    # a bare `id` names an item only within its own listing: never matched
    assert "id" not in steps["listProducts"].filters
    # the filters whose absence hides items are read value by value, and early dates are sent
    assert steps["getSalesHistory"].enumerated["transaction_status"][:2] == ("APPROVED", "BLOCKED")
    assert steps["getSubscriptionsSummary"].since == ("accession_date",)
    assert steps["listSubscriptions"].window == ("accession_date", "end_accession_date")


def test_an_operation_added_to_the_spec_is_planned_from_its_extensions() -> None:
    doc = copy.deepcopy(SPEC.doc)
    paths = doc["paths"]
    offers = copy.deepcopy(paths["/products/api/v1/products/{ucode}/offers"]["get"])
    offers["operationId"] = "listOfferReviews"
    offers["x-hotmart-parent"] = {"operation": "listProductOffers", "parameters": {"offer_code": "code"}}
    offers["parameters"] = [
        {"name": "offer_code", "in": "path", "required": True, "schema": {"type": "string"}},
        {"$ref": "#/components/parameters/Transaction"},
    ]
    paths["/products/api/v1/offers/{offer_code}/reviews"] = {"get": offers}

    class Grown(MockSpec):
        def __init__(self) -> None:
            self.doc, self.components = doc, doc["components"]
            self.text, self.digest = "", "grown"
            self.operations = list(self._operations())
            self.by_id = {op.operation_id: op for op in self.operations}

    steps = plan(Grown())
    names = [step.operation_id for step in steps]
    assert names.index("listProducts") < names.index("listProductOffers") < names.index("listOfferReviews")
    grown = next(step for step in steps if step.operation_id == "listOfferReviews")
    assert grown.needs == {"offer_code": Feed("listProductOffers", "code", "parent")}
    assert Feed("getSalesHistory", "purchase.transaction", "name") in grown.filters["transaction"]


def test_selecting_operations_brings_the_listings_their_ids_come_from() -> None:
    chosen = [step.operation_id for step in select(plan(SPEC), ["getClubStudentProgress", "listCoupons"])]
    assert chosen == ["listProducts", "listClubStudents", "listCoupons", "getClubStudentProgress"]
    with pytest.raises(ValueError, match="not read operations of the spec: refundSale"):
        select(plan(SPEC), ["refundSale"])
