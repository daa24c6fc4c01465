"""The fixture corpus's comparator (tests/corpus.py) catches what it is there to catch."""

from __future__ import annotations

import copy

import httpx

from hotmart_api.api.sales import get_sales_history
from tests.corpus import load, mismatches


def _history_example() -> dict:
    return next(f.body for f in load("rest") if f.id == "getSalesHistory/documented")


def test_documented_example_reads_back_equal() -> None:
    example = _history_example()
    page = get_sales_history.parse_success(httpx.Response(200, json=example))
    assert list(mismatches(page, example)) == []


def test_a_field_the_spec_does_not_describe_is_reported() -> None:
    example = copy.deepcopy(_history_example())
    example["items"][0]["purchase"]["brand_new_field"] = 1
    page = get_sales_history.parse_success(httpx.Response(200, json=example))
    assert list(mismatches(page, example)) == [
        "$.items[0].purchase.brand_new_field: not in the spec (only in additional_properties)"
    ]


def test_a_value_read_differently_is_reported() -> None:
    example = _history_example()
    page = get_sales_history.parse_success(httpx.Response(200, json=example))
    changed = copy.deepcopy(example)
    changed["items"][0]["purchase"]["transaction"] = "HP-OTHER"
    changed["items"][0]["purchase"]["is_subscription"] = 0
    problems = list(mismatches(page, changed))
    assert len(problems) == 2
    assert problems[0].startswith("$.items[0].purchase.transaction: raw 'HP-OTHER'")
    assert problems[1].startswith("$.items[0].purchase.is_subscription: raw 0")
