"""The receiver: a Starlette application that journals verified deliveries before answering 200.

POST {path}     verify (webhooks.parse), journal, answer 200 {"id", "duplicate"}
                401 bad or missing token (never stored), 400 not an event, 413 too large,
                503 the journal could not be written (Hotmart delivers it again)
GET  {healthz}  200 {"status": "ok"}, or 503 when the journal writer or the worker stopped
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .. import webhooks
from .._errors import InvalidParameterError
from ._journal import Delivery, JournalError, JournalWriter, now_ms
from ._logs import log

if TYPE_CHECKING:
    from .._client import Hotmart
    from ._inbox import Inbox
    from ._worker import Worker

JOURNAL_TIMEOUT = 20.0  # seconds a request waits for its commit before answering 503


class Runtime:
    """What runs beside the receiver in its process: the journal writer (group commit), the
    worker (when the inbox has handlers and `worker` is True), and a periodic load into the
    warehouse (`load_every` seconds, through `pipeline()`, a dlt pipeline factory)."""

    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox
        self.worker_wanted = True
        self.load_every: float | None = None
        self.pipeline: Callable[[], Any] | None = None
        self.account: Hotmart | str | None = None  # the account the loads are for (`load(..., account=)`)
        self.worker_options: dict[str, Any] = {}
        self.worker: Worker | None = None
        self.writer: JournalWriter | None = None
        self.started = False
        self._loader: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._warned = False

    def configure(
        self,
        *,
        worker: bool = True,
        load_every: float | None = None,
        pipeline: Callable[[], Any] | None = None,
        worker_options: dict[str, Any] | None = None,
        account: Hotmart | str | None = None,
    ) -> None:
        if load_every is not None and (isinstance(load_every, bool) or load_every <= 0 or pipeline is None):
            raise InvalidParameterError("load_every", "must be a positive number of seconds, with a pipeline=")
        self.worker_wanted = worker
        self.load_every = load_every
        self.pipeline = pipeline
        self.account = account
        self.worker_options = dict(worker_options or {})

    @property
    def run_worker(self) -> bool:
        return self.worker_wanted and bool(self.inbox.handlers)

    def journal_writer(self) -> JournalWriter:
        """The writer, started on first use (a mounted app whose lifespan never ran still journals)."""
        writer = self.writer
        if writer is None or not writer.alive:
            with self._lock:
                if self.writer is None or not self.writer.alive:
                    self.writer = self.inbox.journal.writer()
                writer = self.writer
            if not self.started and not self._warned:
                self._warned = True
                log(
                    logging.WARNING, "the inbox's lifespan did not run: deliveries are journaled, but no worker "
                    "or load runs in this process (pass lifespan=inbox.lifespan to your application, or run "
                    "`hotmart webhooks work`)", journal=str(self.inbox.journal_path),
                )  # fmt: skip
        return writer

    def start(self) -> None:
        """Start what is configured; a second call (an app mounted with the lifespan of its
        parent, both run) does nothing."""
        if self.started:
            return
        self.started = True
        self._stopping.clear()
        _warm_up()
        self.journal_writer()
        if self.run_worker:
            self.worker = self.inbox.worker(**self.worker_options).start()
        if self.load_every is not None:
            self._loader = threading.Thread(target=self._load_loop, name="hotmart-inbox-load", daemon=True)
            self._loader.start()
        log(
            logging.INFO, "inbox started", journal=str(self.inbox.journal_path), worker=self.run_worker,
            load_every=self.load_every,
        )  # fmt: skip

    def stop(self) -> None:
        """After the server has finished its requests: the worker's handler, the load, then the
        writer's last commit (also the writer a mounted application started without a lifespan)."""
        self._stopping.set()
        if self.worker is not None:
            self.worker.stop()
        if self._loader is not None:
            self._loader.join()
        if self.writer is not None:
            self.writer.close()
        was_started = self.started
        self.started, self.worker, self.writer, self._loader = False, None, None, None
        if was_started:
            log(logging.INFO, "inbox stopped", journal=str(self.inbox.journal_path))

    def healthy(self) -> tuple[bool, str]:
        if self.writer is not None and not self.writer.alive and self.started and not self._stopping.is_set():
            return False, "the journal writer stopped"
        if self.run_worker and self.started and (self.worker is None or not self.worker.alive):
            return False, "the worker stopped"
        return True, "ok"

    @contextlib.asynccontextmanager
    async def lifespan(self, app: object = None) -> AsyncIterator[None]:
        await asyncio.to_thread(self.start)
        try:
            yield
        finally:
            await asyncio.to_thread(self.stop)

    def _load_loop(self) -> None:
        from ._land import load  # noqa: PLC0415 - needs dlt

        assert self.pipeline is not None and self.load_every is not None
        while not self._stopping.wait(self.load_every):
            try:
                report = load(self.inbox.journal, self.pipeline(), account=self.account)
                log(logging.INFO, "loaded", events=report.events, tables=report.tables, seconds=report.seconds)
            except Exception as exc:  # kept in the journal: the next load tries again
                log(logging.ERROR, "load failed; the events stay in the journal", error=f"{type(exc).__name__}: {exc}")


