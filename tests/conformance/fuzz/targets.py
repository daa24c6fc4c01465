"""What the fuzz tests feed documents to: the generated parsers and the overlay's entry points.

For a response body the overlay's entry point is `Operation.parse` (the token endpoint's is the
auth flow's `_store`); for a webhook payload it is `hotmart_client.webhooks.parse`. Each either
returns a result or raises the project's typed error, which `TYPED_ERRORS` lists.
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from types import ModuleType
from typing import Any

import httpx

from hotmart_client import AsyncPage, HotmartError, SyncPage, webhooks
from hotmart_client._auth import HotmartAuth
from hotmart_client._constants import TOKEN_URL
from hotmart_client.resources import OPERATIONS
from hotmart_client.webhooks import HOTTOK_HEADER
from tests.conformance.schemas import Schema, response_schemas, webhook_schemas

TOKEN_OPERATION = "createAccessToken"
TOKEN_MODULE = "hotmart_api.api.auth.create_access_token"
RESPONSES = {doc.name: doc for doc in response_schemas()}
WEBHOOKS = {doc.name: doc for doc in webhook_schemas()}
TYPED_ERRORS = (HotmartError,)  # the root of the project's errors (APIResponseValidationError,
# ResponseParseError when a lazily parsed field is read, WebhookPayloadError...)
HOTTOK = "fuzz-hottok"
# Entry points that deliberately refuse some documents the spec allows (the spec leaves these fields
# optional and unbounded): field -> the JSON Schema the entry point really requires of it.
STRICTER: dict[str, dict[str, Schema]] = {
    TOKEN_OPERATION: {"access_token": {"type": "string", "minLength": 1}},
    # A verified delivery is refused only without an event name (its envelope is normalised).
    **{name: {"event": {"type": "string", "minLength": 1}} for name in WEBHOOKS},
}


def accepted_schema(name: str) -> Schema:
    """The schema of the documents the overlay's entry point accepts: the spec's, plus STRICTER."""
    schema = (RESPONSES | WEBHOOKS)[name].schema
    stricter = STRICTER.get(name)
    if stricter is None:
        return schema
    properties = {key: {**sub, **stricter.get(key, {})} for key, sub in schema["properties"].items()}
    return {**schema, "properties": properties, "required": sorted(set(schema.get("required", [])) | set(stricter))}


def json_response(doc: Any) -> httpx.Response:
    request = httpx.Request("GET", "https://developers.hotmart.com/fuzz")
    return httpx.Response(200, content=json.dumps(doc).encode(), request=request)


@cache
def endpoint(name: str) -> ModuleType:
    module = TOKEN_MODULE if name == TOKEN_OPERATION else OPERATIONS[name].module
    return importlib.import_module(module)


def dump(result: Any) -> Any:
    """A parsed result back as JSON data (touching every field, so lazily parsed ones are parsed)."""
    if isinstance(result, list):
        return [dump(item) for item in result]
    if isinstance(result, SyncPage | AsyncPage):  # a list method's page: its model is the body
        return result.model.to_dict()
    return result.to_dict()


def generated_parse(name: str, doc: Any) -> Any:
    """The generated package's own parser: `parse_success` of the endpoint, or the payload model."""
    if name in WEBHOOKS:
        model = getattr(importlib.import_module("hotmart_api.models"), name)
        return model.from_dict(doc)
    return endpoint(name).parse_success(json_response(doc))


def overlay_parse(name: str, doc: Any) -> Any:
    """The overlay's entry point; returns JSON data equal to `doc` when nothing was lost."""
    if name in WEBHOOKS:
        event = webhooks.parse(json.dumps(doc), {HOTTOK_HEADER: HOTTOK}, hottok=HOTTOK)
        return {**event.raw, "data": dump(event.data)} if event.is_known else event.raw
    if name == TOKEN_OPERATION:
        auth = HotmartAuth("id", "secret", "Basic aWQ6c2VjcmV0", TOKEN_URL)
        response = json_response(doc)
        response.request = httpx.Request("POST", TOKEN_URL)
        token = auth._store(response)
        return {**doc, "access_token": token.value}
    return dump(OPERATIONS[name].parse(json_response(doc)))
