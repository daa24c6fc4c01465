"""The `hotmart` application: global options, the `mock` command and the generated read commands."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer

from .._errors import HotmartError
from .._exit_codes import (
    EXIT_API,
    EXIT_AUTH,
    EXIT_INTERRUPTED,
    EXIT_LOCKED,
    EXIT_NOT_FOUND,
    EXIT_RATE_LIMITED,
    EXIT_TERMINATED,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
)
from ..mock._accounts import describe, numbered_accounts
from ..mock._config import DEFAULT_MAX_PAGE_SIZE, MOCK_CLIENT_ID, MOCK_CLIENT_SECRET, MockConfig
from ..mock._drift import Drift
from ..mock._faults import Faults
from ._commands import register
from ._session import Settings, enable_debug, load_env_file, time_zone
from ._spec import spec_app
from ._sync import sync_command
from ._verify import verify_command
from ._webhooks import webhooks_app

# Every exit code a command can return (tests/cli/test_exit_codes.py finds them in the code).
EXIT_CODES = (
    (0, "ok"),
    (EXIT_API, "API error (verify: an answer differs from the spec)"),
    (EXIT_USAGE, "bad option or parameter"),
    (EXIT_AUTH, "credentials"),
    (EXIT_NOT_FOUND, "not found"),
    (EXIT_RATE_LIMITED, "rate limited"),
    (EXIT_UNAVAILABLE, "Hotmart or network unavailable (verify: could not complete)"),
    (EXIT_LOCKED, "another sync of the pipeline is running"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C)"),
    (EXIT_TERMINATED, "stopped by SIGTERM"),
)
EPILOG = (
    "Credentials: HOTMART_CLIENT_ID, HOTMART_CLIENT_SECRET and HOTMART_BASIC (environment or --env-file). "
    f"Exit codes: {', '.join(f'{code} {meaning}' for code, meaning in EXIT_CODES)}."
)

app = typer.Typer(
    name="hotmart",
    help="Read your Hotmart sales, subscriptions, products, coupons, Members Area and events.",
    epilog=EPILOG,
    no_args_is_help=True,
    # Locals of a traceback may hold credentials: never print them.
    pretty_exceptions_show_locals=False,
)


@app.callback()
def root(
    ctx: typer.Context,
    *,
    mock: Annotated[bool, typer.Option("--mock", help="Run against an embedded mock server: no credentials.")] = False,
    mock_drift: Annotated[
        bool,
        typer.Option("--mock-drift", help="With --mock: the mock drifts from the spec (see `hotmart mock --drift`)."),
    ] = False,
    sandbox: Annotated[bool, typer.Option("--sandbox", help="Use Hotmart's sandbox environment.")] = False,
    env_file: Annotated[
        Path | None, typer.Option("--env-file", exists=True, dir_okay=False, help="Read KEY=VALUE credentials.")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Log every request on stderr (secrets masked).")] = False,
    use_async: Annotated[bool, typer.Option("--async", help="Use the asyncio client (same results).")] = False,
    base_url: Annotated[
        str | None, typer.Option(envvar="HOTMART_BASE_URL", help="API root, e.g. a `hotmart mock` server.")
    ] = None,
    token_url: Annotated[str | None, typer.Option(envvar="HOTMART_TOKEN_URL", help="Token endpoint URL.")] = None,
    retries: Annotated[
        int | None, typer.Option(min=0, help="Retries after 429/5xx/network errors (default 3).")
    ] = None,
    rate_limit: Annotated[
        int | None,
        typer.Option(min=1, help="Client-side limit: at most N requests in any minute (Hotmart allows 500)."),
    ] = None,
    record_drift: Annotated[
        Path | None,
        typer.Option(
            "--record-drift",
            dir_okay=False,
            help="Record what responses hold that the spec does not describe into FILE (added to it); "
            "read it with `hotmart spec drift FILE`.",
        ),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            metavar="YYYY-MM-DD",
            help="With --mock: the mock's today, for Hotmart's relative defaults (as `hotmart mock --today`). "
            "Default: the end of its data.",
        ),
    ] = None,
    tz: Annotated[
        str | None,
        typer.Option(
            "--tz",
            metavar="ZONE",
            envvar="HOTMART_TZ",
            help="Time zone (e.g. America/Sao_Paulo) of date-only bounds (--start-date 2026-06-01 is that day "
            "there) and of the times written (table, csv, json). Default: UTC.",
        ),
    ] = None,
) -> None:
    if env_file is not None:
        try:
            load_env_file(env_file)
        except HotmartError as exc:
            typer.echo(f"error: --env-file: {exc}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
    try:
        zone = time_zone(tz or os.environ.get("HOTMART_TZ"))  # the variable may come from --env-file
    except HotmartError as exc:
        typer.echo(f"error: --tz: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if debug:
        enable_debug()
    for flag, given in (("--mock-drift", mock_drift), ("--today", today is not None)):
        if given and not mock:
            typer.echo(f"error: {flag} goes with --mock", err=True)
            raise typer.Exit(EXIT_USAGE)
    ctx.obj = Settings(
        mock, sandbox, use_async, debug, base_url, token_url, retries, rate_limit, record_drift, mock_drift, zone,
        mock_today=_mock_today(today),
    )  # fmt: skip


def _mock_today(text: str | None) -> dt.date | None:
    """`--today`, read as `hotmart mock --today` reads it."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date (YYYY-MM-DD)", param_hint="--today") from None


