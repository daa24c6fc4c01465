"""What verify measures about pagination and time windows, read-only.

The answers of these calls get the drift recorder's checks; the schema and read-back checks are
left to the coverage pages, whose items the probes mostly read again (the one-item windows and the
first pages without an end bound get them too).

Per listing read in coverage:

- page size: one page asked with `max_results` above any documented maximum (1000 where the spec
  gives none): refused (400, a disagreement: the spec allows it), capped (the server's real limit,
  reported), or answered whole; `results_per_page` and `total_results` must agree with the items;
- token repeatability and `total_results` consistency on the coverage pages: re-reading page 2
  with its token gives the same items, every page gives the same total, and a listing read to its
  end holds `total_results` items. Time-windowed listings are read with their end pinned at the
  run's start, so nothing may differ there.

Per time-windowed listing (issue "exports that hold when Hotmart's data moves"):

- end bound: from an item at an exact millisecond `t` (of the time field the window bounds: the one
  named like the window, else the item's times in its own order, else the time another listing
  gives the same item: a sale's participants take their sale's time from the history), a window `t-1..t+1` must hold
  it and `t+1..t+2` must not (else that field is not the one bounded); then `t-1..t` holds it only
  if the end is inclusive and `t..t+1` only if the start is;
- page tokens: the token of page 2 is sent with a window that ends just before the newest item, as
  if that item had not arrived yet. A position in the listing (keyset) still gives the same page; an
  offset gives a page shifted by the items removed. When the server refuses a token with other
  arguments, the first windowed listing is also read without an end bound, and its first two pages
  are read again at the end of the run: items that arrived meanwhile tell the kinds apart.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from ._drive import Answer, Walk
from ._model import Finding
from ._plan import Step
from ._run import Page, Run, field_of, identities, identity, items_of, next_token, page_info

DEFAULT_PROBE_PAGE_SIZE = 1000  # above Hotmart's own examples (500) when the spec gives no maximum
_TOKEN_KEY = re.compile(r"^[A-Za-z_]{1,30}$")


def probes(run: Run) -> Walk[None]:
    arrivals_done = False
    for step in run.order:
        pages = run.pages.get(step.operation_id) or []
        if not step.paginated or not pages or not run.reports[step.operation_id].exercised:
            continue
        if len(pages) == 1 and pages[0].next_token is not None:
            pages = yield from _second_page(run, step, pages)  # a depth-1 walk stopped at page 1
        yield from page_size(run, step, pages[0])
        yield from repeat(run, step, pages)
        if step.window is None or not pages[0].items:
            continue
        bound = yield from end_bound(run, step, pages[0])
        kind = yield from token_kind(run, step, pages, bound.get("field"))
        if kind.get("kind") == "undetermined" and not arrivals_done and len(pages) >= 2:
            arrivals_done = True
            yield from start_arrivals(run, step, pages[0].args)


def _second_page(run: Run, step: Step, pages: list[Page]) -> Walk[list[Page]]:
    first = pages[0]
    token = first.next_token
    answer = yield from run.call(step, {**first.args, step.token_parameter or "": token}, "page 2")
    if not answer.ok:
        return pages
    second = Page(first.args, token, items_of(step, answer), next_token(step, answer),
                  page_info(step, answer, "total_results"), page_info(step, answer, "results_per_page"))  # fmt: skip
    pages = [first, second]
    run.pages[step.operation_id] = pages
    return pages


def page_size(run: Run, step: Step, first: Page) -> Walk[None]:
    if step.page_size_parameter is None:
        return
    report = run.reports[step.operation_id]
    maximum = step.page_size_maximum
    asked = maximum + 1 if maximum is not None else DEFAULT_PROBE_PAGE_SIZE
    args = {**first.args, step.page_size_parameter or "max_results": asked}
    # Checked by the drift recorder only: its items are mostly those of the pages already checked.
    answer = yield from run.call(step, args, f"max_results={asked}", guessed=True, check=False)
    measured: dict[str, Any] = {"asked": asked}
    report.measurements["page_size"] = measured
    if answer.status == 400:
        measured["outcome"] = "refused"
        message = f"max_results={asked} refused with HTTP 400, but the spec documents no maximum"
        report.add(Finding("pagination", "page_size_refused", "", str(asked), message, status=400))
        return
    if not answer.ok:
        measured["outcome"] = f"HTTP {answer.status}" if answer.status else "no answer"
        return
    items = items_of(step, answer)
    total = page_info(step, answer, "total_results")
    more = next_token(step, answer) is not None
    measured.update(returned=len(items), total_results=total, more_pages=more)
    measured["outcome"] = "capped" if more and len(items) < asked else "answered"
    if more and len(items) < asked:
        report.note(f"a page holds at most {len(items)} items: max_results={asked} was capped")
    _check_counts(report, step, answer, items, complete=not more)


def _check_counts(report: Any, step: Step, answer: Answer, items: list[Any], *, complete: bool) -> None:
    per_page = page_info(step, answer, "results_per_page")
    if per_page is not None and per_page != len(items):
        report.add(Finding("pagination", "results_per_page", "/page_info/results_per_page", "",
                           "results_per_page is not the number of items in the page"))  # fmt: skip
    total = page_info(step, answer, "total_results")
    if complete and total is not None and total != len(items):
        report.add(Finding("pagination", "total_results", "/page_info/total_results", "",
                           "total_results is not the number of items of a listing read whole in one page"))  # fmt: skip


def repeat(run: Run, step: Step, pages: list[Page]) -> Walk[None]:
    """Page 2 read again with its token; totals of the coverage pages."""
    report = run.reports[step.operation_id]
    measured: dict[str, Any] = {"pages_read": len(pages)}
    report.measurements["tokens"] = measured
    pinned = step.window is not None
    totals = {page.total_results for page in pages if page.total_results is not None}
    measured["total_results_consistent"] = len(totals) <= 1
    if len(totals) > 1 and pinned:
        report.add(Finding("pagination", "total_results", "/page_info/total_results", "",
                           "total_results differs between pages of one listing with a pinned time window"))  # fmt: skip
    if pages[-1].next_token is None and len(totals) == 1:
        read = sum(len(page.items) for page in pages)
        if read != next(iter(totals)):
            report.add(Finding("pagination", "total_results", "/page_info/total_results", "",
                               "total_results is not the number of items the pages held"))  # fmt: skip
    if len(pages) < 2:
        measured["token_repeatable"] = None
        return
    second = pages[1]
    args = {**second.args, step.token_parameter or "": second.token}
    answer = yield from run.call(step, args, "page 2 again", guessed=True, check=False)
    if not answer.ok:
        measured["token_repeatable"] = None
        return
    same = identities(step, items_of(step, answer)) == identities(step, second.items)
    measured["token_repeatable"] = same
    if not same and pinned:
        report.add(Finding("pagination", "token_not_repeatable", "", "",
                           "the same page token gave other items, on a pinned time window"))  # fmt: skip
    elif not same:
        report.note("page 2 read again with its token held other items (the listing has no time bound)")


def _time_fields(run: Run, step: Step, item: dict[str, Any]) -> list[str]:
    """Candidate fields the window bounds: named like it, then the item's times in its own order."""
    assert step.window is not None
    schema = run.spec.items_schema(step.spec)
    known = [info.dotted for info in run.spec.leaf_fields(schema) if info.is_timestamp] if schema else []
    core = step.window[0].replace("start_", "").replace("_start", "")
    named = [dotted for dotted in known if dotted.rsplit(".", 1)[-1] == core]
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


