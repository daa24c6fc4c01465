"""The `hotmart` command line (extra `[cli]`): every read operation of the API, from the spec.

Examples: `hotmart --mock sales history --limit 20` (no credentials needed);
`hotmart sales history --transaction-status APPROVED --start-date 2026-01-01 --all -o sales.csv`;
`hotmart mock --port 8080 --error-rate 0.1` (a mock server for other programs).
"""

from __future__ import annotations

from ._app import app


def main() -> None:
    """Console-script entry point."""
    app(prog_name="hotmart")


__all__ = ["app", "main"]
