"""The local engine: a pool of worker processes forked from a server that has loaded the models once.

The workers start from a multiprocessing fork server whose preload (``fork_server_models``) loads
the spaCy and language models and the stages' tables once per run: each worker forks with them in
memory (still one model per worker process), where spawned workers each re-imported and reloaded
everything.  The server is stopped when the last engine closes, which frees the models and reaps its
CPU time (and its workers') into this process's resource usage.

``workers=0`` runs everything in the calling process (for tests and debugging).
Results always come back in input order, whatever the number of workers.  A
worker that dies (killed, out of memory, a model that fails to load) stops the
run with ``BrokenProcessPool`` instead of hanging it; finished shards are kept.
"""

from __future__ import annotations

import functools
import multiprocessing
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing.context import BaseContext
from typing import Any, Self, TypeVar

from newsgraph.model import Article
from newsgraph.scale.units import Unit
from newsgraph.scale.worker import Ingested, ingest_batch, init_pool_worker, process_articles, warm_up

T = TypeVar("T")

FORK_SERVER_PRELOAD = ("newsgraph.scale.fork_server",)
FORK_SERVER_MODELS = "newsgraph.scale.fork_server_models"
_open_pools = 0  # local engines with workers, in this process: the last to close stops the fork server
_pools_lock = threading.Lock()
INGEST, PROCESS = "ingest", "process"  # the two phases of a batch: units to articles, articles to records
TAIL_BATCHES = 4  # a shard's last articles go in batches of a quarter of what is left ...
MIN_TAIL_BATCH = 2  # ... but at least this many


def chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    """Consecutive slices of ``size`` items."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def worker_context(stage_names: Sequence[str]) -> BaseContext:
    """The fork server context; its server loads the models before forking workers when the stages parse."""
    context = multiprocessing.get_context("forkserver")
    models = (FORK_SERVER_MODELS,) if "parse" in stage_names else ()
    context.set_forkserver_preload(list(FORK_SERVER_PRELOAD + models))
    return context


def stop_fork_server() -> None:
    """Stop this process's fork server once no engine uses it (its workers have exited).

    ``_stop`` is a private method of the standard library (CPython's tests use it); without it
    the server ends with this process.
    """
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()


class BatchCutter:
    """Cuts a shard's kept articles into stage batches as its ingest batches come back, in input order.

    Full batches of ``size`` while at least ``TAIL_BATCHES`` full batches' worth of articles wait behind
    them; what is left when the shard's last ingest batch is in goes in shrinking batches (a quarter of
    what is left, at least ``MIN_TAIL_BATCH`` articles), so that at the end of a shard no worker is left
    with a whole batch while the others wait.  The cuts depend only on the articles and ``size``, never
    on the engine, the number of workers or when results come back (spaCy's output can depend on what a
    batch holds), so every engine cuts a shard the same way.
    """

    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        self.waiting: list[Article] = []

    def add(self, articles: Sequence[Article]) -> list[list[Article]]:
        """Take the next kept articles; the full batches that can be cut now."""
        self.waiting.extend(articles)
        out = []
        while len(self.waiting) - self.size >= TAIL_BATCHES * self.size:
            out.append(self._cut(self.size))
        return out

    def finish(self) -> list[list[Article]]:
        """The batches of the articles still waiting, once no more will come."""
        out = self.add(())
        while self.waiting:
            out.append(self._cut(min(self.size, max(MIN_TAIL_BATCH, -(-len(self.waiting) // TAIL_BATCHES)))))
        return out

    def _cut(self, size: int) -> list[Article]:
        batch = self.waiting[:size]
        del self.waiting[:size]
        return batch


class Engine:
    """What the runner uses of an engine; as a context manager it aborts on an error, then closes.

    An engine runs batches in order of submission: ``_submit`` queues a batch of a phase (``INGEST``: units
    to (article, fingerprint) pairs; ``PROCESS``: articles to records) and ``_result`` waits for the
    result of a queued batch; results are asked for in the order their batches were submitted.
    """

    batch_size: int

    def _submit(self, phase: str, batch: list[Any]) -> Any:
        raise NotImplementedError

    def _result(self, handle: Any) -> list[Any]:
        raise NotImplementedError

    def run_units(self, units: Sequence[Unit], keep: Callable[[list[Ingested]], list[Article]],
                  on_batch: Callable[[int], None] | None = None) -> list[dict]:
        """The records of the articles ``keep`` keeps of the units' ingested batches, in input order.

        ``keep`` sees the ingested batches in input order (the deduplicator's order).  Stage batches are
        queued as soon as they are cut, behind the ingest batches still running, so no worker waits for
        the whole shard's ingest to end before parsing.
        """
        cutter = BatchCutter(self.batch_size)
        ingesting = [self._submit(INGEST, batch) for batch in chunks(units, self.batch_size)]
        processing = []
        for handle in ingesting:
            processing += [self._submit(PROCESS, batch) for batch in cutter.add(keep(self._result(handle)))]
        processing += [self._submit(PROCESS, batch) for batch in cutter.finish()]
        out: list[dict] = []
        for handle in processing:
            records = self._result(handle)
            out.extend(records)
            if on_batch:
                on_batch(len(records))
        return out

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
    """Runs ingest and the stages over batches in ``workers`` processes (forked with the models loaded)."""

    def __init__(self, workers: int, batch_size: int, stage_names: Sequence[str], input_format: str = "auto",
                 published: str | None = None, dedup: bool = True, recycle_after: int | None = None) -> None:
        self.batch_size = max(1, batch_size)
        self.stage_names = tuple(stage_names)
        self._ingest = functools.partial(ingest_batch, input_format=input_format, published=published, dedup=dedup)
        self._process = functools.partial(process_articles, stage_names=self.stage_names)
        self.pool: ProcessPoolExecutor | None = None
        if workers > 0:
            global _open_pools
            with _pools_lock:
                context = worker_context(self.stage_names)
                self.pool = ProcessPoolExecutor(workers, mp_context=context, initializer=init_pool_worker,
                                                initargs=(self.stage_names,), max_tasks_per_child=recycle_after)
                _open_pools += 1  # counted once it exists, so a failed start leaves no count to stop the server
        else:
            warm_up(self.stage_names)

    def _submit(self, phase: str, batch: list[Any]) -> Any:
        """A future of the batch's result, or the result itself when there is no pool."""
        fn = self._ingest if phase == INGEST else self._process
        return self.pool.submit(fn, batch) if self.pool is not None else fn(batch)

    def _result(self, handle: Any) -> list[Any]:
        return handle.result() if isinstance(handle, Future) else handle

    def close(self) -> None:
        """Stop the workers, then the fork server if no other engine of this process uses it."""
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None
            self._release(stop_server=True)

    def abort(self) -> None:
        """Stop the workers without waiting for queued batches (the run is failing or interrupted).

        The fork server is left running: stopping it waits for the workers' last batch.  It ends with
        this process, or the next engine reuses it.
        """
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
            self._release(stop_server=False)

    @staticmethod
    def _release(stop_server: bool) -> None:
        global _open_pools
        with _pools_lock:
            _open_pools -= 1
            if stop_server and _open_pools == 0:
                stop_fork_server()