def token_kind(run: Run, step: Step, pages: list[Page], bounded: str | None) -> Walk[dict[str, Any]]:
    """Keyset or offset, by sending page 2's token with a window that leaves the newest item out."""
    assert step.window is not None
    result: dict[str, Any] = {"kind": "undetermined", "token_fields": _token_fields(pages)}
    run.reports[step.operation_id].measurements["page_tokens"] = result
    run.behaviours["page_tokens"][step.operation_id] = result
    if len(pages) < 2:
        result["reason"] = "the listing has a single page"
        return result
    newest = time_of(run, step, pages[0].items[0], bounded) if bounded else None
    if not isinstance(newest, int) or isinstance(newest, bool):
        result["reason"] = "no time field the window bounds to leave the newest item out with"
        return result
    before = {**pages[0].args, step.window[1]: newest - 1}
    answer = yield from run.call(step, before, "page 1, newest item left out", guessed=True, check=False)
    seen = identities(step, [item for page in pages for item in page.items])
    first = identities(step, items_of(step, answer))
    if not answer.ok or not first or first[0] not in seen or seen.index(first[0]) == 0:
        result["reason"] = "leaving the newest item out did not shift the listing"
        return result
    shift = seen.index(first[0])
    answer = yield from run.call(
        step,
        {**before, step.token_parameter or "": pages[1].token},
        "page 2 token, newest item left out",
        guessed=True,
        check=False,
    )
    if not answer.ok:
        result["reason"] = f"the token is refused with another end bound (HTTP {answer.status})"
        return result
    result.update(_compare(identities(step, items_of(step, answer)), identities(step, pages[1].items), shift))
    result["method"] = "another end bound"
    return result


