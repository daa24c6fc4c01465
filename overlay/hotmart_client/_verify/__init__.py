"""`hotmart_client.verify`: walk the read surface of one account and report where its answers and
the spec disagree (docs/verify.md).

    from hotmart_client import Hotmart, verify

    with Hotmart() as hotmart:                 # credentials from the environment
        report = verify(hotmart)               # averify(AsyncHotmart(...)) with asyncio
    print(report.summary())
    report.save("hotmart-verify")              # report.json, report.md, drift.json, proposal.yaml

The verification itself (`_walk`, `_probes`, `_writes`) never touches the network: it yields each
call it wants made and reads the answer it is sent back (`_drive`), so the sync and async entry
points share every line of it. It needs the `[verify]` extra (PyYAML and jsonschema).
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from .._client import AsyncHotmart, Hotmart, _BaseHotmart
from .._constants import PRODUCTION_URL
from .._drift import KIND_WORDS
from .._errors import InvalidParameterError
from .._ratelimit import RateLimiter
from ..drift import DriftRecorder
from ..mock._spec import MockSpec
from ._drive import Walk, adrive, drive
from ._events import events
from ._model import EventReport, Finding, OperationReport
from ._plan import plan, select
from ._probes import probes
from ._report import DEFAULT_RATE, VerifyReport
from ._run import DEFAULT_PAGE_SIZE, Run, Settings
from ._tokens import finish
from ._walk import coverage, sample
from ._writes import writes as write_steps

__all__ = [
    "DEFAULT_DEPTH",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_RATE",
    "EventReport",
    "Finding",
    "OperationReport",
    "VerifyReport",
    "averify",
    "verify",
]

DEFAULT_DEPTH = 2
MAX_DEPTH = 10
TOKEN_ENDPOINT = "verify signs in through it but does not check its answer: the answer is the access token, a secret"


def verify(
    client: Hotmart,
    *,
    depth: int = DEFAULT_DEPTH,
    page_size: int = DEFAULT_PAGE_SIZE,
    parameters: Mapping[str, Any] | None = None,
    rate: int | None = DEFAULT_RATE,
    writes: bool = False,
    confirm: Callable[[str], bool] | None = None,
    operations: Iterable[str] | None = None,
    webhook_recordings: Iterable[DriftRecorder] = (),
) -> VerifyReport:
    """Walk the read surface of the account `client` signs in to and compare every answer with the
    spec (see docs/verify.md).

    Args:
        depth: pages per listing, parent items per dependent operation, ids per filter (1 to 10).
        page_size: items asked per page (`max_results`).
        parameters: values of parameters no listing supplies, e.g. `{"subdomain": ["myschool"]}`
            (a Members Area); a value or a list of values each.
        rate: requests per minute verify holds itself to (None: the client's own rate limiter).
        writes: also run the writes whose effect the API can undo (sandbox or a local server only).
        confirm: asked before each write with what it will do; only a True answer runs it.
        operations: read only these operationIds (and the listings their ids come from).
        webhook_recordings: drift recordings of webhook deliveries, reported per event.
    """
    prepared, run = _prepare(
        client,
        depth=depth,
        page_size=page_size,
        parameters=parameters,
        rate=rate,
        writes=writes,
        confirm=confirm,
        operations=operations,
    )
    started = time.perf_counter()
    drive(prepared, _verification(run))
    return _report(client, prepared, run, time.perf_counter() - started, webhook_recordings)


async def averify(
    client: AsyncHotmart,
    *,
    depth: int = DEFAULT_DEPTH,
    page_size: int = DEFAULT_PAGE_SIZE,
    parameters: Mapping[str, Any] | None = None,
    rate: int | None = DEFAULT_RATE,
    writes: bool = False,
    confirm: Callable[[str], bool] | None = None,
    operations: Iterable[str] | None = None,
    webhook_recordings: Iterable[DriftRecorder] = (),
) -> VerifyReport:
    """`verify` with an `AsyncHotmart` (the same calls, checks and report)."""
    prepared, run = _prepare(
        client,
        depth=depth,
        page_size=page_size,
        parameters=parameters,
        rate=rate,
        writes=writes,
        confirm=confirm,
        operations=operations,
    )
    started = time.perf_counter()
    await adrive(prepared, _verification(run))
    return _report(client, prepared, run, time.perf_counter() - started, webhook_recordings)


def _verification(run: Run) -> Walk[None]:
    yield from coverage(run)
    yield from sample(run)
    yield from probes(run)
    yield from write_steps(run)
    yield from finish(run)


def environment(client: _BaseHotmart) -> str:
    """production, sandbox, or local (a server on this machine: the mock)."""
    if client.sandbox:
        return "sandbox"
    host = urlsplit(client.base_url).hostname or ""
    try:
        local = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = False
    if local:
        return "local"
    return "production" if client.base_url == PRODUCTION_URL.rstrip("/") else "other"


def _prepare(
    client: Any,
    *,
    depth: int,
    page_size: int,
    parameters: Mapping[str, Any] | None,
    rate: int | None,
    writes: bool,
    confirm: Callable[[str], bool] | None,
    operations: Iterable[str] | None,
) -> tuple[Any, Run]:
    if not 1 <= depth <= MAX_DEPTH:
        raise InvalidParameterError("depth", f"must be between 1 and {MAX_DEPTH}, got {depth}")
    if page_size < 1:
        raise InvalidParameterError("page_size", f"must be at least 1, got {page_size}")
    if rate is not None and rate < 1:
        raise InvalidParameterError("rate", f"must be at least 1 request per minute, got {rate}")
    if writes and environment(client) not in ("sandbox", "local"):
        raise InvalidParameterError(
            "writes", "are refused against production: run them with a sandbox client (--sandbox)"
        )
    if writes and confirm is None:
        raise InvalidParameterError("confirm", "writes need a confirm callable (lambda text: True runs them all)")
    spec = MockSpec.load()
    steps = plan(spec)
    needed = {name for step in steps for name in step.needs}
    unknown = sorted(set(parameters or {}) - needed)
    if unknown:
        raise InvalidParameterError(
            "parameters",
            f"no read operation takes {', '.join(unknown)}; these can be given: {', '.join(sorted(needed))}",
        )
    if operations is not None:
        try:
            steps = select(steps, list(operations))
        except ValueError as exc:
            raise InvalidParameterError("operations", str(exc)) from None
    prepared = client.with_options()  # shares the connections and the token, not the settings below
    prepared.drift = DriftRecorder(max_entries=10_000, walk_first=1_000_000)  # every answer walked
    if rate is not None:
        prepared.rate_limiter = RateLimiter(rate)
    settings = Settings(
        depth=depth,
        page_size=page_size,
        rate=rate,
        parameters={name: _values(value) for name, value in (parameters or {}).items()},
        now_ms=int(time.time() * 1000),
        writes=writes,
        confirm=confirm,
    )
    run = Run(spec, steps, settings)
    for step in plan(spec):
        if step.operation_id not in run.steps:
            run.reports[step.operation_id].reason = "not selected (operations=...)"
    return prepared, run


def _values(value: Any) -> Sequence[Any]:
    return list(value) if isinstance(value, list | tuple | set | frozenset) else [value]


def _report(client: Any, prepared: Any, run: Run, seconds: float, recordings: Iterable[DriftRecorder]) -> VerifyReport:
    from .. import __version__  # noqa: PLC0415 - the package imports this module

    recorder: DriftRecorder = prepared.drift
    if client.drift is not None:
        client.drift.merge(recorder)  # the caller's own recording (`--record-drift`) gets what verify saw
    for entry in recorder.entries():
        if entry.channel == "response" and entry.source in run.reports:
            finding = Finding("drift", entry.kind, entry.pointer, entry.detail, KIND_WORDS[entry.kind], entry.count)
            finding.status = entry.status
            run.reports[entry.source].add(finding)
    for op in run.spec.operations:
        if op.is_token_endpoint:
            run.reports[op.operation_id].reason = TOKEN_ENDPOINT
    return VerifyReport(
        operations=[run.reports[op.operation_id] for op in run.spec.operations],
        events=events(run.spec, recordings),
        behaviours=run.behaviours,
        drift=recorder,
        calls=run.calls,
        seconds=seconds,
        depth=run.depth,
        rate=run.settings.rate,
        environment=environment(prepared),
        writes=run.settings.writes,
        spec_doc=run.spec.doc,
        client_version=__version__,
        warnings=run.warnings,
    )
