"""Hotmart's documented REST examples (tests/fixtures/rest) against the spec and the generated models.

Each documented answer must validate against the schema of its operation's response, parse through
the generated endpoint module, and read back equal to the raw JSON on every field (tests/corpus.py).
A documented request body must validate against the request schema and read back through its model.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import httpx
import jsonschema
import pytest

from tests.corpus import Fixture, load, mismatches
from tests.support import SPEC, resolve, spec_operations
from tests.test_generated import endpoint

FIXTURES = load("rest")
OPERATIONS = {op["operationId"]: op for _, _, op in spec_operations()}
# Operations whose Hotmart page shows no JSON example at all, and why.
WITHOUT_EXAMPLE = {
    "createAccessToken": "the stored copies of Hotmart's app-auth page lack its payload example",
}


def _validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {**schema, "components": SPEC["components"]}, format_checker=jsonschema.FormatChecker()
    )


def _errors(schema: dict[str, Any], body: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in _validator(schema).iter_errors(body)]


def _is_request(fixture: Fixture) -> bool:
    return fixture.path.stem.startswith("request")


def test_the_corpus_is_not_empty_and_names_operations() -> None:
    assert len(FIXTURES) >= 30
    assert sorted({f.key for f in FIXTURES} - set(OPERATIONS)) == []
    for fixture in FIXTURES:
        # its source: tests/test_evidence.py checks that it is one of the operation's x-hotmart-source
        assert _is_request(fixture) or isinstance(fixture.status, int), f"{fixture.id}: status missing"


def test_every_operation_has_a_documented_example() -> None:
    covered = {f.key for f in FIXTURES}
    assert sorted(set(OPERATIONS) - covered - set(WITHOUT_EXAMPLE)) == []


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if not _is_request(f)], ids=lambda f: f.id)
def test_documented_answer_validates_parses_and_reads_back(fixture: Fixture) -> None:
    op = OPERATIONS[fixture.key]
    assert fixture.status is not None
    response = resolve(op["responses"][str(fixture.status)])
    media = response.get("content", {}).get("application/json")
    if media is None:
        # An answer the spec gives no body: Hotmart's page documents `{}`, and there is nothing to read.
        assert fixture.body == {}
        assert endpoint(op).parse_success(httpx.Response(fixture.status, json=fixture.body)) is None
        return
    assert _errors(media["schema"], fixture.body) == []
    if fixture.status == 200:
        parsed = endpoint(op).parse_success(httpx.Response(200, json=fixture.body))
    else:
        model_name = media["schema"]["$ref"].rsplit("/", 1)[-1]
        parsed = getattr(importlib.import_module("hotmart_api.models"), model_name).from_dict(fixture.body)
    assert list(mismatches(parsed, fixture.body)) == []


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if _is_request(f)], ids=lambda f: f.id)
def test_documented_request_body_validates_and_reads_back(fixture: Fixture) -> None:
    op = OPERATIONS[fixture.key]
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    assert _errors(schema, fixture.body) == []
    builder = inspect.signature(endpoint(op).build_request_kwargs, eval_str=True)
    model = builder.parameters["body"].annotation.from_dict(fixture.body)
    assert list(mismatches(model, fixture.body)) == []
    request = endpoint(op).build_request_kwargs(**_path_args(op), body=model)
    assert request["json"] == fixture.body


def _path_args(op: dict[str, Any]) -> dict[str, Any]:
    return {p["name"]: 1 for p in map(resolve, op.get("parameters", [])) if p["in"] == "path"}


def test_typed_reads_of_the_documented_sale() -> None:
    """The reads a user makes first, spelled out: transaction, status, price, buyer, dates."""
    fixture = next(f for f in FIXTURES if f.id == "getSalesHistory/documented")
    page = endpoint(OPERATIONS["getSalesHistory"]).parse_success(httpx.Response(200, json=fixture.body))
    sale, raw = page.items[0], fixture.body["items"][0]
    assert sale.purchase.transaction == raw["purchase"]["transaction"] == "HP12455690122399"
    assert sale.purchase.status == "UNDER_ANALISYS"
    assert sale.purchase.price.currency_code == "USD"
    assert list(mismatches(sale.purchase.price.value, 235.76)) == []
    assert sale.buyer.email == "ian@teste.com"
    assert list(mismatches(sale.purchase.order_date, 1622948400000)) == []
    assert sale.purchase.offer.payment_mode == "INVOICE"
    assert page.page_info.next_page_token == "eyJyb3dzIjo1LCJwYWdlIjozfQ=="


def test_typed_reads_of_the_documented_subscription_and_pages() -> None:
    subscriptions = next(f for f in FIXTURES if f.id == "listSubscriptions/documented")
    page = endpoint(OPERATIONS["listSubscriptions"]).parse_success(httpx.Response(200, json=subscriptions.body))
    assert page.items[0].subscriber_code == "ABC12DEF"
    assert page.items[0].subscriber.email == "subscriber@email.com.br"
    club = next(f for f in FIXTURES if f.id == "listClubPages/documented")
    pages = endpoint(OPERATIONS["listClubPages"]).parse_success(httpx.Response(200, json=club.body))
    rule = pages[1].dripping_configs[1]
    assert (rule.liberation.type_, rule.liberation.page_id) == ("BY_QUIZ", "Xm7YgJWD46")
    assert [c.name for c in pages[1].dripping_configs[0].classes] == ["DEFAULT_CLASS", "Advanced Class"]
