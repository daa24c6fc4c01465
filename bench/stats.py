"""Small statistics helpers (no numpy: the bench installs as little as possible)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile, `q` in (0, 100]."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def ratio(value: float, reference: float) -> float | None:
    return None if reference == 0 else value / reference


def rotated(names: Sequence[str], shift: int) -> list[str]:
    """`names` rotated by `shift`: each repeat runs the clients in a different order, so slow drift
    of the machine (thermal, other processes) does not always hit the same client."""
    shift %= len(names)
    return [*names[shift:], *names[:shift]]
