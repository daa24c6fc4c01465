"""The state of one verification: the plan, what each operation answered, the items seen (the ids
of later calls come from them), and `call`, the one way a verification sends a request."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..mock._spec import MockSpec
from ._checks import Checker
from ._drive import Answer, Call, Walk
from ._model import Finding, OperationReport
from ._plan import Feed, Step

DEFAULT_PAGE_SIZE = 50  # items per page asked for: enough variety per call, small enough to stay light
# Hotmart opened in 2011: a listing that hides older items unless asked starts here.
SINCE_MS = 1_293_840_000_000  # 2011-01-01T00:00:00Z


@dataclass
class Page:
    """One page of a walk: the arguments (without the token), the token sent, and what came back."""

    args: Mapping[str, Any]
    token: str | None
    items: list[Any]
    next_token: str | None
    total_results: int | None
    results_per_page: int | None


@dataclass
class Settings:
    depth: int = 2
    page_size: int = DEFAULT_PAGE_SIZE
    rate: int | None = None  # requests per minute verify holds itself to (reported)
    parameters: Mapping[str, Sequence[Any]] = field(default_factory=dict)
    now_ms: int = 0  # the end every time window is pinned to
    writes: bool = False
    confirm: Callable[[str], bool] | None = None


class Run:
    def __init__(self, spec: MockSpec, steps: list[Step], settings: Settings) -> None:
        self.spec = spec
        self.order = steps
        self.steps = {step.operation_id: step for step in steps}
        self.settings = settings
        self.checker = Checker(spec)
        self.reports = {
            op.operation_id: OperationReport(op.operation_id, op.method, op.path, op.tag) for op in spec.operations
        }
        self.items: dict[str, list[tuple[Any, Mapping[str, Any]]]] = {}  # operation -> (item, args it came with)
        self.pages: dict[str, list[Page]] = {}  # operation -> the pages of its first walk
        self.behaviours: dict[str, dict[str, Any]] = {"end_bound": {}, "page_tokens": {}}
        # (step, arguments, page 1, page 2's token, page 2) of a listing read again at the end.
        self.arrivals: tuple[Step, dict[str, Any], list[Any], str, list[Any]] | None = None
        self.calls = 0
        self.warnings: list[str] = []  # for the person running verify; may name ids, never saved

    @property
    def depth(self) -> int:
        return self.settings.depth

    # -- sending --------------------------------------------------------------------------------

    def call(
        self, step: Step, args: Mapping[str, Any], purpose: str, *, guessed: bool = False, check: bool = True
    ) -> Walk[Answer]:
        """Send one request and record its answer (`check`: also the schema and read-back checks,
        which the drift recorder's own checks need not wait for)."""
        answer = yield Call(step.operation_id, dict(args), purpose, guessed)
        self.calls += 1
        self.record(step, purpose, answer, guessed=guessed, check=check)
        return answer

    def record(self, step: Step, purpose: str, answer: Answer, *, guessed: bool, check: bool = True) -> None:
        report = self.reports[step.operation_id]
        status = answer.status
        if status is None:
            report.failures.append(f"{purpose}: {answer.failure}")
            return
        report.statuses[status] += 1
        if status >= 500 or status == 429:  # the check could not be made: not a refusal, not a pass
            report.failures.append(f"{purpose}: HTTP {status} after the client's retries")
        elif status >= 400:
            code = f" ({answer.error_code})" if answer.error_code else ""
            if status == 400 and not guessed:
                message = f"HTTP 400{code} for a request the spec allows ({purpose})"
                report.add(Finding("status", "refused", "", purpose, message, status=status))
            else:
                report.refusals.append(f"{purpose}: HTTP {status}{code}")
        elif answer.failure is not None:
            report.add(Finding("readback", "unparseable", "", "", answer.failure, status=status))
        if check:
            for finding in self.checker.check(step, answer):
                report.add(finding)

    # -- arguments ------------------------------------------------------------------------------

    def base_args(self, step: Step) -> dict[str, Any]:
        """Page size, and the widest time range (pinned at the run's start) where the spec says a
        listing hides items by default."""
        args: dict[str, Any] = {}
        if step.page_size_parameter:
            args[step.page_size_parameter] = self.settings.page_size
        for name in step.since:
            args[name] = SINCE_MS
        if step.window is not None:
            args[step.window[0]], args[step.window[1]] = SINCE_MS, self.settings.now_ms
        return args

    def remember(self, step: Step, items: list[Any], args: Mapping[str, Any]) -> None:
        self.items.setdefault(step.operation_id, []).extend((item, args) for item in items)

    def values(self, feed: Feed, limit: int) -> list[Any]:
        """Distinct values of `feed` among the items seen so far (at most `limit`)."""
        found: list[Any] = []
        for item, _ in self.items.get(feed.operation, ()):
            if not all(field_of(item, name) in accepted for name, accepted in feed.where):
                continue
            value = field_of(item, feed.field)
            if isinstance(value, str | int) and not isinstance(value, bool) and value not in found:
                found.append(value)
                if len(found) >= limit:
                    break
        return found

    def arg_sets(self, step: Step) -> tuple[list[tuple[dict[str, Any], bool]], str | None]:
        """The argument sets to call `step` with (each with whether a value was guessed), at most
        `depth`; or none, and why."""
        given = self.settings.parameters
        rows: list[tuple[dict[str, Any], bool]] = [({}, False)]
        parent_fed = {name: feed for name, feed in step.needs.items() if feed and feed.how == "parent"}
        if parent_fed and not all(name in given for name in parent_fed):
            rows = self._from_parent(step, parent_fed)
            if not rows:
                parent = next(iter(parent_fed.values())).operation
                return [], f"{parent} listed no item to take {', '.join(parent_fed)} from"
        for name, feed in step.needs.items():
            if all(name in row for row, _ in rows):
                continue
            if name in given:
                values, guessed = list(given[name])[: self.depth], False
            elif feed is None:
                return [], f"needs {name}, which no listing supplies: pass it (--parameter {name}=VALUE)"
            else:
                values, guessed = self.values(feed, self.depth), feed.how == "name"
                if not values:
                    return [], f"no {feed.describe()} to take {name} from (or pass --parameter {name}=VALUE)"
            rows = [({**row, name: value}, was or guessed) for row, was in rows for value in values]
        return rows[: self.depth], None

    def _from_parent(self, step: Step, fed: Mapping[str, Feed]) -> list[tuple[dict[str, Any], bool]]:
        parent = next(iter(fed.values())).operation
        rows: list[tuple[dict[str, Any], bool]] = []
        for item, args in self.items.get(parent, ()):
            row = {name: field_of(item, feed.field) for name, feed in fed.items()}
            if any(value is None for value in row.values()) or any(row == seen for seen, _ in rows):
                continue
            # The parent call's other arguments of the same name: the Members Area a student is in.
            inherited = {name: value for name, value in args.items() if name in step.needs and name not in row}
            rows.append(({**inherited, **row}, False))
            if len(rows) >= self.depth:
                break
        return rows


def field_of(item: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        if not isinstance(item, dict):
            return None
        item = item.get(key)
    return item


def items_of(step: Step, answer: Answer) -> list[Any]:
    body = answer.body
    if step.items_key is not None:
        items = body.get(step.items_key) if isinstance(body, dict) else None
        return items if isinstance(items, list) else []
    return body if isinstance(body, list) else []


def next_token(step: Step, answer: Answer) -> str | None:
    node: Any = answer.body if step.paginated else None
    for key in step.next_token_path:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, str) and node else None


def page_info(step: Step, answer: Answer, key: str) -> int | None:
    node: Any = answer.body
    for part in (*step.next_token_path[:-1], key):
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, int) and not isinstance(node, bool) else None


def identity(step: Step, item: Any) -> str:
    """What tells one item from another: its primary key fields, else the whole item."""
    if step.primary_key:
        values = [field_of(item, dotted) for dotted in step.primary_key]
        if all(value is not None for value in values):
            return json.dumps(values, default=str)
    return json.dumps(item, sort_keys=True, default=str)


def identities(step: Step, items: Iterator[Any] | list[Any]) -> list[str]:
    return [identity(step, item) for item in items]
