"""Pages and exports: lazy, complete, limited, resumable to the item, and safe against a repeating
or failing API. Sync and async."""

from __future__ import annotations

import itertools
import time
from typing import Any

import httpx
import pytest
import respx

from hotmart_client import (
    APIResponseValidationError,
    InternalServerError,
    InvalidParameterError,
    PaginationError,
    RetryPolicy,
)
from tests.support import sale

from .helpers import api, new_async_client, new_client

HISTORY = "/payments/api/v1/sales/history"
REFUND = "/payments/api/v1/sales/HP00000000000001/refund"


def paged_backend(total: int, page_size: int, repeat_token_at: int | None = None) -> Any:
    """A side effect serving `total` sales in pages of `max_results` (default `page_size`); the
    token is the next offset."""

    def handler(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("page_token", "0"))
        size = int(request.url.params.get("max_results", page_size))
        end = min(start + size, total)
        items = [sale(f"HP{n:014d}") for n in range(start, end)]
        page_info: dict[str, Any] = {"total_results": total, "results_per_page": len(items)}
        if end < total:
            page_info["next_page_token"] = str(repeat_token_at if repeat_token_at is not None else end)
        return httpx.Response(200, json={"items": items, "page_info": page_info})

    return handler


def transactions(items: list[Any]) -> list[str]:
    return [item.purchase.transaction for item in items]


def expected(start: int, stop: int) -> list[str]:
    return [f"HP{n:014d}" for n in range(start, stop)]


# -- a page, and iterating it ---------------------------------------------------------------------


def test_a_call_is_one_page_and_iterating_it_walks_every_item(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=1234, page_size=100))
    with new_client() as client:
        page = client.sales.history(max_results=100, transaction_status="APPROVED")
        assert route.call_count == 1
        assert transactions(page.items) == expected(0, 100)
        assert page.page_info is not None and page.page_info.total_results == 1234
        assert page.has_next_page() and page.next_page_token == "100"
        seen = transactions(list(page))
        second = page.get_next_page()
    assert seen == expected(0, 1234)
    assert route.call_count == 13 + 1
    assert second is not None and transactions(second.items) == expected(100, 200)
    assert all(call.request.url.params["transaction_status"] == "APPROVED" for call in route.calls)


def test_iter_pages_of_a_page_starts_with_that_page(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=250, page_size=100))
    with new_client() as client:
        pages = list(client.sales.history(page_token="100").iter_pages())
    assert [transactions(p.items)[0] for p in pages] == ["HP00000000000100", "HP00000000000200"]
    assert pages[0].page_token == "100" and not pages[-1].has_next_page()


async def test_async_page_and_iteration(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=777, page_size=100))
    async with new_async_client() as client:
        page = await client.sales.history(max_results=100)
        assert route.call_count == 1 and len(page.items) == 100
        from_page = [item.purchase.transaction async for item in page]
        direct = [item.purchase.transaction async for item in client.sales.history(max_results=100)]
        pages = [p async for p in page.iter_pages()]
        second = await page.get_next_page()
    assert from_page == direct == expected(0, 777)
    assert len(pages) == 8 and second is not None and transactions(second.items) == expected(100, 200)


# -- exports: lazy, prefetching, limited ----------------------------------------------------------


def test_an_export_is_lazy_without_prefetch(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=500, page_size=50))
    with new_client() as client:
        pager = client.sales.history.export()
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
        pages = client.sales.history.export().iter_pages()
        next(pages)
        time.sleep(0.2)  # give the prefetch thread time to run; it must not run further ahead
        assert route.call_count == 2
        pages.close()


def test_no_prefetch_when_fetching_does_not_wait(hotmart_routes: respx.MockRouter) -> None:
    """A fetch that is all CPU (here: an in-process answer) gains nothing from a helper thread."""
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=500, page_size=50))
    with new_client() as client:
        pager = client.sales.history.export()
        pager.prefetch_min_wait = 0.5  # far above any scheduling delay of a busy CI machine
        pages = pager.iter_pages()
        next(pages)
        time.sleep(0.1)
        assert route.call_count == 1
        pages.close()


@pytest.mark.parametrize("latency", [0.0, 0.02])
def test_limit_stops_early_without_fetching_more_pages(hotmart_routes: respx.MockRouter, latency: float) -> None:
    """With or without prefetch, a limit that ends on or inside a page fetches no page after it."""
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=slow(paged_backend(1000, 50), latency))
    with new_client() as client:
        assert len(list(client.sales.history.export(limit=120))) == 120
        assert route.call_count == 3
        assert len(list(client.sales.history.export(limit=100))) == 100
        time.sleep(3 * latency)
        assert route.call_count == 3 + 2


def test_iter_pages_honours_the_limit(hotmart_routes: respx.MockRouter) -> None:
    """Regression (Hardening 4): `pages()` used to ignore `limit=`."""
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=1000, page_size=50))
    with new_client() as client:
        pages = list(client.sales.history.export(limit=120).iter_pages())
    assert [len(p.items) for p in pages] == [50, 50, 20]
    assert route.call_count == 3


