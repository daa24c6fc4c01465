"""The report: nothing personal in it (checked with personal data in the answers, in every place it
could slip through), the async twin gives the same report, an operation not exercised is never
counted as passed, and webhook events say what was and was not checked."""

from __future__ import annotations

import asyncio
import copy
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from typer.testing import CliRunner

from hotmart_client import Hotmart, InvalidParameterError, _drift, averify, verify, webhooks
from hotmart_client.cli._app import app
from hotmart_client.drift import DriftRecorder
from hotmart_client.mock import Drift, mock_server
from hotmart_client.mock._spec import MockSpec
from tests.servers import serve_asgi

SPEC = MockSpec.load()
ENUMS = {str(value) for schema in SPEC.components["schemas"].values() for value in schema.get("enum", ())}
PICK = ["getSalesHistory", "listSubscriptions", "listProductOffers"]  # a listing, a window, a child
PERSONAL = {
    "cpf": "529.982.247-25",
    "email": "ana.souza.personal@example.com",
    "phone": "+5531999990000",
    "name": "Ana Beatriz Souza Personal",
    "street": "Rua das Flores Pessoais 42",
}


def client_of(url: str) -> Hotmart:
    return Hotmart("id", "secret", base_url=url, token_url=f"{url}/security/oauth/token", max_retries=0)


def texts(folder: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(folder.iterdir()))


