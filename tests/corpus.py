"""The fixture corpus: Hotmart's own documented examples, one JSON file each, and the check that a
typed read of every documented field equals the raw JSON (the comparison lives in the overlay,
`hotmart_client._readback`, shared with `hotmart verify`).

Layout: `tests/fixtures/rest/<operationId>/<name>.json` and
`tests/fixtures/webhooks/<EVENT_NAME>/<name>.json`. Each file is an object:

    {
      "source": "https://developers.hotmart.com/docs/...",   # the page the example was copied from
      "note": "optional: what was changed (e.g. a truncated list) and why",
      "status": 200,                                          # REST only: the documented status
      "body": { ... }                                         # the example, as documented
    }

A REST file whose name starts with `request` holds a documented request body instead (no status).
`source` is one of its operation's or event's `x-hotmart-source` in the spec (a page, or the menu
entry of a page whose address is unknown); a `hotmart-test-delivery*` file is a delivery Hotmart
sent, not an example, and cites where it was published, one of its event's `x-hotmart-captured`
(tests/test_evidence.py checks both; docs/evidence.md lists them).
The examples are evidence about Hotmart, not about this project: a fixture is never edited to make
a test pass. Where Hotmart's own example is inconsistent with its prose, the note says so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hotmart_client import _readback as readback

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Fixture:
    path: Path
    key: str  # operationId or event name (the folder)
    source: str
    body: Any
    status: int | None = None

    @property
    def id(self) -> str:
        return f"{self.key}/{self.path.stem}"


def load(kind: str) -> list[Fixture]:
    """Every fixture of one kind ("rest" or "webhooks"), sorted by path."""
    fixtures = []
    for path in sorted((FIXTURES / kind).glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        fixtures.append(Fixture(path, path.parent.name, data["source"], data["body"], data.get("status")))
    return fixtures


def mismatches(typed: Any, raw: Any, where: str = "$") -> Iterator[str]:
    """Every place where reading the typed model does not give back the raw JSON, as text with the
    values (these are the project's own fixtures, not a customer's data).

    The comparison is `hotmart_client._readback.mismatches`, the one `hotmart verify` runs on an
    account's answers: a JSON object must be a model whose every key is a typed attribute (a key
    that only lands in `additional_properties` means the spec does not describe a documented
    field); scalars compare by value (an enum by its `.value`, a datetime with epoch milliseconds
    or an ISO string, a Decimal with the JSON number); `null` may read as None or as absent (UNSET).
    """
    for found in readback.mismatches(typed, raw):
        place = where + found.where[1:]
        if found.problem == "unknown_field":
            yield f"{place}: {found.message}"
        elif found.problem == "not_a_model":
            yield f"{place}: expected a model, read {type(found.typed).__name__}"
        elif found.problem == "length":
            yield f"{place}: expected a list of {len(found.raw)}, read {found.typed!r}"[:300]
        elif found.problem == "unreadable":
            yield f"{place}: raw {found.raw!r} cannot be read as the spec describes it"[:300]
        else:
            yield f"{place}: raw {found.raw!r}, read {found.typed!r}"[:300]
