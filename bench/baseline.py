"""`python -m bench --baseline REV`: this checkout's overlay against REV's, same harness, same machine.

Issue 12 asks that per-call overhead and autopagination throughput stay "unchanged or better"
than the release before 1.0. REV (a tag or a commit: `v0.9.0`, or `fb64465` in a clone without
tags) is checked out with `git worktree add --detach` into a temporary directory, and its
`overlay/` and `generated/` go ahead of this checkout's on PYTHONPATH; the harness (server,
adapters, scenarios) is always this checkout's, so both sides do exactly the same calls and reads.

Each run is a fresh `python -m bench --only overhead,throughput` process; runs alternate (REV, this
checkout, REV, ...) for `rounds` rounds. The absolute figures of one run follow the machine (a
shared VM's CPU speed swings by 2x within seconds), so each run is reduced to the overlay's ratio
to raw httpx measured side by side in that run, and the medians of those ratios are compared.
With `--plain-reads` both sides read no Decimal or datetime field (0.9.0 had neither conversion),
which compares the rest of the client alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .server import ROOT
from .stats import median

SCENARIOS = "overhead,throughput"


def _per_call(results: dict[str, Any], size: str) -> float:
    page = results["overhead"][size]
    return float(page["overlay"]["median_us"] / page["raw"]["median_us"])


def _throughput(results: dict[str, Any]) -> float:
    rates = results["throughput"]
    return float(rates["overlay"]["items_per_s"] / rates["raw"]["items_per_s"])


METRICS: dict[str, tuple[Callable[[dict[str, Any]], float], bool]] = {  # reader, lower is better
    "Per call, 1-item page: overlay median / raw": (lambda results: _per_call(results, "page_1"), True),
    "Per call, 100-item page: overlay median / raw": (lambda results: _per_call(results, "page_100"), True),
    "Autopagination: overlay items/s / raw": (_throughput, False),
}


def _run(code: Path | None, output: Path, flags: list[str]) -> dict[str, Any]:
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(code / "overlay"), str(code / "generated")])
    command = [sys.executable, "-m", "bench", "--only", SCENARIOS, "--output", str(output), *flags]
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    results: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    return results


def compare(revision: str, rounds: int, quick: bool, plain_reads: bool) -> dict[str, Any]:
    """Alternate runs of REV's overlay and this checkout's; return both sides' ratios and medians."""
    flags = [*(["--quick"] * quick), *(["--plain-reads"] * plain_reads)]
    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(tree), revision], cwd=ROOT, check=True)
        try:
            sides: dict[str, list[dict[str, Any]]] = {revision: [], "this checkout": []}
            for round_ in range(rounds):
                for side, code in ((revision, tree), ("this checkout", None)):
                    print(f"[bench baseline] round {round_ + 1}/{rounds}: {side}", file=sys.stderr, flush=True)
                    sides[side].append(_run(code, Path(tmp) / "run.json", flags))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    table = {
        metric: {side: [read(run) for run in runs] for side, runs in sides.items()}
        for metric, (read, _) in METRICS.items()
    }
    return {"revision": revision, "rounds": rounds, "plain_reads": plain_reads, "ratios": table}


def markdown(comparison: dict[str, Any]) -> str:
    revision = comparison["revision"]
    reads = "no Decimal or datetime read" if comparison.get("plain_reads") else "a Decimal and a datetime read per item"
    lines = [
        f"Reads: {reads}.",
        "",
        f"| Ratio to raw httpx in the same run (median of {comparison['rounds']} alternating runs) "
        f"| {revision} | this checkout | change |",
        "|---|---:|---:|---|",
    ]
    for metric, sides in comparison["ratios"].items():
        before, after = median(sides[revision]), median(sides["this checkout"])
        lower_is_better = METRICS[metric][1]
        change = after / before - 1
        better = change <= 0 if lower_is_better else change >= 0
        lines.append(f"| {metric} | {before:.2f}x | {after:.2f}x | {change:+.1%} ({'better' if better else 'worse'}) |")
    return "\n".join(lines)
