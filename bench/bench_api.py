"""API latency on a large synthetic store: p50/p95 of the main list and search endpoints.

    .venv/bin/python bench/bench_api.py [--articles 100000] [--db /tmp/newsgraph-bench.db] [--requests 200]

Builds (once, then reuses) a database of synthetic articles written with the store's own row
writer (batched in transactions of 5,000), then times requests through the whole ASGI stack
in-process (FastAPI TestClient: routing, validation, SQL, response models, JSON).
Target: p95 <= 50 ms for every endpoint listed.  Wall times on a shared machine include waiting for a
core, so the CPU time of each request (all threads of this process) is printed beside them.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.api.synthetic import synthetic_record
from newsgraph.store.db import _insert_record, connect

# Rare words give searches that match a few hundred articles, as real queries do; the topic words match 1/8.
RARE = [f"{a}{b}" for a in ("zan", "kor", "mel", "tup", "vir", "dos", "quen", "bal") for b in
        ("ak", "esh", "ori", "unt", "ylla", "oth", "ix", "amo", "ett", "uld")]


def records(n: int, start: int = 0) -> Iterator[dict[str, Any]]:
    """Synthetic records, each with one rare keyword so that searches have realistic hit counts."""
    for i in range(start, n):
        word = RARE[random.Random(i).randrange(len(RARE))]
        yield synthetic_record(i, text_prefix=f"Reported by the {word} desk. ")


def build(path: Path, n: int) -> float:
    """Create or top up the database to n articles; returns seconds spent writing."""
    conn = connect(path)
    have = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    started = time.perf_counter()
    if have < n:
        conn.execute("PRAGMA synchronous=OFF")
        done = have
        while done < n:
            step = min(n, done + 5000)
            conn.execute("BEGIN")  # one transaction per batch: the store's own row writer, 5x faster to build
            for record in records(step, done):
                _insert_record(conn, record, None)
            conn.execute("COMMIT")
            done = step
            print(f"  wrote {done:,} / {n:,} articles ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        conn.execute("PRAGMA optimize")
        conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - started


def month_of_events(month: int) -> str:
    """The events URL for one month of 2022."""
    return f"/api/events?date_from=2022-{month:02d}-01&date_to=2022-{month:02d}-28"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/newsgraph-bench.db"))
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint")
    parser.add_argument("--only", default="", help="only endpoints whose name contains this text")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from newsgraph.api.app import create_app

    seconds = build(args.db, args.articles)
    count = sqlite3.connect(args.db).execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"database {args.db}: {count:,} articles (build {seconds:.0f} s)")
    client = TestClient(create_app(args.db))
    rng = random.Random(1)
    topics = ["trade", "fisheries", "security", "climate", "energy", "rail", "vaccines", "tariffs"]
    endpoints = {
        "GET /api/articles (newest first)": lambda: "/api/articles",
        "GET /api/articles?offset=N (page 1-50)": lambda: f"/api/articles?offset={20 * rng.randrange(50)}",
        "GET /api/articles?outlet=X": lambda: "/api/articles?outlet=daily-wire.test",
        "GET /api/articles?date_from&date_to": lambda: "/api/articles?date_from=2022-05-01&date_to=2022-05-31",
        "GET /api/articles?q=rare word (search)": lambda: f"/api/articles?q={rng.choice(RARE)}",
        "GET /api/articles?q=topic word (1/8 match)": lambda: f"/api/articles?q={rng.choice(topics)}",
        "GET /api/articles?q=two words": lambda: f"/api/articles?q={rng.choice(RARE)}+{rng.choice(topics)}",
        "GET /api/articles/{id}": lambda: f"/api/articles/syn-{rng.randrange(count):06d}",
        "GET /api/events (newest first)": lambda: "/api/events",
        "GET /api/events?event_type=X": lambda: "/api/events?event_type=AID",
        "GET /api/events?date_from&date_to (a month)": lambda: month_of_events(rng.randrange(1, 13)),
        "GET /api/articles?actor=X (rare / unknown)": lambda: "/api/articles?actor=Nobody%20Known",
        "GET /api/quotes?q=word (search)": lambda: f"/api/quotes?q={rng.choice(topics)}",
    }
    load = os.getloadavg()[0] / (os.cpu_count() or 1)
    print(f"load average per core at start: {load:.1f} (above 1, wall times include waiting for a core)")
    print(f"{'endpoint':44} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu p95':>8}  target p95 <= 50 ms")
    failed = []
    for name, make_url in endpoints.items():
        if args.only not in name:
            continue
        for _ in range(5):  # warm-up: the page cache and the thread's connection
            client.get(make_url())
        times, cpu = [], []
        for _ in range(args.requests):
            url = make_url()
            t0, c0 = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            assert response.status_code == 200, (url, response.text[:200])
        p95 = percentile(times, 0.95)
        ok = "ok" if p95 <= 50 else "SLOW"
        if p95 > 50:
            failed.append(name)
        print(f"{name:44} {statistics.median(times):8.1f} {p95:8.1f} {max(times):8.1f} "
              f"{percentile(cpu, 0.95):8.1f}  {ok}")
    print("all endpoints within target" if not failed else f"over target: {', '.join(failed)}")
    print("\nwhole-store aggregates (no target; computed once per database version, then cached):")
    print(f"{'endpoint':44} {'first ms':>10} {'cached ms':>10}")
    for url in ("/api/actors", "/api/places", "/api/network", "/api/events/timeline", "/api/claims/ledger",
                "/api/speakers"):
        if args.only not in url:
            continue
        t0 = time.perf_counter()
        status = client.get(url).status_code
        first = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        client.get(url)
        again = (time.perf_counter() - t0) * 1000
        print(f"GET {url:40} {first:10.0f} {again:10.1f}" + ("" if status == 200 else f"  status {status}"))


if __name__ == "__main__":
    main()
