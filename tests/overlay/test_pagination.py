"""Autopagination: lazy, complete, stoppable, resumable, and safe against a repeating API."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import InternalServerError, PaginationError
from tests.support import sale

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"


def paged_backend(total: int, page_size: int, repeat_token_at: int | None = None) -> Any:
    """A side effect serving `total` sales in pages; the token is the next offset."""

    def handler(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("page_token", "0"))
        end = min(start + page_size, total)
        items = [sale(f"HP{n:014d}") for n in range(start, end)]
        page_info: dict[str, Any] = {"total_results": total, "results_per_page": len(items)}
        if end < total:
            page_info["next_page_token"] = str(repeat_token_at if repeat_token_at is not None else end)
        return httpx.Response(200, json={"items": items, "page_info": page_info})

    return handler


def transactions(items: list[Any]) -> list[str]:
    return [item.purchase.transaction for item in items]


def test_iterates_every_item_of_every_page(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=1234, page_size=100))
    with new_client() as client:
        pager = client.sales.history_autopaginate(max_results=100, transaction_status="APPROVED")
        seen = transactions(list(pager))
    assert seen == [f"HP{n:014d}" for n in range(1234)]
    assert route.call_count == 13
    assert pager.done and pager.next_page_token is None and pager.pages_fetched == 13
    assert all(call.request.url.params["transaction_status"] == "APPROVED" for call in route.calls)


def test_is_lazy_without_prefetch(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=500, page_size=50))
    with new_client() as client:
        pager = client.sales.history_autopaginate()
        pager.prefetch = False
        assert route.call_count == 0
        iterator = iter(pager)
        next(iterator)
        assert route.call_count == 1


def slow(handler: Any, seconds: float) -> Any:
    """The handler behind `seconds` of network-like waiting (sleep: no CPU)."""

    def delayed(request: httpx.Request) -> httpx.Response:
        time.sleep(seconds)
        return handler(request)

    return delayed


def test_prefetch_stays_one_page_ahead_when_the_network_is_slow(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=slow(paged_backend(total=500, page_size=50), 0.02))
    with new_client() as client:
        pages = client.sales.history_autopaginate().pages()
        next(pages)
        time.sleep(0.2)  # give the prefetch thread time to run; it must not run further ahead
        assert route.call_count == 2
        pages.close()


def test_no_prefetch_when_fetching_does_not_wait(hotmart_routes: respx.MockRouter) -> None:
    """A fetch that is all CPU (here: an in-process answer) gains nothing from a helper thread."""
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=500, page_size=50))
    with new_client() as client:
        pager = client.sales.history_autopaginate()
        pager.prefetch_min_wait = 0.5  # far above any scheduling delay of a busy CI machine
        pages = pager.pages()
        next(pages)
        time.sleep(0.1)
        assert route.call_count == 1
        pages.close()


def test_limit_stops_early_without_fetching_more_pages(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=1000, page_size=50))
    with new_client() as client:
        items = list(client.sales.history_autopaginate(limit=120))
    assert len(items) == 120
    assert route.call_count == 3


def test_pages_iterator_and_resume_from_checkpoint(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=300, page_size=100))
    with new_client() as client:
        first = client.sales.history_autopaginate()
        pages = first.pages()
        page_one = next(pages)
        checkpoint = first.next_page_token
        assert checkpoint == "100" and len(page_one.items) == 100
        resumed = client.sales.history_autopaginate(page_token=checkpoint)
        rest = transactions(list(resumed))
    assert rest == [f"HP{n:014d}" for n in range(100, 300)]


def test_a_repeated_token_raises_instead_of_looping(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=500, page_size=50, repeat_token_at=50))
    with new_client() as client, pytest.raises(PaginationError, match="twice"):
        list(client.sales.history_autopaginate())


def test_transient_errors_mid_export_lose_and_duplicate_nothing(hotmart_routes: respx.MockRouter) -> None:
    backend = paged_backend(total=600, page_size=100)
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] % 3 == 0:
            return httpx.Response(503)
        return backend(request)

    hotmart_routes.get(api(HISTORY)).mock(side_effect=flaky)
    with new_client() as client:
        seen = transactions(list(client.sales.history_autopaginate()))
    assert seen == [f"HP{n:014d}" for n in range(600)]


def test_failure_keeps_the_resume_point(hotmart_routes: respx.MockRouter) -> None:
    backend = paged_backend(total=300, page_size=100)
    hotmart_routes.get(api(HISTORY)).mock(
        side_effect=lambda request: (
            backend(request) if request.url.params.get("page_token") != "200" else httpx.Response(500)
        )
    )
    with new_client(max_retries=1) as client:
        pager = client.sales.history_autopaginate()
        seen: list[Any] = []
        with pytest.raises(InternalServerError):
            seen.extend(pager)
    assert len(seen) == 200
    assert pager.next_page_token == "200"


def test_empty_body_is_an_empty_page(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(200, content=b"")
    with new_client() as client:
        assert list(client.sales.history_autopaginate()) == []
        assert client.sales.history().items == []


async def test_async_pagination_is_equivalent(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=777, page_size=100))
    async with new_async_client() as client:
        pager = client.sales.history_autopaginate(max_results=100)
        seen = [item.purchase.transaction async for item in pager]
        limited = [item async for item in client.sales.history_autopaginate(limit=5)]
        pages = [page async for page in client.sales.history_autopaginate().pages()]
    assert seen == [f"HP{n:014d}" for n in range(777)]
    assert len(limited) == 5
    assert len(pages) == 8
