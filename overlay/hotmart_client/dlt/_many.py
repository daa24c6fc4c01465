"""`sync_accounts`: sync many accounts at once, each in a worker process of its own.

Hotmart's rate limit is per account, so N accounts read N times as fast as one, if nothing else
is shared. Up to `workers` processes (spawned, not forked: nothing of the parent's threads or
connections is inherited) each sync one account at a time, with its own client, rate limiter,
pipeline, state and lock, then take the next. An account that fails, or whose process dies, is
reported as failed; the others go on (a new process replaces a dead one). Into one DuckDB file, the
processes read in parallel and take turns to load (`destination_lock`).

Credentials reach a worker through the pipe that starts it (never its command line or
environment); the worker drops the HOTMART_* credentials it inherited, so an account never signs
in with another's. Every message that comes back is masked (`hotmart_client._logging.mask`).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import signal
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from .._errors import AuthenticationError, HotmartError, PermissionDeniedError
from .._exit_codes import EXIT_API, EXIT_AUTH, EXIT_INTERRUPTED, EXIT_LOCKED, EXIT_USAGE
from .._logging import mask, remember
from ._accounts import Account, AccountsFileError
from ._extract import Options
from ._pipeline import DEFAULT_DATASET, IdentityMismatchError, SyncLockedError
from ._sync import SyncReport, failure_line

DEFAULT_WORKERS = 4
STOP_GRACE = 60.0  # seconds an interrupted worker has to commit and say so, before it is terminated
_CREDENTIAL_VARIABLES = ("HOTMART_CLIENT_ID", "HOTMART_CLIENT_SECRET", "HOTMART_BASIC")


@dataclass(frozen=True)
class FixedClock:
    """A wall clock that always says `seconds` (picklable, unlike a lambda): a mock's clock."""

    seconds: float

    def __call__(self) -> float:
        return self.seconds


@dataclass
class AccountResult:
    """How one account's sync ended."""

    name: str
    key: str  # account_key: what the warehouse knows the account by
    dataset: str
    ok: bool = False
    report: SyncReport | None = None  # None when it failed
    error: str | None = None  # one line, credentials masked
    exit_code: int = 0  # what `hotmart sync` would exit with for this account alone
    seconds: float = 0.0
    started: bool = False
    pid: int | None = None  # its worker process, once started

    @property
    def rows(self) -> int | None:
        """Rows of this account in its tables afterwards (child tables included)."""
        return sum(self.report.table_rows.values()) if self.report and self.report.table_rows else None

    @property
    def loaded(self) -> int:
        return sum(self.report.rows.values()) if self.report else 0


@dataclass
class AccountsReport:
    """What `sync_accounts` did: one result per account, in the accounts' order."""

    results: list[AccountResult] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 0
    interrupted: bool = False

    @property
    def failed(self) -> list[AccountResult]:
        return [result for result in self.results if not result.ok]

    @property
    def exit_code(self) -> int:
        """0 when every account synced; 130 when interrupted; else 1."""
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_API if self.failed else 0


@dataclass(frozen=True)
class _Job:
    """What a worker needs to sync one account (pickled to it)."""

    account: Account
    dataset: str
    destination: Any
    duckdb_file: str | None
    state_dir: str | None
    shared_dataset: bool
    resources: tuple[str, ...] | None
    full_refresh: bool
    options: Options
    wait: float
    repair: bool
    client: dict[str, Any]  # Hotmart keyword arguments other than the credentials
    log_level: int | None  # the worker logs hotmart_client's and httpx's records at this level on stderr


Event = Callable[[str, AccountResult], None]  # ("start" | "end", the account's result so far)


