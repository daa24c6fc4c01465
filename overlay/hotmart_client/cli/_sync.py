"""`hotmart sync`: copy the account into a warehouse (DuckDB by default) with hotmart_client.dlt.

Needs the `[dlt]` extra; without it the command says so in one line. Destinations other than the
default DuckDB file take their settings and credentials from dlt's own configuration (environment
variables or `.dlt/secrets.toml`), as any dlt pipeline does.

The pipeline comes from `hotmart_client.dlt.sync_pipeline`: named after the account and the file,
its state in `.hotmart/` beside the DuckDB file. The command says where it writes before it starts,
refuses a state or dataset of another account or destination (exit 2), and a second sync of the
same pipeline while one runs (exit 75, unless `--wait`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .._client import Hotmart
from .._errors import HotmartError
from .._exit_codes import EXIT_API, EXIT_INTERRUPTED, EXIT_LOCKED, EXIT_USAGE
from ..mock._config import MockConfig
from ._commands import parse_time
from ._session import Settings, describe_error, parameter_options
from ._sync_many import ManyOptions, run_accounts

if TYPE_CHECKING:
    from ..dlt import Options, SyncReport, Table

EXTRA = "hotmart sync needs the [dlt] extra: pip install 'hotmart-client[dlt]'"
_EXTRA_MODULES = frozenset({"dlt", "duckdb", "pyarrow", "filelock"})
# `hotmart --mock sync` reads a small account, so it finishes in seconds.
MOCK_ITEMS = 200
DEFAULT_DATASET = "hotmart_data"  # not the DuckDB file's name: DuckDB would find both ambiguous


def sync_command(
    ctx: typer.Context,
    *,
    destination: Annotated[
        str, typer.Option(help="A dlt destination: duckdb (a local file), postgres, bigquery, snowflake, filesystem...")
    ] = "duckdb",
    dataset: Annotated[str, typer.Option(help="Dataset (schema) to load into.")] = DEFAULT_DATASET,
    resources: Annotated[
        list[str] | None,
        typer.Option(
            "--resources",
            "-r",
            help="Tables to load (repeat or separate with commas; default: all). "
            "A table that needs a parent (coupons needs products) brings it along.",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Read the time windows from DATE (default: where the last sync ended, minus the look-back; "
            "2011-01-01 on a first sync).",
        ),
    ] = None,
    full_refresh: Annotated[
        bool, typer.Option("--full-refresh", help="Drop the selected tables and their state, then load them anew.")
    ] = False,
    lookback_days: Annotated[
        float,
        typer.Option(min=0, help="Days before the last sync's end read again (refunds change old sales)."),
    ] = 30.0,
    concurrency: Annotated[int, typer.Option(min=1, help="Parallel time windows per listing.")] = 4,
    commit_every: Annotated[
        int,
        typer.Option(min=1, metavar="ROWS", help="Commit after this many rows of a table: what a crash can cost."),
    ] = 50_000,
    parameter: Annotated[
        list[str] | None,
        typer.Option(
            "--parameter",
            "-p",
            metavar="NAME=VALUE",
            help="A value for a required parameter, e.g. subdomain=minhaescola or event_id=123 (repeatable).",
        ),
    ] = None,
    duckdb_file: Annotated[
        Path | None,
        typer.Option(
            metavar="PATH",
            dir_okay=False,
            help="The DuckDB file to write. Default: hotmart.duckdb in the current directory "
            "(hotmart_mock.duckdb with --mock; PIPELINE_NAME.duckdb with --pipeline-name).",
        ),
    ] = None,
    state_dir: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR",
            file_okay=False,
            help="Where the sync's state lives. Default: .hotmart beside the DuckDB file "
            "(other destinations: in the current directory).",
        ),
    ] = None,
    pipeline_name: Annotated[
        str | None,
        typer.Option(
            help="dlt pipeline name: the state's name, and the DuckDB file's. "
            "Default: the file's name and the account's key (hotmart_3f2a9c41b7d0).",
        ),
    ] = None,
    shared_dataset: Annotated[
        bool,
        typer.Option(
            "--shared-dataset",
            help="Several accounts in one dataset: every row gets an `account` column, part of every key.",
        ),
    ] = False,
    wait: Annotated[
        float,
        typer.Option(
            min=0,
            metavar="SECONDS",
            help="If a sync of the same pipeline is running, wait up to SECONDS for it (default: refuse, exit 75).",
        ),
    ] = 0.0,
    repair: Annotated[
        bool,
        typer.Option(
            "--repair",
            help="First repair a warehouse whose stored schema lists tables that do not exist "
            "(every sync failing): forget the stored schema versions and the local state, then sync.",
        ),
    ] = False,
    accounts: Annotated[
        Path | None,
        typer.Option(
            "--accounts",
            metavar="FILE",
            dir_okay=False,
            help="Sync every account of this TOML file (name, credentials or env_file, sandbox), each with its own "
            "state, lock and rate limit, in a dataset of its own (hotmart_<name>) unless --shared-dataset.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, metavar="N", help="With --accounts: accounts synced at once, each in its own process (default 4)."
        ),
    ] = None,
    list_tables: Annotated[bool, typer.Option("--list", help="List the tables and exit.")] = False,
) -> None:
    """Copy your sales, subscriptions, products, coupons, Members Area and events into a warehouse.

    Incremental: a later sync reads only the new part of each time window, plus a look-back. It
    commits as it goes; after a crash, kill or Ctrl-C the same command resumes at the exact next
    item. Exit 2 when the state or dataset belongs to another account or destination, 75 when
    another sync of the same pipeline is running. With --accounts: exit 1 when any account failed
    (the summary says which, and why).
    """
    settings: Settings = ctx.obj or Settings()
    try:
        from .. import dlt as hotmart_dlt  # noqa: PLC0415 - needs the [dlt] extra
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in _EXTRA_MODULES:
            raise
        typer.echo(EXTRA, err=True)
        raise typer.Exit(EXIT_USAGE) from None

    catalog = hotmart_dlt.tables()
    if list_tables:
        _print_tables(catalog)
        return
    try:
        selected = hotmart_dlt.select(_names(resources), catalog) if resources else None
        parameters = _parameters(parameter or [], catalog, mock=settings.mock)
        start = dt.datetime.fromtimestamp(parse_time(since) / 1000, dt.UTC) if since else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")  # no calls home unless asked for
    if accounts is None and workers is not None:
        raise typer.BadParameter("--workers goes with --accounts")
    if accounts is not None and pipeline_name is not None:
        raise typer.BadParameter("--pipeline-name names one pipeline; with --accounts each account has its own")
    if accounts is not None and dataset != DEFAULT_DATASET and not shared_dataset:
        raise typer.BadParameter(
            "with --accounts each account has a dataset of its own (hotmart_<name>, or its `dataset` in the file); "
            "--dataset names the one they share with --shared-dataset"
        )
    if destination == "duckdb" and duckdb_file is None:
        duckdb_file = Path(f"{pipeline_name or ('hotmart_mock' if settings.mock else 'hotmart')}.duckdb")
    elif destination != "duckdb" and duckdb_file is not None:
        raise typer.BadParameter("--duckdb-file is for --destination duckdb only")
    options = hotmart_dlt.Options(
        since=start,
        lookback_days=lookback_days,
        concurrency=concurrency,
        parameters=parameters,
        chunk_items=commit_every,
    )
    if accounts is not None:
        given = ManyOptions(
            accounts, workers or hotmart_dlt.DEFAULT_WORKERS, destination, dataset, shared_dataset, duckdb_file,
            state_dir, wait, repair, full_refresh, selected,
        )  # fmt: skip
        run_accounts(settings, given, options, mock_items=MOCK_ITEMS)
        return
    where = _Where(destination, dataset, duckdb_file, state_dir, pipeline_name, shared_dataset, wait, repair)
    _run(settings, where, selected, full_refresh, options)


@dataclasses.dataclass(frozen=True)
class _Where:
    """Where a sync writes, as the options say."""

    destination: str
    dataset: str
    duckdb_file: Path | None
    state_dir: Path | None
    pipeline_name: str | None
    shared: bool
    wait: float
    repair: bool


def _run(settings: Settings, where: _Where, selected: list[str] | None, full_refresh: bool, options: Options) -> None:
    import dlt  # noqa: PLC0415 - needs the [dlt] extra

    from .. import dlt as hotmart_dlt  # noqa: PLC0415

    started = time.perf_counter()
    counter = hotmart_dlt.RequestCounter()
    try:
        mock = MockConfig(items=MOCK_ITEMS) if settings.mock else None
        with settings.target(mock_config=mock) as target:
            if not settings.mock and settings.rate_limit is None:
                target["rate_limit"] = 500  # Hotmart's documented limit: a sync should not meet 429s
            with Hotmart(**target, transport=counter) as client:
                pipeline = hotmart_dlt.sync_pipeline(
                    client,
                    where.destination,
                    dataset=where.dataset,
                    duckdb_file=where.duckdb_file,
                    pipeline_name=where.pipeline_name,
                    pipelines_dir=where.state_dir,
                )
                _print_where(pipeline, client, shared=where.shared)
                with _progress(selected or list(hotmart_dlt.tables())) as on_progress:
                    report = hotmart_dlt.sync(
                        pipeline,
                        client=client,
                        counter=counter,
                        resources=selected,
                        full_refresh=full_refresh,
                        options=options,
                        on_progress=on_progress,
                        shared_dataset=where.shared,
                        wait=where.wait,
                        repair=where.repair,
                    )
    except hotmart_dlt.SyncLockedError as exc:
        typer.echo(f"error: sync: {exc}", err=True)
        raise typer.Exit(EXIT_LOCKED) from None
    except hotmart_dlt.IdentityMismatchError as exc:
        typer.echo(f"error: sync: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        _interrupted(started, counter)
    except HotmartError as exc:
        message, code = describe_error(exc)
        typer.echo(f"error: sync: {message}; run the same command again to resume", err=True)
        raise typer.Exit(code) from None
    except (dlt.common.exceptions.DltException, ImportError) as exc:
        if isinstance(getattr(exc, "exception", None), KeyboardInterrupt):  # dlt's step failed on Ctrl-C
            _interrupted(started, counter)
        first = hotmart_dlt.failure_line(exc)
        if isinstance(exc, ImportError | dlt.common.exceptions.MissingDependencyException):
            first += f" ({EXTRA})"
        typer.echo(f"error: sync: {first}", err=True)
        raise typer.Exit(EXIT_API) from None
    _print_report(report, where.destination, where.dataset, pipeline)


def _interrupted(started: float, counter: Any) -> NoReturn:
    typer.echo(
        f"interrupted after {time.perf_counter() - started:.0f} s ({counter.requests} requests): what was "
        "loaded is kept; run the same command again to resume where it stopped",
        err=True,
    )
    raise typer.Exit(EXIT_INTERRUPTED) from None


def _print_where(pipeline: Any, client: Hotmart, *, shared: bool) -> None:
    """One line on stderr before anything is read: which account goes where, and the state's folder."""
    from ..dlt._pipeline import account_key, destination_location  # noqa: PLC0415 - needs the [dlt] extra

    kind, location = destination_location(pipeline)
    mode = ", shared with other accounts" if shared else ""
    typer.echo(
        f"Syncing account {account_key(client)} into {kind} {location}, dataset {pipeline.dataset_name}{mode} "
        f"(state: {pipeline.working_dir})",
        err=True,
    )


