"""The Ray engine: the same batches as the local engine, run by one Ray Data ``map_batches`` for the whole run.

The dataset is built once, when the engine starts: its source is a single
streaming read task that yields the batches the driver puts in a Ray queue,
and ``map_batches`` runs them through a pool of ``BatchActor``s.  Each actor
loads the model once, in its constructor, and serves every shard of the run
(ingest batches and stage batches alike), so the model is loaded once per
worker, not once per shard.  A row is one whole batch (the same batches as
the local engine: spaCy's output can depend on what a batch holds), and Ray
Data keeps the order of rows (``preserve_order``), so the records, and which
duplicate is kept, are the same as with the local engine.  ``ray.init``
starts a local Ray instance unless ``address`` names a running cluster.
"""

from __future__ import annotations

import functools
import logging
import os
import pickle
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
from ray.data.block import BlockMetadata
from ray.data.datasource.datasource import Datasource, ReadTask

from newsgraph.scale.local import INGEST, Engine
from newsgraph.scale.worker import ingest_batch, process_articles, warm_up


def model_loads() -> int:
    """How many times this process has loaded the spaCy model: 0 when no stage needed it, -1 when unknown."""
    from newsgraph import nlp

    cache_info = getattr(nlp.load, "cache_info", None)  # nlp.load is an lru_cache: its misses are the loads
    return cache_info().misses if cache_info is not None else -1


def _queued_rows(queue: Any) -> Iterator[Any]:
    """The read task: one block per batch taken from the queue, until the driver puts None."""
    import pyarrow as pa

    while (blob := queue.get()) is not None:
        yield pa.table({"blob": pa.array([blob], type=pa.large_binary())})


def _rows_of(batches: Iterable[dict[str, np.ndarray]]) -> Iterator[dict[str, Any]]:
    for batch in batches:
        for i in range(len(batch["blob"])):
            yield {name: column[i] for name, column in batch.items()}


class QueueSource(Datasource):
    """A Ray Data source fed by the driver: one streaming read task that drains a Ray queue."""

    def __init__(self, queue: Any) -> None:
        self.queue = queue

    def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None,
                       data_context: Any = None) -> list[ReadTask]:
        meta = BlockMetadata(num_rows=None, size_bytes=None, input_files=None, exec_stats=None)
        return [ReadTask(functools.partial(_queued_rows, self.queue), metadata=meta)]

    def estimate_inmemory_data_size(self) -> None:
        return None


class BatchActor:
    """Ray Data actor: ingest batches to (article, fingerprint) pairs, article batches to records.

    The model is loaded once, here; every output row says which process served it and how
    many times that process loaded the model.
    """

    def __init__(self, stage_names: Sequence[str], input_format: str, published: str | None, dedup: bool) -> None:
        self.stage_names = tuple(stage_names)
        self.ingest_options = {"input_format": input_format, "published": published, "dedup": dedup}
        warm_up(self.stage_names)

    def __call__(self, rows: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        results: list[list[Any]] = []
        for blob in rows["blob"]:
            phase, batch = pickle.loads(blob)
            if phase == INGEST:
                results.append(ingest_batch(batch, **self.ingest_options))  # type: ignore[arg-type]
            else:
                results.append(process_articles(batch, self.stage_names))
        out = np.empty(len(results), dtype=object)
        out[:] = [pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL) for result in results]
        return {"blob": out, "pid": np.full(len(results), os.getpid()),
                "loads": np.full(len(results), model_loads())}


class RayEngine(Engine):
    """Runs ingest and the stages on one Ray Data pipeline that lives as long as the engine."""

    def __init__(self, workers: int, batch_size: int, stage_names: Sequence[str], input_format: str = "auto",
                 published: str | None = None, dedup: bool = True, address: str | None = None) -> None:
        import ray
        import ray.data
        from ray.data import DataContext
        from ray.util.queue import Queue

        self.workers = max(1, workers)
        self.batch_size = max(1, batch_size)
        self._started = not ray.is_initialized()
        if self._started:
            if address:
                ray.init(address=address, log_to_driver=False)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False,
                         configure_logging=False)
        logging.getLogger("ray").setLevel(logging.WARNING)
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        context = DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        context.target_max_block_size = 1  # pass each batch on as soon as it is read or mapped, never pool them
        warnings.filterwarnings("ignore", message="The minimum number of concurrent actors", category=UserWarning)
        self.queue = Queue(actor_options={"num_cpus": 0})
        dataset = ray.data.read_datasource(QueueSource(self.queue), override_num_blocks=1, num_cpus=0)
        mapped = dataset.map_batches(BatchActor, fn_constructor_args=(tuple(stage_names), input_format, published,
                                                                      dedup),
                                     batch_size=1, batch_format="numpy",
                                     compute=ray.data.ActorPoolStrategy(size=self.workers), num_cpus=1)
        # iter_rows holds a row back until the next one comes; whole blocks without prefetch do not
        batches = mapped.iter_batches(batch_size=None, prefetch_batches=0, batch_format="numpy")
        self.rows: Iterator[dict[str, Any]] | None = _rows_of(batches)
        self.model_loads: dict[int, int] = {}  # worker pid -> times it loaded the model

    def _submit(self, phase: str, batch: list[Any]) -> None:
        """Queue the batch; its result is the next row the pipeline yields after those queued before it."""
        self.queue.put(pickle.dumps((phase, batch), protocol=pickle.HIGHEST_PROTOCOL))

    def _result(self, handle: None) -> list[Any]:
        assert self.rows is not None, "the engine is closed"
        row = next(self.rows)
        self.model_loads[int(row["pid"])] = int(row["loads"])
        return pickle.loads(row["blob"])

    def close(self) -> None:
        """End the pipeline (the read task sees None), then shut down the Ray instance this engine started."""
        import ray

        if ray.is_initialized() and self.rows is not None:
            self.queue.put(None)
            for _ in self.rows:  # nothing is left; this lets the pipeline finish cleanly
                pass
            self.rows = None
        if self._started and ray.is_initialized():
            ray.shutdown()

    def abort(self) -> None:
        """Shut down at once: Ray cancels the running pipeline."""
        import ray

        self.rows = None
        if self._started and ray.is_initialized():
            ray.shutdown()
