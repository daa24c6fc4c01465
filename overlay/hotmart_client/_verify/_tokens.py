"""Are a listing's page tokens positions in it (keyset) or offsets? Measured read-only.

The token of page 2 is sent with a window that ends just before the newest item, as if that item had
not arrived yet. A position in the listing still gives the same page; an offset gives a page shifted
by the items removed. When the server refuses a token with other arguments, the first windowed
listing is also read without an end bound, and its first two pages are read again at the end of
the run (`finish`): items that arrived meanwhile tell the kinds apart.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from ._bounds import time_of
from ._drive import Walk
from ._plan import Step
from ._run import Page, Run, identities, items_of, next_token

_TOKEN_KEY = re.compile(r"^[A-Za-z_]{1,30}$")


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
    Keyset: the same items. Offset: the page moved up the listing by the items that arrived, so it
    holds items never seen (arrivals), then items of the old listing in order from an earlier
    place than page 2's start (its very head when arrivals lead the page)."""
    if again == second:
        return {"kind": "stable"}
    known = list(dict.fromkeys(first + second))
    arrived = next((i for i, item in enumerate(again) if item in known), len(again))
    rest = again[arrived:]
    if again and not rest:
        return {"kind": "offset"}  # more new items than page 2's start: it holds only arrivals
    if rest and second and all(item in known for item in rest):
        start = known.index(rest[0])
        contiguous = known[start : start + len(rest)] == rest
        if contiguous and (start == 0 if arrived else start < known.index(second[0])):
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
