"""`newsgraph load`: the finished shards of a run merged into SQLite, then the event clusters brought up to date."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsgraph.scale.shards import finished_shards, shard_duplicates, shard_records
from newsgraph.store.db import connect, write_records
from newsgraph.store.mentions import (
    DEFAULT_WINDOW_DAYS,
    rebuild_event_clusters,
    record_duplicates,
    update_event_clusters,
)


def load_run(out: str | Path, db: str | Path, window_days: int = DEFAULT_WINDOW_DAYS,
             rebuild: bool = False) -> dict[str, int]:
    """Store every record of every finished shard (idempotent: loading twice changes nothing).

    Event clusters are updated for the events that changed; ``rebuild`` recomputes them all.
    """
    conn = connect(db)
    counts: Counter[str] = Counter()
    for parquet in finished_shards(out):
        counts.update(write_records(conn, shard_records(parquet), origin=parquet.name))
        counts["duplicates"] += record_duplicates(conn, shard_duplicates(parquet))
        counts["shards"] += 1
    cluster = rebuild_event_clusters if rebuild else update_event_clusters
    counts.update(cluster(conn, window_days))
    conn.close()
    return dict(counts)
