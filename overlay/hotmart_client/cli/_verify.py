"""`hotmart verify`: check the spec against the account the credentials sign in to (docs/verify.md).

Exit status: 0 when every operation exercised answered as the spec says, 1 when something
differed, 6 when the check could not be completed (no operation exercised, or calls unanswered),
2 for a bad option (`--writes` outside the sandbox), 3 when the credentials are refused.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated, Any

import typer

from .._client import AsyncHotmart, Hotmart
from .._errors import HotmartError, InvalidParameterError
from .._exit_codes import EXIT_API, EXIT_INTERRUPTED, EXIT_UNAVAILABLE, EXIT_USAGE
from .._verify import DEFAULT_DEPTH, DEFAULT_PAGE_SIZE, DEFAULT_RATE, MAX_DEPTH, VerifyReport, averify, verify
from .._verify._plan import plan
from ..drift import DriftRecorder
from ..mock._config import MockConfig
from ._session import Settings, describe_error, parameter_options

# `hotmart --mock verify` reads a small account: two pages of each listing, in seconds.
MOCK_ITEMS = 100


def verify_command(
    ctx: typer.Context,
    *,
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", file_okay=False, help="Folder for report.json, report.md, drift.json and proposal.yaml."
        ),
    ] = Path("hotmart-verify"),
    depth: Annotated[
        int,
        typer.Option(
            min=1, max=MAX_DEPTH, help="Pages per listing, parent items per dependent operation, ids per filter."
        ),
    ] = DEFAULT_DEPTH,
    page_size: Annotated[int, typer.Option(min=1, help="Items asked per page (max_results).")] = DEFAULT_PAGE_SIZE,
    rate: Annotated[
        int | None,
        typer.Option(
            min=1,
            help=f"Requests per minute verify holds itself to (default {DEFAULT_RATE}, a quarter of Hotmart's 500; "
            "with --mock: no limit).",
        ),
    ] = None,
    parameter: Annotated[
        list[str] | None,
        typer.Option(
            "--parameter",
            "-p",
            metavar="NAME=VALUE",
            help="A value for a parameter no listing supplies, e.g. subdomain=myschool (repeatable).",
        ),
    ] = None,
    operation: Annotated[
        list[str] | None,
        typer.Option("--operation", metavar="OPERATION_ID", help="Read only this operation (repeatable)."),
    ] = None,
    writes: Annotated[
        bool,
        typer.Option(
            "--writes",
            help="Also run the writes whose effect can be undone (a coupon created and deleted, a billing day "
            "changed and set back). Sandbox only (--sandbox), each confirmed first.",
        ),
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Run the writes without asking.")] = False,
    webhook_recording: Annotated[
        list[Path] | None,
        typer.Option(
            "--webhook-recording",
            exists=True,
            dir_okay=False,
            help="A drift recording of webhook deliveries (webhooks.parse(..., drift=recorder)), reported per event.",
        ),
    ] = None,
) -> None:
    """Check the spec against your account: every read operation, every answer, one report to send upstream."""
    settings: Settings = ctx.obj or Settings()
    if writes and not (settings.sandbox or settings.mock):
        typer.echo("error: --writes is refused against production: add --sandbox (sandbox credentials)", err=True)
        raise typer.Exit(EXIT_USAGE)
    try:
        parameters = _parameters(parameter or [], mock=settings.mock)
        recordings = [DriftRecorder.load(path) for path in webhook_recording or []]
    except (ValueError, HotmartError) as exc:
        raise typer.BadParameter(str(exc)) from None
    pace = rate if rate is not None else None if settings.mock else DEFAULT_RATE
    options: dict[str, Any] = {
        "depth": depth,
        "page_size": page_size,
        "parameters": parameters,
        "rate": pace,
        "writes": writes,
        "confirm": _confirm(yes),
        "operations": operation or None,
        "webhook_recordings": recordings,
    }
    try:
        with settings.target(mock_config=MockConfig(items=MOCK_ITEMS)) as target:
            report = _run(target, settings.use_async, options)
    except KeyboardInterrupt:
        typer.echo("interrupted: no report written", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except InvalidParameterError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except HotmartError as exc:
        message, code = describe_error(exc)
        typer.echo(f"error: verify: {message}", err=True)
        raise typer.Exit(code) from None
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    written = report.save(output)
    typer.echo(report.summary())
    typer.echo(f"report: {', '.join(str(path) for path in written)}", err=True)
    if not report.passed:
        raise typer.Exit(EXIT_API if _differs(report) else EXIT_UNAVAILABLE)


def _run(target: dict[str, Any], use_async: bool, options: dict[str, Any]) -> VerifyReport:
    if use_async:

        async def run() -> VerifyReport:
            async with AsyncHotmart(**target) as client:
                return await averify(client, **options)

        return asyncio.run(run())
    with Hotmart(**target) as client:
        return verify(client, **options)


def _differs(report: VerifyReport) -> bool:
    return any(op.verdict == "differs" for op in report.operations)


def _confirm(yes: bool) -> Any:
    def ask(text: str) -> bool:
        if yes:
            typer.echo(f"write: {text}", err=True)
            return True
        try:
            return typer.confirm(f"write: {text}?", default=False, err=True)
        except typer.Abort:  # no answer (end of input): not confirmed
            return False

    return ask


def _parameters(values: list[str], *, mock: bool) -> dict[str, list[Any]]:
    """`--parameter NAME=VALUE` options; with `--mock`, the spec's example of each parameter no
    listing supplies (the mock answers for any value)."""
    parameters: dict[str, list[Any]] = {}
    if mock:
        for step in plan():
            for name, example in step.examples.items():
                if example is not None:
                    parameters.setdefault(name, [example])
    return {**parameters, **parameter_options(values)}
