"""Every operation of the spec is served, and its success answers match the spec's schemas."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .helpers import example_request, operations, schema_errors, success

READS = operations("GET")
PAGED = [case for case in READS if "x-hotmart-pagination" in case[2]]
WRITES = operations("POST", "PUT", "PATCH", "DELETE")


def _id(case: tuple[str, str, dict[str, Any]]) -> str:
    return str(case[2]["operationId"])


def test_the_spec_has_operations_to_check() -> None:
    assert len(READS) >= 2
    assert any("x-hotmart-pagination" in op for _, _, op in READS)


@pytest.mark.parametrize("case", READS, ids=_id)
def test_read_answers_match_the_schema(http: httpx.Client, case: tuple[str, str, dict[str, Any]]) -> None:
    path, method, operation = case
    url, query, _ = example_request(path, operation)
    response = http.request(method, url, params=query)
    status, schema = success(operation)
    assert response.status_code == status, response.text
    assert schema is not None
    body = response.json()
    assert schema_errors(schema, body) == []
    pagination = operation.get("x-hotmart-pagination")
    if pagination:
        assert body[pagination["items"]], "a list operation should find items in the seeded data"


@pytest.mark.parametrize("case", PAGED, ids=_id)
def test_every_page_item_matches_the_schema(http: httpx.Client, case: tuple[str, str, dict[str, Any]]) -> None:
    """Beyond the first page: 100 items of each list, all valid."""
    path, method, operation = case
    url, query, _ = example_request(path, operation)
    response = http.request(method, url, params={**query, "max_results": 100})
    _, schema = success(operation)
    assert schema_errors(schema, response.json()) == []
    items = response.json()[operation["x-hotmart-pagination"]["items"]]
    # The sales summary pages over currencies, and the seeded sales are all in one (BRL).
    assert len(items) > (0 if operation["operationId"] == "getSalesSummary" else 1)


@pytest.mark.parametrize("case", WRITES, ids=_id)
def test_write_answers_match_the_schema(http: httpx.Client, case: tuple[str, str, dict[str, Any]]) -> None:
    """The spec's example request of each write succeeds (its ids exist in the seeded data)."""
    path, method, operation = case
    url, query, body = example_request(path, operation)
    response = http.request(method, url, params=query, json=body)
    status, schema = success(operation)
    assert response.status_code == status, response.text
    if schema is None:
        assert response.content == b""
    else:
        assert schema_errors(schema, response.json()) == []


def test_answers_are_deterministic(http: httpx.Client) -> None:
    path, method, operation = READS[0]
    url, query, _ = example_request(path, operation)
    first = http.request(method, url, params=query).json()
    assert http.request(method, url, params=query).json() == first
