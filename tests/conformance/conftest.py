"""Conformance tests: the project checked by tools nobody here wrote, and against hostile input.

Tests marked `conformance` are slow or need node (Prism): `nox -s conformance` runs them (it sets
HOTMART_CONFORMANCE=1 and installs the npm tools). Under `nox -s tests` they are skipped, so that
session stays fast and node-free; the quick security checks here run in both.
"""

from __future__ import annotations

import os

import pytest

from tests.conformance import report

ENABLED = os.environ.get("HOTMART_CONFORMANCE") == "1"
SKIP_REASON = "conformance check (slow or needs node): run it with `nox -s conformance`"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "conformance: slow or node-based check, run by `nox -s conformance`")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if ENABLED:
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if item.get_closest_marker("conformance") is not None:
            item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: its figures go to the controller
        workeroutput["conformance_figures"] = report.dumps()
    else:
        report.write()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """The xdist controller receives a worker's figures (see report.py)."""
    figures = getattr(node, "workeroutput", {}).get("conformance_figures")
    if figures:
        report.merge_dumped(figures)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for published in report.PUBLISHED.values():
        terminalreporter.write_sep("=", published.table.title)
        terminalreporter.write_line(published.table.render())
