"""One command per read operation, derived from the overlay's `OPERATIONS` and the spec.

`hotmart <area> <method>`: the area is the operation's tag in lower case, the method its
`x-hotmart-method` with dashes (`hotmart sales price-details`). Path parameters are arguments,
query parameters are options typed from the spec: enums are choices, timestamps take dates.
An API parameter named like one of the command's own options (`format` of `listProducts`) is
exposed as `--api-<name>`.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import shlex
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import typer

from .._coerce import enum_class, to_millis
from .._errors import HotmartError, InvalidParameterError
from .._exit_codes import EXIT_USAGE
from .._operation import Operation, Param
from ..mock._spec import MockSpec, SpecOperation
from ..resources import OPERATIONS
from ._columns import Layout
from ._export import Export, Interrupted, Sink, page_token_checkpoint, run_export
from ._outfile import OutputFile, plan_output
from ._output import FORMATS, Format, Writer, make_writer
from ._session import Settings, describe_error

OWN_OPTIONS = frozenset({"format", "output", "limit", "all", "columns", "resume", "append", "overwrite", "epoch_ms"})
_FLAG_SAFE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class ReadCommand:
    group: str
    name: str
    operation: Operation[Any]
    spec: SpecOperation
    layout: Layout  # an item's documented fields: the CSV header, the times shown as dates


def read_commands(spec: MockSpec | None = None) -> list[ReadCommand]:
    spec = spec or MockSpec.load()
    commands = []
    for operation_id, operation in OPERATIONS.items():
        described = spec.by_id.get(operation_id)
        if operation.method != "GET" or described is None:
            continue
        layout = Layout.of(spec, spec.items_schema(described) or described.response_schema or {})
        group = _FLAG_SAFE.sub("-", described.tag.lower()).strip("-")
        commands.append(ReadCommand(group, described.method_name.replace("_", "-"), operation, described, layout))
    return sorted(commands, key=lambda c: (c.group, c.name))


def parse_time(value: str) -> int:
    """`2026-01-01`, `2026-01-01T10:00:00-03:00` or epoch milliseconds, as epoch milliseconds."""
    try:
        return to_millis(int(value) if value.strip().isdigit() else value, "date")
    except HotmartError as exc:
        raise typer.BadParameter(str(exc).removeprefix("date: ")) from None


DATE_HELP = "DATE: a date (a whole UTC day, or of --tz), an ISO 8601 datetime with offset, or epoch ms."
_EPOCH_MS_TEXT = re.compile(r"\s*[0-9]{10,}\s*")  # shorter digit strings are dates, e.g. 20261231
_ALONE_EPOCH_NOTE = re.compile(r",?\s*(as\s+)?(in\s+)?Unix epoch milliseconds(\s*\(UTC\))?")


def time_argument(value: str) -> int | str:
    """A time option as the client takes it: epoch milliseconds as a number, anything else as the
    text given, so that the client reads a date as the whole day (or month) it names, its end
    included for an end bound. Checked here, so a bad value is a usage error before any request."""
    candidate: int | str = int(value) if _EPOCH_MS_TEXT.fullmatch(value) else value.strip()
    try:
        to_millis(candidate, "date")
    except HotmartError as exc:
        raise typer.BadParameter(str(exc).removeprefix("date: ")) from None
    return candidate


def _date_help(description: str) -> str:
    """The spec's description without its wire format (epoch ms), and what the option takes."""
    text = _ALONE_EPOCH_NOTE.sub("", description).strip()
    return f"{text.rstrip('.')}. {DATE_HELP}" if text else DATE_HELP