def sync_accounts(
    accounts: Sequence[Account],
    destination: Any = "duckdb",
    *,
    duckdb_file: str | os.PathLike[str] | None = None,
    shared_dataset: bool = False,
    dataset: str = DEFAULT_DATASET,
    state_dir: str | os.PathLike[str] | None = None,
    workers: int = DEFAULT_WORKERS,
    resources: Iterable[str] | None = None,
    full_refresh: bool = False,
    options: Options | None = None,
    wait: float = 0.0,
    repair: bool = False,
    rate_limit: int | None = 500,
    max_retries: int | None = None,
    base_url: str | None = None,
    token_url: str | None = None,
    wall_clock: Callable[[], float] | None = None,
    log_level: int | None = None,
    on_event: Event | None = None,
) -> AccountsReport:
    """Sync every account (`load_accounts(path)`) into `destination`, `workers` processes at a time.

    Each account lands in a dataset of its own (`hotmart_<name>`, or the entry's `dataset`); with
    `shared_dataset`, all land in `dataset`, every row with an `account` column in its key. A DuckDB
    destination writes `duckdb_file` (default `hotmart.duckdb` here); the states live in `state_dir`
    (default `.hotmart` beside the file, or here). Each account has its own client (paced at
    `rate_limit` requests a minute; `base_url`, `token_url`, `max_retries` and `wall_clock` as in
    `Hotmart`), pipeline, state and lock. With `log_level` (e.g. `logging.DEBUG`), each worker
    writes the client's log records (every request, secrets masked) on stderr. `destination`,
    `options` and `wall_clock` go to the workers pickled: a destination's name (its
    configuration then comes from dlt's, as for `hotmart sync`) or a dlt destination object, and
    module-level functions only.

    Never raises for an account's failure: each result says how its account ended
    (`AccountsReport.failed`). Ctrl-C stops every worker at its next commit point
    (`AccountsReport.interrupted`); a later call resumes each account where it stopped.
    `on_event("start" | "end", result)` is called as each account starts and ends.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if shared_dataset:
        own = [account.name for account in accounts if account.dataset is not None]
        if own:
            raise AccountsFileError(
                f"account(s) {', '.join(own)} set a dataset of their own; with a shared dataset every account "
                f"loads into {dataset}: drop their `dataset`, or sync without a shared dataset"
            )
    names = [account.name for account in accounts]
    if len(set(names)) != len(names):
        raise AccountsFileError("two accounts have the same name: names must be unique")
    for account in accounts:  # whatever a worker sends back is masked with these
        remember(account.client_id, account.client_secret, *([account.basic] if account.basic else []))
    client: dict[str, Any] = {"rate_limit": rate_limit, "max_retries": max_retries, "base_url": base_url}
    client |= {"token_url": token_url, "wall_clock": wall_clock}
    jobs = [
        _Job(
            account,
            dataset if shared_dataset else account.own_dataset,
            destination,
            None if duckdb_file is None else os.fspath(os.path.abspath(duckdb_file)),
            None if state_dir is None else os.fspath(os.path.abspath(state_dir)),
            shared_dataset,
            None if resources is None else tuple(resources),
            full_refresh,
            options or Options(),
            wait,
            repair,
            client,
            log_level,
        )
        for account in accounts
    ]
    _check_picklable(jobs[0] if jobs else None)
    started = time.perf_counter()
    report = AccountsReport(workers=min(workers, len(jobs)))
    report.results, report.interrupted = _run(jobs, workers, on_event or (lambda kind, result: None))
    report.seconds = time.perf_counter() - started
    return report


def _check_picklable(job: _Job | None) -> None:
    try:
        pickle.dumps(job)
    except Exception as exc:
        raise ValueError(
            f"what a worker process receives must pickle ({type(exc).__name__}: {mask(str(exc))}): give the "
            "destination by name or as a dlt destination object, and Options.now or wall_clock as module-level "
            "functions, not lambdas"
        ) from None


# -- the parent: start workers, hand out accounts, collect results ---------------------------------


@dataclass
class _Worker:
    """A worker process and the pipe it takes accounts and sends results through."""

    process: BaseProcess
    conn: Connection
    result: AccountResult | None = None  # of the account it is syncing


def _start(context: Any) -> _Worker:
    ours, theirs = context.Pipe()
    process = context.Process(target=_serve, args=(theirs,), name="hotmart-sync-worker")
    process.start()
    theirs.close()  # the worker's end: the parent keeps only its own
    return _Worker(process, ours)


def _run(jobs: list[_Job], workers: int, on_event: Event) -> tuple[list[AccountResult], bool]:
    """Hand each job to a free worker (at most `workers` processes, each reused for the next
    account); a worker that dies fails its account alone, and a new one takes the next."""
    context = multiprocessing.get_context("spawn")
    results = {job.account.name: _result(job) for job in jobs}
    waiting = list(jobs)
    idle: list[_Worker] = []
    busy: list[_Worker] = []
    interrupted = False
    try:
        while waiting or busy:
            while waiting and (idle or len(busy) < workers):
                worker = idle.pop() if idle else _start(context)
                job = waiting.pop(0)
                worker.result = results[job.account.name]
                worker.result.started, worker.result.pid = True, worker.process.pid
                worker.conn.send(job)
                busy.append(worker)
                on_event("start", worker.result)
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
            for worker in [w for w in busy if w.conn in ready or w.process.sentinel in ready]:
                busy.remove(worker)
                if _collect(worker, on_event):
                    idle.append(worker)
    except KeyboardInterrupt:
        interrupted = True
        _stop(busy, on_event)
        for job in waiting:
            result = results[job.account.name]
            result.error, result.exit_code = "not started: interrupted", EXIT_INTERRUPTED
    finally:
        for worker in idle:
            with contextlib.suppress(OSError):
                worker.conn.send(None)  # no more accounts: it exits
        for worker in [*idle, *busy]:
            worker.process.join(5)
            if worker.process.is_alive():
                worker.process.terminate()
            worker.conn.close()
    return [results[job.account.name] for job in jobs], interrupted


def _result(job: _Job) -> AccountResult:
    return AccountResult(job.account.name, job.account.key, job.dataset)


def _collect(worker: _Worker, on_event: Event) -> bool:
    """Read the result of a worker that sent one or died; whether the worker can take another."""
    result = worker.result
    assert result is not None
    sent: AccountResult | None = None
    with contextlib.suppress(EOFError, OSError, pickle.UnpicklingError):
        if worker.conn.poll():
            sent = worker.conn.recv()
    alive = sent is not None and worker.process.is_alive()
    if sent is not None:
        result.__dict__.update(sent.__dict__, pid=worker.process.pid)
    else:
        worker.process.join(5)
        code = worker.process.exitcode
        how = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        result.ok = False
        result.error = f"its worker process ended with {how} before it reported; run it again to resume"
        result.exit_code = EXIT_API
    if result.error:
        result.error = mask(result.error)
    worker.result = None
    on_event("end", result)
    if not alive:
        worker.conn.close()
    return alive


def _stop(busy: list[_Worker], on_event: Event) -> None:
    """After Ctrl-C: the workers got it too (one process group) and stop at their next commit
    point; one that did not (the parent alone was signalled) is asked to, then given a grace."""
    deadline = time.monotonic() + STOP_GRACE
    time.sleep(0.5)
    for worker in busy:
        if not worker.conn.poll() and worker.process.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker.process.pid, signal.SIGINT)
    for worker in list(busy):
        wait([worker.conn, worker.process.sentinel], max(0.0, deadline - time.monotonic()))
        if not worker.conn.poll() and worker.process.is_alive():
            worker.process.terminate()
        if not _collect(worker, on_event):
            busy.remove(worker)


# -- the worker: one account at a time ---------------------------------------------------------------


def _serve(conn: Connection) -> None:
    """A worker process's body: sync each account the parent sends, send back how it ended."""
    for name in _CREDENTIAL_VARIABLES:  # never sign in with what the parent had in its environment
        os.environ.pop(name, None)
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    with contextlib.suppress(EOFError, OSError, KeyboardInterrupt):  # the parent is gone, or stopping
        while (job := conn.recv()) is not None:
            conn.send(_one(job))


