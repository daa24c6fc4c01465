"""Issue 18, items 7.6 and 7.7: a checkpoint is validated in full before anything is sent (a damaged
or edited one raises `InvalidParameterError`, never `RecursionError`, never a request that skips
items), and it names the `extra_query` it was taken with."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import InvalidParameterError
from tests.support import sale

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
START = 1_767_225_600_000  # 2026-01-01
END = START + 10 * 86_400_000
PAGE = 50
TOTAL = 200


def backend(request: httpx.Request) -> httpx.Response:
    """TOTAL sales in pages of at most PAGE (max_results honoured), offset tokens."""
    offset = int(request.url.params.get("page_token", "0"))
    size = int(request.url.params.get("max_results", PAGE))
    end = min(offset + size, TOTAL)
    info: dict[str, Any] = {"total_results": TOTAL}
    if end < TOTAL:
        info["next_page_token"] = str(end)
    return httpx.Response(200, json={"items": [sale(f"HP{n:014d}") for n in range(offset, end)], "page_info": info})


@pytest.fixture
def history(hotmart_routes: respx.MockRouter) -> respx.Route:
    return hotmart_routes.get(api(HISTORY)).mock(side_effect=backend)


def read(checkpoint: str) -> dict[str, Any]:
    body = checkpoint.removeprefix("hmcp1.")
    data: dict[str, Any] = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return data


def write(data: dict[str, Any] | str) -> str:
    raw = data if isinstance(data, str) else json.dumps(data)
    return "hmcp1." + base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def taken(client: Any, **arguments: Any) -> dict[str, Any]:
    """The checkpoint of an export of `arguments` stopped after 60 items, decoded."""
    pager = client.sales.history.export(**arguments)
    for number, _ in enumerate(pager, 1):
        if number == 60:
            break
    return read(pager.checkpoint)


SEQUENTIAL = {"max_results": PAGE}
PARALLEL = {"start_date": START, "end_date": END, "max_results": PAGE, "concurrency": 2}

# Each edit of a genuine checkpoint, and the arguments it is resumed with.
Edit = Callable[[dict[str, Any]], None]
EDITS: dict[str, tuple[dict[str, Any], Edit]] = {
    "offset true": (SEQUENTIAL, lambda d: d["s"][0].__setitem__(3, True)),
    "offset negative": (SEQUENTIAL, lambda d: d["s"][0].__setitem__(3, -1)),
    "offset fraction": (SEQUENTIAL, lambda d: d["s"][0].__setitem__(3, 2.5)),
    "offset past max_results": (SEQUENTIAL, lambda d: d["s"][0].__setitem__(3, PAGE + 1)),
    "token a number": (SEQUENTIAL, lambda d: d["s"][0].__setitem__(2, 50)),
    "token a list": (SEQUENTIAL, lambda d: d["s"][0].__setitem__(2, ["50"])),
    "done a string": (SEQUENTIAL, lambda d: d["s"][0].__setitem__(4, "no")),
    "a stream too short": (SEQUENTIAL, lambda d: d["s"][0].pop()),
    "two sequential streams": (SEQUENTIAL, lambda d: d["s"].append(list(d["s"][0]))),
    "no stream": (SEQUENTIAL, lambda d: d["s"].clear()),
    "a window without its end": (PARALLEL, lambda d: d["s"][0].__setitem__(1, None)),
    "a window ending before it starts": (PARALLEL, lambda d: d["s"][0].__setitem__(1, d["s"][0][0] - 1)),
    "a window outside the range": (PARALLEL, lambda d: d["s"][-1].__setitem__(1, END + 86_400_000)),
    "a window starting before the range": (PARALLEL, lambda d: d["s"][0].__setitem__(0, START - 1)),
    "a window left out": (PARALLEL, lambda d: d["s"].pop(-2)),
    "a seam left out": (PARALLEL, lambda d: d["s"].pop(0)),
    "a seam made a window": (PARALLEL, lambda d: d["s"][0].__setitem__(6, "window")),
    "a window made a seam": (PARALLEL, lambda d: d["s"][-1].__setitem__(6, "seam")),
    "a kind unknown": (PARALLEL, lambda d: d["s"][-1].__setitem__(6, "other")),
    "a window bound true": (PARALLEL, lambda d: d["s"][0].__setitem__(0, True)),
    "windows and a sequential stream": (PARALLEL, lambda d: d["s"].append([None, None, None, 0, False, None])),
    "windows for a sequential export": (SEQUENTIAL, lambda d: d["s"].__setitem__(0, [START, END, *d["s"][0][2:]])),
}


@pytest.mark.parametrize(("arguments", "edit"), EDITS.values(), ids=EDITS.keys())
def test_an_edited_checkpoint_is_refused_before_anything_is_sent(
    history: respx.Route, arguments: dict[str, Any], edit: Edit
) -> None:
    with new_client() as client:
        data = taken(client, **arguments)
        edit(data)
        sent = history.call_count
        with pytest.raises(InvalidParameterError, match="resume: the checkpoint"):
            client.sales.history.export(**arguments, resume=write(data))
    assert history.call_count == sent


@pytest.mark.parametrize(("arguments", "edit"), list(EDITS.values())[:4], ids=list(EDITS)[:4])
async def test_an_edited_checkpoint_is_refused_async(
    history: respx.Route, arguments: dict[str, Any], edit: Edit
) -> None:
    with new_client() as client:
        data = taken(client, **arguments)
    edit(data)
    async with new_async_client() as client:
        with pytest.raises(InvalidParameterError, match="resume: the checkpoint"):
            client.sales.history.export(**arguments, resume=write(data))


@pytest.mark.parametrize("depth", [1_000, 200_000])
def test_a_deeply_nested_checkpoint_is_damaged_not_a_recursion_error(history: respx.Route, depth: int) -> None:
    nested = "[" * depth + "]" * depth
    text = write('{"op": "getSalesHistory", "f": "x", "s": [[null, null, ' + nested + ", 0, false, null]]}")
    with new_client() as client, pytest.raises(InvalidParameterError, match="damaged"):
        client.sales.history.export(resume=text)
    assert history.call_count == 0


def test_an_offset_past_the_end_of_its_page_is_refused_not_skipped(hotmart_routes: respx.MockRouter) -> None:
    """Without max_results the page size is Hotmart's: the position is checked against the page."""
    pages = iter([{"items": [sale("HP1"), sale("HP2")], "page_info": {"next_page_token": "t2"}}])
    hotmart_routes.get(api(HISTORY)).mock(side_effect=lambda request: httpx.Response(200, json=next(pages)))
    with new_client() as client:
        data = read(client.sales.history.export().checkpoint)
        data["s"][0][3] = 3  # 3 items of a page that has 2
        with pytest.raises(InvalidParameterError, match="past the end of the page") as raised:
            list(client.sales.history.export(resume=write(data)))
    assert raised.value.checkpoint is not None


