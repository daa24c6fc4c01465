"""Global options of the command line: where credentials come from and which server to talk to."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .._errors import (
    APIConnectionError,
    APIResponseValidationError,
    AuthenticationError,
    BadRequestError,
    HotmartError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
)
from .._exit_codes import EXIT_API, EXIT_AUTH, EXIT_NOT_FOUND, EXIT_RATE_LIMITED, EXIT_UNAVAILABLE, EXIT_USAGE
from ..drift import DriftRecorder

if TYPE_CHECKING:
    from ..mock._config import MockConfig
    from ..mock._server import MockServer


@dataclass
class Settings:
    mock: bool = False
    sandbox: bool = False
    use_async: bool = False
    debug: bool = False
    base_url: str | None = None
    token_url: str | None = None
    retries: int | None = None
    rate_limit: int | None = None
    record_drift: Path | None = None
    mock_drift: bool = False
    tz: ZoneInfo | None = None  # --tz: the zone of date-only bounds and of the times written
    mock_today: dt.date | None = None  # --today, with --mock: the mock's today
    # The embedded mock's configuration once it runs (what its data covers, for messages).
    mock_config: MockConfig | None = dataclasses.field(default=None, init=False, repr=False)

    @contextmanager
    def target(self, mock_config: MockConfig | None = None) -> Iterator[dict[str, Any]]:
        """Keyword arguments for `Hotmart`/`AsyncHotmart`; with `--mock`, runs the embedded server
        (with `mock_config`, default: the mock's defaults). With `--record-drift FILE`, the client
        records drift into FILE (added to what it holds), saved when the command ends, whether it
        succeeded or not."""
        common: dict[str, Any] = {} if self.retries is None else {"max_retries": self.retries}
        if self.rate_limit is not None:
            common["rate_limit"] = self.rate_limit
        if self.record_drift is None:
            with self._target(common, mock_config) as target:
                yield target
            return
        path = self.record_drift
        recorder = DriftRecorder.load(path) if path.exists() else DriftRecorder()
        try:
            with self._target({**common, "drift": recorder}, mock_config) as target:
                yield target
        finally:
            recorder.save(path)

    @contextmanager
    def _target(self, common: dict[str, Any], mock_config: MockConfig | None) -> Iterator[dict[str, Any]]:
        if not self.mock:
            yield {"sandbox": self.sandbox, "base_url": self.base_url, "token_url": self.token_url, **common}
            return
        from ..mock._config import MockConfig  # noqa: PLC0415 - only with --mock
        from ..mock._drift import Drift  # noqa: PLC0415
        from ..mock._server import MockServer  # noqa: PLC0415

        server: MockServer
        config = mock_config or MockConfig()
        if self.mock_drift:
            config = dataclasses.replace(config, drift=Drift())
        if self.mock_today is not None:
            config = dataclasses.replace(config, today=self.mock_today)
        self.mock_config = config
        with MockServer(config) as server:
            yield {
                "client_id": server.client_id,
                "client_secret": server.client_secret,
                "basic": None,
                "base_url": server.url,
                "token_url": server.token_url,
                "wall_clock": server.app.wall_clock,  # the mock's now: exports pin where its data ends
                **common,
            }


MAX_ENV_VALUE = 65_536  # characters: a credential is short, and the OS refuses much longer variables
MAX_ENV_FILE = 4_194_304  # bytes


def parameter_options(values: list[str]) -> dict[str, list[Any]]:
    """The values of `--parameter NAME=VALUE` options (`hotmart sync`, `hotmart verify`), by name, in
    the order given; a value of digits only is a number (`event_id=123`)."""
    given: dict[str, list[Any]] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip() or not text.strip():
            raise ValueError(f"--parameter {value!r}: expected NAME=VALUE, e.g. subdomain=myschool")
        given.setdefault(name.strip(), []).append(int(text) if text.strip().isdigit() else text.strip())
    return given


def load_env_file(path: Path) -> None:
    """Read KEY=VALUE lines (optionally `export`ed and quoted) into the environment.

    Values from the file win over variables already set: naming a file is the more explicit choice.
    Whatever is wrong with the file (unreadable, not UTF-8, a NUL byte, a huge value) is a
    `HotmartError` of one line that names the file and the line, never a traceback; nothing is set
    unless every line is good.
    """
    os.environ.update(read_env_file(path))


def read_env_file(path: Path) -> dict[str, str]:
    """The KEY=VALUE lines of an env file (see `load_env_file`), without setting anything."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_ENV_FILE + 1)
    except OSError as exc:
        raise HotmartError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if len(raw) > MAX_ENV_FILE:
        raise HotmartError(f"{path}: larger than {MAX_ENV_FILE} bytes; is it really an env file?")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = raw[: exc.start].count(b"\n") + 1
        raise HotmartError(f"{path}:{where}: not UTF-8 (byte {raw[exc.start]:#04x}); save the file as UTF-8") from None
    found: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        parsed = _env_line(line, f"{path}:{number}")
        if parsed is not None:
            found[parsed[0]] = parsed[1]
    return found


def _env_line(raw: str, where: str) -> tuple[str, str] | None:
    """(key, value) of one line of an env file, None for a blank line or a comment."""
    line = raw.strip()
    if not line or line.startswith("#"):
        return None
    line = line.removeprefix("export ").strip()
    key, sep, value = line.partition("=")
    key, value = key.strip(), value.strip()
    if not sep or not key:
        raise HotmartError(f"{where}: expected KEY=VALUE")
    if "\0" in line:
        raise HotmartError(f"{where}: holds a NUL byte, which no environment variable can")
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    if len(value) > MAX_ENV_VALUE:
        raise HotmartError(f"{where}: the value of {key} is {len(value)} characters long; a credential is short")
    return key, value


def time_zone(name: str | None) -> ZoneInfo | None:
    """`--tz` (or HOTMART_TZ): an IANA zone name such as America/Sao_Paulo; None when not given."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise HotmartError(f"unknown time zone {name!r}: give an IANA name such as America/Sao_Paulo or UTC") from None


def enable_debug() -> None:
    """Request logs on stderr. The client masks tokens and secrets in these loggers' records."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    for name in ("hotmart_client", "httpx"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)


def describe_error(exc: HotmartError) -> tuple[str, int]:
    """One line saying what failed, Hotmart's message and what to do; and the exit code."""
    text = str(exc)
    if isinstance(exc, InvalidParameterError):
        return f"invalid option: {text}", EXIT_USAGE
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        hint = "check HOTMART_CLIENT_ID, HOTMART_CLIENT_SECRET and HOTMART_BASIC (or --env-file, --sandbox)"
        return f"{text} -> {hint}", EXIT_AUTH
    if isinstance(exc, BadRequestError):
        return f"{text} -> check the options of this command (--help)", EXIT_USAGE
    if isinstance(exc, NotFoundError):
        return f"{text} -> check the id or code you gave", EXIT_NOT_FOUND
    if isinstance(exc, RateLimitError):
        wait = f" in {exc.retry_after:.0f} s" if exc.retry_after is not None else " later"
        return f"{text} -> rate limited: try again{wait}", EXIT_RATE_LIMITED
    if isinstance(exc, InternalServerError | APIConnectionError | APIResponseValidationError | PaginationError):
        return f"{text} -> Hotmart or the network failed: try again later (--debug shows each attempt)", (
            EXIT_UNAVAILABLE
        )
    if text.startswith("missing credentials"):
        return f"{text} Or try the embedded mock: hotmart --mock ...", EXIT_AUTH
    return text, EXIT_API
