"""`hotmart webhooks ...`: run and operate the durable webhook inbox (hotmart_client.inbox).

hotmart webhooks serve --hottok ... [--inbox myapp.hooks:inbox] [--load-every 300]
hotmart webhooks work --inbox myapp.hooks:inbox        # handlers in their own process
hotmart webhooks status                                 # counts, dead letters
hotmart webhooks replay [--id ID] [--event NAME]        # dead letters back to pending
hotmart webhooks load                                   # into hotmart sync's warehouse
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .._errors import InvalidParameterError
from .._exit_codes import EXIT_API, EXIT_INTERRUPTED, EXIT_LOCKED, EXIT_NOT_FOUND, EXIT_USAGE
from ..inbox import Inbox, JournalError, Status
from ..inbox._logs import configure as configure_logs
from ._session import Settings

if TYPE_CHECKING:
    from ..inbox import LoadReport

DEFAULT_JOURNAL = "hotmart-webhooks.db"
JOURNAL_ENV = "HOTMART_INBOX_JOURNAL"
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
DLT_EXTRA = "hotmart webhooks load needs the [dlt] extra: pip install 'hotmart-client[dlt]'"

webhooks_app = typer.Typer(
    name="webhooks",
    help="Receive Hotmart webhooks durably, process them at least once, land them in the warehouse.",
    no_args_is_help=True,
)

JournalOption = Annotated[
    Path | None,
    typer.Option(
        "--journal",
        envvar=JOURNAL_ENV,
        dir_okay=False,
        help=f"The inbox's SQLite journal (default: {DEFAULT_JOURNAL} in the current directory).",
    ),
]
InboxOption = Annotated[
    str | None,
    typer.Option(
        "--inbox",
        metavar="MODULE:ATTRIBUTE",
        help="Your `Inbox` object with its handlers, e.g. myapp.hooks:inbox (imported from the current "
        "directory); its journal and hottok are used.",
    ),
]
HottokOption = Annotated[
    str | None, typer.Option(envvar="HOTMART_HOTTOK", help="Your account's webhook token (X-HOTMART-HOTTOK).")
]
LogFormatOption = Annotated[str, typer.Option("--log-format", help="Log lines as json or text (stderr).")]
LogLevelOption = Annotated[str, typer.Option("--log-level", help="debug, info, warning or error.")]
DestinationOption = Annotated[str, typer.Option(help="The dlt destination `hotmart sync` loads into.")]
DatasetOption = Annotated[
    str | None,
    typer.Option(help="The dataset `hotmart sync` loads into (default hotmart_data; with --account, the account's)."),
]
PipelineOption = Annotated[
    str | None,
    typer.Option(help="The --pipeline-name `hotmart sync` was given (its file is then NAME.duckdb)."),
]
AccountsOption = Annotated[
    Path,
    typer.Option("--accounts", metavar="FILE", dir_okay=False, help="The accounts file of `hotmart sync --accounts`."),
]
AccountOption = Annotated[
    str | None,
    typer.Option(
        "--account",
        metavar="NAME",
        help="Land into the warehouse of this entry of --accounts (default: the account of HOTMART_CLIENT_ID).",
    ),
]


@webhooks_app.command("serve")
def serve_command(
    ctx: typer.Context,
    *,
    journal: JournalOption = None,
    inbox_ref: InboxOption = None,
    hottok: HottokOption = None,
    host: Annotated[
        str, typer.Option(help="Interface to listen on (behind a reverse proxy: 127.0.0.1).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    path: Annotated[str, typer.Option(help="Path deliveries are POSTed to.")] = "/webhook",
    max_body: Annotated[
        int | None, typer.Option(min=1, help="Larger bodies are answered 413 (default 1 MiB, or the --inbox's).")
    ] = None,
    allow_body_hottok: Annotated[
        bool | None,
        typer.Option(help="Also accept the token inside the body when the header is absent (see the docs)."),
    ] = None,
    worker: Annotated[bool, typer.Option(help="Run the --inbox handlers in this process.")] = True,
    load_every: Annotated[
        float | None, typer.Option(min=1, metavar="SECONDS", help="Load into the warehouse every SECONDS.")
    ] = None,
    destination: DestinationOption = "duckdb",
    dataset: DatasetOption = None,
    pipeline_name: PipelineOption = None,
    accounts_file: AccountsOption = Path("accounts.toml"),
    account: AccountOption = None,
    proxy_headers: Annotated[
        bool, typer.Option(help="Trust X-Forwarded-For/-Proto from --forwarded-allow-ips (a reverse proxy).")
    ] = True,
    forwarded_allow_ips: Annotated[str, typer.Option(help="Addresses of the reverse proxy.")] = "127.0.0.1",
    graceful_timeout: Annotated[
        int, typer.Option(min=0, help="Seconds to finish in-flight requests on SIGTERM/Ctrl-C.")
    ] = 30,
    log_format: LogFormatOption = "json",
    log_level: LogLevelOption = "info",
) -> None:
    """Receive deliveries: verify, journal, then answer 200 (and run handlers, and load, if asked).

    Register https://YOUR-HOST/webhook (or --path) in Hotmart; serve HTTPS through a reverse proxy.
    """
    settings: Settings = ctx.obj or Settings()
    given = {"max_body": max_body, "allow_body_hottok": allow_body_hottok}
    inbox = _inbox(inbox_ref, journal, hottok, **{k: v for k, v in given.items() if v is not None})
    if inbox.hottok is None:
        _fail("serve needs the account's hottok: --hottok or HOTMART_HOTTOK (or the --inbox object's)")
    _setup_logs(log_format, log_level, inbox.hottok)
    pipeline = client_id = None
    if load_every is not None:
        where = _landing(
        settings, destination=destination, dataset=dataset, pipeline_name=pipeline_name,
        accounts_file=accounts_file, account=account,
    )  # fmt: skip
        pipeline, client_id = where.factory, where.client_id
    import uvicorn  # noqa: PLC0415 - the [cli] extra has it

    from ..inbox import inbox_app  # noqa: PLC0415

    app = inbox_app(inbox, path=path, worker=worker, load_every=load_every, pipeline=pipeline, account=client_id)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan="on",
        log_config=None,  # our handler, with secrets masked, formats uvicorn's lines too
        log_level=log_level,
        access_log=False,  # each delivery gets a structured line of its own
        proxy_headers=proxy_headers,
        forwarded_allow_ips=forwarded_allow_ips,
        timeout_graceful_shutdown=graceful_timeout,
        server_header=False,
    )
    logging.getLogger("hotmart_client.inbox").info(
        "serving", extra={"inbox_fields": {"url": f"http://{host}:{port}{path}", "journal": str(inbox.journal_path)}}
    )
    server = uvicorn.Server(config)
    stopped_by: list[int] = []
    # uvicorn handles SIGTERM/SIGINT while it serves (finishing in-flight requests, then the
    # lifespan), then raises the signal again for the handlers it found: these record it, so the
    # command exits 0 after a SIGTERM and 130 after Ctrl-C instead of dying of the signal.
    previous = {sig: signal.signal(sig, lambda signum, frame: stopped_by.append(signum)) for sig in _STOP_SIGNALS}
    try:
        server.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if not server.started:  # uvicorn said why (a port in use...)
        raise typer.Exit(EXIT_API)
    if signal.SIGINT in stopped_by:
        raise typer.Exit(EXIT_INTERRUPTED)


@webhooks_app.command("work")
def work_command(
    *,
    inbox_ref: Annotated[
        str, typer.Option("--inbox", metavar="MODULE:ATTRIBUTE", help="Your `Inbox` object, e.g. myapp.hooks:inbox.")
    ],
    journal: JournalOption = None,
    drain: Annotated[bool, typer.Option("--drain", help="Process what is due, then exit.")] = False,
    batch: Annotated[int, typer.Option(min=1, help="Events claimed at a time.")] = 10,
    log_format: LogFormatOption = "json",
    log_level: LogLevelOption = "info",
) -> None:
    """Run the --inbox handlers over the journal (beside `serve --no-worker`, or several at once)."""
    inbox = _inbox(inbox_ref, journal, None)
    _setup_logs(log_format, log_level, inbox.hottok)
    if not inbox.handlers:
        _fail(f"{inbox_ref} has no handlers: nothing to run")
    worker = inbox.worker(batch=batch)
    if drain:
        report = worker.drain()
    else:
        stop = threading.Event()
        with _signals(stop):
            worker.start()
            while worker.alive and not stop.wait(0.5):
                pass
            worker.stop()
        report = worker.report
    runs = ", ".join(f"{name} {count}" for name, count in sorted(report.handler_runs.items())) or "none"
    typer.echo(
        f"{report.done} done, {report.retried} to retry, {report.dead} dead, {report.lost_lease} taken over; "
        f"handler runs: {runs}",
        err=True,
    )


@webhooks_app.command("status")
def status_command(
    *,
    journal: JournalOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    dead: Annotated[int, typer.Option(min=0, help="Dead letters to list (newest first).")] = 20,
) -> None:
    """Events per state and per event name, handler runs, what is not loaded, the dead letters."""
    status = _existing(journal).status(dead_limit=dead)
    if as_json:
        typer.echo(json.dumps(_status_dict(status), indent=2))
        return
    for line in _status_lines(status):
        typer.echo(line)


@webhooks_app.command("replay")
def replay_command(
    *,
    journal: JournalOption = None,
    ids: Annotated[list[str] | None, typer.Option("--id", help="Only this event id (repeatable).")] = None,
    event: Annotated[str | None, typer.Option(help="Only events of this name.")] = None,
    include_done: Annotated[
        bool, typer.Option("--include-done", help="Also events that succeeded: all their handlers run again.")
    ] = False,
) -> None:
    """Put dead-lettered events back in the queue (attempts reset); a worker runs them again."""
    replayed, skipped = _existing(journal).replay(ids=ids or (), event=event, include_done=include_done)
    typer.echo(f"replayed {len(replayed)} event{'s' if len(replayed) != 1 else ''}")
    for event_id, reason in skipped.items():
        typer.echo(f"not replayed: {event_id} {reason}", err=True)
    if skipped:
        raise typer.Exit(EXIT_NOT_FOUND)


@webhooks_app.command("load")
def load_command(
    ctx: typer.Context,
    *,
    journal: JournalOption = None,
    destination: DestinationOption = "duckdb",
    dataset: DatasetOption = None,
    pipeline_name: PipelineOption = None,
    accounts_file: AccountsOption = Path("accounts.toml"),
    account: AccountOption = None,
    wait: Annotated[
        float, typer.Option(min=0, metavar="SECONDS", help="Wait up to SECONDS for a running load or sync's load.")
    ] = 0.0,
) -> None:
    """Load the journaled events not loaded yet next to what `hotmart sync` loads (same options):
    webhook_events and a typed table per event family, merged on the event id. The account's sync
    and this load share the warehouse: a dataset of another account is refused (exit 2)."""
    settings: Settings = ctx.obj or Settings()
    store = _existing(journal)
    where = _landing(
        settings, destination=destination, dataset=dataset, pipeline_name=pipeline_name,
        accounts_file=accounts_file, account=account,
    )  # fmt: skip
    from ..dlt import SyncError, SyncLockedError  # noqa: PLC0415 - checked by _landing
    from ..inbox import load  # noqa: PLC0415

    try:
        pipeline = where.factory()
        report = load(store, pipeline, account=where.client_id, wait=wait)
    except SyncError as exc:  # another account's dataset (exit 2), or a load running (75)
        code = EXIT_LOCKED if isinstance(exc, SyncLockedError) else EXIT_USAGE
        typer.echo(f"error: load: {exc} (the events stay in the journal)", err=True)
        raise typer.Exit(code) from None
    except Exception as exc:
        if type(exc).__module__.split(".")[0] != "dlt" and not isinstance(exc, ImportError | JournalError):
            raise
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        typer.echo(f"error: load: {first} (the events stay in the journal; run it again)", err=True)
        raise typer.Exit(EXIT_API) from None
    _print_load(report, destination, where.dataset, pipeline)


# -- helpers -------------------------------------------------------------------------------------


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _journal_path(journal: Path | None) -> Path:
    return journal if journal is not None else Path(DEFAULT_JOURNAL)


def _existing(journal: Path | None) -> Any:
    """The journal at `journal`, which must exist: reading a mistyped path reports an error, not
    an empty inbox."""
    path = _journal_path(journal)
    if not path.is_file():
        _fail(f"no journal at {path} (give --journal or {JOURNAL_ENV})")
    try:
        return Inbox(path).journal
    except JournalError as exc:
        _fail(str(exc))


def _inbox(reference: str | None, journal: Path | None, hottok: str | None, **options: Any) -> Inbox:
    """The --inbox object (checked against --journal and --hottok), else a handler-less inbox."""
    try:
        if reference is None:
            inbox = Inbox(_journal_path(journal), hottok=hottok, **options)
        else:
            inbox = _import_inbox(reference)
            if journal is not None and journal.resolve() != inbox.journal_path.resolve():
                _fail(f"{reference} journals to {inbox.journal_path}, not --journal {journal}: drop one")
            if hottok is not None and inbox.hottok not in (None, hottok):
                _fail(f"{reference} has its own hottok, different from --hottok/HOTMART_HOTTOK: drop one")
            inbox.hottok = inbox.hottok or hottok
            for name, value in options.items():
                if value != getattr(inbox, name):
                    setattr(inbox, name, value)
        inbox.journal  # noqa: B018 - opened now, so a bad path is an error before anything starts
    except (InvalidParameterError, JournalError) as exc:
        _fail(str(exc))
    return inbox


def _import_inbox(reference: str) -> Inbox:
    module_name, sep, attribute = reference.partition(":")
    if not sep or not module_name or not attribute:
        _fail(f"--inbox {reference!r}: expected MODULE:ATTRIBUTE, e.g. myapp.hooks:inbox")
    if "" not in sys.path and os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())  # as uvicorn does: your modules are importable from here
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        _fail(f"--inbox {reference!r}: cannot import {module_name}: {exc}")
    found = getattr(module, attribute, None)
    if not isinstance(found, Inbox):
        _fail(f"--inbox {reference!r}: {module_name}.{attribute} is {type(found).__name__}, not an Inbox")
    assert isinstance(found, Inbox)
    return found


def _setup_logs(style: str, level: str, hottok: str | None) -> None:
    if style not in ("json", "text"):
        _fail(f"--log-format must be json or text, not {style!r}")
    if level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        _fail(f"--log-level must be debug, info, warning or error, not {level!r}")
    configure_logs(style, level.upper(), secrets=[hottok] if hottok else [])


@dataclasses.dataclass(frozen=True)
class _Landing:
    """Where the events land: the account's (a client id; only its hash is written anywhere),
    its dataset, and a factory of the pipeline."""

    client_id: str
    dataset: str
    factory: Callable[[], Any]


def _landing(
    settings: Settings,
    *,
    destination: str,
    dataset: str | None,
    pipeline_name: str | None,
    accounts_file: Path,
    account: str | None,
) -> _Landing:
    """The warehouse `hotmart sync` fills for the account with these options (checked now: a
    missing [dlt] extra or a bad account is an error before serving, not at the first load)."""
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")  # no calls home unless asked for
    try:
        from ..dlt import AccountsFileError, load_accounts  # noqa: PLC0415
        from ..inbox import warehouse_pipeline  # noqa: PLC0415
    except ModuleNotFoundError:
        _fail(DLT_EXTRA)
    from ..mock._config import MOCK_CLIENT_ID  # noqa: PLC0415

    if account is not None:
        try:
            entries = {entry.name: entry for entry in load_accounts(accounts_file)}
        except AccountsFileError as exc:
            _fail(str(exc))
        if account not in entries:
            _fail(f"--account {account!r}: {accounts_file} has no such entry (it has {', '.join(entries)})")
        client_id, dataset = entries[account].client_id, dataset or entries[account].own_dataset
    elif settings.mock:
        client_id = MOCK_CLIENT_ID  # the account `hotmart --mock sync` syncs
    elif os.environ.get("HOTMART_CLIENT_ID", "").strip():
        client_id = os.environ["HOTMART_CLIENT_ID"].strip()
    else:
        _fail(
            "loading needs the account whose warehouse it is: HOTMART_CLIENT_ID (or --env-file), "
            "or --account NAME of an accounts file (--accounts FILE)"
        )
    dataset = dataset or "hotmart_data"
    file = None
    if destination == "duckdb":  # as `hotmart sync` names it
        file = f"{pipeline_name or ('hotmart_mock' if settings.mock else 'hotmart')}.duckdb"

    def make() -> Any:
        return warehouse_pipeline(client_id, destination=destination, dataset=dataset, name=pipeline_name,
                                  duckdb_file=file)  # fmt: skip

    return _Landing(client_id, dataset, make)


@contextlib.contextmanager
def _signals(stop: threading.Event) -> Iterator[None]:
    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in _STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _when(millis: int | None) -> str:
    if millis is None:
        return "-"
    return datetime.fromtimestamp(millis / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _status_dict(status: Status) -> dict[str, Any]:
    return {
        "journal": status.path,
        "events": status.total,
        "by_state": status.by_state,
        "due": status.due,
        "leased": status.leased,
        "not_loaded": status.not_loaded,
        "oldest_pending": _when(status.oldest_pending_ms) if status.oldest_pending_ms else None,
        "by_event": status.by_event,
        "handler_runs": status.handler_runs,
        "dead": [
            {
                "id": e.id,
                "event": e.event,
                "attempts": e.attempts,
                "received": _when(e.received_at),
                "error": e.last_error,
            }
            for e in status.dead
        ],
    }


def _status_lines(status: Status) -> list[str]:
    states = status.by_state
    lines = [
        f"Journal {status.path}: {status.total:,} events, {states['pending']:,} pending "
        f"({status.due:,} due now, {status.leased:,} held by a worker), {states['done']:,} done, "
        f"{states['dead']:,} dead; {status.not_loaded:,} not loaded into the warehouse.",
    ]
    if status.oldest_pending_ms is not None:
        lines.append(f"Oldest pending event received {_when(status.oldest_pending_ms)}.")
    if status.by_event:
        width = max(len(name) for name in status.by_event)
        lines += ["", f"{'event':<{width}}  {'pending':>8}  {'done':>8}  {'dead':>6}"]
        for name, counts in status.by_event.items():
            lines.append(f"{name:<{width}}  {counts['pending']:>8,}  {counts['done']:>8,}  {counts['dead']:>6,}")
    if status.handler_runs:
        lines += ["", "handler: events it succeeded for"]
        lines += [f"  {name}: {count:,}" for name, count in status.handler_runs.items()]
    if status.dead:
        lines += ["", f"dead letters (newest {len(status.dead)}; `hotmart webhooks replay` runs them again):"]
        for event in status.dead:
            lines.append(f"  {event.id} {event.event} received {_when(event.received_at)}, {event.attempts} attempts")
            lines.append(f"    {event.last_error}")
    return lines


def _print_load(report: LoadReport, destination: str, dataset: str, pipeline: Any) -> None:
    where = f"{destination} dataset {dataset}"
    if destination == "duckdb":
        with contextlib.suppress(Exception):
            where += f" ({pipeline.sql_client().credentials.database})"
    typer.echo(f"Loaded {report.events:,} events into {where} in {report.seconds:.1f} s.")
    for table, rows in sorted(report.tables.items()):
        typer.echo(f"  {table}: {rows:,} rows")