def test_a_position_at_the_end_of_its_page_goes_on_with_the_next(history: respx.Route) -> None:
    """A checkpoint taken right after the last item of a page (offset == page length) is fine."""
    with new_client() as client:
        pager = client.sales.history.export(max_results=PAGE)
        first = [s.purchase.transaction for _, s in zip(range(PAGE), pager, strict=False)]
        assert read(pager.checkpoint)["s"][0][3] == PAGE
        rest = [s.purchase.transaction for s in client.sales.history.export(max_results=PAGE, resume=pager.checkpoint)]
    assert first + rest == [f"HP{n:014d}" for n in range(TOTAL)]


# -- extra_query ----------------------------------------------------------------------------------


def test_a_checkpoint_names_the_extra_query_it_was_taken_with(history: respx.Route) -> None:
    with new_client() as client:
        pager = client.sales.history.export(max_results=PAGE, extra_query={"affiliate_code": "A1"})
        first = [s.purchase.transaction for _, s in zip(range(70), pager, strict=False)]
        checkpoint = pager.checkpoint
        for other in ({"affiliate_code": "B2"}, None, {"affiliate_code": "A1", "more": 1}):
            with pytest.raises(InvalidParameterError, match="extra_query"):
                client.sales.history.export(max_results=PAGE, extra_query=other, resume=checkpoint)
        resumed = client.sales.history.export(max_results=PAGE, extra_query={"affiliate_code": "A1"}, resume=checkpoint)
        rest = [s.purchase.transaction for s in resumed]
    assert len(first) + len(rest) == TOTAL
    assert history.calls.last.request.url.params["affiliate_code"] == "A1"


async def test_a_checkpoint_names_its_extra_query_async(history: respx.Route) -> None:
    async with new_async_client() as client:
        pager = client.sales.history.export(extra_query={"affiliate_code": "A1"})
        async for _ in pager:
            break
        with pytest.raises(InvalidParameterError, match="extra_query"):
            client.sales.history.export(extra_query={"affiliate_code": "B2"}, resume=pager.checkpoint)