def _compare(again: list[str], second: list[str], shift: int) -> dict[str, Any]:
    """`again` is page 2 read with its token after `shift` items left the head of the listing.
    Keyset: the same items; offset: the same items moved up by `shift`."""
    if again == second:
        return {"kind": "stable"}
    if again[: len(second) - shift] == second[shift:]:
        return {"kind": "offset"}
    return {"kind": "undetermined", "reason": "page 2 changed in another way"}


def _after_arrivals(first: list[str], second: list[str], again: list[str]) -> dict[str, Any]:
    """`again` is page 2 read with its token after items arrived at the head of the listing.
    Keyset: the same items. Offset: items of the old listing from before page 2's start, in order
    (or items never seen, when more than a page arrived): the page moved down the listing."""
    if again == second:
        return {"kind": "stable"}
    known = list(dict.fromkeys(first + second))
    if again and second and all(item in known for item in again):
        start = known.index(again[0])
        if known[start : start + len(again)] == again and start < known.index(second[0]):
            return {"kind": "offset"}
    elif again and not any(item in known for item in again):
        return {"kind": "offset"}
    return {"kind": "undetermined", "reason": "page 2 changed in another way"}


def _token_fields(pages: list[Page]) -> list[str]:
    """The key names of a token that is base64 JSON (Hotmart's documented ones are:
    `{"rows":5,"page":3}` reads like an offset), as a hint; never its values."""
    token = pages[1].token if len(pages) >= 2 else None
    if not token:
        return []
    try:
        decoded = json.loads(base64.b64decode(token + "=" * (-len(token) % 4), altchars=b"-_"))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return []
    return (
        sorted(key for key in decoded if isinstance(key, str) and _TOKEN_KEY.match(key))
        if isinstance(decoded, dict)
        else []
    )


def start_arrivals(run: Run, step: Step, args: Any) -> Walk[None]:
    """The first two pages without an end bound; `finish` reads them again at the end of the run."""
    assert step.window is not None
    open_args = {key: value for key, value in args.items() if key != step.window[1]}
    first = yield from run.call(step, open_args, "page 1 without an end bound", guessed=True)
    token = next_token(step, first) if first.ok else None
    if token is None:
        return
    second = yield from run.call(step, {**open_args, step.token_parameter or "": token}, "page 2 without an end bound",
                                 guessed=True)  # fmt: skip
    if second.ok:
        run.arrivals = (step, open_args, items_of(step, first), token, items_of(step, second))


def finish(run: Run) -> Walk[None]:
    """Read again, at the end of the run, the pages `start_arrivals` read: new items at the head
    of the listing tell a keyset token (page 2 unchanged) from an offset (page 2 moved)."""
    if run.arrivals is None:
        return
    step, args, first, token, second = run.arrivals
    result = run.behaviours["page_tokens"][step.operation_id]
    again_first = yield from run.call(step, args, "page 1 without an end bound, again", guessed=True, check=False)
    again_second = yield from run.call(step, {**args, step.token_parameter or "": token},
                                       "page 2 without an end bound, again", guessed=True, check=False)  # fmt: skip
    if not (again_first.ok and again_second.ok):
        return
    before, now = identities(step, first), identities(step, items_of(step, again_first))
    if not before or (before[0] in now and now.index(before[0]) == 0):
        result["arrivals"] = "no new item arrived during the run"
        return
    arrived = now.index(before[0]) if before[0] in now else None
    result["arrivals"] = (
        f"{arrived if arrived is not None else 'more than a page of'} new item(s) arrived during the run"
    )
    compared = _after_arrivals(before, identities(step, second), identities(step, items_of(step, again_second)))
    if compared["kind"] != "undetermined":
        result.update(compared, method="items arriving during the run")
        result.pop("reason", None)
