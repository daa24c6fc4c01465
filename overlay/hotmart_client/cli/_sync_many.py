"""`hotmart sync --accounts accounts.toml`: every account of the file, in parallel worker processes.

What one account does is `hotmart sync`'s (hotmart_client.dlt.sync_accounts runs it per account).
Here: the file is read and checked, the run is announced on stderr, each account's start and end
are reported as they happen, and the summary lists every account (stdout). Exit 0 when every
account synced, 1 when any failed (each line says why, with the exit status that account alone
would have had), 130 when interrupted, 2 for a bad accounts file or options.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from .._exit_codes import EXIT_USAGE
from ._session import Settings

if TYPE_CHECKING:
    from ..dlt import Account, AccountResult, AccountsReport, Options


@dataclasses.dataclass(frozen=True)
class ManyOptions:
    """`hotmart sync`'s options, as they apply to every account."""

    accounts_file: Path
    workers: int
    destination: str
    dataset: str
    shared: bool
    duckdb_file: Path | None
    state_dir: Path | None
    wait: float
    repair: bool
    full_refresh: bool
    resources: list[str] | None


def run_accounts(settings: Settings, given: ManyOptions, options: Options, *, mock_items: int) -> None:
    from .. import dlt as hotmart_dlt  # noqa: PLC0415 - the [dlt] extra, checked by the caller

    if settings.sandbox:
        _usage("--sandbox with --accounts: set `sandbox = true` on the accounts that need it")
    if settings.record_drift is not None or settings.mock_drift:
        _usage("--record-drift and --mock-drift go with one account, not --accounts")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", hotmart_dlt.ReadableSecretsWarning)
        try:
            accounts = hotmart_dlt.load_accounts(given.accounts_file)
        except hotmart_dlt.AccountsFileError as exc:
            _usage(str(exc))
    for warning in caught:
        typer.echo(f"warning: {warning.message}", err=True)
    with _target(settings, accounts, mock_items) as client:
        _announce(given, accounts, client)
        try:
            report = hotmart_dlt.sync_accounts(
                accounts,
                given.destination,
                duckdb_file=given.duckdb_file,
                shared_dataset=given.shared,
                dataset=given.dataset,
                state_dir=given.state_dir,
                workers=given.workers,
                resources=given.resources,
                full_refresh=given.full_refresh,
                options=options,
                wait=given.wait,
                repair=given.repair,
                on_event=_event,
                log_level=logging.DEBUG if settings.debug else None,
                **client,
            )
        except hotmart_dlt.AccountsFileError as exc:
            _usage(str(exc))
    _summary(report, given)
    if report.interrupted:
        typer.echo(
            "interrupted: what each account loaded is kept; run the same command again to resume where each stopped",
            err=True,
        )
    raise typer.Exit(report.exit_code)


@contextlib.contextmanager
def _target(settings: Settings, accounts: list[Account], items: int) -> Iterator[dict[str, Any]]:
    """The client settings every worker gets (`Settings.target`'s, less the credentials: each
    account has its own); with --mock, a mock serving each account of the file (its own data,
    signing in with the file's credentials)."""
    from ..dlt import FixedClock  # noqa: PLC0415
    from ..mock._config import MockConfig  # noqa: PLC0415 - a dataclass; the server starts only with --mock

    config = MockConfig(
        items=items,
        accounts={account.client_id: number for number, account in enumerate(accounts)},
        credentials={account.client_id: account.client_secret for account in accounts},
    )
    with settings.target(mock_config=config) as target:
        client = {key: target.get(key) for key in ("base_url", "token_url", "max_retries", "rate_limit")}
        if settings.mock:  # the mock's now, where its data ends (a value: workers get it pickled)
            client["wall_clock"] = FixedClock(target["wall_clock"]())
        elif client["rate_limit"] is None:
            client["rate_limit"] = 500  # Hotmart's documented limit, per account: a sync should not meet 429s
        yield client


def _announce(given: ManyOptions, accounts: list[Account], client: dict[str, Any]) -> None:
    where = given.destination
    if given.destination == "duckdb" and given.duckdb_file is not None:
        where += f" {given.duckdb_file.absolute()}"
    datasets = f"all in dataset {given.dataset} (an `account` column in every key)" if given.shared else (
        "a dataset each (hotmart_<name>)"
    )  # fmt: skip
    state = given.state_dir or (given.duckdb_file.absolute().parent if given.duckdb_file else Path.cwd()) / ".hotmart"
    workers = min(given.workers, len(accounts))
    plural = "s" if len(accounts) != 1 else ""
    typer.echo(
        f"Syncing {len(accounts)} account{plural} of {given.accounts_file} into {where}, {datasets}, "
        f"{workers} at a time (state: {Path(state).absolute()})",
        err=True,
    )


def _event(kind: str, result: AccountResult) -> None:
    if kind == "start":
        typer.echo(f"{result.name} ({result.key}): syncing into dataset {result.dataset}", err=True)
    elif result.ok:
        typer.echo(f"{result.name}: synced in {result.seconds:.1f} s, {result.loaded:,} rows loaded now", err=True)
    else:
        typer.echo(f"{result.name}: failed: {result.error}", err=True)


def _summary(report: AccountsReport, given: ManyOptions) -> None:
    done = len(report.results) - len(report.failed)
    where = given.destination
    if given.destination == "duckdb" and given.duckdb_file is not None:
        where += f" {given.duckdb_file.absolute()}"
    typer.echo(
        f"Synced {done} of {len(report.results)} accounts into {where} in {report.seconds:.1f} s "
        f"({report.workers} worker{'s' if report.workers != 1 else ''})."
    )
    header = ("account", "key", "dataset", "result", "rows", "loaded now", "requests", "429", "seconds")
    lines = [header, *(_row(result) for result in report.results)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        cells = [
            cell.ljust(width) if i < 4 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        typer.echo("  ".join(cells).rstrip())
    for result in report.failed:
        typer.echo(f"{result.name}: {result.error} (exit {result.exit_code})")


def _row(result: AccountResult) -> tuple[str, ...]:
    report = result.report
    outcome = "ok" if result.ok else ("not started" if not result.started else "failed")
    rows = "-" if result.rows is None else f"{result.rows:,}"
    loaded = f"{result.loaded:,}" if report is not None else "-"
    requests = "-" if report is None or report.requests is None else f"{report.requests:,}"
    limited = "-" if report is None or report.rate_limited is None else f"{report.rate_limited:,}"
    seconds = f"{result.seconds:.1f}" if result.started else "-"
    return (result.name, result.key, result.dataset, outcome, rows, loaded, requests, limited, seconds)


def _usage(message: str) -> None:
    typer.echo(f"error: sync: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)
