"""Event clusters after `newsgraph load` of one new shard into a large store: incremental update vs full rebuild.

    .venv/bin/python bench/bench_scale_load.py [--base 20000] [--new 1000] [--events 3] [--new-days 7]

A store is filled with ``--base`` synthetic articles (``--events`` events each,
actors drawn with Zipf-like weights from 200 names, 20 PLOVER types, a year of
days) and its clusters are built.  Then ``--new`` articles arrive (as one more
shard), published in the last ``--new-days`` days of that year (a feed brings
recent news; 365 spreads them over the year), and the store is copied: one copy runs ``update_event_clusters`` (only
the dirty keys), the other ``rebuild_event_clusters``.  Printed: the CPU and
wall time of each, how many keys were reclustered, and whether both copies hold
the same clusters and mentions.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from newsgraph.model import Actor, Article, Event, Participant, SentenceRef, Span
from newsgraph.store.db import connect, write_records
from newsgraph.store.mentions import rebuild_event_clusters, update_event_clusters

TYPES = ("AGREE", "REJECT", "CONSULT", "SUPPORT", "ACCUSE", "REQUEST", "THREATEN", "PROTEST", "AID", "SANCTION",
         "COOPERATE", "CONCEDE", "RETREAT", "MOBILIZE", "COERCE", "ASSAULT", "ENGAGE", "DISAPPROVE", "INVESTIGATE",
         "SEIZE")
ACTORS = [Actor(f"Actor {i}", f"C{i % 50:02d}", "GOV") for i in range(200)]
WEIGHTS = [1 / (rank + 1) for rank in range(len(ACTORS))]


def records(rng: random.Random, ids: range, events: int, days: int = 365) -> Iterator[dict]:
    """Articles of ``events`` sentences, each one event between two weighted-random actors, in the last ``days``
    days of 2024."""
    start = date(2024, 12, 31) - timedelta(days=days - 1)
    for i in ids:
        day = start + timedelta(days=rng.randrange(days))
        sentences, items, offset = [], [], 0
        for _ in range(events):
            source, target = rng.choices(ACTORS, WEIGHTS, k=2)
            sentence = f"{source.name} met {target.name}."
            items.append(Event(
                type=rng.choice(TYPES), trigger=Span(offset + len(source.name) + 1, offset + len(source.name) + 4,
                                                     "met"),
                sentence=SentenceRef(offset, offset + len(sentence)),
                source=Participant(offset, offset + len(source.name), source.name, source),
                target=Participant(offset + len(sentence) - len(target.name) - 1, offset + len(sentence) - 1,
                                   target.name, target)))
            sentences.append(sentence)
            offset += len(sentence) + 1
        article = Article(id=f"a{i}", text=" ".join(sentences), url=f"https://example.com/{i}",
                          published=day.isoformat())
        article.events = items
        yield article.to_dict()


def timed(fn: Callable[[sqlite3.Connection], dict], conn: sqlite3.Connection) -> tuple[float, float, dict]:
    wall, cpu = time.perf_counter(), time.process_time()
    counts = fn(conn)
    return time.perf_counter() - wall, time.process_time() - cpu, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=20_000)
    parser.add_argument("--new", type=int, default=1_000)
    parser.add_argument("--events", type=int, default=3)
    parser.add_argument("--new-days", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        base = connect(Path(tmp) / "base.sqlite")
        write_records(base, records(rng, range(args.base), args.events))
        rebuild_event_clusters(base)
        write_records(base, records(rng, range(args.base, args.base + args.new), args.events, args.new_days))
        copies = {}
        for name in ("update", "rebuild"):
            copies[name] = connect(Path(tmp) / f"{name}.sqlite")
            base.backup(copies[name])
        wall_u, cpu_u, counts = timed(update_event_clusters, copies["update"])
        wall_r, cpu_r, _ = timed(rebuild_event_clusters, copies["rebuild"])
        same = all(
            sorted(map(tuple, copies["update"].execute(f"SELECT * FROM {table}")))
            == sorted(map(tuple, copies["rebuild"].execute(f"SELECT * FROM {table}")))
            for table in ("event_clusters", "event_mentions"))
    print(f"store of {args.base} articles ({args.base * args.events} events) + a shard of {args.new} articles "
          f"from the last {args.new_days} days:")
    print(f"  incremental update: {wall_u:6.2f} s wall  {cpu_u:6.2f} s CPU  "
          f"({counts['reclustered_keys']} keys reclustered, {counts['event_clusters']} clusters)")
    print(f"  full rebuild:       {wall_r:6.2f} s wall  {cpu_r:6.2f} s CPU")
    print(f"  update / rebuild CPU: {cpu_u / cpu_r:.2f}; same clusters and mentions: {same}")


if __name__ == "__main__":
    main()
