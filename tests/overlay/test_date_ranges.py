"""Issue 18, item 6: a range that ends before it starts is refused before anything is sent, in
every way a listing can be read; every date-only ISO 8601 form names a whole period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import respx

from hotmart_client import AsyncHotmart, Hotmart, InvalidParameterError
from hotmart_client._coerce import period, to_millis
from hotmart_client.resources import OPERATIONS

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
SUBSCRIPTIONS = "/payments/api/v1/subscriptions"
EMPTY_PAGE = {"items": [], "page_info": {}}
DEC_1 = 1_796_083_200_000  # 2026-12-01T00:00:00Z
JAN_1_2027 = 1_798_761_600_000
DAY = 86_400_000


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2026-12-31", "2026-12-31", "2026-12-31"),
        ("20261231", "2026-12-31", "2026-12-31"),
        ("2026-W53-4", "2026-12-31", "2026-12-31"),
        ("2026-365", "2026-12-31", "2026-12-31"),
        ("2026-12", "2026-12-01", "2026-12-31"),
        ("2026-02", "2026-02-01", "2026-02-28"),
        ("2026-W05", "2026-01-26", "2026-02-01"),
        ("2026", "2026-01-01", "2026-12-31"),
        (" 2026-12-31 ", "2026-12-31", "2026-12-31"),
    ],
)
def test_every_date_only_form_names_a_whole_period(text: str, first: str, last: str) -> None:
    assert period(text) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    start, end = to_millis(text, "x"), to_millis(text, "x", end=True)
    assert start == to_millis(dt.date.fromisoformat(first), "x")
    assert end == to_millis(dt.date.fromisoformat(last), "x") + DAY - 1


@pytest.mark.parametrize("text", ["2026-12-31T10:00", "20261231T1000Z", "2026-12-31 10:00", "nonsense"])
def test_a_string_with_a_time_is_not_a_period(text: str) -> None:
    assert period(text) is None


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("20261231", JAN_1_2027 - 1),
        ("2026-12", JAN_1_2027 - 1),
        ("2026-W53-4", JAN_1_2027 - 1),
        ("2026", JAN_1_2027 - 1),
        ("2026-12-31T12:00:00Z", JAN_1_2027 - 12 * 3_600_000),  # a datetime is taken as it is
    ],
)
def test_a_date_only_end_bound_is_sent_as_its_last_millisecond(
    hotmart_routes: respx.MockRouter, end: str, expected: int
) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client() as client:
        client.sales.history(start_date="2026-12", end_date=end)
    params = route.calls.last.request.url.params
    assert int(params["start_date"]) == DEC_1
    assert int(params["end_date"]) == expected


def test_every_end_bound_of_the_spec_names_its_start() -> None:
    """The mechanism is the spec's, not per operation: each end bound is paired with a start."""
    ends = [(op, p) for op in OPERATIONS.values() for p in op.params if p.bound == "end"]
    assert len(ends) >= 10
    for op, end in ends:
        assert end.start is not None, f"{op.operation_id}.{end.name} has no x-hotmart-bound-start"
        assert op.param(end.start).bound == "start", f"{op.operation_id}.{end.start}"
    named_end = [
        (op.operation_id, p.name)
        for op in OPERATIONS.values()
        for p in op.params
        if p.kind == "timestamp" and p.name.startswith("end_") and p.bound != "end"
    ]
    assert named_end == []


# -- a reversed range, every way a listing is read --------------------------------------------------

REVERSED = {"start_date": "2026-06-30", "end_date": "2026-06-01"}

SyncRead = Callable[[Hotmart], Any]
SYNC_READS: dict[str, SyncRead] = {
    "call": lambda c: c.sales.history(**REVERSED),
    "summary": lambda c: c.sales.summary(**REVERSED),
    "export": lambda c: c.sales.history.export(**REVERSED),
    "parallel export": lambda c: c.sales.history.export(**REVERSED, concurrency=4),
    "resume": lambda c: c.sales.history.export(**REVERSED, resume="hmcp1.e30"),
    "raw": lambda c: c.with_raw_response.sales.history(**REVERSED),
    "subscriptions": lambda c: c.subscriptions.list(accession_date="2026-06-30", end_accession_date="2026-05"),
    "cancellations": lambda c: c.subscriptions.list(
        accession_date=DEC_1, cancelation_date="2026-06-30", end_cancelation_date="2026-06-29"
    ),
    "coupon": lambda c: c.coupons.create(123, code="X", discount=0.1, start_date="2026-07", end_date="2026-06"),
}


