"""Quick start, runnable offline: the overlay talks to an embedded stand-in for Hotmart that answers
every operation with the example the spec documents for it (tokens included)."""

from __future__ import annotations

import importlib.resources
import json
import logging

import httpx
import yaml

from hotmart_client import Hotmart


def spec_examples_transport() -> httpx.MockTransport:
    spec = yaml.safe_load(importlib.resources.files("hotmart_api").joinpath("openapi.yaml").read_text("utf-8"))
    examples = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                content = operation["responses"]["200"].get("content", {}).get("application/json", {})
                examples[(method.upper(), path)] = content.get("example")

    def handler(request: httpx.Request) -> httpx.Response:
        example = examples.get((request.method, request.url.path))
        return httpx.Response(200, content=json.dumps(example).encode() if example is not None else b"")

    return httpx.MockTransport(handler)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    with Hotmart("demo-client-id", "demo-client-secret", transport=spec_examples_transport()) as hotmart:
        page = hotmart.sales.history(transaction_status="APPROVED", start_date="2021-06-01", max_results=5)
        for sale in page.items:
            purchase, price = sale.purchase, sale.purchase.price
            print(f"{purchase.transaction}  {purchase.status}  {price.value:>8.2f} {price.currency_code}", end="")
            print(f"  {sale.product.name}  <{sale.buyer.email}>")
        print(f"next page token: {page.page_info.next_page_token}")


if __name__ == "__main__":
    main()
