"""Dates and time zones on the command line (issue 19, item 2).

`--start-date`/`--end-date` take a date (a whole day: an end date includes its last millisecond),
an ISO 8601 datetime with offset, or epoch milliseconds; `--tz ZONE` (or HOTMART_TZ) makes a
date-only bound a day of that zone and writes times in it; the table names the zone of its time
columns and shows the price with its currency.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from hotmart_client.mock import MockServer
from tests.mock.helpers import DEFAULT_SALE_STATUSES

from .conftest import environment, run, run_many

SAO_PAULO = dt.timezone(dt.timedelta(hours=-3))  # no daylight saving time since 2019


def listed(server: MockServer) -> list[dict[str, Any]]:
    return [s for s in server.items("SaleHistoryItem") if s["purchase"]["status"] in DEFAULT_SALE_STATUSES]


def ordered_on(sale: dict[str, Any], zone: dt.tzinfo) -> dt.date:
    return dt.datetime.fromtimestamp(sale["purchase"]["order_date"] / 1000, zone).date()


def transactions(stdout: str) -> set[str]:
    return {row["purchase.transaction"] for row in csv.DictReader(io.StringIO(stdout))}


def test_the_help_says_what_a_date_option_takes() -> None:
    text = " ".join(run(None, "sales", "history", "--help").stdout.replace("│", " ").split())
    assert "a date (a whole UTC day, or of --tz), an ISO 8601 datetime with offset, or epoch ms" in text
    assert "Unix epoch milliseconds" not in text
    assert "--tz ZONE" in " ".join(run(None, "--help").stdout.replace("│", " ").split())


def test_date_only_bounds_are_whole_days_of_utc_or_of_tz(server: MockServer) -> None:
    sales = listed(server)
    # A day on which a sale was made in the evening in São Paulo: after midnight in UTC.
    evening = next(s for s in sales if ordered_on(s, dt.UTC) != ordered_on(s, SAO_PAULO))
    day = ordered_on(evening, SAO_PAULO)
    bounds = ["--start-date", day.isoformat(), "--end-date", day.isoformat()]
    columns = ["--columns", "purchase.transaction,purchase.order_date", "-f", "csv", "--all"]
    utc, zoned = run_many(
        server,
        [["sales", "history", *bounds, *columns], ["--tz", "America/Sao_Paulo", "sales", "history", *bounds, *columns]],
    )
    assert utc.returncode == 0 and zoned.returncode == 0, utc.stderr + zoned.stderr
    # The end date is included whole (it used to mean its first millisecond only).
    assert transactions(utc.stdout) == {s["purchase"]["transaction"] for s in sales if ordered_on(s, dt.UTC) == day}
    in_sao_paulo = {s["purchase"]["transaction"] for s in sales if ordered_on(s, SAO_PAULO) == day}
    assert transactions(zoned.stdout) == in_sao_paulo
    assert evening["purchase"]["transaction"] in in_sao_paulo - transactions(utc.stdout)
    times = [row["purchase.order_date"] for row in csv.DictReader(io.StringIO(zoned.stdout))]
    assert times and all(t.endswith("-03:00") and t.startswith(day.isoformat()) for t in times)
    assert all(row["purchase.order_date"].endswith("Z") for row in csv.DictReader(io.StringIO(utc.stdout)))
    from_env = run(
        server, "sales", "history", *bounds, *columns, env=environment(server, HOTMART_TZ="America/Sao_Paulo")
    )
    assert transactions(from_env.stdout) == in_sao_paulo


def test_the_table_names_its_time_zone_and_shows_the_price(server: MockServer) -> None:
    utc, zoned, unknown = run_many(
        server,
        [
            ["sales", "history", "--limit", "3", "-f", "table"],
            ["--tz", "America/Sao_Paulo", "sales", "history", "--limit", "3", "-f", "table"],
            ["--tz", "Mars/Olympus_Mons", "sales", "history", "--limit", "3"],
        ],
    )
    assert "purchase.order_date (UTC)" in utc.stdout
    assert "(America/Sao_Paulo)" in zoned.stdout
    for column in ("purchase.price.value", "purchase.price.currency_code"):
        assert column in utc.stdout
    first = listed(server)[0]
    local = dt.datetime.fromtimestamp(first["purchase"]["order_date"] / 1000, SAO_PAULO)
    assert local.strftime("%Y-%m-%d %H:%M") in zoned.stdout
    assert unknown.returncode == 2 and "Mars/Olympus_Mons" in unknown.stderr
