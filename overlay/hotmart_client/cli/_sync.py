"""`hotmart sync`: copy the account into a warehouse (DuckDB by default) with hotmart_client.dlt.

Needs the `[dlt]` extra; without it the command says so in one line. Destinations other than the
default DuckDB file take their settings and credentials from dlt's own configuration (environment
variables or `.dlt/secrets.toml`), as any dlt pipeline does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .._client import Hotmart
from .._errors import HotmartError
from ..mock._config import MockConfig
from ._commands import parse_time
from ._session import EXIT_API, EXIT_INTERRUPTED, EXIT_USAGE, Settings, describe_error

if TYPE_CHECKING:
    from ..dlt import SyncReport, Table

EXTRA = "hotmart sync needs the [dlt] extra: pip install 'hotmart-client[dlt]'"
_EXTRA_MODULES = frozenset({"dlt", "duckdb", "pyarrow"})
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
    pipeline_name: Annotated[
        str | None,
        typer.Option(
            help="dlt pipeline name (state, and the DuckDB file name). Default: hotmart (hotmart_mock with --mock)."
        ),
    ] = None,
    list_tables: Annotated[bool, typer.Option("--list", help="List the tables and exit.")] = False,
) -> None:
    """Copy your sales, subscriptions, products, coupons, Members Area and events into a warehouse.

    Incremental: a later sync reads only the new part of each time window, plus a look-back. It
    commits as it goes; after a crash or Ctrl-C the same command resumes at the exact next item.
    """
    settings: Settings = ctx.obj or Settings()
    try:
        import dlt  # noqa: PLC0415 - needs the [dlt] extra

        from .. import dlt as hotmart_dlt  # noqa: PLC0415
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
    name = pipeline_name or ("hotmart_mock" if settings.mock else "hotmart")
    options = hotmart_dlt.Options(
        since=start,
        lookback_days=lookback_days,
        concurrency=concurrency,
        parameters=parameters,
        chunk_items=commit_every,
    )
    started = time.perf_counter()
    counter = hotmart_dlt.RequestCounter()
    try:
        pipeline = dlt.pipeline(pipeline_name=name, destination=destination, dataset_name=dataset)
        mock = MockConfig(items=MOCK_ITEMS) if settings.mock else None
        with settings.target(mock_config=mock) as target, _progress(selected or list(catalog)) as on_progress:
            if not settings.mock and settings.rate_limit is None:
                target["rate_limit"] = 500  # Hotmart's documented limit: a sync should not meet 429s
            with Hotmart(**target, transport=counter) as client:
                report = hotmart_dlt.sync(
                    pipeline,
                    client=client,
                    counter=counter,
                    resources=selected,
                    full_refresh=full_refresh,
                    options=options,
                    on_progress=on_progress,
                )
    except KeyboardInterrupt:
        typer.echo(
            f"interrupted after {time.perf_counter() - started:.0f} s ({counter.requests} requests): what was "
            "loaded is kept; run the same command again to resume where it stopped",
            err=True,
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except HotmartError as exc:
        message, code = describe_error(exc)
        typer.echo(f"error: sync: {message}; run the same command again to resume", err=True)
        raise typer.Exit(code) from None
    except (dlt.common.exceptions.DltException, ImportError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if isinstance(exc, ImportError | dlt.common.exceptions.MissingDependencyException):
            first += f" ({EXTRA})"
        typer.echo(f"error: sync: {first}", err=True)
        raise typer.Exit(EXIT_API) from None
    _print_report(report, destination, dataset, pipeline)


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
    given: dict[str, list[Any]] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip() or not text.strip():
            raise ValueError(f"--parameter {value!r}: expected NAME=VALUE, e.g. subdomain=minhaescola")
        given.setdefault(name.strip(), []).append(int(text) if text.strip().isdigit() else text.strip())
    return {**parameters, **given}


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
    names = sorted({*report.rows, *report.table_rows})
    width = max([len(name) for name in names] + [5])
    typer.echo(f"{'table':<{width}}  {'rows':>10}  {'loaded now':>10}")
    for name in names:
        total = report.table_rows.get(name)
        typer.echo(f"{name:<{width}}  {'' if total is None else f'{total:,}':>10}  {report.rows.get(name, 0):>10,}")
    for name, reason in report.skipped.items():
        typer.echo(f"skipped {name}: {reason}")
