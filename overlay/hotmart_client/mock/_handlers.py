"""What an operation does, decided from its shape in the spec rather than from a route table.

- A GET returning a page or an array lists a collection: path parameters that are not item fields
  select a scope (the coupons of one product), the other parameters filter.
- Any other GET answers its example with varied values, echoing request values into same-named fields.
- DELETE (or a `delete_*`/`remove_*` method) removes the items its path parameters identify.
- A `create_*`/`add_*` method adds an item built from the request body to its area's collection.
- Other writes change the identified items (path parameters, or arrays in the body for bulk calls):
  the item's status enum takes the status the operation's `x-hotmart-effect` names (`cancel` ->
  CANCELLED_BY_SELLER), else the one the spec's example answer shows, else the enum value named
  after the verb (`refund` -> REFUNDED); body fields named like item fields are copied in.
- Reads apply what Hotmart assumes for absent parameters (`x-hotmart-default`): a sales listing
  without `transaction_status` returns only APPROVED and COMPLETE sales, a subscription listing
  without `accession_date` only the subscriptions of the last 30 days before the mock's today.
"""

from __future__ import annotations

import copy
import functools
import importlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from ._data import Collection, Entry, Store, collection_of, first_timestamp, get_path, set_path
from ._derive import Deriver
from ._match import match_field, tokens
from ._query import (
    DEFAULT_PAGE_SIZE,
    Bounds,
    InvalidParameter,
    Plan,
    apply_filters,
    decode_token,
    normalise,
    paginate,
    plan_for,
    query_digest,
    with_defaults,
)
from ._spec import FieldInfo, MockSpec, SpecOperation, ref_name
from ._synth import digest

CREATE_VERBS = frozenset({"create", "add", "new"})
DELETE_VERBS = frozenset({"delete", "remove"})
MISSING: Any = object()  # no request body at all (distinct from a JSON null)

Identifiers = list[tuple[str, list[Any]]]

# jsonschema ships no type information and its stubs are not a dependency: the two calls used here
# are typed by this protocol instead.
_jsonschema: Any = importlib.import_module("jsonschema")


class _Validator(Protocol):
    def iter_errors(self, instance: Any) -> Iterator[Any]: ...


class NotFound(Exception):
    """Answered as Hotmart's 404 `not_found`."""


@dataclass(frozen=True)
class Result:
    status: int
    body: Any  # JSON value, or None for an empty body


