"""Conformance tests: the project checked by tools nobody here wrote, and against hostile input.

Tests marked `conformance` are slow or need node (Prism): `nox -s conformance` runs them (it sets
HOTMART_CONFORMANCE=1 and installs the npm tools). Under `nox -s tests` they are skipped, so that
session stays fast and node-free; the quick security checks here run in both.
"""

from __future__ import annotations

import os

import pytest

from tests.conformance.report import TABLES

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


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for table in TABLES.values():
        terminalreporter.write_sep("=", table.title)
        terminalreporter.write_line(table.render())
