"""The spec itself: valid OpenAPI 3.1, and the conventions the generator and overlay rely on."""

from __future__ import annotations

from collections import Counter
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate

from tests.support import SPEC, SPEC_PATH, resolve, spec_operations

OPERATIONS = list(spec_operations())
IDS = [op["operationId"] for _, _, op in OPERATIONS]


def test_spec_is_valid_openapi_31() -> None:
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC, base_uri=SPEC_PATH.as_uri())


def test_servers_include_production_and_sandbox() -> None:
    urls = [server["url"] for server in SPEC["servers"]]
    assert urls == ["https://developers.hotmart.com", "https://sandbox.hotmart.com"]


def test_operation_ids_and_method_names_are_unique() -> None:
    assert [name for name, count in Counter(IDS).items() if count > 1] == []
    methods = Counter((op["tags"][0], op.get("x-hotmart-method")) for _, _, op in OPERATIONS)
    assert [key for key, count in methods.items() if count > 1] == []


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=IDS)
def test_operation_is_documented(path: str, method: str, op: dict[str, Any]) -> None:
    assert len(op["tags"]) == 1
    assert op["summary"] and op["description"]
    assert op["x-hotmart-method"].isidentifier()
    success = [code for code in op["responses"] if code.startswith("2")]
    assert success == ["200"], "exactly one 2xx response, so the overlay knows what a call returns"
    for code in ("400", "401", "429", "500"):
        assert code in op["responses"], f"{code} is not documented"


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=IDS)
def test_paginated_operations_are_marked_consistently(path: str, method: str, op: dict[str, Any]) -> None:
    param_names = {resolve(p)["name"] for p in op.get("parameters", [])}
    marker = op.get("x-hotmart-pagination")
    if marker is None:
        assert "page_token" not in param_names, "takes page_token but lacks x-hotmart-pagination"
        return
    assert {"page_token", "max_results"} <= param_names
    schema = resolve(op["responses"]["200"]["content"]["application/json"]["schema"])
    assert schema["properties"][marker["items"]]["type"] == "array"
    assert resolve(schema["properties"]["page_info"])["properties"]["next_page_token"]
    assert marker["next_token"] == "page_info.next_page_token"
    window = marker.get("window")
    if window is not None:
        assert set(window) <= {"start", "end", "field"}
        assert {window["start"], window["end"]} <= param_names
        if "field" in window:  # the item field the window bounds: a time field of the items
            node = resolve(schema["properties"][marker["items"]]["items"])
            for key in window["field"].split("."):
                node = resolve(node["properties"][key])
            assert node == resolve({"$ref": "#/components/schemas/EpochMillis"}), window["field"]


def _responses_with_content() -> list[tuple[str, dict[str, Any], Any]]:
    found = []
    for _, _, op in OPERATIONS:
        for code, ref in op["responses"].items():
            media = resolve(ref).get("content", {}).get("application/json")
            if media is None:
                continue
            examples = [media["example"]] if "example" in media else []
            examples += [e["value"] for e in media.get("examples", {}).values()]
            found.append((f"{op['operationId']}:{code}", media["schema"], examples))
    return found


RESPONSES = _responses_with_content()


@pytest.mark.parametrize(("name", "schema", "examples"), RESPONSES, ids=[name for name, _, _ in RESPONSES])
def test_every_response_has_a_valid_example(name: str, schema: dict[str, Any], examples: list[Any]) -> None:
    assert examples, f"{name} has no example"
    validator = jsonschema.Draft202012Validator(
        {**schema, "components": SPEC["components"]}, format_checker=jsonschema.FormatChecker()
    )
    for example in examples:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(example)]
        assert errors == []
        assert "string" not in {v for v in _leaves(example) if isinstance(v, str)}, "placeholder value"


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def test_time_valued_parameters_reference_epoch_millis() -> None:
    time_names = ("date", "_at")
    for _, _, op in OPERATIONS:
        for param in (resolve(p) for p in op.get("parameters", [])):
            schema = param["schema"]
            if param["name"].endswith(time_names) and "$ref" not in schema and schema.get("type") != "string":
                pytest.fail(f"{op['operationId']}.{param['name']} should reference EpochMillis")
