"""What verify measures about pagination, read-only (the time windows and page tokens of the
time-windowed listings are measured in `_bounds` and `_tokens`).

Per listing read in coverage:

- page size: one page asked with `max_results` above any documented maximum (1000 where the spec
  gives none): refused (400, a disagreement: the spec allows it), capped (the server's real limit,
  reported), or answered whole; `results_per_page` and `total_results` must agree with the items;
- token repeatability and `total_results` consistency on the coverage pages: whether re-reading
  page 2 with its token gives the same items and every page the same total (measured and noted:
  a sale refunded meanwhile leaves a status-filtered listing, so a difference is no proof against
  the spec), and whether a listing read to its end holds `total_results` items (a finding).

The answers of these calls get the drift recorder's checks; the schema and read-back checks are
left to the coverage pages, whose items the probes mostly read again (the one-item windows and the
first pages without an end bound get them too).
"""

from __future__ import annotations

from typing import Any

from ._bounds import end_bound
from ._drive import Answer, Walk
from ._model import Finding
from ._plan import Step
from ._run import Page, Run, identities, items_of, next_token, page_info
from ._tokens import start_arrivals, token_kind

DEFAULT_PROBE_PAGE_SIZE = 1000  # above Hotmart's own examples (500) when the spec gives no maximum


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
    if len(totals) > 1:  # a sale refunded meanwhile leaves a status-filtered listing: not a finding
        report.note("total_results differed between pages of one listing")
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
    if not same:
        bound = "on a pinned time window" if pinned else "the listing has no time bound"
        report.note(f"page 2 read again with its token held other items ({bound})")