def _log_to_stderr(level: int | None) -> None:
    """Log the client's records (masked by its filters) on stderr, once per worker process."""
    if level is None:
        return
    for name in ("hotmart_client", "httpx"):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        if not logger.handlers:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(asctime)s %(processName)s %(name)s %(levelname)s %(message)s"))
            logger.addHandler(handler)


def _one(job: _Job) -> AccountResult:
    multiprocessing.current_process().name = f"hotmart-sync-{job.account.name}"  # in its log lines
    _log_to_stderr(job.log_level)
    result = _result(job)
    result.started = True
    started = time.perf_counter()
    try:
        result.report = _sync_one(job)
        result.ok = True
    except BaseException as exc:  # reported, never raised: the other accounts go on
        if isinstance(exc, KeyboardInterrupt) or isinstance(getattr(exc, "exception", None), KeyboardInterrupt):
            result.error = "interrupted: what was loaded is kept; run it again to resume where it stopped"
            result.exit_code = EXIT_INTERRUPTED
        else:  # (dlt wraps a Ctrl-C during one of its steps)
            result.error, result.exit_code = _describe(exc)
    result.seconds = time.perf_counter() - started
    if result.error:
        result.error = mask(result.error)
    return result


def _sync_one(job: _Job) -> SyncReport:
    from .. import Hotmart  # noqa: PLC0415
    from ._pipeline import sync_pipeline  # noqa: PLC0415
    from ._sync import RequestCounter, sync  # noqa: PLC0415

    account = job.account
    counter = RequestCounter()
    settings = {key: value for key, value in job.client.items() if value is not None}
    with Hotmart(
        account.client_id, account.client_secret, account.basic, sandbox=account.sandbox, transport=counter, **settings
    ) as client:
        pipeline = sync_pipeline(
            client, job.destination, dataset=job.dataset, duckdb_file=job.duckdb_file, pipelines_dir=job.state_dir
        )
        return sync(
            pipeline,
            client=client,
            counter=counter,
            resources=job.resources,
            full_refresh=job.full_refresh,
            options=job.options,
            shared_dataset=job.shared_dataset,
            wait=job.wait,
            repair=job.repair,
        )


def _describe(exc: BaseException) -> tuple[str, int]:
    """One line saying what stopped an account, and the exit code `hotmart sync` would give."""
    if isinstance(exc, SyncLockedError):
        return str(exc), EXIT_LOCKED
    if isinstance(exc, IdentityMismatchError):
        return str(exc), EXIT_USAGE
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        return f"{exc} -> check this account's credentials (and its sandbox flag)", EXIT_AUTH
    if isinstance(exc, HotmartError):
        from ..cli._session import describe_error  # noqa: PLC0415 - the CLI's wording; needs no [cli]

        return describe_error(exc)
    return failure_line(exc), EXIT_API
