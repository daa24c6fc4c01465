"""What the models' datetimes and Decimals cost (issue 15). Amounts of money read as `Decimal` and
times as aware UTC `datetime`s, converted on first read (`x-hotmart-format` in the spec). Two
measurements isolate that cost:

- `stream`: the throughput scenario's autopagination (zero latency, pages of 100) of raw httpx and
  of the overlay reading each item two ways: `with` the converted fields (transaction,
  price.value, order_date, buyer.email: what every other scenario reads) and `without` them
  (transaction, price.currency_code, buyer.email: the same nested objects, plain fields only).
  `formats_pairs` rounds of one stream of `formats_items` sales per case, the order rotated every
  round, a fresh client each time. Items per second and the client's CPU time per item
  (`time.process_time`, prefetch thread included), as medians and as the median of each round's
  ratio. On a shared VM the CPU's speed can change by 2x within seconds, so only figures taken
  side by side compare: the target judges the median over rounds of the CPU gap between the two
  overlay streams, as a share of the `with` stream.
- `per_item`: no HTTP. `formats_items` sales are parsed from their JSON bytes (json.loads, then
  `SaleHistoryItem.from_dict`, as the client does) and read without, with price.value, with
  order_date and with both, after a warm-up: chunks of `CHUNK` items are timed once per reader
  and round (readers rotated, at least 5 rounds) and each chunk counts with its best round, the
  least disturbed by other processes. The differences break the cost down: each conversion
  against reading a plain field.
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
from ..stats import median, rotated

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


def _stream(name: str, server: Server, items: int, read: Reader) -> tuple[float, float]:
    return clients.stream(clients.make(name, server.url), items, read)


def _streams(server: Server, scale: Scale) -> dict[str, Any]:
    server.configure(total=scale.throughput_items)
    cases: dict[str, tuple[str, Reader]] = {
        "raw": ("raw", clients.read_dict),
        "overlay_with": ("overlay", clients.read_model),
        "overlay_without": ("overlay", _without),
    }
    _stream("overlay", server, MAX_PAGE, clients.read_model)  # lazy imports of the endpoint and models, once
    runs: dict[str, list[tuple[float, float]]] = {case: [] for case in cases}
    for round_ in range(scale.formats_pairs):
        for case in rotated(list(cases), round_):
            name, read = cases[case]
            runs[case].append(_stream(name, server, scale.formats_items, read))
    results: dict[str, Any] = {"items": scale.formats_items, "rounds": scale.formats_pairs}
    for case, values in runs.items():
        rates, cpu = [rate for rate, _ in values], [us for _, us in values]
        results[case] = {
            "items_per_s": median(rates),
            "cpu_us_per_item": median(cpu),
            "repeats_items_per_s": rates,
            "repeats_cpu_us_per_item": cpu,
        }
    rounds = list(zip(runs["overlay_with"], runs["overlay_without"], strict=True))
    results["repeats_cost_share"] = [(with_[1] - without[1]) / with_[1] for with_, without in rounds]
    results["throughput_ratio"] = median([with_[0] / without[0] for with_, without in rounds])
    return results


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
    return {
        "stream": stream,
        "per_item": per_item,
        "cost_us": {name: us[name] - us["without"] for name in ("decimal", "datetime", "both")},
        "cost_share": median(stream["repeats_cost_share"]),
    }