class Behaviour:
    def __init__(
        self,
        spec: MockSpec,
        store: Store,
        *,
        today_millis: int,
        max_page_size: int,
        bounds: Bounds = Bounds(),  # noqa: B008 - frozen
        offset_tokens: bool = False,
    ) -> None:
        self.spec = spec
        self.store = store
        self.today_millis = today_millis  # the mock's "now", for Hotmart's relative defaults
        self.max_page_size = max_page_size
        self.bounds = bounds
        self.offset_tokens = offset_tokens
        self.collections = store.collections
        self.derived = Deriver(store, today_millis=today_millis)
        self._plans: dict[tuple[str, str], Plan] = {}
        self._validators: dict[str, _Validator] = {}
        # Lists that only exist inside a scope (a Members Area's students) cannot confirm a parent id.
        self.scoped = {
            coll.name
            for op in spec.operations
            if op.is_read and (coll := collection_of(spec, self.collections, op)) and self.plan(op, coll).scope
        }
        store.example_scopes = frozenset(self._example_scopes())

    def _example_scopes(self) -> Iterator[tuple[str, tuple[tuple[str, str], ...]]]:
        """The scoped lists the spec's example requests read: the example items belong there."""
        for op in self.spec.operations:
            collection = collection_of(self.spec, self.collections, op) if op.is_read else None
            if collection is None or self.derived.is_derived(collection):
                continue
            ignored = self.derived.scope_ignores(collection)
            params = [p for p in self.plan(op, collection).scope if p.name not in ignored]
            if params and all(p.example is not None for p in params):
                yield collection.name, tuple(sorted((p.name, normalise(p.example)) for p in params))

    def plan(self, op: SpecOperation, collection: Collection) -> Plan:
        key = (op.operation_id, collection.name)
        if key not in self._plans:
            self._plans[key] = plan_for(op, collection)
        return self._plans[key]

    def handle(self, op: SpecOperation, values: dict[str, Any], body: Any) -> Result:
        if op.is_read:
            return Result(op.success_status, self.read(op, values))
        self.validate_body(op, body)
        verb = tokens(op.method_name)[0] if tokens(op.method_name) else ""
        if op.method == "DELETE" or verb in DELETE_VERBS:
            return self.delete(op, values)
        if verb in CREATE_VERBS:
            return self.create(op, values, body if isinstance(body, dict) else {})
        return self.change(op, verb, values, body)

    # -- reads --------------------------------------------------------------------------------

    def read(self, op: SpecOperation, values: dict[str, Any]) -> Any:
        collection = collection_of(self.spec, self.collections, op)
        if collection is None:
            try:
                answer = self.derived.answer(ref_name(op.response_schema), values)
            except LookupError as exc:
                raise NotFound(str(exc)) from None
            return self.synthesized(op, values) if answer is None else answer
        source = self.derived.source(collection)
        if source is not None:
            return self.read_derived(op, collection, source, values)
        plan = self.plan(op, collection)
        self.check_parents(op, values)
        ignored = self.derived.scope_ignores(collection)
        selecting = [p for p in plan.scope if p.name in values and p.name not in ignored]
        scope = tuple(sorted((p.name, normalise(values[p.name])) for p in selecting))
        by_path = any(p.location == "path" for p in plan.scope)
        effective = with_defaults(op, values, self.today_millis)
        entries = self.store.entries(collection, scope, by_path=by_path)
        matched = apply_filters(entries, plan.filters, effective, self.bounds)
        render = self.derived.patcher(collection, scope) or _stored
        if op.pagination is None:
            return [render(e) for e in matched]
        return self.page(op, plan, matched, values, render)

    def read_derived(
        self, op: SpecOperation, collection: Collection, source: Collection, values: dict[str, Any]
    ) -> Any:
        """An answer built from the source list's items (see `_derive`)."""
        effective = with_defaults(op, values, self.today_millis)
        render: Callable[[Entry], Any] = _stored
        if self.derived.kind(collection) == "expand":
            plan = self.plan(op, collection)
            matched = apply_filters(self.expanded(op, collection, source, values), plan.filters, effective, self.bounds)
        else:
            plan = self.plan(op, source)
            matched = apply_filters(self.store.entries(source), plan.filters, effective, self.bounds)
            for param in op.params:
                extra = self.derived.extra_filter(collection, param.name)
                if extra is not None and param.name in effective:
                    matched = [e for e in matched if extra(e, effective[param.name])]
            if self.derived.kind(collection) == "group":
                grouped = self.derived.group(collection, matched)
                matched = [Entry((0, position), item) for position, item in enumerate(grouped)]
            else:
                render = functools.partial(self.derived.item, collection)
        if op.pagination is None:
            return [render(e) for e in matched]
        return self.page(op, plan, matched, values, render)

    def expanded(
        self, op: SpecOperation, collection: Collection, source: Collection, values: dict[str, Any]
    ) -> list[Entry]:
        """The items of an `expand` rule: of the source item the path names (a subscription's
        purchases, 404 when there is none), else of every source item."""
        parents = [f for f in self.plan(op, source).filters if op.param(f.param) in op.path_params]
        if not parents:
            return self.derived.expand_all(collection, source)
        chosen = apply_filters(self.store.entries(source), parents, values)
        if not chosen:
            named = ", ".join(f"{f.field.dotted} '{values.get(f.param)}'" for f in parents)
            raise NotFound(f"No {source.name} with {named}.")
        return self.derived.expand(collection, chosen)

    def items(self, collection: Collection) -> list[dict[str, Any]]:
        """Every current item of an unscoped list, as its listing would serve it without filters."""
        source = self.derived.source(collection)
        if source is None:
            return [e.item for e in self.store.entries(collection)]
        entries = self.store.entries(source)
        kind = self.derived.kind(collection)
        if kind == "group":
            return self.derived.group(collection, entries)
        if kind == "expand":
            return [e.item for e in self.derived.expand_all(collection, source)]
        return [self.derived.item(collection, e) for e in entries]

    def page(
        self,
        op: SpecOperation,
        plan: Plan,
        matched: list[Entry],
        values: dict[str, Any],
        render: Callable[[Entry], Any] | None = None,
    ) -> dict[str, Any]:
        assert op.pagination is not None
        render = render or _stored
        asked = values.get(plan.page_size.name) if plan.page_size else None
        # Hotmart documents no ceiling; the mock caps large pages instead of refusing them.
        size = min(asked or DEFAULT_PAGE_SIZE, self.max_page_size)
        fingerprint = query_digest(values, [plan.page_token or "", plan.page_size.name if plan.page_size else ""])
        position = None
        if plan.page_token and plan.page_token in values:
            position = decode_token(plan.page_token, values[plan.page_token], fingerprint)
        page = paginate(matched, size, position)
        next_token, prev_token = page.tokens(fingerprint, offsets=self.offset_tokens)
        body: dict[str, Any] = {op.pagination["items"]: [render(e) for e in page.entries]}
        next_path = tuple(op.pagination["next_token"].split("."))
        info_props = self._properties(op.response_schema, next_path[:-1])
        info: dict[str, Any] = {}
        if "total_results" in info_props:
            info["total_results"] = page.total
        if "results_per_page" in info_props:
            info["results_per_page"] = len(page.entries)
        if prev_token is not None and "prev_page_token" in info_props:
            info["prev_page_token"] = prev_token
        if info and len(next_path) > 1:
            set_path(body, next_path[:-1], info)
        if next_token is not None:
            set_path(body, next_path, next_token)
        return body

    def _properties(self, schema: Any, path: tuple[str, ...]) -> dict[str, Any]:
        node = self.spec.resolve(schema or {})
        for key in path:
            node = self.spec.resolve(node.get("properties", {}).get(key, {}))
        properties: dict[str, Any] = node.get("properties", {})
        return properties

    def synthesized(self, op: SpecOperation, values: Mapping[str, Any], echo: Mapping[str, Any] | None = None) -> Any:
        """The example answer with varied values (stable per request), echoing request values."""
        if op.response_schema is None:
            return None
        if op.response_example is None:
            return {}
        request = json.dumps({**values, **(echo or {})}, sort_keys=True, default=str)
        index = digest(self.store.seed, op.operation_id, request) % 1_000_000
        fields = list(self.spec.leaf_fields(op.response_schema))
        main = first_timestamp(fields, op.response_example)
        primary = main.path if main else None
        made = self.store.synth.item(
            op.operation_id,
            entity=None,
            schema=op.response_schema,
            examples=[op.response_example],
            index=index,
            primary=primary,
        )
        if isinstance(made, dict):
            for name, value in {**values, **(echo or {})}.items():
                field = match_field(name, fields, strict=True)
                if field is not None and isinstance(value, str | int | float | bool):
                    set_path(made, field.path, value)
        return made

    def check_parents(self, op: SpecOperation, values: Mapping[str, Any]) -> None:
        """404 when a path parameter names a parent that its own list does not have (`product_id`)."""
        for param in op.path_params:
            words = tokens(param.name)
            if len(words) < 2 or param.name not in values:
                continue
            for owner in self.collections.values():
                if owner.name in self.scoped or list(owner.entity[-(len(words) - 1) :]) != words[:-1]:
                    continue
                field = match_field(param.name, owner.fields, entity=owner.entity)
                if field is None:
                    continue
                wanted = normalise(values[param.name])
                if not any(normalise(get_path(e.item, field.path)) == wanted for e in self.store.entries(owner)):
                    raise NotFound(f"No {owner.name} with {field.dotted} '{values[param.name]}'.")

    # -- writes -------------------------------------------------------------------------------

    def validate_body(self, op: SpecOperation, body: Any) -> None:
        if op.body_schema is None:
            return
        if body is MISSING:
            if op.body_required:
                raise InvalidParameter("The request body is required.")
            return
        if op.operation_id not in self._validators:
            # Validating against the whole spec as root resolves its `#/components/...` references.
            self._validators[op.operation_id] = _jsonschema.Draft202012Validator(
                {**op.body_schema, "components": self.spec.components}
            )
        error = _jsonschema.exceptions.best_match(self._validators[op.operation_id].iter_errors(body))
        if error is not None:
            where = ".".join(str(p) for p in error.absolute_path) or "body"
            raise InvalidParameter(f"Invalid request body at {where}: {error.message}")

    def delete(self, op: SpecOperation, values: dict[str, Any]) -> Result:
        ids = self.identifiers(op, values, None)
        removed = 0
        for collection, fields in self.targets(op, ids):
            for entries, entry in list(self.find(collection, fields, ids)):
                self.store.remove(entries, entry)
                removed += 1
        if not removed:
            raise NotFound(_missing_message(ids))
        return Result(op.success_status, self.synthesized(op, values))

    def create(self, op: SpecOperation, values: dict[str, Any], body: dict[str, Any]) -> Result:
        candidates = [c for c in self.collections.values() if c.tag == op.tag]
        if not candidates:  # nothing to store (a negotiation): answer the example, echoing the request
            return Result(op.success_status, self.synthesized(op, values, body))
        collection = max(candidates, key=lambda c: sum(1 for k in body if self._strict(k, c)))
        self.check_parents(op, values)
        scope_params = [p for p in op.path_params if match_field(p.name, collection.fields) is None]
        scope = tuple(sorted((p.name, normalise(values[p.name])) for p in scope_params))
        _, entry = self.store.create(collection, scope)
        for name, value in {**values, **body}.items():
            field = self._strict(name, collection)
            if field is not None and not isinstance(value, dict | list):
                set_path(entry.item, field.path, value)
        return Result(op.success_status, self.synthesized(op, values, body))

    def change(self, op: SpecOperation, verb: str, values: dict[str, Any], body: Any) -> Result:
        ids = self.identifiers(op, values, body)
        bulk = isinstance(body, dict) and any(name in body for name, _ in ids)
        targets = self.targets(op, ids) if ids else []
        updates = {k: v for k, v in (body if isinstance(body, dict) else {}).items() if not isinstance(v, list)}
        hint = op.effect.get("status", _find_key(op.response_example, "status"))
        changed: list[dict[str, Any]] = []
        refused: list[dict[str, Any]] = []
        found: set[str] = set()
        for position, (collection, fields) in enumerate(targets):
            status = self._status_field(collection)
            new_status = self._new_status(status, verb, hint) if status else None
            for entries, entry in list(self.find(collection, fields, ids)):
                found.update(normalise(get_path(entry.item, f.path)) for f in fields)
                if bulk and status and new_status and get_path(entry.item, status.path) == new_status:
                    refused += [entry.item] if position == 0 else []
                    continue
                item = copy.deepcopy(entry.item)
                if status and new_status:
                    set_path(item, status.path, new_status)
                for name, value in updates.items():
                    field = self._strict(name, collection)
                    if field is not None:
                        set_path(item, field.path, value)
                self.store.replace(entries, entry, item)
                changed += [item] if position == 0 else []
        missing = [value for _, given in ids for value in given if normalise(value) not in found]
        if missing and not bulk:
            raise NotFound(_missing_message(ids))
        primary = targets[0][0] if targets else None
        return Result(
            op.success_status,
            self.change_answer(
                op, values=values, collection=primary, changed=changed, refused=refused, missing=missing, ids=ids
            ),
        )

    def change_answer(
        self,
        op: SpecOperation,
        *,
        values: dict[str, Any],
        collection: Collection | None,
        changed: list[dict[str, Any]],
        refused: list[dict[str, Any]],
        missing: list[Any],
        ids: Identifiers,
    ) -> Any:
        """The example answer, filled with the changed items (bulk: successes, then failures)."""
        made = self.synthesized(op, values)
        if not isinstance(made, dict) or collection is None:
            return made
        lists = [k for k, v in (op.response_example or {}).items() if isinstance(v, list)]
        if not lists:
            spec_answer = op.response_example if isinstance(op.response_example, dict) else {}
            return self._project(made, changed[0], collection, op, spec_answer) if changed else made
        success_template = _first_dict(made.get(lists[0])) or _first_dict(op.response_example.get(lists[0])) or {}
        spec_success = _first_dict(op.response_example.get(lists[0])) or {}
        made[lists[0]] = [self._project(success_template, item, collection, op, spec_success) for item in changed]
        if len(lists) > 1:
            fail_template = _first_dict(made.get(lists[1])) or success_template
            spec_failure = _first_dict(op.response_example.get(lists[1])) or spec_success
            failures = [self._project(fail_template, item, collection, op, spec_failure) for item in refused]
            id_name = ids[0][0] if ids else ""
            # An unknown code has no item to describe: keep only the template's own keys (`error`).
            bare = {k: v for k, v in fail_template.items() if self._strict(k, collection) is None}
            failures += [{id_name: value, **copy.deepcopy(bare)} for value in missing]
            made[lists[1]] = failures
        return made

    def _project(
        self,
        template: dict[str, Any],
        item: dict[str, Any],
        collection: Collection,
        op: SpecOperation,
        spec_answer: dict[str, Any],
    ) -> dict[str, Any]:
        out = copy.deepcopy(template)
        for key, value in template.items():
            if key in op.effect:
                # The answer reports it in its own terms, as the spec's example does: a cancelled
                # subscription is listed CANCELLED_BY_SELLER but the cancel answer says INACTIVE.
                out[key] = spec_answer.get(key, value)
                continue
            field = self._strict(key, collection)
            if field is not None and not isinstance(value, dict | list):
                current = get_path(item, field.path)
                # Same name, same type only: these answers write dates as text, the lists as millis.
                if current is not None and type(current) is type(value):
                    out[key] = current
        return out

    # -- helpers ------------------------------------------------------------------------------

    def _strict(self, name: str, collection: Collection) -> FieldInfo | None:
        return match_field(name, collection.fields, entity=collection.entity, strict=True)

    @staticmethod
    def identifiers(op: SpecOperation, values: Mapping[str, Any], body: Any) -> Identifiers:
        """Path parameters, plus arrays of codes in the body (bulk calls)."""
        found: Identifiers = [(p.name, [values[p.name]]) for p in op.path_params if p.name in values]
        if isinstance(body, dict):
            for name, value in body.items():
                if isinstance(value, list) and value and all(isinstance(v, str | int) for v in value):
                    found.append((name, list(value)))
        return found

    def targets(self, op: SpecOperation, ids: Identifiers) -> list[tuple[Collection, list[FieldInfo]]]:
        """Collections whose items have a field for every identifier; the operation's area first."""
        found = []
        for collection in sorted(self.collections.values(), key=lambda c: c.tag != op.tag):
            if self.derived.is_derived(collection):
                continue  # built from its source list, which the write changes
            fields = [match_field(name, collection.fields, entity=collection.entity) for name, _ in ids]
            if ids and all(f is not None for f in fields):
                found.append((collection, [f for f in fields if f is not None]))
        same_area = [t for t in found if t[0].tag == op.tag]
        return same_area or found

    def find(
        self, collection: Collection, fields: list[FieldInfo], ids: Identifiers
    ) -> Iterator[tuple[list[Entry], Entry]]:
        wanted = [{normalise(v) for v in given} for _, given in ids]
        for _, entries in self.store.scopes(collection):
            for entry in list(entries):
                if all(normalise(get_path(entry.item, f.path)) in w for f, w in zip(fields, wanted, strict=True)):
                    yield entries, entry

    def _status_field(self, collection: Collection) -> FieldInfo | None:
        candidates = [f for f in collection.fields if f.path[-1] == "status" and f.enum_name]
        return min(candidates, key=lambda f: len(f.path), default=None)

    def _new_status(self, field: FieldInfo, verb: str, hint: Any) -> str | None:
        assert field.enum_name is not None
        allowed = [str(v) for v in self.spec.schema(field.enum_name).get("enum", [])]
        if isinstance(hint, str) and hint in allowed:
            return hint
        forms = [verb.upper()] + ([verb[2:].upper()] if verb.startswith("re") else [])
        best: tuple[int, int, str] | None = None
        for value in allowed:
            shared = max(_common_prefix(form, value) for form in forms)
            if shared >= 4 and (best is None or (shared, -len(value)) > best[:2]):
                best = (shared, -len(value), value)
        return best[2] if best else None


def _stored(entry: Entry) -> Any:
    return entry.item


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _find_key(node: Any, key: str) -> Any:
    """The first value under `key` anywhere in an example (depth first)."""
    if isinstance(node, dict):
        if key in node:
            return node[key]
        children: list[Any] = list(node.values())
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _find_key(child, key)
        if found is not None:
            return found
    return None


def _first_dict(value: Any) -> dict[str, Any] | None:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return dict(value[0])
    return None


def _missing_message(ids: Identifiers) -> str:
    described = ", ".join(f"{name} {', '.join(str(v) for v in given)}" for name, given in ids)
    return f"Resource not found: {described}." if described else "Resource not found."
