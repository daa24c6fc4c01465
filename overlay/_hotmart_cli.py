"""The `hotmart` console script, as a top-level module: importing anything inside `hotmart_client`
first imports the whole client (most of the command's start-up), and Ctrl-C during that import
would print Python's traceback. This module imports nothing heavy before it takes over SIGINT."""

from __future__ import annotations

import signal
import sys

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C


def main() -> None:
    # Also when the parent ignored SIGINT (a background job of a script): Python keeps an ignored
    # SIGINT ignored, and `kill -INT` would not stop the command.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        from hotmart_client.cli import main as run  # noqa: PLC0415 - after the handler, on purpose

        run()
    except KeyboardInterrupt:
        print("hotmart: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
