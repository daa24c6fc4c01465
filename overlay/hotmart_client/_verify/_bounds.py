"""Is a listing's time window inclusive at each end? Measured read-only, from one item.

From an item at an exact millisecond `t` of the time field the window bounds (the one the spec's
window names in `field`, else the one named like the window, else the item's times in its own
order, else the time another listing gives the same item: a sale's participants take their sale's
time from the history), a window `t-1..t+1` must
hold it and `t+1..t+2` must not (else that field is not the one bounded); then `t-1..t` holds it
only if the end is inclusive, and `t..t+1` only if the start is.
"""

from __future__ import annotations

from typing import Any

from ._drive import Walk
from ._plan import Step
from ._run import Page, Run, field_of, identities, identity, items_of


def _time_fields(run: Run, step: Step, item: dict[str, Any]) -> list[str]:
    """Candidate fields the window bounds: the spec's `field` (its claim, checked first), the one
    named like the window, then the item's times in its own order."""
    assert step.window is not None
    schema = run.spec.items_schema(step.spec)
    known = [info.dotted for info in run.spec.leaf_fields(schema) if info.is_timestamp] if schema else []
    claimed = ((step.spec.pagination or {}).get("window") or {}).get("field")
    core = step.window[0].replace("start_", "").replace("_start", "")
    named = [dotted for dotted in known if dotted == claimed or dotted.rsplit(".", 1)[-1] == core]
    named.sort(key=lambda dotted: dotted != claimed)
    in_item = [dotted for dotted in _int_leaves(item) if dotted in known]
    return list(dict.fromkeys([*named, *in_item]))[:3]


def _int_leaves(item: Any, prefix: str = "") -> list[str]:
    found: list[str] = []
    if isinstance(item, dict):
        for key, value in item.items():
            dotted = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, int) and not isinstance(value, bool):
                found.append(dotted)
            else:
                found.extend(_int_leaves(value, dotted))
    return found


def end_bound(run: Run, step: Step, first: Page) -> Walk[dict[str, Any]]:
    assert step.window is not None
    start, end = step.window
    result: dict[str, Any] = {"start": "undetermined", "end": "undetermined", "field": None}
    run.reports[step.operation_id].measurements["end_bound"] = result
    run.behaviours["end_bound"][step.operation_id] = result
    item = first.items[0]
    wanted = identity(step, item)
    candidates = _times(run, step, item)
    result["reason"] = "the window bounds none of the item's time fields"
    if not candidates:
        result["reason"] = "its items hold no time field to place a window around"
    for label, at in candidates:

        def holds(low: int, high: int, purpose: str) -> Walk[bool | None]:
            return _holds(run, step, {**first.args, start: low, end: high}, wanted, purpose)

        inside = yield from holds(at - 1, at + 1, "window around an item")
        outside = yield from holds(at + 1, at + 2, "window after an item")
        if inside is None or outside is None:
            result["reason"] = "a window around an item was not answered"
            return result
        if not inside or outside:
            continue  # the window does not bound this field
        result.pop("reason")
        result["field"] = label
        result["end"] = _inclusive((yield from holds(at - 1, at, "window ending at an item")))
        result["start"] = _inclusive((yield from holds(at, at + 1, "window starting at an item")))
        return result
    return result


def _times(run: Run, step: Step, item: Any) -> list[tuple[str, int]]:
    """(field, millisecond) candidates for the time the window bounds: the item's own time fields,
    then, for an item without one, the time another listing gives the same item (the sales
    participants of a sale: its `transaction` in the sales history, whose bounded time is known)."""
    found = [(dotted, field_of(item, dotted)) for dotted in _time_fields(run, step, item)]
    for label in _borrowed_labels(run, step):
        found.append((label, time_of(run, step, item, label)))
    return [(label, at) for label, at in found if isinstance(at, int) and not isinstance(at, bool)][:3]


def _borrowed_labels(run: Run, step: Step) -> list[str]:
    labels = []
    for other, result in run.behaviours["end_bound"].items():
        if other != step.operation_id and result.get("field") and ":" not in result["field"]:
            labels.append(f"{other}:{result['field']}")
    return labels


def time_of(run: Run, step: Step, item: Any, label: str) -> Any:
    """The time `label` names for `item`: a field of its own, or `operation:field` of the item of
    that listing with the same key (the last part of a primary key field, e.g. `transaction`)."""
    if ":" not in label:
        return field_of(item, label)
    other, dotted = label.split(":", 1)
    other_step = run.steps[other]
    for mine in step.primary_key:
        for theirs in other_step.primary_key:
            key = field_of(item, mine)
            if key is None or mine.rsplit(".", 1)[-1] != theirs.rsplit(".", 1)[-1]:
                continue
            for their_item, _ in run.items.get(other, ()):
                if field_of(their_item, theirs) == key:
                    return field_of(their_item, dotted)
    return None


def _inclusive(held: bool | None) -> str:
    return "undetermined" if held is None else "inclusive" if held else "exclusive"


def _holds(run: Run, step: Step, args: dict[str, Any], wanted: str, purpose: str) -> Walk[bool | None]:
    """Whether the answer to `args` (a narrow window) holds the item whose identity is `wanted`."""
    answer = yield from run.call(step, args, purpose, guessed=True)
    if not answer.ok:
        return None
    return wanted in identities(step, items_of(step, answer))