def in_zone(operation: Operation[Any], args: dict[str, Any], zone: ZoneInfo | None) -> dict[str, Any]:
    """With --tz, a date alone (no time of day) names a day of that zone, not of UTC: the client's
    reading of it (its first millisecond, or its last for an end bound) moved to the zone's clock."""
    if zone is None:
        return args
    kinds = {param.name: param for param in operation.params if param.kind == "timestamp"}
    moved = dict(args)
    for name, value in args.items():
        param = kinds.get(name)
        if param is None or not isinstance(value, str) or any(mark in value for mark in "Tt:"):
            continue
        utc = dt.datetime.fromtimestamp(param.coerce(value) / 1000, dt.UTC)
        moved[name] = utc.replace(tzinfo=zone)
    return moved


def _option_name(param: Param) -> str:
    flag = param.name.replace("_", "-")
    return f"--api-{flag}" if param.name in OWN_OPTIONS else f"--{flag}"


def _api_parameter(param: Param, help_text: str, identifier: str) -> inspect.Parameter:
    """The signature entry Typer turns into an argument or option for one API parameter."""
    kind: Any = str
    extra: dict[str, Any] = {}
    if param.kind == "int":
        kind, extra = int, {"min": param.minimum, "max": param.maximum}
    elif param.kind == "number":
        kind = float
    elif param.kind == "bool":
        kind = bool
    elif param.kind == "timestamp":
        kind, extra = str, {"parser": time_argument, "metavar": "DATE"}
        help_text = _date_help(help_text)
    elif param.kind == "enum" and param.enum:
        kind, extra = enum_class(param.enum), {"case_sensitive": False}
    elif param.kind == "enum_list" and param.enum:
        kind, extra = list[enum_class(param.enum)], {"case_sensitive": False}  # type: ignore[misc]
    elif param.kind in ("str_list", "int_list"):
        kind = list[int] if param.kind == "int_list" else list[str]
    if param.location == "path":
        info: Any = typer.Argument(help=help_text, show_default=False, **extra)
        return inspect.Parameter(identifier, inspect.Parameter.KEYWORD_ONLY, annotation=Annotated[kind, info])
    info = typer.Option(_option_name(param), help=help_text, show_default=False, **extra)
    if param.required:
        return inspect.Parameter(identifier, inspect.Parameter.KEYWORD_ONLY, annotation=Annotated[kind, info])
    annotation = Annotated[kind | None, info]
    return inspect.Parameter(identifier, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=None)


