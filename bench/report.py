"""Issue 6's targets judged against a run's results, and the Markdown written into docs/benchmarks.md
(between the `bench:begin`/`bench:end` markers; the prose around them is kept)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .clients import CLIENTS
from .stats import ratio

BEGIN, END = "<!-- bench:begin (written by `nox -s bench`) -->", "<!-- bench:end -->"
COMMAND = "python3 -m nox -s bench"
SIZES = ("page_1", "page_100")


@dataclass(frozen=True)
class Target:
    name: str
    goal: str
    measured: str
    met: bool | None  # None: the scenario did not run


def _x(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def _overhead_targets(overhead: dict[str, Any]) -> list[Target]:
    targets = []
    for size, limit in (("page_1", 1.1), ("page_100", 1.4)):
        per = overhead[size]
        raw, mine, theirs = per["raw"]["median_us"], per["overlay"]["median_us"], per["hotmart-python"]["median_us"]
        value = mine / raw
        targets.append(
            Target(
                f"Per-call overhead, {size.split('_')[1]}-item page",
                f"overlay median <= {limit}x raw httpx",
                f"{_x(value)} ({mine:.0f} us vs {raw:.0f} us; hotmart-python {_x(theirs / raw)})",
                value <= limit,
            )
        )
    return targets


def _throughput_target(throughput: dict[str, Any]) -> Target:
    mine, theirs, raw = (throughput[name]["items_per_s"] for name in ("overlay", "hotmart-python", "raw"))
    return Target(
        "Autopagination CPU throughput",
        ">= 1.5x hotmart-python (about 0.6x raw)",
        f"{_x(mine / theirs)} hotmart-python, {_x(mine / raw)} raw ({mine:,.0f} items/s; "
        f"hotmart-python {_x(theirs / raw)} raw)",
        mine >= 1.5 * theirs,
    )


def _memory_target(memory: dict[str, Any]) -> Target:
    growth = memory["overlay"]["growth"]
    sizes = [key for key in memory["overlay"] if key.isdigit()]
    return Target(
        "Memory while streaming",
        f"peak for {int(sizes[-1]):,} items <= 1.5x peak for {int(sizes[0]):,} (tracemalloc and RSS)",
        f"tracemalloc {_x(growth['tracemalloc_peak'])}, RSS {_x(growth['peak_rss'])}",
        growth["tracemalloc_peak"] <= 1.5 and growth["peak_rss"] <= 1.5,
    )


def _concurrency_label(case: str, calls: int, threads: int) -> str:
    if case == "async":
        return f"{calls} concurrent async calls"
    return f"{threads} threads sharing one sync client ({calls} calls)"


def _token_targets(concurrency: dict[str, Any], threads: int) -> list[Target]:
    targets = []
    for case in ("async", "threads"):
        tokens = concurrency[case]["overlay"]["token_requests"]
        label = _concurrency_label(case, concurrency[case]["overlay"]["calls"], threads)
        targets.append(
            Target(
                f"Token requests, cold start, {label}",
                "exactly 1 (overlay)",
                f"{', '.join(str(t) for t in tokens)} (one per repeat)",
                all(t == 1 for t in tokens),
            )
        )
    return targets


def _cold_threads_label(cold: dict[str, Any], threads: int) -> str:
    overlay = cold["overlay"]
    return (
        f"{threads} threads sharing one sync client ({overlay['calls']} calls, "
        f"{overlay['latency_s'] * 1000:.0f} ms latency), fresh process"
    )


def _cold_threads_target(cold: dict[str, Any], threads: int) -> Target:
    mine, raw, theirs = (cold[name]["wall_s"] for name in ("overlay", "raw", "hotmart-python"))
    tokens = cold["overlay"]["token_requests"]
    return Target(
        f"Wall time, {_cold_threads_label(cold, threads)} (issue 11)",
        "overlay <= 1.2x raw httpx, 1 token request",
        f"{_x(mine / raw)} ({mine * 1000:.0f} ms vs {raw * 1000:.0f} ms; hotmart-python {_x(theirs / raw)}); "
        f"token requests {', '.join(str(t) for t in tokens)}",
        mine <= 1.2 * raw and all(t == 1 for t in tokens),
    )


def _export_target(export: dict[str, Any], limit: int) -> Target:
    parallel, sequential = export["overlay-parallel"], export["overlay"]
    rpm = parallel["requests_per_min"]
    return Target(
        "Latency-bound export",
        f">= 90% of {limit} requests/min, zero 429s (about 3x sequential)",
        f"{rpm:.0f} requests/min ({rpm / limit:.0%} of {limit}), {parallel['http_429']} x 429, "
        f"{_x(parallel['items_per_s'] / sequential['items_per_s'])} sequential overlay's items/s",
        rpm >= 0.9 * limit and parallel["http_429"] == 0,
    )


def _formats_target(formats: dict[str, Any]) -> Target:
    cost, stream = formats["cost_us"], formats["stream"]
    with_cpu, without_cpu = stream["overlay_with"]["cpu_us_per_item"], stream["overlay_without"]["cpu_us_per_item"]
    return Target(
        "Cost of datetimes and Decimal (issue 15)",
        "reading a date and an amount per item <= 10% of the overlay's autopagination CPU per item",
        f"{formats['cost_share']:.1%} (median of {stream['rounds']} side-by-side rounds; medians {with_cpu:.1f} us "
        f"with them vs {without_cpu:.1f} us without; in process: "
        f"Decimal {cost['decimal']:+.2f} us, datetime {cost['datetime']:+.2f} us, both {cost['both']:+.2f} us)",
        formats["cost_share"] <= 0.10,
    )


def _sync_targets(sync: dict[str, Any]) -> list[Target]:
    duck, jsonl, memory = sync["duckdb"], sync["jsonl"], sync["memory"]
    limit, items = sync["limit_per_min"], sync["items"]
    rpm = duck["requests_per_min"]
    small, large = (key for key in memory if key != "growth")
    return [
        Target(
            f"Sync {items:,} sales into DuckDB (issue 14)",
            f">= 90% of {limit} requests/min over the whole sync, zero 429s",
            f"{rpm:.0f} requests/min ({rpm / limit:.0%}), {duck['http_429']} x 429, {duck['requests']} requests "
            f"in {duck['wall_s']:.0f} s",
            rpm >= 0.9 * limit and duck["http_429"] == 0,
        ),
        Target(
            "Loading into DuckDB vs a JSONL export of the same sales (issue 14)",
            "sync wall time <= 1.2x the export's",
            f"{_x(sync['duckdb_over_jsonl'])} ({duck['wall_s']:.0f} s vs {jsonl['wall_s']:.0f} s)",
            sync["duckdb_over_jsonl"] <= 1.2,
        ),
        Target(
            "Sync memory (issue 14)",
            f"peak RSS for {int(large):,} sales <= 1.5x for {int(small):,}",
            f"{_x(memory['growth'])} ({memory[large]['peak_rss_mb']:.0f} MB vs {memory[small]['peak_rss_mb']:.0f} MB)",
            memory["growth"] <= 1.5,
        ),
    ]


def _sync_table(sync: dict[str, Any]) -> list[str]:
    limit = sync["limit_per_min"]
    lines = [
        f"| {sync['items']:,} sales, {sync['latency_s'] * 1000:.0f} ms per request, {limit} requests/min | wall, s "
        "| requests | requests/min | share of limit | 429s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for key, label in (("jsonl", "JSONL export (same client, 4 windows)"), ("duckdb", "hotmart sync into DuckDB")):
        row = sync[key]
        lines.append(
            f"| {label} | {row['wall_s']:.1f} | {row['requests']} | {row['requests_per_min']:.0f} | "
            f"{row['requests_per_min'] / limit:.0%} | {row['http_429']} |"
        )
    lines += ["", "| Sync, no latency or limit | wall, s | peak RSS, MB | RSS growth, MB |", "|---|---:|---:|---:|"]
    for size, case in sync["memory"].items():
        if size != "growth":
            peak, growth = case["peak_rss_mb"], case["rss_growth_mb"]
            lines.append(f"| {int(size):,} sales | {case['wall_s']:.1f} | {peak:.0f} | {growth:.0f} |")
    return lines


def _accounts_table(accounts: dict[str, Any]) -> list[str]:
    many, alone = accounts["many"], accounts["alone"]
    requests = sorted(row["requests"] or 0 for row in many["accounts"])
    return [
        f"{accounts['accounts']} accounts of {accounts['items_per_account']:,} sales, "
        f"{accounts['latency_s'] * 1000:.0f} ms per request, {accounts['limit_per_min']} requests/min per account, "
        f"`--workers {accounts['workers']}`, one DuckDB file (a dataset per account).",
        "",
        "| | wall, s | over ideal | requests per account | 429s | peak RSS, MB |",
        "|---|---:|---:|---:|---:|---:|",
        f"| one account alone (the ideal) | {alone['wall_s']:.1f} | 1.00x | {alone['accounts'][0]['requests']} "
        f"| {alone['server_429']} | {alone['workers_peak_rss_mb_sum'] + alone['parent_peak_rss_mb']:.0f} |",
        f"| all accounts | {many['wall_s']:.1f} | {accounts['wall_over_ideal']:.2f}x | "
        f"{requests[0]}-{requests[-1]} | {many['server_429']} | {accounts['peak_rss_mb']:.0f} |",
        "",
        f"Against `ceil(accounts / workers)` waves of the ideal: {accounts['wall_over_waves']:.2f}x. Peak RSS is "
        f"the sum of the workers' peaks ({', '.join(f'{peak:.0f}' for peak in many['worker_peaks_rss_mb'])} MB) "
        f"and the parent's ({many['parent_peak_rss_mb']:.0f} MB).",
    ]


def _warehouses_table(warehouses: dict[str, Any]) -> list[str]:
    median, peak = warehouses["median_s"], warehouses["peak_rss_mb"]
    rows = [
        f"| {name} | {median[key]['first']:.1f} | {median[key]['second']:.1f} | {peak[key]:.0f} |"
        for key, name in (("duckdb", "DuckDB file"), ("postgres", "PostgreSQL (pgserver, Unix socket)"))
    ]
    return [
        f"The same `hotmart sync` of {warehouses['items']:,} sales (sales history, unpaced), first sync and a "
        f"second one, in fresh processes, alternated; median of {warehouses['repeats']}.",
        "",
        "| Destination | first sync, s | second sync, s | client peak RSS, MB |",
        "|---|---:|---:|---:|",
        *rows,
        "",
        f"PostgreSQL over DuckDB: {warehouses['postgres_over_duckdb_first']:.2f}x (first sync), "
        f"{warehouses['postgres_over_duckdb_second']:.2f}x (second).",
    ]


def _seams_table(seams: dict[str, Any], latency: float) -> list[str]:
    lines = [
        f"| {seams['between']['items']:,}-sale range, {latency * 1000:.0f} ms per request | windows | seams "
        "| window requests | seam requests | extra per window | extra share | items de-duplicated | wall, s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    labels = {"between": "window bounds between sales", "on_sales": "every window starting on a sale"}
    for key, label in labels.items():
        row = seams[key]
        lines.append(
            f"| {label} | {row['windows']} | {row['seams']} | {row['window_requests']} | {row['seam_requests']} | "
            f"{row['extra_requests_per_window']:.2f} | {row['extra_requests_share']:.1%} | "
            f"{row['items_deduplicated']} | {row['wall_s']:.1f} |"
        )
    return lines


def _inbox_targets(inbox: dict[str, Any]) -> list[Target]:
    bare, mine = inbox["bare"], inbox["inbox"]
    rate, p99 = inbox["rate"], mine["at_rate"]["p99_ms"]
    return [
        Target(
            "Webhook inbox: acknowledgements on one core (issue 21)",
            ">= 0.5x a bare Starlette endpoint that only parses",
            f"{_x(inbox['throughput_ratio'])} ({mine['saturated']['acked_per_s']:,.0f} vs "
            f"{bare['saturated']['acked_per_s']:,.0f} deliveries/s, {inbox['connections']} connections, journal on "
            f"{inbox['journal_filesystem']})",
            inbox["throughput_ratio"] >= 0.5,
        ),
        Target(
            f"Webhook inbox: acknowledgement time at {rate} deliveries/s (issue 21)",
            "p99 < 50 ms",
            f"p99 {p99:.1f} ms, p50 {mine['at_rate']['p50_ms']:.1f} ms (bare endpoint: p99 "
            f"{bare['at_rate']['p99_ms']:.1f} ms)",
            p99 < 50,
        ),
    ]


def _inbox_table(inbox: dict[str, Any]) -> list[str]:
    lines = [
        f"| Receiver (one CPU; median of {inbox['repeats']}) | saturated: deliveries/s | vs bare | saturated: p99 ms "
        f"| {inbox['rate']}/s: p50 ms | {inbox['rate']}/s: p99 ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    bare = inbox["bare"]["saturated"]["acked_per_s"]
    labels = {"bare": "bare Starlette endpoint (parse, 200)", "inbox": "`hotmart webhooks serve` (journal, 200)"}
    for kind, label in labels.items():
        row = inbox[kind]
        lines.append(
            f"| {label} | {row['saturated']['acked_per_s']:,.0f} | {_x(row['saturated']['acked_per_s'] / bare)} | "
            f"{row['saturated']['p99_ms']:.1f} | {row['at_rate']['p50_ms']:.1f} | {row['at_rate']['p99_ms']:.1f} |"
        )
    return lines


def _drift_target(drift: dict[str, Any]) -> Target:
    with_, without = drift["with"], drift["without"]
    return Target(
        "Cost of the drift recorder (issue 13)",
        "autopagination with `drift=DriftRecorder()` >= 0.90x the throughput without",
        f"{_x(drift['throughput_ratio'])} ({with_['items_per_s']:,.0f} vs {without['items_per_s']:,.0f} items/s, "
        f"median of {drift['pairs']} paired streams of {drift['items']:,} sales); client CPU per item "
        f"{_x(drift['cpu_ratio'])}; {drift['recorder_share']:.1%} of the wall time inside the recorder",
        drift["throughput_ratio"] >= 0.90,
    )


def _import_target(imports: dict[str, Any]) -> Target:
    mine, base = imports["hotmart_client"]["median_ms"], imports["httpx"]["median_ms"]
    return Target(
        "Import time",
        "`import hotmart_client` <= 2x `import httpx`",
        f"{_x(mine / base)} ({mine:.0f} ms vs {base:.0f} ms)",
        mine <= 2 * base,
    )


def targets(results: dict[str, Any]) -> list[Target]:
    out: list[Target] = []
    if "overhead" in results:
        out += _overhead_targets(results["overhead"])
    if "throughput" in results:
        out.append(_throughput_target(results["throughput"]))
    if "formats" in results:
        out.append(_formats_target(results["formats"]))
    if "drift" in results:
        out.append(_drift_target(results["drift"]))
    if "memory" in results:
        out.append(_memory_target(results["memory"]))
    if "concurrency" in results:
        out += _token_targets(results["concurrency"], results["meta"]["scale"]["threads"])
    if "cold_threads" in results:
        out.append(_cold_threads_target(results["cold_threads"], results["meta"]["scale"]["threads"]))
    if "export" in results:
        out.append(_export_target(results["export"], results["meta"]["scale"]["export_limit"]))
    if "imports" in results:
        out.append(_import_target(results["imports"]))
    if "sync" in results:
        out += _sync_targets(results["sync"])
    if "inbox" in results:
        out += _inbox_targets(results["inbox"])
    return out


# -- Markdown ---------------------------------------------------------------------------------------


def _cell(value: float, reference: float, digits: int) -> str:
    return f"{value:,.{digits}f} ({_x(ratio(value, reference))})"


def _row(label: str, per_client: dict[str, Any], get: Callable[[dict[str, Any]], float], digits: int = 0) -> str:
    reference = get(per_client["raw"])
    cells = [_cell(get(per_client[name]), reference, digits) for name in CLIENTS]
    return f"| {label} | " + " | ".join(cells) + " |"


def _overhead_rows(overhead: dict[str, Any]) -> list[str]:
    lines = []
    for size in SIZES:
        items, per = size.split("_")[1], overhead[size]
        lines.append(_row(f"Per call, {items}-item page: median, us (lower is better)", per, lambda c: c["median_us"]))
        lines.append(_row(f"Per call, {items}-item page: p99, us", per, lambda c: c["p99_us"]))
    return lines


def _field(size: str, key: str) -> Callable[[dict[str, Any]], float]:
    def get(case: dict[str, Any]) -> float:
        value: float = case[size][key]
        return value

    return get


def _memory_rows(memory: dict[str, Any]) -> list[str]:
    lines = []
    for size in (key for key in memory["raw"] if key.isdigit()):
        label = f"Streaming {int(size):,} items"
        lines.append(_row(f"{label}: tracemalloc peak, MB", memory, _field(size, "tracemalloc_peak_mb"), 1))
        lines.append(_row(f"{label}: peak RSS, MB", memory, _field(size, "peak_rss_mb"), 1))
    return lines


def _concurrency_rows(concurrency: dict[str, Any], threads: int) -> list[str]:
    lines = []
    for case in ("async", "threads"):
        per = concurrency[case]
        what = _concurrency_label(case, per["raw"]["calls"], threads)
        lines.append(_row(f"{what}, cold: wall, ms", per, lambda c: c["wall_s"] * 1000))
        tokens = [", ".join(str(t) for t in per[name]["token_requests"]) for name in CLIENTS]
        lines.append(f"| {what}: token requests per repeat | " + " | ".join(tokens) + " |")
    return lines


def _import_row(imports: dict[str, Any]) -> str:
    modules = {"raw": "httpx", "overlay": "hotmart_client", "generated": "hotmart_api", "hotmart-python": "hotmart"}
    base = imports["httpx"]["median_ms"]
    cells = [f"`{modules[n]}` {_cell(imports[modules[n]]['median_ms'], base, 0)}" for n in CLIENTS]
    return "| Import time, median ms | " + " | ".join(cells) + " |"


def _ratio_table(results: dict[str, Any]) -> list[str]:
    lines = [
        "| Scenario (ratio to raw httpx in brackets) | " + " | ".join(CLIENTS) + " |",
        "|---|" + "---:|" * len(CLIENTS),
    ]
    if "overhead" in results:
        lines += _overhead_rows(results["overhead"])
    if "throughput" in results:
        label = "Autopagination: items/s (higher is better)"
        lines.append(_row(label, results["throughput"], lambda c: c["items_per_s"]))
    if "memory" in results:
        lines += _memory_rows(results["memory"])
    if "concurrency" in results:
        lines += _concurrency_rows(results["concurrency"], results["meta"]["scale"]["threads"])
    if "cold_threads" in results:
        cold = results["cold_threads"]
        label = _cold_threads_label(cold, results["meta"]["scale"]["threads"])
        lines.append(_row(f"{label}: wall, ms", cold, lambda c: c["wall_s"] * 1000))
    if "imports" in results:
        lines.append(_import_row(results["imports"]))
    return lines


def _export_table(export: dict[str, Any], limit: int) -> list[str]:
    raw = export["raw"]
    lines = [
        f"| Export (300 ms per request, {limit} requests/min per token) | wall, s | requests | requests/min "
        "| share of limit | 429s | items/s | items/s vs raw |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in export.values():
        lines.append(
            f"| {row['label']} | {row['wall_s']:.1f} | {row['requests']} | {row['requests_per_min']:.0f} | "
            f"{row['requests_per_min'] / limit:.0%} | {row['http_429']} | {row['items_per_s']:,.0f} | "
            f"{_x(row['items_per_s'] / raw['items_per_s'])} |"
        )
    return lines


def _formats_table(formats: dict[str, Any]) -> list[str]:
    stream, per_item = formats["stream"], formats["per_item"]
    raw = stream["raw"]["items_per_s"]
    labels = {
        "raw": "raw httpx (reads the JSON's float and int)",
        "overlay_with": "overlay, reading price.value (Decimal) and order_date (datetime)",
        "overlay_without": "overlay, reading price.currency_code instead, no date",
    }
    raw_cpu = stream["raw"]["cpu_us_per_item"]
    lines = [
        "| Autopagination, same stream (median of rounds) | items/s | vs raw | client CPU, us per item | vs raw |",
        "|---|---:|---:|---:|---:|",
    ]
    for case, label in labels.items():
        value, cpu = stream[case]["items_per_s"], stream[case]["cpu_us_per_item"]
        lines.append(f"| {label} | {value:,.0f} | {_x(value / raw)} | {cpu:.1f} | {_x(cpu / raw_cpu)} |")
    us = per_item["us_per_item"]
    lines += [
        "",
        f"| In process, {per_item['items']:,} items: json.loads + from_dict + reads (best of repeats) "
        "| us per item | cost vs plain reads |",
        "|---|---:|---:|",
    ]
    labels = {
        "without": "transaction, price.currency_code, buyer.email",
        "decimal": "+ price.value (Decimal)",
        "datetime": "+ purchase.order_date (datetime)",
        "both": "+ both",
    }
    for name, label in labels.items():
        extra = us[name] - us["without"]
        lines.append(f"| {label} | {us[name]:.2f} | {'' if name == 'without' else f'{extra:+.2f} us'} |")
    return lines


def _profile_section(profile: dict[str, Any]) -> list[str]:
    lines = [
        f"Overlay, {profile['what']}, under cProfile ({profile['profiled_s']:.2f} s profiled). Own time by area:",
        "",
        "| Area | own s | share |",
        "|---|---:|---:|",
    ]
    for name, area in profile["areas"].items():
        lines.append(f"| {name} | {area['own_s']:.3f} | {area['share']:.0%} |")
    lines += ["", "Top functions by own time:", "", "| Function (file:line) | calls | own s | share |"]
    lines.append("|---|---:|---:|---:|")
    for entry in profile["top"]:
        lines.append(f"| `{entry['where']}` | {entry['calls']:,} | {entry['own_s']:.3f} | {entry['own_share']:.0%} |")
    return lines


def markdown(results: dict[str, Any]) -> str:
    meta = results["meta"]
    machine = meta["machine"]
    packages = ", ".join(f"{name} {version}" for name, version in machine["packages"].items() if version)
    lines = [
        BEGIN,
        "",
        f"Run {meta['date']} with `{COMMAND}` ({meta['duration_s']:.0f} s). Per-call and throughput figures are "
        f"the median of {meta['scale']['repeats']} repeats, concurrency of {meta['scale']['concurrency_repeats']}, "
        f"cold threads of {meta['scale'].get('cold_repeats', 0)} fresh processes; "
        "the export rows and memory cases run once each.",
        "",
        f"- Machine: {machine['cpu']}, {machine['usable_cpus']} usable of {machine['logical_cpus']} logical CPUs, "
        f"{machine['python']}, {machine['platform']}",
        f"- Packages: {packages}",
        f"- Code: commit {machine['commit']}"
        + (" plus uncommitted changes in overlay/, generated/ or bench/" if machine["uncommitted_changes"] else ""),
        f"- Scale: {', '.join(f'{k}={v}' for k, v in meta['scale'].items())}",
        f"- Load average (1 min) at the start and after each scenario: "
        f"{', '.join(f'{k} {v:.1f}' for k, v in meta['load_1min'].items())} "
        f"(above {machine['usable_cpus']}, other processes competed for the CPUs)",
        "",
        "### Targets (issues 6, 11, 14 and 21)",
        "",
        "| Target | Goal | Measured | Met |",
        "|---|---|---|---|",
    ]
    for target in targets(results):
        verdict = "not run" if target.met is None else ("met" if target.met else "**missed**")
        lines.append(f"| {target.name} | {target.goal} | {target.measured} | {verdict} |")
    lines += ["", "### Ratios against raw httpx", "", *_ratio_table(results)]
    if "export" in results:
        limit = meta["scale"]["export_limit"]
        lines += ["", "### Latency-bound export", "", *_export_table(results["export"], limit)]
    if "seams" in results:
        latency = meta["scale"]["export_latency"]
        lines += ["", "### Seams of a parallel export (issue 23)", "", *_seams_table(results["seams"], latency)]
    if "formats" in results:
        lines += ["", "### Dates and money", "", *_formats_table(results["formats"])]
    if "sync" in results:
        lines += ["", "### Sync into DuckDB (issue 14)", "", *_sync_table(results["sync"])]
    if "inbox" in results:
        lines += ["", "### Webhook inbox (issue 21)", "", *_inbox_table(results["inbox"])]
    if "accounts" in results:
        lines += ["", "### Many accounts (issue 22)", "", *_accounts_table(results["accounts"])]
    if "warehouses" in results:
        lines += ["", "### PostgreSQL against DuckDB (issue 22)", "", *_warehouses_table(results["warehouses"])]
    if "profile" in results:
        lines += ["", "### Where the overlay's CPU goes"]
        for profile in results["profile"].values():
            lines += ["", *_profile_section(profile)]
    lines += ["", END]
    return "\n".join(lines)


def write_doc(path: Path, results: dict[str, Any]) -> None:
    """Replace the generated block of `path` (or append one) with this run's tables."""
    block = markdown(results)
    text = path.read_text() if path.exists() else "# Benchmarks\n\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text)
