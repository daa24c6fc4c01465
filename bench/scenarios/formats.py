"""What the models' datetimes and Decimals cost (issue 15). Amounts of money read as `Decimal` and
times as aware UTC `datetime`s, converted on first read (`x-hotmart-format` in the spec). Two
measurements isolate that cost:

- `stream`: the throughput scenario's autopagination (zero latency, pages of 100) of raw httpx and
  of the overlay reading each item two ways, in rotated order over `repeats`: `with` the converted
  fields (transaction, price.value, order_date, buyer.email: what every other scenario reads) and
  `without` them (transaction, price.currency_code, buyer.email: the same nested objects, plain
  fields only). Items per second: the median and the best of the repeats. The gap between the two
  overlay rows is the conversions, but it is of the order of the run-to-run noise of a stream.
- `per_item`: no HTTP. `formats_items` sales are parsed from their JSON bytes (json.loads, then
  `SaleHistoryItem.from_dict`, as the client does) and read without, with price.value, with
  order_date and with both, after a warm-up: chunks of `CHUNK` items are timed once per reader
  and round (readers rotated, at least 5 rounds) and each chunk counts with its best round, the
  least disturbed by other processes. The differences are the cost of each
  conversion against reading a plain field, and their share of the overlay's time per item in the
  stream (its best repeat: both figures then estimate an undisturbed machine, which matters on a
  shared one) is the figure the target judges.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from typing import Any

from .. import clients
from ..config import Scale
from ..data import MAX_PAGE, build_items
from ..server import Server
from ..stats import median

Reader = Callable[[Any], tuple[Any, ...]]
CHUNK = 500  # items timed together in the in-process measurement


def _without(item: Any) -> tuple[Any, ...]:
    purchase = item.purchase
    return purchase.transaction, purchase.price.currency_code, item.buyer.email


def _with_decimal(item: Any) -> tuple[Any, ...]:
    purchase = item.purchase
    return purchase.transaction, purchase.price.currency_code, purchase.price.value, item.buyer.email


def _with_datetime(item: Any) -> tuple[Any, ...]:
    purchase = item.purchase
    return purchase.transaction, purchase.price.currency_code, purchase.order_date, item.buyer.email


def _with_both(item: Any) -> tuple[Any, ...]:
    purchase = item.purchase
    price = purchase.price
    return purchase.transaction, price.currency_code, price.value, purchase.order_date, item.buyer.email


READERS: dict[str, Reader] = {
    "without": _without,
    "decimal": _with_decimal,
    "datetime": _with_datetime,
    "both": _with_both,
}


def _stream(name: str, server: Server, read: Reader) -> float:
    """Items per second of one autopagination of the whole listing."""
    adapter = clients.make(name, server.url)
    try:
        count = 0
        started = time.perf_counter()
        for item in adapter.items(MAX_PAGE):
            read(item)
            count += 1
        return count / (time.perf_counter() - started)
    finally:
        adapter.close()


def _streams(server: Server, scale: Scale) -> dict[str, Any]:
    server.configure(total=scale.throughput_items)
    cases: dict[str, tuple[str, Reader]] = {
        "raw": ("raw", clients.read_dict),
        "overlay_with": ("overlay", clients.read_model),
        "overlay_without": ("overlay", _without),
    }
    runs: dict[str, list[float]] = {case: [] for case in cases}
    order = list(cases)
    for repeat in range(scale.repeats):
        for case in order[repeat % len(order) :] + order[: repeat % len(order)]:
            name, read = cases[case]
            runs[case].append(_stream(name, server, read))
    return {
        case: {"items_per_s": median(values), "best_items_per_s": max(values), "repeats_items_per_s": values}
        for case, values in runs.items()
    }


def _per_item(scale: Scale) -> dict[str, Any]:
    from hotmart_api.models import SaleHistoryItem  # noqa: PLC0415  (imported by the scenario only)

    documents = build_items(scale.formats_items)
    chunks = [documents[i : i + CHUNK] for i in range(0, len(documents), CHUNK)]
    for read in READERS.values():  # warm-up: imports, caches, allocator
        for document in chunks[0]:
            read(SaleHistoryItem.from_dict(json.loads(document)))
    # Each chunk is timed once per reader and round, readers rotated; a chunk's time is its best
    # round. Another process's burst then spoils one chunk of one round, not a whole pass.
    best: dict[str, list[float]] = {name: [math.inf] * len(chunks) for name in READERS}
    names = list(READERS)
    rounds = max(scale.repeats, 5)
    for repeat in range(rounds):
        for index, chunk in enumerate(chunks):
            shift = (repeat + index) % len(names)
            for name in names[shift:] + names[:shift]:
                read = READERS[name]
                started = time.perf_counter()
                for document in chunk:
                    read(SaleHistoryItem.from_dict(json.loads(document)))
                best[name][index] = min(best[name][index], time.perf_counter() - started)
    us_per_item = {name: sum(times) / len(documents) * 1e6 for name, times in best.items()}
    return {"items": len(documents), "chunk": CHUNK, "rounds": rounds, "us_per_item": us_per_item}


def run(server: Server, scale: Scale) -> dict[str, Any]:
    stream = _streams(server, scale)
    per_item = _per_item(scale)
    us = per_item["us_per_item"]
    overlay_us = 1e6 / stream["overlay_with"]["best_items_per_s"]
    costs = {name: us[name] - us["without"] for name in ("decimal", "datetime", "both")}
    return {
        "stream": stream,
        "per_item": per_item,
        "cost_us": costs,
        "overlay_us_per_item": overlay_us,
        "cost_share": costs["both"] / overlay_us,
        "stream_gap": 1 - stream["overlay_with"]["best_items_per_s"] / stream["overlay_without"]["best_items_per_s"],
    }
