"""The local engine: a pool of worker processes, each with its own copy of the model.

``workers=0`` runs everything in the calling process (for tests and debugging).
Results always come back in input order, whatever the number of workers.  A
worker that dies (killed, out of memory, a model that fails to load) stops the
run with ``BrokenProcessPool`` instead of hanging it; finished shards are kept.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, Self, TypeVar

from newsgraph.model import Article
from newsgraph.scale.units import Unit
from newsgraph.scale.worker import Ingested, ingest_batch, init_pool_worker, process_articles, warm_up

T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    """Consecutive slices of ``size`` items."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class Engine:
    """What the runner uses of an engine; as a context manager it aborts on an error, then closes."""

    def ingest(self, units: Sequence[Unit], on_batch: Callable[[int], None] | None = None) -> list[Ingested]:
        raise NotImplementedError

    def process(self, articles: Sequence[Article], on_batch: Callable[[int], None] | None = None) -> list[dict]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:
            self.abort()
        self.close()


class LocalEngine(Engine):
    """Runs ingest and the stages over batches in ``workers`` processes (spawned, model loaded once each)."""

    def __init__(self, workers: int, batch_size: int, stage_names: Sequence[str], input_format: str = "auto",
                 published: str | None = None, dedup: bool = True, recycle_after: int | None = None) -> None:
        self.batch_size = max(1, batch_size)
        self.stage_names = tuple(stage_names)
        self._ingest = functools.partial(ingest_batch, input_format=input_format, published=published, dedup=dedup)
        self._process = functools.partial(process_articles, stage_names=self.stage_names)
        self.pool: ProcessPoolExecutor | None = None
        if workers > 0:
            self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=init_pool_worker, initargs=(self.stage_names,),
                                            max_tasks_per_child=recycle_after)
        else:
            warm_up(self.stage_names)

    def _map(self, fn: Callable[[list[Any]], list[T]], items: Sequence[Any],
             on_batch: Callable[[int], None] | None) -> list[T]:
        out: list[T] = []
        batches = chunks(items, self.batch_size)
        results = self.pool.map(fn, batches) if self.pool is not None else map(fn, batches)
        for batch in results:
            out.extend(batch)
            if on_batch:
                on_batch(len(batch))
        return out

    def ingest(self, units: Sequence[Unit], on_batch: Callable[[int], None] | None = None) -> list[Ingested]:
        """Units to (article, fingerprint) pairs, in order."""
        return self._map(self._ingest, units, None)

    def process(self, articles: Sequence[Article], on_batch: Callable[[int], None] | None = None) -> list[dict]:
        """Articles to records through the stages, in order."""
        return self._map(self._process, articles, on_batch)

    def close(self) -> None:
        """Stop the workers."""
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None

    def abort(self) -> None:
        """Stop the workers without waiting for queued batches (the run is failing or interrupted)."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
