"""Shared fixtures (helpers live in tests/support.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import SPEC


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return SPEC
