"""The reads of a verification: every read operation at least once, then a bounded sample.

1. Coverage: each operation in the plan's order (a listing before the operations that take their
   ids from it), with at most `depth` argument sets (a child per parent item), each walked for at
   most `depth` pages.
2. Sample: every value of a parameter whose absence hides items (`x-hotmart-default: any_of`, the
   sale statuses): at depth 2 each value once, spread over the operations that take it; from depth
   3 each value in each operation. Then each filter an id of the account can feed (`transaction`
   of the sales participants) with `depth - 1` real ids.
"""

from __future__ import annotations

from typing import Any

from ._drive import Walk
from ._plan import Step
from ._run import Page, Run, items_of, next_token, page_info


def coverage(run: Run) -> Walk[None]:
    for step in run.order:
        report = run.reports[step.operation_id]
        arg_sets, reason = run.arg_sets(step)
        if not arg_sets:
            report.reason = reason
            continue
        for number, (args, guessed) in enumerate(arg_sets):
            pages = yield from walk_pages(run, step, {**run.base_args(step), **args}, guessed=guessed)
            if number == 0:
                run.pages[step.operation_id] = pages
        if not report.exercised and report.reason is None:
            report.reason = _why_not(report.refusals, report.failures) + _hint(run, step, report.refusals)


def _hint(run: Run, step: Step, refusals: list[str]) -> str:
    """When ids matched by name were refused: which parameter to give instead."""
    matched = {name: feed for name, feed in step.needs.items() if feed is not None and feed.how == "name"}
    guessed = [name for name in matched if name not in run.settings.parameters]
    if not guessed or not refusals:
        return ""
    first = guessed[0]
    return (
        f"; {', '.join(guessed)} came from {matched[first].describe()} (matched by name): "
        f"pass the right one (--parameter {first}=VALUE)"
    )


def walk_pages(run: Run, step: Step, args: dict[str, Any], *, guessed: bool = False) -> Walk[list[Page]]:
    """Up to `depth` pages of one listing (one call for an operation that is not paginated)."""
    pages: list[Page] = []
    token: str | None = None
    for number in range(1, run.depth + 1):
        sent = dict(args) if token is None else {**args, step.token_parameter or "": token}
        answer = yield from run.call(step, sent, f"page {number}", guessed=guessed)
        if not answer.ok:
            break
        items = items_of(step, answer)
        run.remember(step, items, args)
        following = next_token(step, answer)
        pages.append(
            Page(args, token, items, following, page_info(step, answer, "total_results"),
                 page_info(step, answer, "results_per_page"))
        )  # fmt: skip
        if following is None:
            break
        token = following
    return pages


def sample(run: Run) -> Walk[None]:
    yield from _enumerated(run)
    yield from _filters(run)


def _roots(run: Run) -> list[Step]:
    """Exercised operations that need no id: the ones a value or a filter can be tried on."""
    return [step for step in run.order if not step.needs and run.reports[step.operation_id].exercised]


def _enumerated(run: Run) -> Walk[None]:
    if run.depth < 2:
        return
    params = dict.fromkeys(name for step in _roots(run) for name in step.enumerated)
    for param in params:
        steps = [step for step in _roots(run) if param in step.enumerated]
        values = steps[0].enumerated[param]
        if run.depth >= 3:
            pairs = [(step, value) for step in steps for value in values]
        else:
            pairs = [(steps[index % len(steps)], value) for index, value in enumerate(values)]
        for step, value in pairs:
            answer = yield from run.call(step, {**run.base_args(step), param: value}, f"{param}={value}")
            if answer.ok:
                run.remember(step, items_of(step, answer), run.base_args(step))


def _filters(run: Run) -> Walk[None]:
    for step in _roots(run):
        for param, feeds in step.filters.items():
            values: list[Any] = []
            for feed in feeds:
                values = run.values(feed, run.depth - 1)
                if values:
                    break
            for value in values:
                yield from run.call(step, {**run.base_args(step), param: value}, f"filter {param}", guessed=True)


def _why_not(refusals: list[str], failures: list[str]) -> str:
    if failures:
        return f"no usable answer: {failures[0]}"
    if refusals:
        return f"refused: {refusals[0]}"
    return "no call answered"