def _names(values: list[str]) -> list[str]:
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _parameters(values: list[str], catalog: dict[str, Table], *, mock: bool) -> dict[str, list[Any]]:
    """`--parameter NAME=VALUE` options, after dlt's `sources.hotmart.parameters`; with `--mock`,
    the spec's example of every configured parameter (the mock answers for any value)."""
    import dlt  # noqa: PLC0415

    parameters: dict[str, list[Any]] = {}
    if mock:
        for table in catalog.values():
            for name, example in table.examples.items():
                if example is not None:
                    parameters.setdefault(name, [example])
    configured: Any = dlt.config.get("sources.hotmart.parameters")
    if isinstance(configured, dict):
        parameters.update({str(k): list(v) if isinstance(v, list | tuple) else [v] for k, v in configured.items()})
    return {**parameters, **parameter_options(values)}


@contextlib.contextmanager
def _progress(names: list[str]) -> Iterator[Any]:
    """A line per table on a terminal (rows and pages so far); nothing otherwise."""
    enabled = sys.stderr.isatty()
    progress = Progress(
        SpinnerColumn(finished_text="[green]✓"),
        TextColumn("{task.description:<28}"),
        TextColumn("{task.fields[rows]:>10,} rows"),
        TextColumn("{task.fields[pages]:>7,} pages"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
        disable=not enabled,
    )
    tasks = {name: progress.add_task(name, total=None, rows=0, pages=0) for name in names}

    def update(table: str, rows: int, pages: int, finished: bool) -> None:
        task = tasks.get(table)
        if task is not None:
            progress.update(task, rows=rows, pages=pages, total=1 if finished else None, completed=int(finished))

    with progress:
        yield update


def _print_tables(catalog: dict[str, Table]) -> None:
    for table in catalog.values():
        key = ", ".join(table.primary_key) or "(replaced each sync)"
        notes = []
        if table.parent is not None:
            notes.append(f"per {table.parent.table} item")
        if table.incremental:
            notes.append(f"incremental on {table.window[0] if table.window else ''}")
        if table.configured:
            notes.append(f"needs {', '.join(table.configured)}")
        typer.echo(
            f"{table.name:<28} {table.operation.operation_id:<30} key: {key}"
            + (f"; {'; '.join(notes)}" if notes else "")
        )


def _print_report(report: SyncReport, destination: str, dataset: str, pipeline: Any) -> None:
    where = f"{destination} dataset {dataset}"
    if destination == "duckdb":
        with contextlib.suppress(Exception):
            where += f" ({pipeline.sql_client().credentials.database})"
    requests = "?" if report.requests is None else f"{report.requests:,}"
    limited = "?" if report.rate_limited is None else f"{report.rate_limited:,}"
    rounds = f"{report.rounds} round{'s' if report.rounds != 1 else ''}"
    typer.echo(f"Synced into {where} in {report.seconds:.1f} s: {requests} requests, {limited} answered 429, {rounds}.")
    if report.pending_loaded:
        typer.echo("First loaded what the interrupted sync had read.")
    if report.copies_removed:
        tables = ", ".join(f"{name} {count:,}" for name, count in sorted(report.copies_removed.items()))
        removed = sum(report.copies_removed.values())
        typer.echo(f"Removed {removed:,} rows the interrupted load had written twice ({tables}).")
    names = sorted({*report.rows, *report.table_rows})
    width = max([len(name) for name in names] + [5])
    typer.echo(f"{'table':<{width}}  {'rows':>10}  {'loaded now':>10}")
    for name in names:
        total = report.table_rows.get(name)
        typer.echo(f"{name:<{width}}  {'' if total is None else f'{total:,}':>10}  {report.rows.get(name, 0):>10,}")
    for name, reason in report.skipped.items():
        typer.echo(f"skipped {name}: {reason}")
