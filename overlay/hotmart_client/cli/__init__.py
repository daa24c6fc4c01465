"""The `hotmart` command line (extra `[cli]`): every read operation of the API, from the spec.

Examples: `hotmart --mock sales history --limit 20` (no credentials needed);
`hotmart sales history --transaction-status APPROVED --start-date 2026-01-01 --all -o sales.csv`;
`hotmart mock --port 8080 --error-rate 0.1` (a mock server for other programs).
"""

from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import app as app

# What the `[cli]` extra installs (with the `[mock]` extra's, for `--mock` and `hotmart mock`).
EXTRA_MODULES = frozenset({"typer", "click", "rich", "starlette", "uvicorn", "yaml", "jsonschema"})
MISSING_EXTRA = "hotmart: the command line needs the [cli] extra: pip install 'hotmart-client[cli]' (missing: {})"


EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C


def main() -> None:
    """Console-script entry point."""
    # A shell starts a background job (`hotmart sync &` in a script) with SIGINT ignored, and Python
    # leaves an ignored SIGINT ignored: install the handler explicitly, so that Ctrl-C or
    # `kill -INT` stops every command, whatever the parent did.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        _run()
    except KeyboardInterrupt:
        # Ctrl-C before a command has its own handling (while starting up, parsing options): one
        # line, no traceback.
        print("hotmart: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)


def _run() -> None:
    try:
        from ._app import app  # noqa: PLC0415 - imported here so a missing extra gets one clear line
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in EXTRA_MODULES:
            raise
        sys.exit(MISSING_EXTRA.format(exc.name))
    app(prog_name="hotmart", standalone_mode=True)


def __getattr__(name: str) -> Any:
    if name == "app":
        from ._app import app  # noqa: PLC0415

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["app", "main"]
