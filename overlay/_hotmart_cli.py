"""The `hotmart` console script, as a top-level module: importing anything inside `hotmart_client`
first imports the whole client (most of the command's start-up), and Ctrl-C during that import
would print Python's traceback. This module imports nothing heavy before it takes over SIGINT."""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Callable, Iterator
from types import FrameType

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
_seen: list[int] = []  # SIGINTs received


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    _seen.append(signum)
    raise KeyboardInterrupt


@contextlib.contextmanager
def interrupts_reported() -> Iterator[None]:
    """Ctrl-C at any moment ends the command with one line and exit status 130, never a traceback.

    The handler is installed explicitly, also when the parent ignored SIGINT (a shell script's
    background job: Python keeps an ignored SIGINT ignored, and `kill -INT` would do nothing). A
    KeyboardInterrupt can come out as another error (one raised inside an extension module's
    import becomes an ImportError), and Click turns one into "Aborted!" with status 1: once a
    SIGINT has arrived, those end the same way.
    """
    signal.signal(signal.SIGINT, _on_sigint)
    sys.unraisablehook = _quiet_interrupts(sys.unraisablehook)
    try:
        yield
    except SystemExit as exc:
        if exc.code == EXIT_INTERRUPTED and _silent_interrupt(exc):
            print("hotmart: interrupted", file=sys.stderr)
        elif _seen and exc.code == 1:
            sys.exit(EXIT_INTERRUPTED)
        raise
    except BaseException as exc:
        # A KeyboardInterrupt is an interrupt even when another handler raised it (dlt installs its
        # own while it loads); anything else is one only after a SIGINT has arrived.
        if not _seen and not isinstance(exc, KeyboardInterrupt):
            raise
        print("hotmart: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)


def _quiet_interrupts(
    previous: Callable[[sys.UnraisableHookArgs], object],
) -> Callable[[sys.UnraisableHookArgs], object]:
    """A Ctrl-C that lands in a callback Python cannot raise from (importlib's module-lock weakref
    callback, during an import) would print "Exception ignored" and a traceback, and the command
    would go on: drop the print; `raise_if_interrupted` acts on the interrupt at the next check."""

    def hook(unraisable: sys.UnraisableHookArgs) -> object:
        if isinstance(unraisable.exc_value, KeyboardInterrupt) and _seen:
            return None
        return previous(unraisable)

    return hook


def raise_if_interrupted() -> None:
    """Raise the Ctrl-C a callback swallowed (see `_quiet_interrupts`), once start-up is over."""
    if _seen:
        raise KeyboardInterrupt


def _silent_interrupt(exc: SystemExit) -> bool:
    """Typer turns a KeyboardInterrupt no command caught into exit status 130 without a word; a
    command that reports its own interruption raises its exit `from None`."""
    typer_exit = exc.__context__
    return typer_exit is not None and isinstance(typer_exit.__cause__, KeyboardInterrupt)


def main() -> None:
    with interrupts_reported():
        from hotmart_client.cli import run  # noqa: PLC0415 - after the handler, on purpose

        run()  # checks for a swallowed Ctrl-C once its imports are done (raise_if_interrupted)
