"""The benchmark's sales: distinct, realistic items in the nested shape of the spec's getSalesHistory
example (product, buyer, producer, purchase with price, payment, tracking, offer, hotmart_fee).

Item `i` is the i-th newest sale: its `order_date` is `NEWEST_MS - i * STEP_MS`, so a
`start_date`..`end_date` window maps to a contiguous range of indexes (see `index_range`).
Items are built once per server as compact UTF-8 JSON bytes; a page is a join of slices.
"""

from __future__ import annotations

import json
import random
import uuid
from typing import Any

NEWEST_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z
STEP_MS = 60_000  # one sale per minute: 100,000 sales span about 69 days
MAX_PAGE = 100  # the spec's maximum for max_results on sales endpoints

_FIRST = ["Ian", "Bárbara", "Paula", "João", "Marina", "Rafael", "Luíza", "Carlos", "Ana", "Pedro"]
_LAST = ["Baptista", "Cardoso", "Souza", "Oliveira", "Santos", "Pereira", "Lima", "Gomes", "Ribeiro"]
_PRODUCTS = [
    (2125812, "Curso de Fotografia Digital"),
    (3314750, "Mentoria de Marketing Digital"),
    (1876023, "Ebook Receitas Low Carb"),
    (4012398, "Treinamento Excel Avançado"),
]
_PAYMENTS = ["CREDIT_CARD", "BILLET", "PIX", "PAYPAL", "GOOGLE_PAY"]
_STATUSES = ["APPROVED", "APPROVED", "APPROVED", "COMPLETE"]
_SOURCES = ["HOTMART", "INSTAGRAM", "FACEBOOK", "EMAIL_MARKETING"]
_CURRENCIES = ["BRL", "BRL", "BRL", "USD", "EUR"]


def order_date(index: int) -> int:
    return NEWEST_MS - index * STEP_MS


def make_item(index: int, rng: random.Random) -> dict[str, Any]:
    """One sale, as Hotmart's sales history returns it."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    product_id, product_name = rng.choice(_PRODUCTS)
    value = round(rng.uniform(19.9, 997.0), 2)
    fee = round(value * 0.099 + 1.0, 2)
    currency = rng.choice(_CURRENCIES)
    payment = rng.choice(_PAYMENTS)
    ordered = order_date(index)
    return {
        "product": {"name": product_name, "id": product_id},
        "buyer": {
            "name": f"{first} {last}",
            "ucode": str(uuid.UUID(int=rng.getrandbits(128))).upper(),
            "email": f"{first.lower()}.{last.lower()}{index}@example.com",
        },
        "producer": {"name": "Bárbara Sebastiana Cardoso", "ucode": "252A74C5-4A97-143A-9349-E45D871C6018"},
        "purchase": {
            "transaction": f"HP{10_000_000_000_000 + index:014d}",
            "order_date": ordered,
            "approved_date": ordered + rng.randint(0, 3_600_000),
            "status": rng.choice(_STATUSES),
            "recurrency_number": rng.randint(1, 12),
            "is_subscription": rng.random() < 0.3,
            "commission_as": "PRODUCER",
            "price": {"value": value, "currency_code": currency},
            "payment": {"method": payment, "installments_number": rng.randint(1, 12), "type": payment},
            "tracking": {
                "source_sck": "HOTMART_PRODUCT_PAGE",
                "source": rng.choice(_SOURCES),
                "external_code": str(uuid.UUID(int=rng.getrandbits(128))).upper(),
            },
            "warranty_expire_date": ordered + 7 * 86_400_000,
            "offer": {"payment_mode": "PAY_IN_FULL", "code": f"k{rng.getrandbits(32):08x}"},
            "hotmart_fee": {
                "total": fee,
                "fixed": 1.0,
                "currency_code": currency,
                "base": value,
                "percentage": 9.9,
            },
        },
    }


def build_items(count: int, seed: int = 6) -> list[bytes]:
    """`count` distinct sales as compact JSON bytes, newest first."""
    rng = random.Random(seed)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    return [dumps(make_item(index, rng)).encode() for index in range(count)]


def index_range(total: int, start_ms: int | None, end_ms: int | None) -> tuple[int, int]:
    """Indexes [low, high) of the sales whose order_date lies in [start_ms, end_ms] (inclusive)."""
    low = 0 if end_ms is None else max(0, -(-(NEWEST_MS - end_ms) // STEP_MS))
    high = total if start_ms is None else min(total, (NEWEST_MS - start_ms) // STEP_MS + 1)
    return low, max(low, high)


def date_bounds(total: int) -> tuple[int, int]:
    """(start_date, end_date) covering exactly the `total` newest sales."""
    return order_date(total - 1), NEWEST_MS
