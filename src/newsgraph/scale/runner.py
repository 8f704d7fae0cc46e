"""`newsgraph run`: inputs streamed in shards through an engine, deduplicated, written as Parquet shards.

Shard ``k`` holds units ``[k*shard_size, (k+1)*shard_size)`` of the input order.
Shards are processed and written in order, and the deduplicator sees articles
in input order, so a run's output never depends on the engine or the number of
workers, and a restarted run skips finished shards (it only re-reads their
input) and writes the rest exactly as an uninterrupted run would have.  The
dedup index (a SQLite file beside the shards) holds every article kept so
far; it is committed after each shard's manifest entry.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from newsgraph.dedup import Deduplicator, Duplicate, Fingerprint
from newsgraph.model import Article
from newsgraph.pipeline import STAGE_ORDER
from newsgraph.scale.local import Engine, LocalEngine
from newsgraph.scale.progress import Progress, RunSummary
from newsgraph.scale.shards import ShardResult, ShardStore
from newsgraph.scale.units import Unit, input_bytes, iter_units
from newsgraph.scale.worker import Ingested

ENGINES = ("local", "ray")
DEDUP_INDEX = "dedup.sqlite"
DEDUP_INDEX_VERSION = 2  # 1 was an in-memory window of recent articles: its runs are not resumed with this one


@dataclass
class RunOptions:
    """How to run; only the fields in ``config()`` decide the output, the others only its speed."""

    workers: int = 2
    engine: str = "local"
    batch_size: int = 32
    shard_size: int = 1000
    input_format: str = "auto"
    published: str | None = None
    stages: tuple[str, ...] = field(default_factory=lambda: tuple(STAGE_ORDER))
    dedup: bool = True
    progress: bool = True
    recycle_after: int | None = None
    ray_address: str | None = None

    def config(self, paths: Sequence[str]) -> dict[str, Any]:
        """What must match for a restarted run to reuse finished shards."""
        return {
            "inputs": [p if p == "-" else os.path.abspath(p) for p in paths],
            "input_format": self.input_format, "published": self.published, "shard_size": self.shard_size,
            "stages": list(self.stages), "dedup": self.dedup, "dedup_index": DEDUP_INDEX_VERSION,
        }


def make_engine(options: RunOptions) -> Engine:
    """The engine named by ``options.engine``."""
    common: dict[str, Any] = {
        "workers": options.workers, "batch_size": options.batch_size, "stage_names": options.stages,
        "input_format": options.input_format, "published": options.published, "dedup": options.dedup}
    if options.engine == "local":
        return LocalEngine(**common, recycle_after=options.recycle_after)
    if options.engine == "ray":
        from newsgraph.scale.ray_engine import RayEngine

        return RayEngine(**common, address=options.ray_address)
    raise ValueError(f"engine must be one of {ENGINES}, not {options.engine!r}")


def shards_of(units: Iterable[Unit], size: int) -> Iterator[list[Unit]]:
    """Consecutive groups of ``size`` units: the deterministic shard assignment."""
    it = iter(units)
    while shard := list(islice(it, size)):
        yield shard


def split_duplicates(pairs: list[Ingested], dedup: Deduplicator | None
                     ) -> tuple[list[Article], list[Duplicate], list[Fingerprint]]:
    """Articles to keep (error records included), duplicates skipped, fingerprints of the kept ones."""
    kept: list[Article] = []
    duplicates: list[Duplicate] = []
    fingerprints: list[Fingerprint] = []
    for article, fp in pairs:
        if dedup is None or fp is None:
            kept.append(article)
            continue
        duplicate = dedup.offer(fp)
        if duplicate is None:
            kept.append(article)
            fingerprints.append(fp)
        else:
            duplicates.append(duplicate)
    return kept, duplicates, fingerprints


def run_shard(index: int, units: list[Unit], engine: Any, dedup: Deduplicator | None,
              progress: Progress | None = None) -> ShardResult:
    """Ingest, deduplicate and process one shard (the engine parses kept articles while the rest is ingested)."""
    duplicates: list[Duplicate] = []
    fingerprints: list[Fingerprint] = []

    def keep(pairs: list[Ingested]) -> list[Article]:
        kept, skipped, prints = split_duplicates(pairs, dedup)
        duplicates.extend(skipped)
        fingerprints.extend(prints)
        if progress is not None and skipped:
            progress.articles(len(skipped))
        return kept

    records = engine.run_units(units, keep, on_batch=progress.articles if progress else None)
    errors = Counter(r["error"]["code"] for r in records if r.get("error"))
    return ShardResult(index, len(units), records, duplicates, fingerprints, dict(errors))


def open_index(store: ShardStore) -> Deduplicator:
    """The run's dedup index, brought in line with the finished shards of the manifest.

    A shard finished by a run killed before it committed the index is re-added
    from the fingerprints saved beside it; an index that knows shards the
    manifest does not (another run's) is rebuilt.
    """
    dedup = Deduplicator(store.out / DEDUP_INDEX)
    finished = store.finished()
    if not dedup.shards() <= finished:
        dedup.reset()
    for index in sorted(finished - dedup.shards()):
        for fp in store.kept_fingerprints(index):
            dedup.add(fp)
        dedup.commit(index)
    return dedup


def run(paths: Sequence[str], out: str | Path, options: RunOptions | None = None) -> RunSummary:
    """Run the pipeline over ``paths`` into Parquet shards under ``out``; resumes a killed run."""
    options = options or RunOptions()
    store = ShardStore(out, options.config(paths))
    dedup = open_index(store) if options.dedup else None
    summary = RunSummary()
    progress = Progress(input_bytes(paths), enabled=options.progress)
    seen_articles = 0
    engine = None
    try:
        for index, units in enumerate(shards_of(iter_units(paths, options.input_format, options.published),
                                                options.shard_size)):
            if store.done(index):
                entry = store.entry(index)
                summary.add_shard(entry, Counter(), resumed=True)
            else:
                if engine is None:
                    engine = make_engine(options)
                result = run_shard(index, units, engine, dedup, progress)
                entry = store.write(result)
                if dedup is not None:
                    dedup.commit(index)
                summary.add_shard(entry, Counter(d.kind for d in result.duplicates))
                progress.note(dups=sum(summary.duplicates.values()), errors=sum(summary.errors.values()))
            seen_articles += entry["records"] + entry["duplicates"]
            progress.estimate(units[-1].position, seen_articles)
    except BaseException:
        if engine is not None:
            engine.abort()
            engine = None
        raise
    finally:
        progress.close()
        if dedup is not None:
            dedup.close()
        if engine is not None:
            summary.model_loads = dict(getattr(engine, "model_loads", {}))
            engine.close()
    return summary.finish()
