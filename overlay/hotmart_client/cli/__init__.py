"""The `hotmart` command line (extra `[cli]`): every read operation of the API, from the spec.

Examples: `hotmart --mock sales history --limit 20` (no credentials needed);
`hotmart sales history --transaction-status APPROVED --start-date 2026-01-01 --all -o sales.csv`;
`hotmart mock --port 8080 --error-rate 0.1` (a mock server for other programs).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import app as app

# What the `[cli]` extra installs (with the `[mock]` extra's, for `--mock` and `hotmart mock`).
EXTRA_MODULES = frozenset({"typer", "click", "rich", "starlette", "uvicorn", "yaml", "jsonschema"})
MISSING_EXTRA = "hotmart: the command line needs the [cli] extra: pip install 'hotmart-client[cli]' (missing: {})"


def main() -> None:
    """Console-script entry point (`python -m hotmart_client.cli` too): Ctrl-C at any moment gives one
    line and exit status 130, and SIGINT stops the command even if the parent ignored it."""
    from _hotmart_cli import interrupts_reported  # noqa: PLC0415 - the console script's own module

    with interrupts_reported():
        run()


def run() -> None:
    try:
        from ._app import app  # noqa: PLC0415 - imported here so a missing extra gets one clear line
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in EXTRA_MODULES:
            raise
        sys.exit(MISSING_EXTRA.format(exc.name))
    from _hotmart_cli import raise_if_interrupted  # noqa: PLC0415 - the console script's own module

    raise_if_interrupted()  # a Ctrl-C an import's callback swallowed ends the command here
    app(prog_name="hotmart")


def __getattr__(name: str) -> Any:
    if name == "app":
        from ._app import app  # noqa: PLC0415

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["app", "main", "run"]
