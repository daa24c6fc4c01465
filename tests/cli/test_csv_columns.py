"""The CSV header comes from the spec, not from the first page (issue 18, item 4).

Real sales are uneven: an offer, a coupon or tracking fields are on some sales only. A server
whose first page has no offer and whose second page has one, plus fields the spec does not
describe, checks that nothing is left out silently: every documented field has its column from
the start, undocumented ones are kept as JSON in `_undocumented` and named in one warning (and
recorded with --record-drift), and `--columns` picks documented fields only.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hotmart_client.drift import DriftRecorder
from tests.servers import serve_asgi
from tests.support import sale

from .conftest import command, environment

PAGES = [
    [sale("HP00000000000001"), sale("HP00000000000002")],
    [
        sale("HP00000000000003", offer={"code": "BLACKFRIDAY", "payment_mode": "INVOICE"}, new_field="x"),
        {**sale("HP00000000000004"), "affiliate_program": {"id": 7, "name": "Parceiros"}},
    ],
]
HISTORY = ["sales", "history", "--all", "--max-results", "2", "-f", "csv"]


def app() -> Starlette:
    async def token(request: Request) -> Response:
        return JSONResponse({"access_token": "token", "token_type": "bearer", "expires_in": 86400})

    async def history(request: Request) -> Response:
        page = int(request.query_params.get("page_token") or 0)
        info: dict[str, Any] = {"total_results": 4, "results_per_page": 2}
        if page + 1 < len(PAGES):
            info["next_page_token"] = str(page + 1)
        return JSONResponse({"items": PAGES[page], "page_info": info})

    return Starlette(
        routes=[
            Route("/security/oauth/token", token, methods=["POST"]),
            Route("/payments/api/v1/sales/history", history),
        ]
    )


@pytest.fixture(scope="module")
def env() -> Iterator[dict[str, str]]:
    with serve_asgi(app()) as url:
        yield environment(
            None,
            HOTMART_CLIENT_ID="id",
            HOTMART_CLIENT_SECRET="secret",
            HOTMART_BASE_URL=url,
            HOTMART_TOKEN_URL=f"{url}/security/oauth/token",
        )


def run_all(env: dict[str, str], *commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    processes = [
        subprocess.Popen(command(*args), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for args in commands
    ]
    results = []
    for process, args in zip(processes, commands, strict=True):
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(args, process.returncode, out, err))
    return results


def warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warning:")]


def test_every_documented_field_has_a_column_and_nothing_is_left_out(env: dict[str, str], tmp_path: Path) -> None:
    drift = tmp_path / "drift.json"
    whole, chosen, wrong = run_all(
        env,
        ["--record-drift", str(drift), *HISTORY],
        [*HISTORY, "--columns", "purchase.transaction,purchase.offer.code"],
        [*HISTORY, "--columns", "purchase.transaction,purchase.ofer.code"],
    )
    assert whole.returncode == 0, whole.stderr
    header, *rows = list(csv.reader(io.StringIO(whole.stdout)))
    # The spec's fields, in its order, whatever the first page held; `_undocumented` last.
    assert "purchase.offer.code" in header and "purchase.hotmart_fee.total" in header
    assert header[-1] == "_undocumented"
    sales = [dict(zip(header, row, strict=True)) for row in rows]
    assert [s["purchase.offer.code"] for s in sales] == ["", "", "BLACKFRIDAY", ""]
    assert [json.loads(s["_undocumented"] or "{}") for s in sales] == [
        {},
        {},
        {"purchase.new_field": "x"},
        {"affiliate_program": {"id": 7, "name": "Parceiros"}},
    ]
    (warning,) = warnings(whole.stderr)
    assert "purchase.new_field" in warning and "affiliate_program" in warning and str(drift) in warning
    recorded = {(e.kind, e.pointer) for e in DriftRecorder.load(drift).entries()}
    assert ("unknown_field", "/items/*/purchase/new_field") in recorded
    assert ("unknown_field", "/items/*/affiliate_program") in recorded

    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.splitlines() == [
        "purchase.transaction,purchase.offer.code",
        "HP00000000000001,",
        "HP00000000000002,",
        "HP00000000000003,BLACKFRIDAY",
        "HP00000000000004,",
    ]
    (warning,) = warnings(chosen.stderr)
    assert "NOT written" in warning and "add _undocumented to --columns" in warning

    assert wrong.returncode == 2
    assert "purchase.ofer.code" in wrong.stderr and "did you mean purchase.offer.code" in wrong.stderr


def test_continuing_a_file_whose_header_lacks_a_field_says_so(env: dict[str, str], tmp_path: Path) -> None:
    """A file begun by an older version (its header from the first page) cannot grow a column."""
    output = tmp_path / "sales.csv"
    output.write_text("purchase.transaction,buyer.email\nHP00000000000001,a@example.com\n", encoding="utf-8")
    (continued,) = run_all(env, [*HISTORY, "-o", str(output), "--page-token", "1", "--append"])
    assert continued.returncode == 0, continued.stderr
    assert output.read_text(encoding="utf-8").splitlines()[2:] == [
        "HP00000000000003,buyer-hp00000000000003@example.com",
        "HP00000000000004,buyer-hp00000000000004@example.com",
    ]
    left_out, undocumented = warnings(continued.stderr)[::-1]
    assert "purchase.offer.code" in left_out and "NOT written" in left_out
    assert "purchase.new_field" in undocumented and "no _undocumented column" in undocumented
