"""The checks every answer gets, besides the drift recorder's (which the client runs itself):

- its content type against the documented media type;
- its body against the JSON Schema the spec documents for its status (jsonschema, draft 2020-12:
  OpenAPI 3.1's schemas are JSON Schema), every item of it;
- a typed read of every field against the raw JSON (`hotmart_client._readback`), every item too.

A finding is placed by the spec's own names (a JSON Pointer built from the schema path, with `*`
for list indexes and `{key}` for the keys of a map), so no key or value of the payload reaches it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

from .._drift import enum_detail, escape, json_type
from .._readback import mismatches
from ..mock._spec import MockSpec
from ._drive import NO_BODY, NOT_JSON, Answer
from ._model import Finding
from ._plan import Step, raw_operation

_SKIPPED_PAIR = frozenset({"anyOf", "oneOf", "allOf", "dependentSchemas", "$defs", "definitions"})
_SKIPPED = frozenset({"$ref", "$dynamicRef", "if", "then", "else", "not", "unevaluatedProperties"})


class Checker:
    """Validators built once per (operation, status) and the checks of one answer."""

    def __init__(self, spec: MockSpec) -> None:
        self.spec = spec
        self._validators: dict[tuple[str, int], Any] = {}
        self._jsonschema: Any = None

    def check(self, step: Step, answer: Answer) -> Iterator[Finding]:
        if answer.status is None:
            return
        media = self._documented(step, answer.status)
        if answer.body is NOT_JSON or (media is not None and answer.body is not NO_BODY and not _is_json(answer)):
            kind = answer.content_type or "(none)"
            yield Finding("status", "content_type", "", kind, f"a {kind} body where the spec documents JSON")
            return
        if answer.body is NO_BODY or media is None:
            return
        validator = self._validator(step, answer.status, media)
        if validator is not None:
            for error in validator.iter_errors(answer.body):
                yield from _schema_findings(error, answer.status)
        if answer.ok and answer.model is not None:
            yield from _readback_findings(answer)

    def _documented(self, step: Step, status: int) -> dict[str, Any] | None:
        """The documented JSON media object of `status` (or its `4XX`/`default`), if any."""
        responses = raw_operation(self.spec, step.spec).get("responses") or {}
        node = responses.get(str(status)) or responses.get(f"{status // 100}XX") or responses.get("default")
        if node is None:
            return None
        content = (self.spec.resolve(node).get("content") or {}).get("application/json")
        return content if isinstance(content, dict) else None

    def _validator(self, step: Step, status: int, media: dict[str, Any]) -> Any:
        key = (step.operation_id, status)
        if key not in self._validators:
            schema = media.get("schema")
            if self._jsonschema is None:
                self._jsonschema = importlib.import_module("jsonschema")
            # References inlined (jsonschema resolves each one on every use, which costs more than
            # the validation); the components stay at the root for the cyclic ones left as refs.
            self._validators[key] = (
                None
                if schema is None
                else self._jsonschema.Draft202012Validator(
                    {**inline(schema, self.spec.components), "components": self.spec.components}
                )
            )
        return self._validators[key]


def inline(node: Any, components: dict[str, Any], stack: tuple[str, ...] = ()) -> Any:
    """`node` with its `#/components/...` references replaced by what they name (a reference
    inside its own target is kept, and resolved by the validator)."""
    if isinstance(node, list):
        return [inline(child, components, stack) for child in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/") and ref not in stack:
        section, name = ref.split("/")[-2:]
        target = inline(components[section][name], components, (*stack, ref))
        rest = {key: value for key, value in node.items() if key != "$ref"}
        return target if not rest else {"allOf": [target, inline(rest, components, stack)]}
    return {key: inline(value, components, stack) for key, value in node.items()}


def _is_json(answer: Answer) -> bool:
    kind = answer.content_type
    return kind == "application/json" or kind.endswith("+json")


def place(schema_path: Any) -> str:
    """The JSON Pointer of a validation error, from its schema path (property names come from the
    spec; list indexes become `*`, keys of a map `{key}`)."""
    parts: list[str] = []
    path = list(schema_path)[:-1]  # the last element is the failing keyword
    index = 0
    while index < len(path):
        key = str(path[index])
        if key == "properties" and index + 1 < len(path):
            parts.append(escape(str(path[index + 1])))
            index += 2
            continue
        if key in ("items", "additionalItems", "contains"):
            parts.append("*")
        elif key == "prefixItems":
            parts.append("*")
            index += 1
        elif key in ("additionalProperties", "patternProperties"):
            parts.append("{key}")
            index += 1 if key == "patternProperties" else 0
        elif key in _SKIPPED_PAIR:
            index += 1
        index += 1
    return "".join(f"/{part}" for part in parts)


def _schema_findings(error: Any, status: int) -> Iterator[Finding]:
    at = place(error.absolute_schema_path)
    keyword = str(error.validator)
    instance = error.instance
    if keyword == "type":
        expected = error.validator_value
        wanted = " or ".join(expected) if isinstance(expected, list) else str(expected)
        seen = json_type(instance)
        yield Finding("schema", "type_mismatch", at, seen, f"a {seen} where the spec says {wanted}", status=status)
    elif keyword in ("enum", "const"):
        value = enum_detail(instance) if isinstance(instance, str) else json_type(instance)
        yield Finding("schema", "unknown_enum", at, value, "a value the spec's enum does not list", status=status)
    elif keyword == "required" and isinstance(instance, dict):
        for name in error.validator_value:
            if name not in instance:
                yield Finding("schema", "missing_required", f"{at}/{escape(str(name))}", "", "absent, but required",
                              status=status)  # fmt: skip
    else:
        yield Finding("schema", "constraint", at, keyword, f"breaks the spec's `{keyword}`", status=status)


def _readback_findings(answer: Answer) -> Iterator[Finding]:
    for found in mismatches(answer.model, answer.body):
        if found.problem == "unknown_field":
            continue  # the drift recorder reports it, with what is inside it
        yield Finding(
            "readback", found.problem, found.pointer, json_type(found.raw), found.message, status=answer.status
        )
