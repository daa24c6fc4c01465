"""Helpers for the mock server's tests: the spec read independently of the mock, and raw HTTP access."""

from __future__ import annotations

import importlib.resources
from typing import Any

import httpx
import yaml
from jsonschema import Draft202012Validator

from hotmart_client.mock import MockServer

SPEC: dict[str, Any] = yaml.safe_load(
    importlib.resources.files("hotmart_api").joinpath("openapi.yaml").read_text(encoding="utf-8")
)
METHODS = ("get", "put", "post", "delete", "patch")


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = SPEC["components"][section][name]
    return node


def operations(*methods: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, METHOD, operation) of every REST operation, from the spec (the token endpoint excluded)."""
    found = []
    for path, item in SPEC["paths"].items():
        if item.get("servers"):
            continue
        for method in METHODS:
            if method in item and (not methods or method.upper() in methods):
                found.append((path, method.upper(), item[method]))
    return found


def params(operation: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(p) for p in operation.get("parameters", [])]


def example_request(path: str, operation: dict[str, Any]) -> tuple[str, dict[str, Any], Any]:
    """URL path, query and JSON body built from the spec's own examples (required parameters only)."""
    query: dict[str, Any] = {}
    for param in params(operation):
        value = param.get("example", resolve(param.get("schema", {})).get("example"))
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", str(value))
        elif param["in"] == "query" and param.get("required"):
            query[param["name"]] = value
    body = None
    if "requestBody" in operation:
        body = resolve(operation["requestBody"])["content"]["application/json"].get("example")
    return path, query, body


def success(operation: dict[str, Any]) -> tuple[int, Any]:
    """The documented 2xx status and its JSON schema (None when the answer has no body)."""
    code = min(int(c) for c in operation["responses"] if str(c).startswith("2"))
    response = resolve(operation["responses"][str(code)])
    content = response.get("content", {}).get("application/json")
    return code, content["schema"] if content else None


def validator(schema: Any) -> Draft202012Validator:
    """A validator whose `#/components/...` references resolve against the spec."""
    return Draft202012Validator({**schema, "components": SPEC["components"]})


def schema_errors(schema: Any, value: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(schema).iter_errors(value)]


# Without `transaction_status` (or `transaction`), Hotmart lists only these sales.
DEFAULT_SALE_STATUSES = ("APPROVED", "COMPLETE")


def listed_by_default(server: MockServer) -> list[str]:
    """Transactions of the sales a history call without status filter returns, newest first."""
    items = server.items("SaleHistoryItem")
    return [s["purchase"]["transaction"] for s in items if s["purchase"]["status"] in DEFAULT_SALE_STATUSES]


def token(server: MockServer) -> str:
    response = httpx.post(
        server.token_url,
        params={"grant_type": "client_credentials", "client_id": "tester", "client_secret": "s3cret"},
        auth=("tester", "s3cret"),
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


def api(server: MockServer) -> httpx.Client:
    """A plain httpx client with a valid bearer token (no retries, no coercion: raw answers)."""
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token(server)}"}, timeout=10)