mock_app = typer.Typer(
    name="mock",
    help="Serve a mock Hotmart API built from the spec, or send it test webhooks.",
    invoke_without_command=True,
)
app.add_typer(mock_app)
app.add_typer(spec_app)
app.add_typer(webhooks_app)


@mock_app.callback()
def mock_command(
    ctx: typer.Context,
    *,
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8080,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    seed: Annotated[int, typer.Option(help="Seed of the data set and of the faults.")] = 0,
    items: Annotated[int, typer.Option(min=1, help="Items per list (sales, subscriptions...).")] = 2000,
    latency: Annotated[float, typer.Option(min=0, help="Seconds added to every answer.")] = 0.0,
    jitter: Annotated[float, typer.Option(min=0, help="Extra random latency, up to this many seconds.")] = 0.0,
    error_rate: Annotated[float, typer.Option(min=0, max=1, help="Fraction answered 500/502/503.")] = 0.0,
    rate_limit_rate: Annotated[float, typer.Option(min=0, max=1, help="Fraction answered 429.")] = 0.0,
    retry_after: Annotated[float, typer.Option(min=0, help="Retry-After of injected 429/503.")] = 1.0,
    truncate_rate: Annotated[float, typer.Option(min=0, max=1, help="Fraction of bodies cut in half.")] = 0.0,
    drop_rate: Annotated[float, typer.Option(min=0, max=1, help="Fraction of connections dropped.")] = 0.0,
    revoke_token_after: Annotated[int | None, typer.Option(help="Revoke tokens after N API calls.")] = None,
    rate_limit: Annotated[int | None, typer.Option(help="Requests per minute per token, then 429.")] = None,
    max_page_size: Annotated[
        int, typer.Option(min=1, help="Larger max_results are capped at this (Hotmart documents no maximum).")
    ] = DEFAULT_MAX_PAGE_SIZE,
    today: Annotated[
        str | None,
        typer.Option(help="The mock's today (YYYY-MM-DD) for Hotmart's relative defaults. Default: end of its data."),
    ] = None,
    route_fault: Annotated[
        list[str] | None,
        typer.Option(
            help="Per-route faults: OPERATION_ID:knob=value[,knob=value], e.g. getSalesHistory:error_rate=0.5"
        ),
    ] = None,
    drift: Annotated[
        bool,
        typer.Option(
            "--drift",
            help="Answer what the spec does not describe (extra fields, a new enum value, a changed type, "
            "an undocumented header), to try drift recording.",
        ),
    ] = False,
    exclusive_end: Annotated[
        bool, typer.Option("--exclusive-end", help="End bounds (end_date...) leave out the millisecond they name.")
    ] = False,
    exclusive_start: Annotated[
        bool, typer.Option("--exclusive-start", help="Start bounds leave out the millisecond they name.")
    ] = False,
    offset_tokens: Annotated[
        bool,
        typer.Option("--offset-tokens", help="Page tokens are offsets into the live listing, not fixed pages."),
    ] = False,
    arrivals: Annotated[
        int, typer.Option(min=0, help="New sales added to the sales history before each API call.")
    ] = 0,
    accounts: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Serve N accounts: client ids account-1..account-N with secrets account-K-secret, each with "
            "its own data (seed SEED+K-1) and its own rate limit.",
        ),
    ] = None,
) -> None:
    """Serve a mock Hotmart API built from the spec (Ctrl-C to stop)."""
    if ctx.invoked_subcommand is not None:
        return
    from ..mock._server import serve  # noqa: PLC0415 - needs the [mock] extra

    try:
        faults = Faults(
            latency=latency,
            jitter=jitter,
            error_rate=error_rate,
            rate_limit_rate=rate_limit_rate,
            retry_after=retry_after,
            truncate_rate=truncate_rate,
            drop_rate=drop_rate,
            revoke_token_after=revoke_token_after,
        )
        routes = parse_route_faults(route_fault or [])
        day = _mock_today(today)
    except (ValueError, TypeError) as exc:
        raise typer.BadParameter(str(exc)) from None
    seeds, secrets = numbered_accounts(accounts, seed) if accounts else (None, None)
    config = MockConfig(
        seed=seed,
        items=items,
        faults=faults,
        route_faults=routes,
        rate_limit=rate_limit,
        max_page_size=max_page_size,
        today=day,
        drift=Drift() if drift else None,
        exclusive_end=exclusive_end,
        exclusive_start=exclusive_start,
        offset_tokens=offset_tokens,
        arrivals=arrivals,
        accounts=seeds,
        credentials=secrets,
    )
    for line in startup_lines(host, port, config):
        typer.echo(line, err=True)
    serve(config, host=host, port=port)


