"""`hotmart sync` killed with SIGKILL at random moments, then run again: every row of an
uninterrupted sync is there, once, and the warehouse takes the next sync.

Three kills here; `nox -s sync_kill_test -- 40` runs 40 (HOTMART_SYNC_KILLS), and prints the counts.
"""

from __future__ import annotations

import os
from pathlib import Path

from hotmart_client.mock import mock_server

from .killing import kill_test

KILLS = int(os.environ.get("HOTMART_SYNC_KILLS", "3"))
SEED = int(os.environ.get("HOTMART_SYNC_KILL_SEED", "18"))


def test_a_sync_killed_at_random_moments_ends_with_every_row_once(tmp_path: Path) -> None:
    with mock_server(seed=SEED, items=40) as server:
        counts = kill_test(server, tmp_path, kills=KILLS, seed=SEED)
    print(f"kill test (seed {SEED}): {counts}")
    assert counts.kills == KILLS
    assert (counts.lost, counts.extra, counts.duplicated, counts.corrupted) == (0, 0, 0, 0), counts.failures