async def test_async_limits(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=1000, page_size=50))
    async with new_async_client() as client:
        limited = [item async for item in client.sales.history.export(limit=120)]
        pages = [page async for page in client.sales.history.export(limit=70).iter_pages()]
    assert len(limited) == 120 and [len(p.items) for p in pages] == [50, 20]
    assert route.call_count == 3 + 2


# -- checkpoints ----------------------------------------------------------------------------------


@pytest.mark.parametrize("stop_after", [1, 49, 50, 51, 120, 299])
def test_resume_continues_at_the_exact_next_item(hotmart_routes: respx.MockRouter, stop_after: int) -> None:
    """Regression (Hardening 11): resuming from `next_page_token` after a break mid-page skipped
    the rest of that page. A checkpoint taken after any item resumes right after it."""
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=300, page_size=50))
    with new_client() as client:
        pager = client.sales.history.export(transaction_status="APPROVED")
        first = transactions(list(itertools.islice(pager, stop_after)))
        checkpoint = pager.checkpoint
        pager.close()
        rest = transactions(list(client.sales.history.export(transaction_status="APPROVED", resume=checkpoint)))
    assert first + rest == expected(0, 300)


def test_resume_after_a_limit_mid_page(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=300, page_size=100))
    with new_client() as client:
        first = client.sales.history.export(limit=130)
        head = transactions(list(first))
        tail = transactions(list(client.sales.history.export(resume=first.checkpoint)))
    assert head + tail == expected(0, 300)


def test_a_pager_iterated_again_continues_where_it_stopped(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=120, page_size=50))
    with new_client() as client:
        pager = client.sales.history.export()
        head = transactions(list(itertools.islice(pager, 30)))
        tail = transactions(list(pager))
    assert head + tail == expected(0, 120)


def test_checkpoint_of_a_page_walk_is_after_the_page(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=300, page_size=100))
    with new_client() as client:
        pager = client.sales.history.export()
        pages = pager.iter_pages()
        first = next(pages)
        checkpoint = pager.checkpoint
        pages.close()
        rest = transactions(list(client.sales.history.export(resume=checkpoint)))
    assert transactions(first.items) + rest == expected(0, 300)


async def test_async_resume_is_exact(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=300, page_size=50))
    async with new_async_client() as client:
        pager = client.sales.history.export()
        first: list[Any] = []
        async for item in pager:
            first.append(item)
            if len(first) == 77:
                break
        rest = [item async for item in client.sales.history.export(resume=pager.checkpoint)]
    assert transactions(first + rest) == expected(0, 300)


def test_a_checkpoint_is_refused_by_another_listing_or_other_arguments(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=300, page_size=50))
    with new_client() as client:
        pager = client.sales.history.export(transaction_status="APPROVED", max_results=50)
        next(iter(pager))
        checkpoint = pager.checkpoint
        with pytest.raises(InvalidParameterError, match="other arguments"):
            client.sales.history.export(transaction_status="REFUNDED", max_results=50, resume=checkpoint)
        with pytest.raises(InvalidParameterError, match="other arguments"):
            client.sales.history.export(transaction_status="APPROVED", max_results=20, resume=checkpoint)
        with pytest.raises(InvalidParameterError, match="belongs to getSalesHistory"):
            client.subscriptions.list.export(resume=checkpoint)
        with pytest.raises(InvalidParameterError, match="damaged"):
            client.sales.history.export(resume=checkpoint[:-6] + "!!!!!!")
        # The same arguments, given differently (a string vs the enum), are the same listing.
        from hotmart_api.models import PurchaseStatus

        client.sales.history.export(transaction_status=PurchaseStatus.APPROVED, max_results=50, resume=checkpoint)


# -- a repeating or failing API -------------------------------------------------------------------


def test_a_repeated_token_raises_after_delivering_its_page(hotmart_routes: respx.MockRouter) -> None:
    """The page that carries a repeated token is delivered; the error says where to resume, and
    resuming there does not loop either."""
    hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=500, page_size=50, repeat_token_at=50))
    with new_client() as client:
        seen: list[Any] = []
        with pytest.raises(PaginationError, match="twice") as raised:
            seen.extend(client.sales.history.export())
        assert transactions(seen) == expected(0, 100)
        assert raised.value.checkpoint is not None
        again: list[Any] = []
        with pytest.raises(PaginationError):
            again.extend(client.sales.history.export(resume=raised.value.checkpoint))
        assert again == []


def test_transient_errors_mid_export_lose_and_duplicate_nothing(hotmart_routes: respx.MockRouter) -> None:
    backend = paged_backend(total=600, page_size=100)
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(503) if calls["n"] % 3 == 0 else backend(request)

    hotmart_routes.get(api(HISTORY)).mock(side_effect=flaky)
    with new_client() as client:
        assert transactions(list(client.sales.history.export())) == expected(0, 600)