def startup_lines(host: str, port: int, config: MockConfig | None = None) -> list[str]:
    """What `hotmart mock` prints: where it listens and a command that works as printed."""
    url = f"http://{host}:{port}"
    token_url = f"{url}/security/oauth/token"
    client_id, secret = MOCK_CLIENT_ID, MOCK_CLIENT_SECRET
    signing_in = f"Any credentials work, e.g. {client_id} / {secret}. Try:"
    if config is not None and config.accounts:
        client_id = next(iter(config.accounts))
        secret = (config.credentials or {}).get(client_id, secret)
        signing_in = f"Accounts: {describe(config.accounts, config.credentials)}. Try:"
    return [
        f"Hotmart mock on {url} (token endpoint {token_url})",
        signing_in,
        f"  HOTMART_CLIENT_ID={client_id} HOTMART_CLIENT_SECRET={secret} "
        f"hotmart --base-url {url} --token-url {token_url} sales history --limit 5",
    ]


@mock_app.command("send-webhook")
def send_webhook_command(
    event: Annotated[str, typer.Argument(help="Event name, e.g. PURCHASE_APPROVED.")],
    *,
    to: Annotated[str, typer.Option("--to", help="URL of your webhook receiver.")],
    hottok: Annotated[
        str, typer.Option(envvar="HOTMART_HOTTOK", help="The hottok your receiver expects (X-HOTMART-HOTTOK).")
    ],
    event_id: Annotated[str | None, typer.Option(help="Delivery id; repeat one to simulate a retry.")] = None,
    assignments: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="data.PATH=VALUE",
            help="Override a payload field, e.g. data.buyer.email=ana@example.com (repeatable). "
            'VALUE is used as JSON when it parses as JSON (99.5, true, null, "123"), else as text; '
            "a JSON object is merged into the example's.",
        ),
    ] = None,
    new_transaction: Annotated[
        bool,
        typer.Option(help="Give the delivery a fresh data.purchase.transaction, so each send is a new sale."),
    ] = False,
    documented_example: Annotated[
        bool,
        typer.Option(
            "--documented-example",
            help="Send Hotmart's documented example as it is: its data.purchase.status is STARTED for every "
            "purchase event. By default a purchase event carries the status it announces (REFUNDED...).",
        ),
    ] = False,
) -> None:
    """POST a signed webhook delivery of EVENT (built from the spec's example) to a receiver."""
    from .. import webhooks  # noqa: PLC0415 - only this command needs it

    if event not in webhooks.EVENT_NAMES:
        typer.echo(f"error: unknown event {event!r}; one of: {', '.join(webhooks.EVENT_NAMES)}", err=True)
        raise typer.Exit(EXIT_USAGE)
    example = webhooks.example_delivery(event, documented_example=documented_example)["data"]
    try:
        overrides = _data_overrides(assignments or [], example)
        if new_transaction:
            overrides = _with_new_transaction(overrides, example)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    event_id = event_id or str(uuid.uuid4())
    try:
        response = webhooks.send_webhook(
            to, event, hottok, data_overrides=overrides, event_id=event_id, documented_example=documented_example
        )
    except httpx.HTTPError as exc:
        typer.echo(f"error: could not deliver {event} to {to}: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(EXIT_UNAVAILABLE) from None
    typer.echo(
        f"{event} (id {event_id}{_sale(event, overrides, example, new_transaction)}) -> {to}: "
        f"HTTP {response.status_code}",
        err=True,
    )
    if not response.is_success:
        raise typer.Exit(EXIT_API)


def _sale(event: str, overrides: dict[str, Any], example: dict[str, Any], new_transaction: bool) -> str:
    """`, transaction HP..., purchase.status REFUNDED`: what was sent, to retry it or check it."""
    from .._webhook_events import PURCHASE_STATUS  # noqa: PLC0415

    given = overrides.get("purchase", {})
    sale = f", transaction {given.get('transaction')}" if new_transaction else ""
    if event in PURCHASE_STATUS:
        status = given.get("status", example["purchase"]["status"]) if isinstance(given, dict) else None
        sale += f", purchase.status {status}" if isinstance(status, str) else ""
    return sale


def _data_overrides(assignments: list[str], example: Any) -> dict[str, Any]:
    """`data.buyer.email=x` ... -> {"buyer": {"email": "x"}}, for `build_delivery`'s data_overrides."""
    overrides: dict[str, Any] = {}
    for assignment in assignments:
        path, sep, text = assignment.partition("=")
        keys = path.split(".")
        if not sep or keys[0] != "data" or len(keys) < 2 or not all(keys):
            raise ValueError(f"--set {assignment!r}: expected data.PATH=VALUE, e.g. data.buyer.email=ana@example.com")
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        node, sample = overrides, example  # sample: the example's value at the same place
        for depth, key in enumerate(keys[1:-1], start=2):
            sample = sample.get(key) if isinstance(sample, dict) else None
            if isinstance(sample, list):
                raise ValueError(f"--set {assignment!r}: {'.'.join(keys[:depth])} is a list; set it whole as JSON")
            if not isinstance(node.get(key), dict):
                node[key] = {}
            node = node[key]
        node[keys[-1]] = value
    return overrides


def _with_new_transaction(overrides: dict[str, Any], example: dict[str, Any]) -> dict[str, Any]:
    purchase = example.get("purchase")
    if not isinstance(purchase, dict) or "transaction" not in purchase:
        raise ValueError("--new-transaction: this event has no data.purchase.transaction")
    fresh = f"HP{uuid.uuid4().int % 10**14:014d}"  # Hotmart's codes: HP and 14 digits
    given = overrides.get("purchase", {})
    return {**overrides, "purchase": {"transaction": fresh, **(given if isinstance(given, dict) else {})}}


def parse_route_faults(specs: list[str]) -> dict[str, dict[str, float | int]]:
    """`getSalesHistory:error_rate=0.5,latency=0.2` -> {"getSalesHistory": {...}}."""
    routes: dict[str, dict[str, float | int]] = {}
    for spec in specs:
        operation, sep, knobs = spec.partition(":")
        if not sep or not knobs:
            raise ValueError(f"--route-fault {spec!r}: expected OPERATION_ID:knob=value")
        for knob in knobs.split(","):
            name, eq, value = knob.partition("=")
            if not eq or name.strip() not in Faults.__dataclass_fields__:
                raise ValueError(f"--route-fault {spec!r}: unknown knob {name.strip()!r}")
            number = float(value)
            routes.setdefault(operation.strip(), {})[name.strip()] = (
                int(number) if name.strip() == "revoke_token_after" else number
            )
    return routes


register(app)
app.command("sync")(sync_command)
app.command("verify")(verify_command)