def strings(node: Any) -> Iterator[str]:
    """Every string and long number of a JSON document (values and keys)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)
    elif isinstance(node, str):
        yield node
    elif isinstance(node, int) and not isinstance(node, bool) and node >= 1_000_000:
        yield str(node)


def test_nothing_the_drifting_mock_answered_reaches_the_report(tmp_path: Path) -> None:
    answered: list[Any] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        if response.content and response.url.path != "/security/oauth/token":
            answered.append(response.json())

    with mock_server(items=40, drift=Drift()) as server, httpx.Client(event_hooks={"response": [keep]}) as http:
        client = Hotmart(server.client_id, server.client_secret, base_url=server.url,
                         token_url=server.token_url, http_client=http)  # fmt: skip
        report = verify(client, depth=1, page_size=10, rate=None, operations=PICK)
    report.save(tmp_path)
    written = texts(tmp_path)
    keys = {key for body in answered for key in _keys(body)}
    # Reported by design: enum values (the unknown one the mock sends too) and Hotmart's error codes.
    codes = {body["error"] for body in answered if isinstance(body, dict) and isinstance(body.get("error"), str)}
    values = {value for body in answered for value in strings(body)} - keys - ENUMS - codes - {Drift().enum_value}
    leaked = sorted(value for value in values if len(value) >= 6 and value in written)
    assert leaked == []
    assert len(values) > 500  # names, e-mails, codes, ids, tokens...: there was plenty to leak
    assert "DRIFTED_BY_MOCK" in written  # an enum value belongs to the schema: it is reported


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def personal_app() -> Starlette:
    """A sales history whose answers hold personal data where the spec does not expect any: an
    unknown field, an unknown object, a number field holding an e-mail, a header; the participants
    answer 404 with a personal error description."""
    example = SPEC.by_id["getSalesHistory"].response_example["items"][0]

    def sale(number: int) -> dict[str, Any]:
        item = copy.deepcopy(example)
        item["purchase"]["transaction"] = f"HP{number:014d}"
        item["buyer_cpf"] = PERSONAL["cpf"]
        item["shipping"] = {"street": PERSONAL["street"], "phone": PERSONAL["phone"]}
        item["product"]["id"] = PERSONAL["email"]
        item["buyer"]["name"] = PERSONAL["name"]
        return item

    async def token(request: Request) -> Response:
        return JSONResponse({"access_token": "t", "token_type": "bearer", "expires_in": 86400})

    async def history(request: Request) -> Response:
        body = {"items": [sale(n) for n in range(3)], "page_info": {"total_results": 3, "results_per_page": 3}}
        return JSONResponse(body, headers={"X-Customer-Email": PERSONAL["email"]})

    async def participants(request: Request) -> Response:
        return JSONResponse({"error": "not_found", "error_description": f"no sale of {PERSONAL['email']}"}, 404)

    return Starlette(
        routes=[
            Route("/security/oauth/token", token, methods=["POST"]),
            Route("/payments/api/v1/sales/history", history),
            Route("/payments/api/v1/sales/users", participants),
        ]
    )


def test_personal_data_in_unexpected_places_stays_out_of_the_report(tmp_path: Path) -> None:
    with serve_asgi(personal_app()) as url, client_of(url) as client:
        report = verify(client, depth=1, rate=None, operations=["getSalesHistory", "getSalesParticipants"])
    report.save(tmp_path)
    written = texts(tmp_path)
    for value in PERSONAL.values():
        assert value not in written, value
    ops = {op.operation_id: op for op in report.operations}
    found = {(f.check, f.kind, f.pointer, f.detail) for f in ops["getSalesHistory"].findings}
    # What is reported instead: places, types and header names.
    assert ("drift", "unknown_field", "/items/*/buyer_cpf", "string") in found
    assert ("drift", "unknown_field", "/items/*/shipping/street", "string") in found
    assert ("schema", "type_mismatch", "/items/*/product/id", "string") in found
    assert ("drift", "undocumented_header", "", "x-customer-email") in found
    assert ops["getSalesParticipants"].reason == "refused: page 1: HTTP 404 (not_found)"


def keyed_app() -> Starlette:
    """A sales history whose items carry an unknown object keyed by data (an e-mail address)."""
    example = SPEC.by_id["getSalesHistory"].response_example["items"][0]

    async def token(request: Request) -> Response:
        return JSONResponse({"access_token": "t", "token_type": "bearer", "expires_in": 86400})

    async def history(request: Request) -> Response:
        item = {**copy.deepcopy(example), "contacts": {PERSONAL["email"]: {"phone": PERSONAL["phone"]}}}
        return JSONResponse({"items": [item], "page_info": {"total_results": 1, "results_per_page": 1}})

    return Starlette(
        routes=[
            Route("/security/oauth/token", token, methods=["POST"]),
            Route("/payments/api/v1/sales/history", history),
        ]
    )


@pytest.mark.xfail(
    not hasattr(_drift, "field_like"),
    strict=True,
    reason="this drift recorder names the keys of an unknown object; the one that records an object keyed "
    "by data as a map (hotmart_client._drift.field_like) keeps them out, and verify reuses it as it is",
)
def test_an_unknown_object_keyed_by_data_stays_out_of_the_report(tmp_path: Path) -> None:
    with serve_asgi(keyed_app()) as url, client_of(url) as client:
        report = verify(client, depth=1, rate=None, operations=["getSalesHistory"])
    report.save(tmp_path)
    assert PERSONAL["email"] not in texts(tmp_path)


def test_the_async_twin_gives_the_same_report() -> None:
    def comparable(report: Any) -> dict[str, Any]:
        data = report.to_dict()
        for key in ("seconds", "summary"):
            data.pop(key)
        return data

    with mock_server(items=40) as server:
        with server.client() as client:
            plain = verify(client, depth=1, page_size=10, rate=None, operations=PICK)

        async def run() -> Any:
            async with server.async_client() as client:
                return await averify(client, depth=1, page_size=10, rate=None, operations=PICK)

        awaited = asyncio.run(run())
    assert comparable(awaited) == comparable(plain)
    assert plain.passed and plain.calls > len(PICK)


def forbidden_app() -> Starlette:
    async def token(request: Request) -> Response:
        return JSONResponse({"access_token": "t", "token_type": "bearer", "expires_in": 86400})

    async def refuse(request: Request) -> Response:
        return JSONResponse({"error": "unauthorized_client", "error_description": "no access"}, 403)

    return Starlette(routes=[Route("/security/oauth/token", token, methods=["POST"]), Route("/{path:path}", refuse)])


def test_operations_not_exercised_are_never_counted_as_passed(tmp_path: Path) -> None:
    # No Members Area given: its operations are not exercised, and say why; the rest still passes.
    with mock_server(items=40) as server, server.client() as client:
        report = verify(client, depth=1, page_size=10, rate=None, operations=["listClubModules", "listProducts"])
    ops = {op.operation_id: op for op in report.operations}
    assert ops["listClubModules"].verdict == "not exercised"
    assert (
        ops["listClubModules"].reason
        == "needs subdomain, which no listing supplies: pass it (--parameter subdomain=VALUE)"
    )
    assert report.passed and "1 matched, 0 differ, 18 not exercised" in report.summary()
    # Nothing exercised at all (every call refused): not a pass, and the command exits 6.
    recording = DriftRecorder()
    headers, body = webhooks.build_delivery("PURCHASE_APPROVED", "tok", data_overrides={"purchase": {"points": 3}})
    webhooks.parse(body, headers, hottok="tok", drift=recording)
    recording.save(tmp_path / "webhooks.json")
    with serve_asgi(forbidden_app()) as url:
        env: dict[str, str | None] = {name: None for name in os.environ if name.startswith("HOTMART_")}
        env |= {"HOTMART_CLIENT_ID": "id", "HOTMART_CLIENT_SECRET": "secret", "HOTMART_BASE_URL": url,
                "HOTMART_TOKEN_URL": f"{url}/security/oauth/token"}  # fmt: skip
        arguments = ["verify", "-o", str(tmp_path / "out"), "--rate", "100000", "--operation", "listProducts",
                     "--webhook-recording", str(tmp_path / "webhooks.json")]  # fmt: skip
        result = CliRunner().invoke(app, arguments, env=env)
    assert result.exit_code == 6, result.stderr
    assert result.stdout.startswith("INCOMPLETE: 19 read operations, 0 matched, 0 differ, 19 not exercised")
    saved = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    products = next(op for op in saved["operations"] if op["operation_id"] == "listProducts")
    assert (
        products["verdict"] == "not exercised"
        and products["reason"] == "refused: page 1: HTTP 403 (unauthorized_client)"
    )
    events = {event["event"]: event for event in saved["events"]}
    assert events["PURCHASE_APPROVED"]["deliveries"] == 1 and events["PURCHASE_APPROVED"]["verdict"] == "differs"
    assert events["PURCHASE_APPROVED"]["findings"][0]["pointer"] == "/data/purchase/points"
    assert events["PURCHASE_CANCELED"]["reason"] == "no delivery of this event in the recordings given"
    assert "| `PURCHASE_APPROVED` | **differs** | 1 | 1 |" in (tmp_path / "out" / "report.md").read_text()


def test_without_recordings_every_event_says_why_it_was_not_checked() -> None:
    with mock_server(items=40) as server, server.client() as client:
        report = verify(client, depth=1, page_size=10, rate=None, operations=["listProducts"])
    assert {event.event for event in report.events} == set(SPEC.doc["webhooks"])
    assert all(event.verdict == "not exercised" and "Hotmart posts webhooks" in (event.reason or "")
               for event in report.events)  # fmt: skip


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"depth": 0}, "depth: must be between 1 and 10, got 0"),
        ({"depth": 11}, "depth: must be between 1 and 10, got 11"),
        ({"page_size": 0}, "page_size: must be at least 1, got 0"),
        ({"rate": 0}, "rate: must be at least 1 request per minute, got 0"),
        ({"parameters": {"subdomian": "x"}}, "parameters: no read operation takes subdomian; these can be given: "),
        ({"operations": ["refundSale"]}, "operations: not read operations of the spec: refundSale"),
    ],
)
def test_bad_options_are_refused_before_any_request(options: dict[str, Any], message: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    with Hotmart("id", "secret", transport=transport) as client, pytest.raises(InvalidParameterError) as raised:
        verify(client, **options)
    assert str(raised.value).startswith(message) and sent == []


def test_an_answer_verify_could_not_get_makes_the_run_incomplete() -> None:
    with (
        mock_server(items=40, route_faults={"listProductOffers": {"rate_limit_rate": 1.0, "retry_after": 0}}) as server,
        server.client(max_retries=1) as client,
    ):
        report = verify(client, depth=1, page_size=10, rate=None, operations=["listProductOffers"])
    ops = {op.operation_id: op for op in report.operations}
    assert ops["listProducts"].verdict == "matched"
    offers = ops["listProductOffers"]
    assert offers.verdict == "not exercised"
    assert offers.reason == "no usable answer: page 1: HTTP 429 after the client's retries"
    assert not report.passed and report.summary().startswith("INCOMPLETE: ")


def test_the_command_adds_what_it_saw_to_a_drift_recording(tmp_path: Path) -> None:
    recording = tmp_path / "drift.json"
    arguments = ["--mock", "--mock-drift", "--record-drift", str(recording), "verify", "-o", str(tmp_path / "out"),
                 "--operation", "listProducts", "--depth", "1", "--page-size", "10"]  # fmt: skip
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 1, result.stderr
    entries = DriftRecorder.load(recording).entries()
    assert ("listProducts", "unknown_enum", "/items/*/status", "DRIFTED_BY_MOCK") in {
        (e.source, e.kind, e.pointer, e.detail) for e in entries
    }


def test_an_id_matched_by_name_and_refused_says_which_to_give() -> None:
    """A Members Area's pages need the id of its product, which verify takes from the products by
    the parameter's name: when Hotmart refuses it, the reason says which parameter to pass."""

    async def token(request: Request) -> Response:
        return JSONResponse({"access_token": "t", "token_type": "bearer", "expires_in": 86400})

    def example(operation_id: str) -> Any:
        async def answer(request: Request) -> Response:
            return JSONResponse(SPEC.by_id[operation_id].response_example)

        return answer

    async def refuse(request: Request) -> Response:
        return JSONResponse({"error": "not_found"}, 404)

    app = Starlette(
        routes=[
            Route("/security/oauth/token", token, methods=["POST"]),
            Route("/products/api/v1/products", example("listProducts")),
            Route("/club/api/v1/modules", example("listClubModules")),
            Route("/club/api/v2/modules/{module_id}/pages", refuse),
        ]
    )
    with serve_asgi(app) as url, client_of(url) as client:
        report = verify(client, depth=1, rate=None, operations=["listClubPages"], parameters={"subdomain": "school"})
    pages = next(op for op in report.operations if op.operation_id == "listClubPages")
    assert pages.verdict == "not exercised" and pages.findings == []  # a guessed id refused: no disagreement
    assert pages.reason == (
        "refused: page 1: HTTP 404 (not_found); product_id came from listProducts items' id (matched by name): "
        "pass the right one (--parameter product_id=VALUE)"
    )