def failing_at(token: str, responses: list[httpx.Response], total: int = 300) -> Any:
    """Pages of 100; the page at `token` answers `responses` in turn, then normally."""
    backend = paged_backend(total=total, page_size=100)
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page_token") == token and queue:
            return queue.pop(0)
        return backend(request)

    return handler


def test_an_export_survives_five_consecutive_503s_on_one_page(hotmart_routes: respx.MockRouter) -> None:
    """Regression (Hardening 10): with default settings an export aborted after 4 consecutive
    503s (a per-request budget of 3 retries). A page now has its own, larger, time-bounded budget."""
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=failing_at("100", [httpx.Response(503)] * 5))
    with new_client() as client:  # FAST_RETRIES: max_retries=3, no delays; page budget left default
        assert transactions(list(client.sales.history.export())) == expected(0, 300)
    assert route.call_count == 3 + 5


async def test_async_export_survives_five_consecutive_503s(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=failing_at("100", [httpx.Response(503)] * 5))
    async with new_async_client() as client:
        assert transactions([item async for item in client.sales.history.export()]) == expected(0, 300)


def test_a_single_call_keeps_its_own_budget(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=failing_at("100", [httpx.Response(503)] * 5))
    with new_client() as client, pytest.raises(InternalServerError):
        client.sales.history(page_token="100")
    assert route.call_count == 4


def test_the_page_budget_is_bounded_and_its_error_carries_a_checkpoint(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=failing_at("200", [httpx.Response(503)] * 100))
    policy = RetryPolicy(max_retries=3, base_delay=0.0, max_delay=0.0, page_max_retries=6)
    with new_client(retry_policy=policy) as client:
        seen: list[Any] = []
        with pytest.raises(InternalServerError) as raised:
            seen.extend(client.sales.history.export())
        assert route.call_count == 2 + 7
        assert len(seen) == 200 and raised.value.checkpoint is not None
        hotmart_routes.get(api(HISTORY)).mock(side_effect=paged_backend(total=300, page_size=100))
        rest = list(client.sales.history.export(resume=raised.value.checkpoint))
    assert transactions(seen + rest) == expected(0, 300)


def test_the_page_budget_is_also_bounded_in_time(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=failing_at("100", [httpx.Response(503)] * 100))
    policy = RetryPolicy(base_delay=0.05, max_delay=0.05, page_budget=0.3)
    started = time.monotonic()
    with new_client(retry_policy=policy) as client, pytest.raises(InternalServerError):
        list(client.sales.history.export())
    assert time.monotonic() - started < 2.0


def test_an_explicit_max_retries_wins_over_the_page_budget(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=failing_at("100", [httpx.Response(503)] * 5))
    with new_client(max_retries=1) as client, pytest.raises(InternalServerError):
        list(client.sales.history.export())
    assert route.call_count == 1 + 2


CUT_JSON = b'{"items": [{"purchase": {"transaction": "HP0'


@pytest.mark.parametrize("body", [CUT_JSON, b"<html>Bad gateway</html>"])
def test_a_truncated_or_non_json_answer_to_a_read_is_retried(hotmart_routes: respx.MockRouter, body: bytes) -> None:
    """Regression (Hardening 9): a cut or non-JSON 200 body (a proxy, a dropped connection) was not retried."""
    route = hotmart_routes.get(api(HISTORY)).mock(side_effect=failing_at("100", [httpx.Response(200, content=body)]))
    with new_client() as client:
        assert transactions(list(client.sales.history.export())) == expected(0, 300)
        route.side_effect = failing_at(None, [httpx.Response(200, content=body)])  # type: ignore[arg-type]
        assert len(client.sales.history().items) == 100  # a single read too


async def test_async_truncated_answer_is_retried(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).mock(side_effect=failing_at("100", [httpx.Response(200, content=CUT_JSON)]))
    async with new_async_client() as client:
        assert len([item async for item in client.sales.history.export()]) == 300


def test_a_truncated_answer_to_a_call_that_changes_state_is_not_retried(hotmart_routes: respx.MockRouter) -> None:
    route = hotmart_routes.put(api(REFUND)).respond(200, content=CUT_JSON)
    with new_client() as client:
        client.sales.refund("HP00000000000001")  # no body is documented: nothing to parse
    assert route.call_count == 1
    hotmart_routes.get(api(HISTORY)).respond(200, content=CUT_JSON)
    with new_client(max_retries=2) as client, pytest.raises(APIResponseValidationError):
        client.sales.history()


def test_empty_body_is_an_empty_page(hotmart_routes: respx.MockRouter) -> None:
    hotmart_routes.get(api(HISTORY)).respond(200, content=b"")
    with new_client() as client:
        assert list(client.sales.history.export()) == []
        assert client.sales.history().items == []
