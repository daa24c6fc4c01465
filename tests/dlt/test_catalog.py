"""The tables come from the spec: every key, parent field and parameter they name exists there."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

from hotmart_client.dlt import column, tables
from hotmart_client.dlt._catalog import catalog
from hotmart_client.dlt._extract import ACCOUNT_COLUMN
from hotmart_client.mock._spec import MockSpec
from hotmart_client.resources import OPERATIONS


def fields(spec: MockSpec, table_operation: str) -> set[str]:
    """Dotted paths of every object field of the operation's items (through lists)."""
    op = spec.by_id[table_operation]
    found: set[str] = set()

    def walk(node: Any, prefix: str, depth: int) -> None:
        node = spec.resolve(node)
        if not isinstance(node, dict) or depth > 8:
            return
        if node.get("type") == "array":
            walk(node.get("items", {}), prefix, depth + 1)
        for key, child in (node.get("properties") or {}).items():
            found.add(prefix + key)
            walk(child, f"{prefix}{key}.", depth + 1)

    walk(spec.items_schema(op) or op.response_schema or {}, "", 0)
    return found


def _first_item(example: Any, paginated: bool) -> Any:
    if paginated and isinstance(example, dict):
        example = example.get("items")
    return example[0] if isinstance(example, list) and example else example


def _has(item: Any, dotted: str) -> bool:
    for key in dotted.split("."):
        if not isinstance(item, dict) or key not in item:
            return False
        item = item[key]
    return True


def test_every_paginated_listing_is_a_table() -> None:
    operations = {table.operation.operation_id for table in tables().values()}
    paginated = {name for name, op in OPERATIONS.items() if op.pagination is not None}
    assert paginated <= operations
    assert all(OPERATIONS[name].method == "GET" for name in operations)


def test_keys_and_parent_fields_exist_in_the_spec() -> None:
    spec = MockSpec.load()
    examples = {}
    for table in tables().values():
        operation_id = table.operation.operation_id
        own = fields(spec, operation_id)
        example = spec.by_id[operation_id].response_example
        first = _first_item(example, table.paginated)
        for key in table.primary_key:
            # In the item schema, else in the documented example (the schema may describe only
            # part of an open object), else a parameter stored with each row.
            assert key in own or _has(first, key) or key in table.context, (table.name, key)
        if table.parent is not None:
            parent = tables()[table.parent.table]
            parent_fields = fields(spec, parent.operation.operation_id)
            for parameter, field in table.parent.parameters.items():
                assert field in parent_fields, (table.name, field)
                assert parameter in {p.name for p in table.operation.params}, (table.name, parameter)
        examples[table.name] = example
    assert examples["sales_history"] is not None


def test_names_hints_and_windows() -> None:
    found = tables()
    assert list(found)[:2] == ["sales_history", "sales_summary"]
    assert found["sales_history"].window == ("start_date", "end_date")
    assert found["sales_history"].incremental
    assert not found["subscriptions"].incremental  # x-hotmart-incremental: false
    assert found["sales_history"].enumerated["transaction_status"][0] == "APPROVED"  # a default filter
    assert found["subscriptions_summary"].since_parameters == ("accession_date",)  # days_ago default
    assert found["club_students"].configured == ("subdomain",)
    assert found["club_pages"].context == ("module_id", "product_id")  # from the parent, and configured
    # Totals, keyed per status asked for and currency; each read replaces them (x-hotmart-snapshot).
    assert found["sales_summary"].primary_key == ("transaction_status", "total_value.currency_code")
    assert found["sales_summary"].snapshot
    assert [name for name, table in found.items() if table.snapshot] == ["sales_summary"]
    assert all(table.primary_key for table in found.values())  # every table is merged on a key
    assert column("eticket.id") == "eticket__id"


def test_epoch_millis_and_decimals_are_converted_where_the_spec_says() -> None:
    spec = MockSpec.load()
    table = catalog(spec)["subscriptions_summary"]
    item: dict[str, Any] = {
        "accession_date": 1704067200000,
        "unpaid_recurrencies": [{"charge_date": 1706745600000}, {"charge_date": "not a date"}],
        "lifetime": 3,
    }
    table.convert(item)
    assert item["accession_date"] == dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert item["unpaid_recurrencies"][0]["charge_date"] == dt.datetime(2024, 2, 1, tzinfo=dt.UTC)
    assert item["unpaid_recurrencies"][1]["charge_date"] == "not a date"  # loaded as it came, never refused
    assert item["lifetime"] == 3

    # `x-hotmart-format: decimal` on a monetary number, wherever the spec puts it.
    probe = catalog(spec)["sales_history"]
    sale: dict[str, Any] = {"purchase": {"price": {"value": 235.76, "currency_code": "BRL"}}}
    probe.convert(sale)
    assert sale["purchase"]["price"]["value"] == decimal.Decimal("235.76")


def test_no_item_has_a_field_of_the_account_column_name() -> None:
    """In a shared dataset every row gets an `account` column: no listing's item may have one."""
    spec = MockSpec.load()
    for table in tables().values():
        own = fields(spec, table.operation.operation_id)
        assert ACCOUNT_COLUMN not in own and ACCOUNT_COLUMN not in table.context, table.name
