"""From a drift recording to a proposed change of the spec, as an OpenAPI Overlay 1.0 document
(https://spec.openapis.org/overlay/v1.0.0), and back: applying an overlay to the spec.

`propose` turns each entry into the change that makes the spec predict it, where one is safe:

- an unknown field: a new property (its type from the JSON types seen; an object's or array's
  inner keys and types from the entries below it), marked `x-hotmart-evidence: inferred`;
- an unknown enum value: appended to the enum;
- a type mismatch on a plain scalar: the type widened to a list (`[integer, string]`);
- a required field found absent: dropped from `required`;
- an undocumented status: a response (the `Error` body for a 4xx/5xx);
- an undocumented header: listed in the response's `headers`.

Everything else (a new event, a mismatch on a time, an amount, an enum or a nested model, a place
the spec does not have) is returned as a note for the maintainer, not guessed at.

`apply_overlay` applies the subset of Overlay 1.0 these proposals use (targets made of names,
`update` merging into an object or appending to an array, `remove`). `apply_overlay_to_text`
applies it to the YAML text of the spec and keeps the maintainer's layout and comments: only the
lines that change are rewritten (needs ruamel.yaml, in the `[generate]` extra).
"""

from __future__ import annotations

import copy
import difflib
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, MutableMapping, MutableSequence
from dataclasses import dataclass, field
from typing import Any

from ._drift import TRUNCATED
from .drift import OTHER_VALUES, DriftEntry

OVERLAY_VERSION = "1.0.0"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
Location = tuple[str, ...]  # keys from the document root
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_JSON_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")


class OverlayError(ValueError):
    """An overlay that cannot be applied: not Overlay 1.0, or a target that selects nothing."""


@dataclass
class Proposal:
    overlay: dict[str, Any]
    notes: list[str] = field(default_factory=list)  # entries turned into no action, and why

    @property
    def actions(self) -> list[dict[str, Any]]:
        actions: list[dict[str, Any]] = self.overlay["actions"]
        return actions


# --- where a recorded place is in the spec ----------------------------------------------------------


