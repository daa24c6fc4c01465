"""How much work each scenario does. `FULL` is what `nox -s bench` runs and what the doc reports;
`QUICK` is a smoke test of the machinery (its figures are not comparable)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    repeats: int = 5  # repeats of per-call overhead and throughput; the median is reported
    concurrency_repeats: int = 3  # cold-start bursts per client (each repeat is a new client)
    overhead_calls_small: int = 2000  # calls per client and repeat, 1-item page
    overhead_calls_large: int = 400  # calls per client and repeat, 100-item page
    overhead_warmup: int = 50
    throughput_items: int = 100_000
    memory_items: tuple[int, int] = (10_000, 100_000)
    async_calls: int = 200
    threads: int = 16
    calls_per_thread: int = 25
    cold_repeats: int = 9  # fresh processes per client for the cold-threads scenario
    cold_latency: float = 0.005  # seconds the server takes per API call in that scenario
    export_items: int = 20_000
    export_latency: float = 0.3
    export_limit: int = 500  # requests per minute per token, Hotmart's documented limit
    export_concurrency: int = 8
    seams_items: int = 20_000  # issue 23: sales of the parallel exports whose seams are counted
    sync_items: int = 100_000  # issue 14: sales synced into DuckDB at export_latency and export_limit
    import_runs: int = 15
    profile_items: int = 10_000
    formats_items: int = 20_000  # sales per stream, and parsed in process, to time the Decimal/datetime reads
    formats_pairs: int = 15  # rounds of the formats streams (raw, overlay with and without the conversions)
    drift_repeats: int = 20  # pairs of streams (without, with the drift recorder)
    drift_items: int = 20_000  # sales per stream of that scenario
    inbox_deliveries: int = 20_000  # webhook deliveries posted back to back to each receiver (issue 21)
    inbox_connections: int = 32  # keep-alive connections of the load generator
    inbox_rate: int = 200  # deliveries per second of the latency case
    inbox_rate_seconds: float = 15.0
    inbox_repeats: int = 3  # alternated runs of the bare endpoint and the inbox
    accounts_count: int = 10  # issue 22: accounts synced by sync_accounts, at export_latency and export_limit
    accounts_items: int = 20_000  # sales per account
    accounts_workers: int = 4
    warehouses_items: int = 20_000  # issue 22: the same sync into PostgreSQL and DuckDB, unpaced
    warehouses_repeats: int = 3

    @property
    def server_items(self) -> int:
        return max(
            self.throughput_items,
            *self.memory_items,
            self.export_items,
            self.profile_items,
            self.sync_items,
            self.seams_items,
            self.accounts_items,
            self.warehouses_items,
        )


FULL = Scale()
QUICK = Scale(
    repeats=1,
    concurrency_repeats=1,
    overhead_calls_small=200,
    overhead_calls_large=50,
    overhead_warmup=10,
    throughput_items=5_000,
    memory_items=(1_000, 5_000),
    async_calls=50,
    threads=4,
    calls_per_thread=5,
    cold_repeats=1,
    export_items=2_000,
    export_latency=0.05,
    seams_items=2_000,
    sync_items=2_000,
    import_runs=3,
    profile_items=2_000,
    formats_items=2_000,
    formats_pairs=2,
    drift_repeats=2,
    drift_items=2_000,
    inbox_deliveries=1_000,
    inbox_connections=16,
    inbox_rate_seconds=2.0,
    inbox_repeats=1,
    accounts_count=3,
    accounts_items=500,
    accounts_workers=2,
    warehouses_items=300,
    warehouses_repeats=1,
)
