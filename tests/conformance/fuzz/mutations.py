"""Hostile variations of a valid document: what Hotmart (or a proxy in front of it) may really send.

A mutation picks one place in a document (a `Site`, found by walking the document alongside its
schema) and changes it. Each mutation says what the client must do with the result:

- `must_parse`: the spec promises forward compatibility (unknown enum values, new fields, optional
  fields left out), so parsing must succeed and serialising back must give the mutated document.
- otherwise the client may parse it (and then must round-trip it) or raise its typed
  `APIResponseValidationError`; anything else (KeyError, TypeError, a bare ValueError) is a bug.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import reject
from hypothesis import strategies as st

from tests.conformance.fuzz.strategies import JSON_VALUES
from tests.conformance.schemas import Schema, schema_types

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Site:
    path: Path  # from the document root to the value
    schema: Schema  # the value's schema
    optional: bool  # the value is a property its object does not require


def sites(schema: Schema, doc: Any, path: Path = (), optional: bool = False) -> Iterator[Site]:
    """Every value of `doc` that `schema` describes, depth first."""
    yield Site(path, schema, optional)
    if isinstance(doc, dict):
        properties: dict[str, Schema] = schema.get("properties", {})
        required = set(schema.get("required", []))
        for name, value in doc.items():
            if name in properties:
                yield from sites(properties[name], value, (*path, name), name not in required)
    elif isinstance(doc, list) and isinstance(schema.get("items"), dict):
        for index, value in enumerate(doc):
            yield from sites(schema["items"], value, (*path, index))


def get(doc: Any, path: Path) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def replaced(doc: Any, path: Path, value: Any) -> Any:
    result = copy.deepcopy(doc)
    get(result, path[:-1])[path[-1]] = value
    return result


def removed(doc: Any, path: Path) -> Any:
    result = copy.deepcopy(doc)
    del get(result, path[:-1])[path[-1]]
    return result


@dataclass(frozen=True)
class Mutation:
    name: str
    must_parse: bool
    applies: Callable[[Site, Any], bool]  # (site, value at the site)
    # Draws the mutated document: (draw, doc, site) -> new doc
    apply: Callable[[st.DrawFn, Any, Site], Any]

    def possible(self, schema: Schema) -> bool:
        """Whether some document of `schema` could have a site for this mutation."""
        nodes = _nodes(schema)
        return any(self.applies(Site(("field",), sub, optional), _example_value(sub)) for sub, optional in nodes)


def _nodes(schema: Schema, optional: bool = False) -> Iterator[tuple[Schema, bool]]:
    yield schema, optional
    required = set(schema.get("required", []))
    for name, sub in schema.get("properties", {}).items():
        yield from _nodes(sub, name not in required)
    if isinstance(schema.get("items"), dict):
        yield from _nodes(schema["items"])


def _example_value(schema: Schema) -> Any:
    """Some non-null value of the schema's kind (enough to ask `Mutation.applies`)."""
    types = schema_types(schema) - {"null"}
    if "enum" in schema:
        return schema["enum"][0]
    samples = {"object": {}, "array": [], "integer": 0, "number": 0.5, "boolean": True, "string": "x"}
    return next((samples[kind] for kind in sorted(types) if kind in samples), {})


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _unknown_enum(draw: st.DrawFn, doc: Any, site: Site) -> Any:
    suffix = draw(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ_", min_size=1, max_size=10))
    value = "NEW_" + suffix
    return replaced(doc, site.path, value)


def _extra_field(draw: st.DrawFn, doc: Any, site: Site) -> Any:
    known = set(site.schema.get("properties", {})) | set(get(doc, site.path))
    key = draw(st.text(min_size=1, max_size=16).filter(lambda k: k not in known))
    value = draw(JSON_VALUES)
    result = copy.deepcopy(doc)
    get(result, site.path)[key] = value
    return result


def _number_as_string(draw: st.DrawFn, doc: Any, site: Site) -> Any:
    return replaced(doc, site.path, str(get(doc, site.path)))


MUTATIONS = (
    Mutation(
        "unknown_enum",
        must_parse=True,
        applies=lambda site, value: "enum" in site.schema and isinstance(value, str),
        apply=_unknown_enum,
    ),
    Mutation(
        "extra_field",
        must_parse=True,
        applies=lambda site, value: isinstance(value, dict) and site.schema.get("additionalProperties", True) is True,
        apply=_extra_field,
    ),
    Mutation(
        "drop_optional",
        must_parse=True,
        applies=lambda site, value: site.optional,
        apply=lambda draw, doc, site: removed(doc, site.path),
    ),
    Mutation(
        "null_optional",
        must_parse=False,
        applies=lambda site, value: site.optional and value is not None,
        apply=lambda draw, doc, site: replaced(doc, site.path, None),
    ),
    Mutation(
        "number_as_string",
        must_parse=False,
        applies=lambda site, value: _is_number(value) and bool(site.path),
        apply=_number_as_string,
    ),
)


@st.composite
def mutated(draw: st.DrawFn, documents: st.SearchStrategy[Any], schema: Schema, mutation: Mutation) -> tuple[Any, Path]:
    """A document of `schema` with `mutation` applied at one place (rejects documents without one),
    and the path of that place."""
    doc = draw(documents)
    candidates = [site for site in sites(schema, doc) if mutation.applies(site, get(doc, site.path))]
    if not candidates:
        reject()
    site = draw(st.sampled_from(candidates))
    return mutation.apply(draw, doc, site), site.path