def inbox_app(
    inbox: Inbox,
    *,
    path: str = "/webhook",
    healthz: str = "/healthz",
    worker: bool = True,
    load_every: float | None = None,
    pipeline: Callable[[], Any] | None = None,
    worker_options: dict[str, Any] | None = None,
    account: Hotmart | str | None = None,
) -> Starlette:
    """The ASGI application of `inbox`: POST deliveries to `path`, GET `healthz`.

    Served on its own (`uvicorn module:app`, `hotmart webhooks serve`), its lifespan runs the
    journal writer, the worker (`worker=False`: another process runs it, e.g. `hotmart webhooks
    work`) and, with `load_every` seconds and a dlt `pipeline` factory, a periodic load into the
    warehouse (`load(..., account=account)`: with the account, checked and locked as a sync).
    Mounted in another application (`app.mount("/hotmart", inbox_app(inbox))`), that
    application's lifespan runs instead: give it `lifespan=inbox.lifespan`.
    """
    if inbox.hottok is None:
        raise InvalidParameterError("hottok", "the inbox needs the account's hottok to receive deliveries")
    runtime = inbox.runtime
    runtime.configure(
        worker=worker, load_every=load_every, pipeline=pipeline, worker_options=worker_options, account=account
    )
    receive = _receiver(inbox, runtime)

    async def health(request: Request) -> Response:
        ok, detail = runtime.healthy()
        return JSONResponse({"status": detail}, status_code=200 if ok else 503)

    routes = [Route(path, receive, methods=["POST"]), Route(healthz, health, methods=["GET", "HEAD"])]
    app = Starlette(routes=routes, lifespan=runtime.lifespan)
    app.state.inbox_runtime = runtime
    return app


def _receiver(inbox: Inbox, runtime: Runtime) -> Callable[[Request], Any]:
    hottok, allow_body_hottok, limit = inbox.hottok, inbox.allow_body_hottok, inbox.max_body
    assert hottok is not None

    async def receive(request: Request) -> Response:
        started = time.perf_counter()
        body = await _read_limited(request, limit)
        if body is None:
            return _refuse(413, f"body larger than {limit} bytes", started)
        try:
            event = webhooks.parse(body, request.headers, hottok=hottok, allow_body_hottok=allow_body_hottok)
        except webhooks.WebhookVerificationError as exc:
            return _refuse(401, str(exc), started)
        except webhooks.WebhookPayloadError as exc:
            return _refuse(400, str(exc), started)
        name = str(event.event)  # a str for every event; an unknown event's is typed apart (UnknownEventName)
        if not (_storable(event.id) and _storable(name)):
            return _refuse(400, "the event id or name is not valid Unicode (a lone surrogate escape)", started)
        delivery = Delivery(event.id, name, event.creation_date, now_ms(), body)
        try:
            future = runtime.journal_writer().submit(delivery)
            new = await asyncio.wait_for(asyncio.wrap_future(future), JOURNAL_TIMEOUT)
        except (JournalError, TimeoutError) as exc:
            detail = str(exc) or f"no commit within {JOURNAL_TIMEOUT:.0f} s"
            log(logging.ERROR, "not journaled", id=event.id, event_name=name, status=503, error=detail)
            return JSONResponse({"error": "the delivery could not be stored; deliver it again"}, status_code=503)
        log(
            logging.INFO, "received", id=event.id, event_name=name, status=200, duplicate=not new,
            ms=round((time.perf_counter() - started) * 1000, 2),
        )  # fmt: skip
        return JSONResponse({"id": event.id, "duplicate": not new})

    return receive


async def _read_limited(request: Request, limit: int) -> bytes | None:
    """The body, or None as soon as it is known to exceed `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _warm_up() -> None:
    """Parse each event's example once, so the first real deliveries do not pay for importing
    the models (a tenth of a second each)."""
    from .._webhook_events import EXAMPLES  # noqa: PLC0415

    for name in EXAMPLES:
        headers, body = webhooks.build_delivery(name, "warm-up")
        webhooks.parse(body, headers, hottok="warm-up")


def _refuse(status: int, reason: str, started: float) -> Response:
    ms = round((time.perf_counter() - started) * 1000, 2)
    log(logging.WARNING, "refused", status=status, reason=reason, ms=ms)
    return JSONResponse({"error": reason}, status_code=status)