def _common_parameters(paginated: bool, window: tuple[str, str] | None = None) -> list[inspect.Parameter]:
    def option(name: str, annotation: Any, default: Any) -> inspect.Parameter:
        return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)

    formats = "|".join(FORMATS)
    common = [
        option(
            "fmt",
            Annotated[
                str | None,
                typer.Option(
                    "--format",
                    "-f",
                    help=f"{formats}. Default: table on a terminal, else jsonl (or from --output's extension).",
                ),
            ],
            None,
        ),
        option("output", Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")], None),
        option(
            "append",
            Annotated[bool, typer.Option("--append", help="Continue an existing --output file (same format).")],
            False,
        ),
        option(
            "overwrite", Annotated[bool, typer.Option("--overwrite", help="Replace an existing --output file.")], False
        ),
        option(
            "epoch_ms",
            Annotated[
                bool,
                typer.Option(
                    "--epoch-ms", help="Write times as epoch milliseconds (default: ISO 8601, in UTC or --tz)."
                ),
            ],
            False,
        ),
        option("limit", Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most N items.")], None),
        option("columns", Annotated[str | None, typer.Option(help="Comma-separated fields (table, csv).")], None),
    ]
    if paginated:
        common.append(
            option("all_pages", Annotated[bool, typer.Option("--all", help="Fetch every page (autopaginate).")], False)
        )
        resume_help = "Continue an interrupted export at the exact next item (the checkpoint it printed)."
        common.append(
            option(
                "resume", Annotated[str | None, typer.Option("--resume", metavar="CHECKPOINT", help=resume_help)], None
            )
        )
    if window is not None:
        start, end = (f"--{name.replace('_', '-')}" for name in window)
        help_text = (
            f"Export in parallel: split {start}..{end} (both required) into windows fetched by N workers, "
            "paced by --rate-limit; fetches every page; resumable with --resume."
        )
        common.append(option("concurrency", Annotated[int | None, typer.Option(min=1, help=help_text)], None))
    return common


def make_callback(command: ReadCommand) -> Callable[..., None]:
    """A function whose signature Typer reads to build the command's arguments and options."""
    identifiers = {f"api_{i}": p for i, p in enumerate(command.operation.params)}
    descriptions = {p.name: p.description for p in command.spec.params}
    parameters = [inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context)]
    parameters += [
        _api_parameter(param, descriptions.get(param.name, ""), identifier) for identifier, param in identifiers.items()
    ]
    pagination = command.operation.pagination
    parameters += _common_parameters(pagination is not None, pagination.window if pagination else None)
    # Required parameters first: Python signatures forbid defaults before non-defaults.
    parameters.sort(key=lambda p: p.default is not inspect.Parameter.empty)

    def callback(**values: Any) -> None:
        ctx: typer.Context = values.pop("ctx")
        args = {param.name: values[ident] for ident, param in identifiers.items() if values.get(ident) is not None}
        for name, value in args.items():
            if isinstance(value, list) and not value:
                args[name] = None
        try:
            execute(ctx.obj or Settings(), command, {k: v for k, v in args.items() if v is not None}, values)
        except InvalidParameterError as exc:  # arguments the client refused before any request
            typer.echo(f"error: {command.group} {command.name}: invalid option: {exc}", err=True)
            raise typer.Exit(EXIT_USAGE) from None

    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__annotations__ = {p.name: p.annotation for p in parameters}
    callback.__name__ = command.name.replace("-", "_")
    return callback


def execute(settings: Settings, command: ReadCommand, args: dict[str, Any], options: dict[str, Any]) -> None:
    output: Path | None = options.get("output")
    fmt = _format(options.get("fmt"), output)
    columns = _columns(command, options.get("columns"))
    pagination = command.operation.pagination
    args = in_zone(command.operation, args, settings.tz)
    page_token = args.pop(pagination.token_parameter, None) if pagination else None
    resume: str | None = options.get("resume")
    if resume is not None and page_token is not None:
        raise typer.BadParameter("give --resume or --page-token, not both", param_hint="--resume")
    if page_token is not None:
        resume = page_token_checkpoint(command.operation, args, page_token)
    single = pagination is None and not command.operation.success_is_list
    plan = plan_output(
        output,
        fmt,
        append=bool(options.get("append")),
        overwrite=bool(options.get("overwrite")),
        resume=resume,
        resumable=pagination is not None and fmt != "table",
    )

    def new_writer(target: OutputFile | None) -> Writer:
        return make_writer(
            fmt,
            target.stream if target else sys.stdout,
            single=single,
            columns=columns,
            layout=command.layout,
            target=target,
            epoch_millis=bool(options.get("epoch_ms")),
            recording=settings.record_drift,
            zone=settings.tz,
        )

    export = Export(
        command.operation,
        args,
        Sink(plan, new_writer),
        resume=plan.resume,
        limit=options.get("limit"),
        all_pages=bool(options.get("all_pages")),
        concurrency=options.get("concurrency"),
        show_progress=bool(options.get("all_pages") or options.get("concurrency")) or options.get("limit") is not None,
    )
    with export.interrupts.installed():  # also while closing: a signal then is reported, not fatal
        _run(settings, command, export, output)


def _run(settings: Settings, command: ReadCommand, export: Export, output: Path | None) -> None:
    try:
        with settings.target() as target:
            run_export(export, target, settings.use_async)
        with export.interrupts.deferred():
            export.sink.close(finished=not export.more)
    except KeyboardInterrupt as exc:
        export.sink.close(finished=False)
        signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
        stopped = "interrupted" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
        where = (
            f"; resume with: {_resume_command(export.checkpoint, output)}" if export.more and export.checkpoint else ""
        )
        typer.echo(f"{stopped} after {export.count} items{where}", err=True)
        raise typer.Exit(128 + signum) from None
    except HotmartError as exc:
        export.sink.close(finished=False)
        message, code = describe_error(exc)
        if export.sink.plan.saved is not None and isinstance(exc, InvalidParameterError) and exc.parameter == "resume":
            message = f"the checkpoint saved beside {output} does not fit this command: {exc.problem}"
        typer.echo(f"error: {command.group} {command.name}: {message}", err=True)
        if exc.checkpoint and export.count:
            typer.echo(
                f"{export.count} items written; resume with: {_resume_command(exc.checkpoint, output)}", err=True
            )
        raise typer.Exit(code) from None
    if export.more and export.checkpoint:
        typer.echo(
            f"{export.count} items; more with: {_resume_command(export.checkpoint, output)} (or --all)", err=True
        )
    elif command.operation.pagination is not None or command.operation.success_is_list:
        typer.echo(f"{export.count} items{_mock_period(settings) if not export.count else ''}", err=True)


def _mock_period(settings: Settings) -> str:
    """After `0 items` under --mock: the mock has data for a fixed period only, which may be why."""
    config = settings.mock_config
    if config is None:
        return ""
    start, end = config.period
    return (
        f"; the mock's data covers {start} to {end} and its today is {config.clock} "
        "(--today sets it): ask for dates in that period"
    )


def _columns(command: ReadCommand, requested: str | None) -> list[str] | None:
    """`--columns a,b`: documented fields of the item (or `_undocumented`); anything else is a usage error."""
    if requested is None:
        return None
    names = [name.strip() for name in requested.split(",") if name.strip()]
    if not names:
        raise typer.BadParameter("name at least one column", param_hint="--columns")
    try:
        return command.layout.check(names)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--columns") from None


def _format(requested: str | None, output: Path | None) -> Format:
    if requested is not None:
        if requested not in FORMATS:
            raise typer.BadParameter(f"expected one of {', '.join(FORMATS)}", param_hint="--format")
        return requested
    if output is not None:
        suffix = output.suffix.lower().lstrip(".")
        return suffix if suffix in ("json", "jsonl", "csv") else "jsonl"  # type: ignore[return-value]
    return "table" if sys.stdout.isatty() else "jsonl"


# Options that a resume command replaces: flag -> whether it takes a value.
_RESUME_REPLACES = {"--page-token": True, "--resume": True, "--overwrite": False, "--append": False}


def _resume_command(checkpoint: str, output: Path | None) -> str:
    """This very command line, continuing where it stopped: `--resume` at the exact next item and,
    with `--output`, `--append` to the same file (nothing written so far is lost or repeated)."""
    kept: list[str] = []
    words = iter(sys.argv[1:])
    for word in words:
        flag = word.split("=", 1)[0]
        if flag in _RESUME_REPLACES:
            if _RESUME_REPLACES[flag] and "=" not in word:
                next(words, None)
            continue
        kept.append(word)
    extra = ["--resume", checkpoint] + (["--append"] if output is not None else [])
    return shlex.join(["hotmart", *kept, *extra])


def register(app: typer.Typer, spec: MockSpec | None = None) -> None:
    """Add one sub-app per area, with one command per read operation."""
    spec = spec or MockSpec.load()
    tags = {str(t["name"]).lower(): " ".join(str(t.get("description", "")).split()) for t in spec.doc.get("tags", [])}
    groups: dict[str, typer.Typer] = {}
    for command in read_commands(spec):
        if command.group not in groups:
            help_text = tags.get(command.group, "")
            groups[command.group] = typer.Typer(name=command.group, help=help_text, no_args_is_help=True)
            app.add_typer(groups[command.group], name=command.group)
        described = command.spec
        groups[command.group].command(
            command.name,
            help=f"{described.summary}\n\n{described.description}".strip(),
            short_help=described.summary,
        )(make_callback(command))


__all__ = ["EXIT_USAGE", "ReadCommand", "execute", "read_commands", "register"]
