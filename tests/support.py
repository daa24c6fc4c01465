"""Helpers shared by the tests: the spec and ways to walk it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "hotmart.yaml"
SEEDS = ROOT.parent / "shared" / "seeds"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


SPEC = load_spec()


def spec_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every REST operation of the spec."""
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def sale(transaction: str, **purchase: Any) -> dict[str, Any]:
    """A sales history item with only what the spec requires (and `purchase` overrides)."""
    return {
        "product": {"id": 2125812, "name": "Curso de Fotografia Digital"},
        "buyer": {"email": f"buyer-{transaction.lower()}@example.com"},
        "purchase": {
            "transaction": transaction,
            "order_date": 1_717_200_000_000,
            "status": "APPROVED",
            "price": {"value": 197.0, "currency_code": "BRL"},
            **purchase,
        },
    }


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = SPEC["components"][section][name]
    return node