class _Spec:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.operations: dict[str, tuple[str, str]] = {}
        for path, item in (doc.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    self.operations[item[method].get("operationId", "")] = (path, method)

    def node(self, location: Location) -> Any:
        node: Any = self.doc
        for key in location:
            node = node.get(key) if isinstance(node, dict) else None
        return node

    def resolved(self, location: Location) -> Location | None:
        """`location`, or the component its `$ref` chain ends at; None where nothing is."""
        for _ in range(20):
            node = self.node(location)
            if not isinstance(node, dict):
                return None
            ref = node.get("$ref")
            if not isinstance(ref, str):
                return location
            if not ref.startswith("#/"):
                return None
            location = tuple(part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/"))
        return None

    def response(self, entry: DriftEntry) -> Location | None:
        """The response object of a REST entry's status (the component it refers to, if any)."""
        found = self.operations.get(entry.source)
        if found is None or entry.status is None:
            return None
        return self.resolved(("paths", *found, "responses", str(entry.status)))

    def body_schema(self, entry: DriftEntry) -> Location | None:
        if entry.channel == "webhook":
            start: Location | None = ("webhooks", entry.source, "post", "requestBody")
        else:
            start = self.response(entry)
        start = self.resolved(start) if start is not None else None
        if start is None:
            return None
        return self.resolved((*start, "content", "application/json", "schema"))

    def schema_at(self, entry: DriftEntry, pointer: str) -> Location | None:
        """The (resolved) schema describing the value at `pointer` of the entry's body."""
        location = self.body_schema(entry)
        for part in _parts(pointer):
            if location is None:
                return None
            step = (*location, "items") if part == "*" else (*location, "properties", part)
            location = self.resolved(step)
        return location

    def property_at(self, entry: DriftEntry, pointer: str) -> Location | None:
        """The property schema itself at `pointer` (not followed through its `$ref`)."""
        parent, _, key = pointer.rpartition("/")
        location = self.schema_at(entry, parent)
        if location is None:
            return None
        step = (*location, "items") if key == "*" else (*location, "properties", _unescape(key))
        return step if isinstance(self.node(step), dict) else None


def _parts(pointer: str) -> list[str]:
    return [_unescape(part) for part in pointer.split("/")[1:]] if pointer else []


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def jsonpath(location: Location) -> str:
    """An RFC 9535 JSONPath selecting `location` (names only: `$.a['b/c']`)."""
    text = "$"
    for key in location:
        if _NAME.fullmatch(key) and "-" not in key:
            text += f".{key}"
        else:
            text += "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return text


# --- the proposal --------------------------------------------------------------------------------------


@dataclass
class _Evidence:
    count: int = 0
    first: str = ""
    last: str = ""
    sources: set[str] = field(default_factory=set)

    def add(self, entry: DriftEntry) -> None:
        self.count += entry.count
        first, last = entry.first_seen.date().isoformat(), entry.last_seen.date().isoformat()
        self.first = min(self.first, first) if self.first else first
        self.last = max(self.last, last)
        self.sources.add(entry.source)

    def text(self) -> str:
        span = self.first if self.first == self.last else f"{self.first} to {self.last}"
        return f"seen {self.count} time(s) in {', '.join(sorted(self.sources))}, {span}"


def propose(entries: Iterable[DriftEntry], doc: dict[str, Any], *, title: str = "Drift seen in traffic") -> Proposal:
    """The Overlay that makes the spec `doc` predict `entries` (see the module doc), and notes."""
    changes = _Changes(_Spec(doc), [entry for entry in entries if entry.kind == "unknown_field"])
    for entry in entries:
        getattr(changes, entry.kind)(entry)
    overlay = {
        "overlay": OVERLAY_VERSION,
        "info": {"title": title, "version": "1.0.0"},
        "x-hotmart-generated-by": "hotmart spec drift: review every action before applying it",
        "actions": list(changes.actions(doc)),
    }
    return Proposal(overlay, changes.notes)


class _Changes:
    """What to change, by place in the spec (several sources can reach one component), one method
    per kind of entry; `notes` for the entries that get no action."""

    def __init__(self, spec: _Spec, unknown: list[DriftEntry]) -> None:
        self.spec = spec
        self.unknown = unknown
        self.notes: list[str] = []
        self.new_fields: dict[Location, dict[str, _NewField]] = defaultdict(dict)
        self.enum_values: dict[Location, dict[str, _Evidence]] = defaultdict(dict)
        self.retypes: dict[Location, tuple[set[str], _Evidence]] = {}
        self.unrequired: dict[Location, dict[str, _Evidence]] = defaultdict(dict)
        self.statuses: dict[Location, dict[int, _Evidence]] = defaultdict(dict)
        self.headers: dict[Location, dict[str, _Evidence]] = defaultdict(dict)

    def actions(self, doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield from _field_actions(self.new_fields)
        yield from _enum_actions(self.enum_values)
        yield from _retype_actions(self.retypes)
        yield from _required_actions(self.unrequired, self.spec)
        yield from _status_actions(self.statuses, doc)
        yield from _header_actions(self.headers)

    def unknown_field(self, entry: DriftEntry) -> None:
        parent, _, key = entry.pointer.rpartition("/")
        if any(_below(other.pointer, entry.pointer) for other in self.unknown if _same_place(other, entry)):
            return  # inside a new field: described with it
        location = self.spec.schema_at(entry, parent)
        if location is None:
            self.notes.append(f"{_where(entry)}: unknown field, but the spec has no schema at {parent or '/'}")
            return
        if key == "*":
            self.notes.append(
                f"{_where(entry)}: array elements of an unexpected type, or keys that are data (a map) "
                f"({entry.detail}): decide by hand"
            )
            return
        new = self.new_fields[location].setdefault(_unescape(key), _NewField())
        new.evidence.add(entry)
        new.types.add(entry.detail)
        new.below.update(
            (other.pointer[len(entry.pointer) :], other.detail)
            for other in self.unknown
            if _same_place(other, entry) and _below(entry.pointer, other.pointer)
        )

    def unknown_enum(self, entry: DriftEntry) -> None:
        location = self.spec.schema_at(entry, entry.pointer)
        schema = self.spec.node(location) if location else None
        if entry.detail == OTHER_VALUES or entry.detail.endswith(TRUNCATED):
            self.notes.append(f"{_where(entry)}: {entry.count} occurrence(s) of values not kept (too many or too long)")
        elif location is None or not isinstance(schema, dict) or not isinstance(schema.get("enum"), list):
            self.notes.append(f"{_where(entry)}: value {entry.detail!r}, but the spec has no enum there")
        elif entry.detail not in schema["enum"]:
            self.enum_values[location].setdefault(entry.detail, _Evidence()).add(entry)

    def type_mismatch(self, entry: DriftEntry) -> None:
        location = self.spec.property_at(entry, entry.pointer)
        schema = self.spec.node(location) if location else None
        reason = _why_not_widened(schema)
        if location is None or reason:
            self.notes.append(
                f"{_where(entry)}: a {entry.detail} was seen; {reason or 'the spec has no property there'}"
            )
            return
        assert location is not None
        types, evidence = self.retypes.setdefault(location, (set(_types_of(schema)), _Evidence()))
        types.add(entry.detail)
        evidence.add(entry)

    def missing_required(self, entry: DriftEntry) -> None:
        parent, _, key = entry.pointer.rpartition("/")
        location = self.spec.schema_at(entry, parent)
        schema = self.spec.node(location) if location else None
        required = schema.get("required") if isinstance(schema, dict) else None
        if location is None or not isinstance(required, list) or _unescape(key) not in required:
            self.notes.append(f"{_where(entry)}: absent, but the spec does not require it there")
            return
        self.unrequired[location].setdefault(_unescape(key), _Evidence()).add(entry)

    def undocumented_status(self, entry: DriftEntry) -> None:
        found = self.spec.operations.get(entry.source)
        if found is None or entry.status is None:
            self.notes.append(f"{_where(entry)}: status {entry.status}, but the spec has no operation {entry.source}")
            return
        self.statuses["paths", *found, "responses"].setdefault(entry.status, _Evidence()).add(entry)

    def undocumented_header(self, entry: DriftEntry) -> None:
        location = self.spec.response(entry)
        if location is None:
            self.notes.append(f"{_where(entry)}: header {entry.detail}, but the spec documents no such response")
            return
        self.headers[location].setdefault(entry.detail, _Evidence()).add(entry)

    def unknown_event(self, entry: DriftEntry) -> None:
        self.notes.append(f"{_where(entry)}: an event the spec does not describe: add it by hand, from Hotmart's page")


@dataclass
class _NewField:
    types: set[str] = field(default_factory=set)
    evidence: _Evidence = field(default_factory=_Evidence)
    below: set[tuple[str, str]] = field(default_factory=set)  # what was seen inside it (see _schema_of)


def _where(entry: DriftEntry) -> str:
    status = f" {entry.status}" if entry.status is not None else ""
    return f"{entry.source}{status} {entry.pointer or '(response)'}"


def _same_place(a: DriftEntry, b: DriftEntry) -> bool:
    return (a.channel, a.source, a.status) == (b.channel, b.source, b.status)


def _below(parent: str, pointer: str) -> bool:
    return pointer.startswith(parent + "/")


def _schema_of(types: set[str], below: set[tuple[str, str]]) -> dict[str, Any]:
    """A schema for a new field seen with JSON `types`; `below` holds what was seen inside it, as
    (pointer relative to the field, JSON type): ("/level", "integer"), ("/tags/*", "string")."""
    kinds = {"number" if kind == "integer" and "number" in types else kind for kind in types} - {"null"}
    schema: dict[str, Any] = {}
    if kinds:
        ordered = sorted(kinds & set(_JSON_TYPES)) + (["null"] if "null" in types else [])
        schema["type"] = ordered[0] if len(ordered) == 1 else ordered
    if "object" in kinds:
        schema["additionalProperties"] = True
        keys = sorted({rest[1:].split("/", 1)[0] for rest, _ in below} - {"*"})
        if keys:
            schema["properties"] = {_unescape(key): _schema_of(*_inside(below, f"/{key}")) for key in keys}
        value_types, value_below = _inside(below, "/*")
        if value_types and "array" not in kinds:  # a map keyed by data: the schema of its values
            schema["additionalProperties"] = _schema_of(value_types, value_below)
    if "array" in kinds:
        element_types, element_below = _inside(below, "/*")
        schema["items"] = _schema_of(element_types, element_below) if element_types else {}
    return schema


def _inside(below: set[tuple[str, str]], step: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The types seen at `step` of `below`, and what was seen below that."""
    types = {kind for rest, kind in below if rest == step}
    deeper = {(rest[len(step) :], kind) for rest, kind in below if rest.startswith(step + "/")}
    return types, deeper


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _inferred(evidence: _Evidence) -> dict[str, Any]:
    return {
        "x-hotmart-evidence": "inferred",
        "x-hotmart-evidence-reason": (
            f"Not in Hotmart's documentation: {evidence.text()} (recorded by hotmart spec drift)."
        ),
    }


def _field_actions(new_fields: dict[Location, dict[str, _NewField]]) -> Iterator[dict[str, Any]]:
    for location, fields in sorted(new_fields.items()):
        properties = {}
        for key, new in sorted(fields.items()):
            described = {"description": "Not described by Hotmart yet: describe it, or drop this action."}
            properties[key] = {**described, **_schema_of(new.types, new.below), **_inferred(new.evidence)}
        yield {
            "target": jsonpath(location),
            "description": "New field(s): "
            + "; ".join(f"{k} ({f.evidence.text()})" for k, f in sorted(fields.items())),
            "update": {"properties": properties},
        }


def _enum_actions(enum_values: dict[Location, dict[str, _Evidence]]) -> Iterator[dict[str, Any]]:
    for location, values in sorted(enum_values.items()):
        for value, evidence in sorted(values.items()):
            yield {
                "target": jsonpath((*location, "enum")),
                "description": f"New enum value {value} ({evidence.text()})",
                "update": value,
            }


def _types_of(schema: Any) -> list[str]:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return [kind] if isinstance(kind, str) else [str(k) for k in kind] if isinstance(kind, list) else []


def _why_not_widened(schema: Any) -> str:
    """Why a type mismatch at this property gets no action ('' when widening its type is safe)."""
    if not isinstance(schema, dict):
        return ""
    if "$ref" in schema:
        return f"the spec refers to {schema['$ref'].rsplit('/', 1)[-1]} there: decide by hand"
    if "x-hotmart-format" in schema or "enum" in schema:
        return "the property is read as a time, an amount or an enum: decide by hand"
    types = _types_of(schema)
    if not types or set(types) & {"object", "array"}:
        return "the spec gives it no plain scalar type: decide by hand"
    return ""


def _retype_actions(retypes: dict[Location, tuple[set[str], _Evidence]]) -> Iterator[dict[str, Any]]:
    for location, (types, evidence) in sorted(retypes.items()):
        kinds = sorted(types - {"null"}) + (["null"] if "null" in types else [])
        if "number" in kinds and "integer" in kinds:
            kinds.remove("integer")
        target = jsonpath(location)
        yield {"target": f"{target}.type", "description": f"Widened type ({evidence.text()})", "remove": True}
        yield {
            "target": target,
            "description": f"Widened type: {' or '.join(kinds)} ({evidence.text()})",
            "update": {"type": kinds},
        }


def _required_actions(unrequired: dict[Location, dict[str, _Evidence]], spec: _Spec) -> Iterator[dict[str, Any]]:
    for location, keys in sorted(unrequired.items()):
        required = [key for key in spec.node(location)["required"] if key not in keys]
        text = "; ".join(f"{key} ({evidence.text()})" for key, evidence in sorted(keys.items()))
        target = jsonpath(location)
        yield {"target": f"{target}.required", "description": f"Not required any more: {text}", "remove": True}
        if required:
            yield {
                "target": target,
                "description": f"Still required: {', '.join(required)}",
                "update": {"required": required},
            }


def _status_actions(statuses: dict[Location, dict[int, _Evidence]], doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    has_error = isinstance((doc.get("components") or {}).get("schemas", {}).get("Error"), dict)
    for location, codes in sorted(statuses.items()):
        responses = {}
        for code, evidence in sorted(codes.items()):
            response: dict[str, Any] = {"description": f"Not in Hotmart's documentation: {evidence.text()}."}
            if code >= 400 and has_error:
                response["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
            responses[str(code)] = response
        yield {
            "target": jsonpath(location),
            "description": "Undocumented status(es): " + ", ".join(map(str, sorted(codes))),
            "update": responses,
        }


def _header_actions(headers: dict[Location, dict[str, _Evidence]]) -> Iterator[dict[str, Any]]:
    for location, names in sorted(headers.items()):
        documented = {
            _header_name(name): {
                "description": f"Not in Hotmart's documentation: {evidence.text()}.",
                "schema": {"type": "string"},
            }
            for name, evidence in sorted(names.items())
        }
        yield {
            "target": jsonpath(location),
            "description": "Undocumented header(s): " + ", ".join(documented),
            "update": {"headers": documented},
        }


def _header_name(name: str) -> str:
    """`x-request-id` -> `X-Request-Id` (header names are case-insensitive; the spec capitalises)."""
    return "-".join(part[:1].upper() + part[1:] for part in name.split("-"))


# --- applying an overlay ---------------------------------------------------------------------------


_SEGMENT = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\['((?:[^'\\]|\\.)*)'\]|\[\"((?:[^\"\\]|\\.)*)\"\]")


def parse_target(target: str) -> Location:
    """The keys of a JSONPath made of names only (`$.a.b['c/d']`); OverlayError for anything else."""
    if not isinstance(target, str) or not target.startswith("$"):
        raise OverlayError(f"target {target!r} is not a JSONPath")
    keys: list[str] = []
    position = 1
    while position < len(target):
        match = _SEGMENT.match(target, position)
        if match is None:
            raise OverlayError(
                f"target {target!r}: only names (.name, ['name']) are supported here, at {target[position:]!r}"
            )
        name = match.group(1) or re.sub(r"\\(.)", r"\1", match.group(2) or match.group(3) or "")
        keys.append(name)
        position = match.end()
    return tuple(keys)


def apply_overlay(doc: MutableMapping[str, Any], overlay: Any) -> None:
    """Apply an Overlay 1.0 document to `doc` in place (plain dicts, or ruamel.yaml's round-trip
    nodes): each action in order; an `update` is merged into the object it targets (objects merged
    key by key, other values replaced) or appended to the array it targets; `remove` deletes the
    target from its parent. A target that selects nothing is an error."""
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1.0"):
        raise OverlayError("not an Overlay 1.0 document (its `overlay` field must be 1.0.x)")
    actions = overlay.get("actions")
    if not isinstance(actions, list):
        raise OverlayError("an overlay needs a list of `actions`")
    for number, action in enumerate(actions, start=1):
        if not isinstance(action, dict) or "target" not in action:
            raise OverlayError(f"action {number} has no target")
        keys = parse_target(action["target"])
        parent: Any = None
        node: Any = doc
        for key in keys:
            parent, node = node, _child(node, key)
            if node is _MISSING:
                raise OverlayError(f"action {number}: {action['target']} selects nothing in the spec")
        if action.get("remove") is True:
            if parent is None:
                raise OverlayError(f"action {number}: the document root cannot be removed")
            _delete(parent, keys[-1])
        elif "update" in action:
            update = action["update"]
            if isinstance(node, MutableSequence):
                node.append(copy.deepcopy(update))
            elif isinstance(node, MutableMapping) and isinstance(update, dict):
                _merge(node, update)
            else:
                raise OverlayError(f"action {number}: {action['target']} is neither an object nor an array to update")


_MISSING = object()


def _child(node: Any, key: str) -> Any:
    if isinstance(node, MutableMapping):
        return node.get(key, _MISSING)
    if isinstance(node, MutableSequence) and key.isdigit() and int(key) < len(node):
        return node[int(key)]
    return _MISSING


def _delete(parent: Any, key: str) -> None:
    if isinstance(parent, MutableMapping):
        del parent[key]
    else:
        del parent[int(key)]


def _merge(target: MutableMapping[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), MutableMapping):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


class LayoutError(OverlayError):
    """The change cannot be placed in the spec's own layout (edit it by hand from the applied copy)."""


def apply_overlay_to_text(text: str, overlay: Any) -> str:
    """The YAML `text` with `overlay` applied, in the text's own layout: ruamel.yaml applies it to a
    round-trip copy, and only the lines that differ between that copy before and after are carried
    into `text` (the copy's layout differs from a hand-kept file in places, e.g. the indentation of
    some lists, which would otherwise be rewritten too)."""
    yaml = _round_trip()
    doc = yaml.load(text)
    before = _dump(yaml, doc)
    apply_overlay(doc, overlay)
    after = _dump(yaml, doc)
    return _carry_over(text, before, after)


def _round_trip() -> Any:
    try:
        from ruamel.yaml import YAML  # noqa: PLC0415 - only this needs it ([generate] extra)
    except ModuleNotFoundError:
        raise OverlayError(
            "applying an overlay to the spec needs ruamel.yaml: pip install 'hotmart-client[generate]'"
        ) from None
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold long lines
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _dump(yaml: Any, doc: Any) -> str:
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


def _carry_over(original: str, before: str, after: str) -> str:
    kept = original.splitlines(keepends=True)
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    # Line of `before` -> the same line of `original`, where both layouts agree.
    same: dict[int, int] = {}
    for tag, i1, i2, j1, _ in difflib.SequenceMatcher(None, old, kept, autojunk=False).get_opcodes():
        if tag == "equal":
            same.update((i1 + offset, j1 + offset) for offset in range(i2 - i1))
    changes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(changes):  # from the end: earlier positions stay valid
        if tag == "equal":
            continue
        if i1 < i2:
            start = same.get(i1, -1)
            if start < 0 or any(same.get(index) != start + index - i1 for index in range(i1, i2)):
                raise LayoutError(f"lines {i1 + 1}-{i2} of the spec are laid out differently from ruamel.yaml's")
            end = start + i2 - i1
        elif i1 in same:
            start = end = same[i1]
        elif i1 - 1 in same:
            start = end = same[i1 - 1] + 1
        else:
            raise LayoutError(f"line {i1 + 1} of the spec is laid out differently from ruamel.yaml's")
        kept[start:end] = new[j1:j2]
    return "".join(kept)
