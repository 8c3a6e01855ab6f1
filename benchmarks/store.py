"""Store benchmark: bulk ingest rate and dyad-timeline latency on DuckDB and PostgreSQL.

    python benchmarks/store.py --events 10000000 --pg-events 1000000

Synthetic event rows (seeded, realistic column values) are written to Parquet first
(not timed), then loaded through `Store.import_parquet` (timed: rows, story and actor
tables), then `Store.timeline` runs for random dyads (median and p95 latency).
Both databases are measured in one run and printed side by side.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.ontology import ontology  # noqa: E402
from eventwire.store import Store  # noqa: E402
from eventwire.store.columns import EVENT_SCHEMA  # noqa: E402

COUNTRIES = ("USA RUS CHN TUR UKR ISR PSE IRN SYR IRQ AZE ARM GEO DEU FRA GBR JPN KOR PRK IND PAK AFG EGY SAU QAT "
             "ARE LBN JOR GRC CYP HUN POL ITA ESP NLD BEL SWE NOR FIN CAN MEX BRA ARG VEN COL NGA ETH KEN ZAF LBY "
             "SDN YEM KAZ UZB TKM KGZ TJK MNG VNM THA IDN MYS PHL AUS").split()
SECTORS = ("GOV", "MIL", "OPP", "REB", "BUS", "MED", "CVL", "JUD", "LEG", "COP")
START = date(2015, 1, 1)
DAYS = (date(2026, 11, 1) - START).days
CHUNK = 1_000_000


def synthetic_chunk(rng: np.random.Generator, offset: int, size: int, codes: list[tuple]) -> pa.Table:
    """`size` event rows; countries follow a Zipf-like law, as in real event data."""
    weights = 1.0 / np.arange(1, len(COUNTRIES) + 1)
    weights /= weights.sum()
    src = rng.choice(len(COUNTRIES), size, p=weights)
    tgt = rng.choice(len(COUNTRIES), size, p=weights)
    sec_s, sec_t = rng.integers(0, len(SECTORS), size), rng.integers(0, len(SECTORS), size)
    pick = rng.integers(0, len(codes), size)
    day = rng.integers(0, DAYS, size)
    ids = np.arange(offset, offset + size)
    country = np.array(COUNTRIES, dtype=object)
    sector = np.array(SECTORS, dtype=object)
    code = np.array([c[0] for c in codes], dtype=object)[pick]
    src_c, tgt_c = country[src], country[tgt]
    columns = {
        "event_id": [f"{i:016x}" for i in ids],
        "article_id": [f"a{i // 8:015x}" for i in ids],
        "story_id": [f"s{(i // 3) * 2654435761 % (1 << 60):015x}" for i in ids],
        "lang": np.where(ids % 3 == 0, "en", "tr"),
        "source_code": src_c + sector[sec_s], "source_country": src_c, "source_sector": sector[sec_s],
        "target_code": tgt_c + sector[sec_t], "target_country": tgt_c, "target_sector": sector[sec_t],
        "cameo": code, "cameo_root": [c[:2] for c in code],
        "goldstein": np.array([c[1] for c in codes])[pick], "quad_class": np.array([c[2] for c in codes])[pick],
        "plover_type": np.array([c[3] for c in codes], dtype=object)[pick],
        "date": [str(START.fromordinal(START.toordinal() + int(d))) for d in day],
        "day": pa.array(day.astype("int32") + (START.toordinal() - date(1970, 1, 1).toordinal()), pa.int32()),
        "date_precision": np.full(size, "day"), "date_basis": np.full(size, "explicit"),
        "intent": ids % 11 == 0, "negated": ids % 17 == 0,
        "sentence_index": (ids % 20).astype("int32"), "start_offset": (ids % 5000).astype("int32"),
        "end_offset": (ids % 5000 + 120).astype("int32"), "confidence": np.full(size, 0.9),
        "coder": np.full(size, "synthetic"), "trigger": np.full(size, "görüştü"),
    }
    columns["quote"] = pc.binary_join_element_wise(
        pa.array(src_c), pa.array(["met with"] * size), pa.array(tgt_c), pa.array([str(d) for d in day]), " ")
    table = {}
    for field in EVENT_SCHEMA:
        value = columns.get(field.name)
        if field.name == "day":
            table[field.name] = pc.cast(value, pa.date32())
        elif value is None:
            table[field.name] = pa.nulls(size, field.type)
        else:
            table[field.name] = pa.array(value, field.type) if not isinstance(value, pa.Array) else pc.cast(value, field.type)
    return pa.table(table, schema=EVENT_SCHEMA)


def write_parquet(folder: Path, events: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    onto = ontology()
    codes = [(c, onto.goldstein(c) or 0.0, e.quad_class, onto.plover(c)[0]) for c, e in onto.events.items()]
    for offset in range(0, events, CHUNK):
        pq.write_table(synthetic_chunk(rng, offset, min(CHUNK, events - offset), codes), folder / f"{offset:09d}.parquet")


def measure(target: str, folder: Path, queries: int, seed: int) -> dict:
    with Store(target) as store:
        started = time.perf_counter()
        rows = store.import_parquet(folder)
        load = time.perf_counter() - started
        rng = np.random.default_rng(seed)
        latencies = []
        for _ in range(queries):
            a, b = rng.choice(COUNTRIES[:20], 2, replace=False)
            started = time.perf_counter()
            store.timeline(str(a), str(b), period="month")
            latencies.append((time.perf_counter() - started) * 1000)
    return {"rows": rows, "ingest_s": load, "events_per_s": rows / load,
            "median_ms": statistics.median(latencies), "p95_ms": sorted(latencies)[int(0.95 * (len(latencies) - 1))]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000, help="events in the DuckDB store")
    parser.add_argument("--pg-events", type=int, default=1_000_000, help="events in the PostgreSQL store (0: skip)")
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        work = Path(tmp)
        for name, count in (("DuckDB", args.events), ("PostgreSQL", args.pg_events)):
            if not count:
                continue
            folder = work / f"events-{count}"
            if not folder.exists():
                folder.mkdir()
                started = time.perf_counter()
                write_parquet(folder, count, args.seed)
                print(f"generated {count:,} events in {time.perf_counter() - started:.0f} s", file=sys.stderr)
            if name == "DuckDB":
                results[name] = measure(str(work / "bench.duckdb"), folder, args.queries, args.seed)
            else:
                from tests.pgserver import LocalPostgres

                server = LocalPostgres().start()
                try:
                    results[name] = measure(server.database("bench"), folder, args.queries, args.seed)
                finally:
                    server.stop()
            print(f"{name}: done", file=sys.stderr)
    print(f"{'':24}" + "".join(f"{name:>16}" for name in results))
    for key, label, fmt in (("rows", "events stored", "{:,.0f}"), ("ingest_s", "bulk ingest (s)", "{:.1f}"),
                            ("events_per_s", "ingest events/s", "{:,.0f}"),
                            ("median_ms", "timeline median (ms)", "{:.1f}"), ("p95_ms", "timeline p95 (ms)", "{:.1f}")):
        print(f"{label:24}" + "".join(f"{fmt.format(r[key]):>16}" for r in results.values()))
    print("targets: >= 100,000 events/s bulk ingest; < 100 ms median dyad timeline (DuckDB)")


if __name__ == "__main__":
    main()