@pytest.mark.parametrize("read", SYNC_READS.values(), ids=SYNC_READS.keys())
def test_a_reversed_range_is_refused_before_anything_is_sent(hotmart_routes: respx.MockRouter, read: SyncRead) -> None:
    route = hotmart_routes.route(host="developers.hotmart.com").respond(json=EMPTY_PAGE)
    with new_client() as client, pytest.raises(InvalidParameterError, match="is before") as info:
        read(client)
    assert info.value.parameter.startswith("end_")
    assert route.call_count == 0
    assert hotmart_routes["token"].call_count == 0


def test_the_next_page_of_a_reversed_range_is_refused_too(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(json={"items": [], "page_info": {"next_page_token": "t2"}})
    with new_client() as client:
        page = client.sales.history(start_date="2026-06-01", end_date="2026-06-30")
        page._args = {**page._args, **REVERSED}  # what a caller building the arguments by hand could do
        with pytest.raises(InvalidParameterError):
            page.get_next_page()


AsyncRead = Callable[[AsyncHotmart], Any]
ASYNC_READS: dict[str, AsyncRead] = {
    "call": lambda c: c.sales.history(**REVERSED),
    "summary": lambda c: c.sales.summary(**REVERSED),
    "raw": lambda c: c.with_raw_response.sales.history(**REVERSED),
}


@pytest.mark.parametrize("read", ASYNC_READS.values(), ids=ASYNC_READS.keys())
async def test_a_reversed_range_is_refused_async(hotmart_routes: respx.MockRouter, read: AsyncRead) -> None:
    route = hotmart_routes.route(host="developers.hotmart.com").respond(json=EMPTY_PAGE)
    async with new_async_client() as client:
        with pytest.raises(InvalidParameterError, match="is before"):
            await read(client)
    assert route.call_count == 0


@pytest.mark.parametrize("concurrency", [None, 3])
async def test_a_reversed_range_is_refused_by_an_async_export(
    hotmart_routes: respx.MockRouter, concurrency: int | None
) -> None:
    route = hotmart_routes.route(host="developers.hotmart.com").respond(json=EMPTY_PAGE)
    async with new_async_client() as client:
        with pytest.raises(InvalidParameterError, match="end_date"):
            client.sales.history.export(**REVERSED, concurrency=concurrency)
        with pytest.raises(InvalidParameterError, match="end_date"):
            async for _ in client.sales.history(**REVERSED):
                pass
    assert route.call_count == 0


def test_an_end_before_the_start_hotmart_assumes_is_refused(hotmart_routes: respx.MockRouter) -> None:
    """Without accession_date Hotmart lists the last 30 days: an end before that is an empty range."""
    route = hotmart_routes.get(api(SUBSCRIPTIONS)).respond(json=EMPTY_PAGE)
    with new_client() as client:
        with pytest.raises(InvalidParameterError, match=r"30 days ago\): give accession_date") as info:
            client.subscriptions.list(end_accession_date="2020-01-31")
        assert info.value.parameter == "end_accession_date"
        assert route.call_count == 0
        client.subscriptions.list(end_accession_date="2020-01-31", accession_date="2020-01")  # explicit: fine
        recent = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        client.subscriptions.list(end_accession_date=recent)  # within the default range: fine
    assert route.call_count == 2


def test_a_one_day_range_is_not_reversed(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).respond(json=EMPTY_PAGE)
    with new_client() as client:
        client.sales.history(start_date="2026-06-30", end_date="2026-06-30")
        client.sales.history(start_date=DEC_1, end_date=DEC_1)
    assert route.call_count == 2
    first = route.calls[0].request.url.params
    assert int(first["end_date"]) - int(first["start_date"]) == DAY - 1
