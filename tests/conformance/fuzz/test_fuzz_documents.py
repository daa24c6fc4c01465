"""Property-based fuzzing of every 200 response body and webhook payload the spec describes.

Valid documents (generated from the spec's schemas) must parse, through the generated parser and
through the overlay, and serialise back to the same JSON. Mutated documents must parse (and round
trip) when the spec promises forward compatibility, and otherwise parse or raise the project's
typed error: never KeyError, TypeError, a bare ValueError or anything else.

HOTMART_FUZZ_EXAMPLES sets the examples per schema and test (default below); the run is
derandomized (reproducible in CI) unless HOTMART_FUZZ_RANDOM=1, and a failing example is reported
as found, not shrunk, unless HOTMART_FUZZ_SHRINK=1.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.conformance.fuzz.mutations import MUTATIONS, Mutation, get, mutated, removed, replaced
from tests.conformance.fuzz.strategies import from_schema
from tests.conformance.fuzz.targets import (
    RESPONSES,
    STRICTER,
    TYPED_ERRORS,
    WEBHOOKS,
    accepted_schema,
    dump,
    generated_parse,
    overlay_parse,
)
from tests.conformance.report import Table, publish

pytestmark = pytest.mark.conformance

EXAMPLES = int(os.environ.get("HOTMART_FUZZ_EXAMPLES", "50"))  # about 80 s on 2 cores
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=os.environ.get("HOTMART_FUZZ_RANDOM") != "1",
    # Shrinking multi-kilobyte documents takes minutes; HOTMART_FUZZ_SHRINK=1 turns it back on.
    phases=list(Phase) if os.environ.get("HOTMART_FUZZ_SHRINK") == "1" else [Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
DOCUMENTS = {**RESPONSES, **WEBHOOKS}
NAMES = sorted(RESPONSES) + sorted(WEBHOOKS)
COUNTS: dict[str, Counter[str]] = defaultdict(Counter)


@cache
def documents(name: str) -> st.SearchStrategy[Any]:
    return from_schema(DOCUMENTS[name].schema)


@cache
def accepted_documents(name: str) -> st.SearchStrategy[Any]:
    return from_schema(accepted_schema(name))


@cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(DOCUMENTS[name].schema, format_checker=jsonschema.FormatChecker())


def mutation_cases() -> Iterator[Any]:
    for mutation in MUTATIONS:
        for name in NAMES:
            if mutation.possible(accepted_schema(name)):
                yield pytest.param(name, mutation, id=f"{mutation.name}-{name}")


@pytest.mark.parametrize("name", NAMES)
@FUZZ
@given(data=st.data())
def test_valid_documents_parse_and_round_trip(name: str, data: st.DataObject) -> None:
    doc = data.draw(documents(name), label="document")
    validator(name).validate(doc)  # the strategy only makes documents the spec allows
    assert dump(generated_parse(name, doc)) == doc
    COUNTS[name]["valid"] += 1
    try:
        assert overlay_parse(name, doc) == doc
    except TYPED_ERRORS:
        # Only the token and webhook entry points check more than the spec says (see STRICTER).
        assert name in STRICTER, f"{name}: a document the spec allows was refused"
        COUNTS[name]["valid:refused"] += 1


@pytest.mark.parametrize(("name", "mutation"), list(mutation_cases()))
@FUZZ
@given(data=st.data())
def test_mutated_documents_parse_or_raise_typed_errors(name: str, mutation: Mutation, data: st.DataObject) -> None:
    # Mutations start from documents the entry point accepts, so a refusal is the mutation's doing.
    schema = accepted_schema(name)
    doc, path = data.draw(mutated(accepted_documents(name), schema, mutation), label="mutated document and place")
    try:
        result = overlay_parse(name, doc)
    except TYPED_ERRORS:
        assert not mutation.must_parse, f"{mutation.name} must parse: the spec promises it"
        COUNTS[name][f"{mutation.name}:typed_error"] += 1
    else:
        # A null optional object may read as absent, and a number sent as a string may be written
        # back as that number (times and amounts are normalised variants: `x-hotmart-format`,
        # docs/dates-and-money.md); nothing else may change.
        allowed = [doc]
        if mutation.name == "null_optional":
            allowed.append(removed(doc, path))
        if mutation.name == "number_as_string":
            allowed.append(replaced(doc, path, json.loads(get(doc, path))))
        assert result in allowed, "parsed, but serialising back lost or changed data"
        COUNTS[name][f"{mutation.name}:parsed"] += 1


@pytest.fixture(scope="module", autouse=True)
def report_examples_per_schema() -> Iterator[None]:
    """After the module: publish how many examples ran per schema and test kind."""
    yield
    kinds = ["valid", *(m.name for m in MUTATIONS)]
    table = Table(
        f"Fuzz examples per schema (max {EXAMPLES} per schema and test)",
        ["schema", *kinds, "typed errors", "refused valid"],
    )
    outcomes = ("parsed", "typed_error")
    for name in NAMES:
        counts = COUNTS[name]
        per_kind = [counts["valid"]] + [sum(counts[f"{k}:{o}"] for o in outcomes) for k in kinds[1:]]
        typed = sum(v for k, v in counts.items() if k.endswith(":typed_error"))
        table.rows.append([name, *per_kind, typed, counts["valid:refused"]])
    table.rows.append(["total", *(sum(row[i] for row in table.rows) for i in range(1, len(kinds) + 3))])
    publish("fuzz-examples", table, {"max_examples": EXAMPLES, "counts": {n: dict(COUNTS[n]) for n in NAMES}})
