"""The drift recorder over HTTP (respx), sync and async: what it records from a response, what it
never records (values), what is checked on every object and what only on the walked sample, its
bounds, and its files."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import APIStatusError, AsyncHotmart, Hotmart
from hotmart_client._constants import TOKEN_URL
from hotmart_client.drift import DriftEntry, DriftFileError, DriftRecorder, merge_files
from tests.overlay.helpers import api, new_async_client, new_client, token_response

HISTORY = api("/payments/api/v1/sales/history")
SECRET_EMAIL = "ana.secret@example.com"
RATE_HEADERS = {"RateLimit-Limit": "500", "RateLimit-Remaining": "499", "RateLimit-Reset": "60"}


def sale(index: int) -> dict[str, Any]:
    return {
        "product": {"id": 2125812, "name": "Curso"},
        "buyer": {"name": "Ana", "email": SECRET_EMAIL},
        "purchase": {
            "transaction": f"HP{index:014d}",
            "order_date": 1622948400000,
            "status": "APPROVED",
            "price": {"value": 235.76, "currency_code": "BRL"},
            "payment": {"type": "PIX", "installments_number": 1},
        },
    }


def page(items: list[dict[str, Any]], token: str | None = None) -> dict[str, Any]:
    info: dict[str, Any] = {"results_per_page": len(items)}
    if token:
        info["next_page_token"] = token
    return {"items": items, "page_info": info}


def drifted_page() -> dict[str, Any]:
    """100 sales that drift: one item with a new object field, a new status on two, a price value
    sent as a string on every item, an item without its transaction, a new header."""
    items = [sale(index) for index in range(100)]
    items[57]["purchase"]["loyalty"] = {"points": 12, "tier": SECRET_EMAIL, "badges": [{"name": "x"}]}
    items[3]["purchase"]["status"] = items[4]["purchase"]["status"] = "TELEPORTED"
    for item in items:
        item["purchase"]["installments"] = SECRET_EMAIL  # a new string field, on every item
    del items[9]["purchase"]["transaction"]
    return page(items)


def found(recorder: DriftRecorder) -> dict[tuple[str, str, str], int]:
    return {(e.kind, e.pointer, e.detail): e.count for e in recorder.entries()}


# What every object of the page is checked for (exhaustive): counted on every item.
EXHAUSTIVE = {
    ("unknown_field", "/items/*/purchase/loyalty", "object"): 1,
    ("unknown_field", "/items/*/purchase/loyalty/points", "integer"): 1,
    ("unknown_field", "/items/*/purchase/loyalty/tier", "string"): 1,
    ("unknown_field", "/items/*/purchase/loyalty/badges", "array"): 1,
    ("unknown_field", "/items/*/purchase/loyalty/badges/*", "object"): 1,
    ("unknown_field", "/items/*/purchase/loyalty/badges/*/name", "string"): 1,
    ("unknown_field", "/items/*/purchase/installments", "string"): 100,
    ("unknown_enum", "/items/*/purchase/status", "TELEPORTED"): 2,
    ("undocumented_header", "", "x-hotmart-trace"): 1,
}


@pytest.fixture
def routes() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL).mock(return_value=token_response())
        yield router


def serve(routes: respx.MockRouter, body: dict[str, Any], **headers: str) -> None:
    routes.get(HISTORY).mock(return_value=httpx.Response(200, json=body, headers={**RATE_HEADERS, **headers}))


def test_a_drifting_page_is_recorded_by_place_kind_and_count(routes: respx.MockRouter) -> None:
    serve(routes, drifted_page(), **{"X-Hotmart-Trace": "abc"})
    recorder = DriftRecorder(walk_first=1)
    with new_client(drift=recorder) as hotmart:
        result = hotmart.sales.history()
    assert len(result.items) == 100  # nothing refused
    entries = found(recorder)
    assert {key: entries[key] for key in EXHAUSTIVE} == EXHAUSTIVE
    # The first response is walked through one item (item 0: response 0), which is well-formed:
    # item 9's missing transaction is a finding of the sample only, and not in this one.
    assert set(entries) == set(EXHAUSTIVE)
    assert [(s.source, s.checked, s.walked) for s in recorder.sources()] == [("getSalesHistory", 1, 1)]
    entry = recorder.entries()[0]
    assert (entry.channel, entry.source, entry.status) == ("response", "getSalesHistory", 200)


async def test_the_async_client_records_the_same(routes: respx.MockRouter) -> None:
    serve(routes, drifted_page(), **{"X-Hotmart-Trace": "abc"})
    recorder = DriftRecorder(walk_first=1)
    async with new_async_client(drift=recorder) as hotmart:
        result = await hotmart.sales.history()
    assert len(result.items) == 100
    assert {key: found(recorder)[key] for key in EXHAUSTIVE} == EXHAUSTIVE


def test_the_walk_samples_one_item_per_response_in_rotation(routes: respx.MockRouter) -> None:
    body = page([sale(index) for index in range(4)])
    body["items"][2]["purchase"]["price"]["currency_code"] = 986  # a number where the spec says string
    del body["items"][1]["purchase"]["transaction"]
    serve(routes, body)
    recorder = DriftRecorder(walk_first=8)
    with new_client(drift=recorder) as hotmart:
        for _ in range(8):  # response n walks item n % 4
            hotmart.sales.history()
    entries = found(recorder)
    assert entries == {
        ("type_mismatch", "/items/*/purchase/price/currency_code", "integer"): 2,
        ("missing_required", "/items/*/purchase/transaction", ""): 2,
    }
    assert recorder.sources()[0].walked == 8


def test_past_the_first_responses_one_in_walk_every_is_walked(routes: respx.MockRouter) -> None:
    body = page([sale(0)])
    body["items"][0]["purchase"]["price"]["currency_code"] = 986
    body["items"][0]["purchase"]["status"] = "TELEPORTED"
    serve(routes, body)
    recorder = DriftRecorder(walk_first=2, walk_every=5)
    with new_client(drift=recorder) as hotmart:
        for _ in range(12):
            hotmart.sales.history()
    entries = found(recorder)
    assert entries[("unknown_enum", "/items/*/purchase/status", "TELEPORTED")] == 12  # every response
    assert entries[("type_mismatch", "/items/*/purchase/price/currency_code", "integer")] == 4  # 0, 1, 5, 10
    assert recorder.sources()[0].walked == 4


def test_a_nested_object_of_the_wrong_shape_is_counted_on_every_item_and_fails_only_where_read(
    routes: respx.MockRouter,
) -> None:
    body = page([sale(index) for index in range(5)])
    body["items"][1]["purchase"] = "HP00000000000001"
    body["items"][2]["purchase"]["price"] = [235.76]
    body["items"][3]["purchase"]["payment"] = 7
    serve(routes, body)
    recorder = DriftRecorder(walk_first=0)  # nothing walked: all of this is the per-object check
    with new_client(drift=recorder) as hotmart:
        result = hotmart.sales.history()
    assert found(recorder) == {
        ("type_mismatch", "/items/*/purchase", "string"): 1,
        ("type_mismatch", "/items/*/purchase/price", "array"): 1,
        ("type_mismatch", "/items/*/purchase/payment", "integer"): 1,
    }
    assert result.items[0].purchase.price.currency_code == "BRL"


def test_values_never_reach_the_recording(routes: respx.MockRouter, tmp_path: Path) -> None:
    serve(routes, drifted_page())
    recorder = DriftRecorder()
    with new_client(drift=recorder) as hotmart:
        hotmart.sales.history()
    recorder.save(tmp_path / "drift.json")
    text = (tmp_path / "drift.json").read_text(encoding="utf-8")
    assert SECRET_EMAIL not in text and SECRET_EMAIL not in repr(recorder.entries())
    assert "TELEPORTED" in text  # enum values are kept: they belong to the schema


@pytest.mark.parametrize("status", [418, 520])
def test_an_undocumented_status_is_recorded_and_still_raised(routes: respx.MockRouter, status: int) -> None:
    routes.get(HISTORY).mock(return_value=httpx.Response(status, json={"error": "teapot"}))
    recorder = DriftRecorder()
    with new_client(drift=recorder, max_retries=0) as hotmart, pytest.raises(APIStatusError):
        hotmart.sales.history()
    [entry] = recorder.entries()
    assert (entry.kind, entry.status, entry.pointer, entry.count) == ("undocumented_status", status, "", 1)


async def test_documented_statuses_and_headers_are_not_drift(routes: respx.MockRouter) -> None:
    standard = {"Date": "Mon, 01 Jun 2026 00:00:00 GMT", "Server": "nginx", "Vary": "Accept", **RATE_HEADERS}
    headers = {"Retry-After": "0", **standard}
    routes.get(HISTORY).mock(
        side_effect=[
            httpx.Response(429, json={"error": "too_many_requests"}, headers=headers),
            httpx.Response(200, json=page([sale(0)]), headers=standard),
        ]
    )
    recorder = DriftRecorder()
    async with new_async_client(drift=recorder) as hotmart:
        await hotmart.sales.history()
    assert recorder.entries() == []  # Retry-After is documented on 429 and 503 only...
    routes.get(HISTORY).mock(return_value=httpx.Response(200, json=page([sale(0)]), headers=headers))
    async with new_async_client(drift=recorder) as hotmart:
        await hotmart.sales.history()
    assert found(recorder) == {("undocumented_header", "", "retry-after"): 1}  # ...not on a 200


def test_raw_responses_are_recorded_when_parsed(routes: respx.MockRouter) -> None:
    serve(routes, drifted_page())
    recorder = DriftRecorder()
    with new_client(drift=recorder) as hotmart:
        raw = hotmart.with_raw_response.sales.history()
        assert recorder.entries() == []
        raw.parse()
    assert found(recorder)[("unknown_enum", "/items/*/purchase/status", "TELEPORTED")] == 2


def test_off_by_default_and_only_a_recorder_is_accepted() -> None:
    with new_client() as hotmart:
        assert hotmart.drift is None
    with pytest.raises(TypeError, match="DriftRecorder"):
        Hotmart("id", "secret", drift="drift.json")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="DriftRecorder"):
        AsyncHotmart("id", "secret", drift=object())  # type: ignore[arg-type]


class Broken(DriftRecorder):
    def _record_body(self, *args: Any) -> None:
        raise RuntimeError("a bug in the recorder")


def test_a_failing_recorder_never_fails_the_call(routes: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    serve(routes, drifted_page())
    with new_client(drift=Broken()) as hotmart:
        assert len(hotmart.sales.history().items) == 100
        assert len(hotmart.sales.history().items) == 100
    warnings = [r for r in caplog.records if "drift recording failed" in r.getMessage()]
    assert len(warnings) == 1  # logged once


# --- bounds ---------------------------------------------------------------------------------------


def test_distinct_entries_are_capped_and_the_rest_counted_as_dropped(routes: respx.MockRouter) -> None:
    items = [sale(index) for index in range(30)]
    for index, item in enumerate(items):
        item[f"field_{index}"] = index  # 30 distinct unknown fields
    serve(routes, page(items))
    recorder = DriftRecorder(max_entries=10, walk_first=0)
    with new_client(drift=recorder) as hotmart:
        hotmart.sales.history()
        hotmart.sales.history()
    assert len(recorder.entries()) == 10
    assert all(entry.count == 2 for entry in recorder.entries())  # kept entries keep counting
    assert recorder.dropped == 40


def test_unknown_values_of_one_enum_field_are_capped(routes: respx.MockRouter) -> None:
    items = [sale(index) for index in range(40)]
    for index, item in enumerate(items):
        item["purchase"]["status"] = f"STATUS_{index}"
    items[0]["purchase"]["status"] = "S" * 500
    serve(routes, page(items))
    recorder = DriftRecorder(max_values=5, walk_first=0)
    with new_client(drift=recorder) as hotmart:
        hotmart.sales.history()
    values = {e.detail: e.count for e in recorder.entries() if e.kind == "unknown_enum"}
    assert len(values) == 6 and values["(other values)"] == 35
    assert "S" * 120 + "…" in values  # a long value is cut


def test_threads_sharing_a_client_and_a_recorder_lose_no_count(routes: respx.MockRouter) -> None:
    import threading

    serve(routes, drifted_page())
    recorder = DriftRecorder()
    with new_client(drift=recorder) as hotmart:
        threads = [threading.Thread(target=lambda: [hotmart.sales.history() for _ in range(5)]) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert found(recorder)[("unknown_field", "/items/*/purchase/installments", "string")] == 40 * 100
    assert recorder.sources()[0].checked == 40


async def test_tasks_sharing_a_client_and_a_recorder_lose_no_count(routes: respx.MockRouter) -> None:
    import asyncio

    serve(routes, drifted_page())
    recorder = DriftRecorder()
    async with new_async_client(drift=recorder) as hotmart:
        await asyncio.gather(*(hotmart.sales.history() for _ in range(40)))
    assert found(recorder)[("unknown_enum", "/items/*/purchase/status", "TELEPORTED")] == 80


# --- files ----------------------------------------------------------------------------------------


def record(routes: respx.MockRouter, body: dict[str, Any], calls: int) -> DriftRecorder:
    serve(routes, body)
    recorder = DriftRecorder()
    with new_client(drift=recorder) as hotmart:
        for _ in range(calls):
            hotmart.sales.history()
    return recorder


def test_recordings_round_trip_and_merge(routes: respx.MockRouter, tmp_path: Path) -> None:
    first = record(routes, drifted_page(), 2)
    other = copy.deepcopy(drifted_page())
    other["items"][0]["purchase"]["status"] = "BEAMED"
    second = record(routes, other, 1)
    first.save(tmp_path / "a.json")
    second.save(tmp_path / "b.json")
    assert DriftRecorder.load(tmp_path / "a.json").entries() == first.entries()
    merged = merge_files([tmp_path / "a.json", tmp_path / "b.json"])
    counts = found(merged)
    assert counts[("unknown_enum", "/items/*/purchase/status", "TELEPORTED")] == 6
    assert counts[("unknown_enum", "/items/*/purchase/status", "BEAMED")] == 1
    assert [(s.checked, s.walked) for s in merged.sources()] == [(3, 3)]
    entry: DriftEntry = next(e for e in merged.entries() if e.detail == "TELEPORTED")
    assert entry.first_seen <= entry.last_seen
    # Recording into a loaded file adds to it.
    again = DriftRecorder.load(tmp_path / "a.json")
    serve(routes, drifted_page())
    with new_client(drift=again) as hotmart:
        hotmart.sales.history()
    assert found(again)[("unknown_enum", "/items/*/purchase/status", "TELEPORTED")] == 6


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"format": "something-else"}),
        json.dumps({"format": "hotmart-drift", "version": 99}),
        json.dumps({"format": "hotmart-drift", "version": 1, "entries": [{"kind": "unknown_field"}]}),
        json.dumps({"format": "hotmart-drift", "version": 1, "entries": [{"kind": "guess", "channel": "response"}]}),
    ],
)
def test_a_file_that_is_not_a_recording_is_refused_clearly(tmp_path: Path, content: str) -> None:
    path = tmp_path / "drift.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DriftFileError, match=r"drift\.json"):
        DriftRecorder.load(path)


# Pages the client reads (one whose items are not objects is refused by the client before any
# recording: APIResponseValidationError, with or without a recorder).
ODD_PAGES = {
    "a status that is an object": page([{**sale(0), "purchase": {**sale(0)["purchase"], "status": {"a": 1}}}]),
    "a status that is a list": page([{**sale(0), "purchase": {**sale(0)["purchase"], "status": ["APPROVED"]}}]),
    "a payment that is a list of objects": page([{**sale(0), "purchase": {**sale(0)["purchase"], "payment": [{}]}}]),
    "a deep unknown object": page([{**sale(0), "x": {"a": {"b": {"c": {"d": {"e": [[[1]]]}}}}}}]),
    "keys that need escaping": page([{**sale(0), "a/b~c": 1}]),
}


@pytest.mark.parametrize("body", list(ODD_PAGES.values()), ids=list(ODD_PAGES))
def test_odd_pages_are_recorded_and_the_call_returns_what_it_returns_without_a_recorder(
    routes: respx.MockRouter, body: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    serve(routes, body)
    recorder = DriftRecorder()
    with new_client() as plain, new_client(drift=recorder) as recording:
        with_recorder, without = recording.sales.history(), plain.sales.history()
    assert [item.buyer.email for item in with_recorder.items] == [item.buyer.email for item in without.items]
    assert recorder.entries()  # something was seen
    assert not [r for r in caplog.records if "drift recording failed" in r.getMessage()]
    if "a/b~c" in json.dumps(body):
        assert found(recorder) == {("unknown_field", "/items/*/a~1b~0c", "integer"): 1}
