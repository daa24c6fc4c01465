"""generated/jsonschema/webhooks: one JSON Schema per event, for other languages to validate with.

The files are plain JSON Schema (no OpenAPI): a test validates the whole webhook fixture corpus
with nothing but them. `nox -s check_generated` fails when they differ from what the spec gives.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from functools import cache
from typing import Any

import jsonschema
import pytest

from tests.corpus import Fixture, load
from tests.support import ROOT, SPEC, SPEC_PATH

SCHEMAS = ROOT / "generated" / "jsonschema" / "webhooks"
FIXTURES = load("webhooks")


@cache
def validator(event: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{event}.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_there_is_one_file_per_event_of_the_spec() -> None:
    assert sorted(path.stem for path in SCHEMAS.glob("*.json")) == sorted(SPEC["webhooks"])


def test_the_files_are_what_the_spec_generates() -> None:
    spec = importlib.util.spec_from_file_location("webhook_generator", ROOT / "generator" / "webhooks.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generator  # dataclasses look their module up there
    try:
        spec.loader.exec_module(generator)
    finally:
        del sys.modules[spec.name]
    for event, text in generator.json_schemas(SPEC_PATH).items():
        assert (SCHEMAS / f"{event}.json").read_text(encoding="utf-8") == text, f"{event}: run nox -s generate"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.id)
def test_every_fixture_is_valid_against_its_event_file(fixture: Fixture) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator(fixture.key).iter_errors(fixture.body)]
    assert errors == []


def _changed(body: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    body = copy.deepcopy(body)
    node = body
    *parents, last = path.split(".")
    for key in parents:
        node = node[key]
    node[last] = value
    return body


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("event", "PURCHASE_COMPLETE"),  # a delivery of another event
        ("data.purchase.price.value", "150.6"),
        ("data.purchase.status", 3),
        ("data.buyer", None),
        ("data.product.warranty_date", "not a date"),
    ],
)
def test_the_files_refuse_what_the_spec_does_not_allow(path: str, value: Any) -> None:
    [fixture] = [f for f in FIXTURES if f.id == "PURCHASE_APPROVED/documented"]
    assert not validator("PURCHASE_APPROVED").is_valid(_changed(fixture.body, path, value))


def test_the_files_cite_their_sources() -> None:
    for event, item in SPEC["webhooks"].items():
        schema = json.loads((SCHEMAS / f"{event}.json").read_text(encoding="utf-8"))
        for url in item["post"]["x-hotmart-source"]:
            assert url in schema["description"]
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
