"""The Ray engine: the same batches as the local engine, run by Ray Data ``map_batches`` over actor classes.

Each actor loads the model once in its constructor.  A row is one whole batch
(the same batches as the local engine: spaCy's output can depend on what a
batch holds), and Ray Data keeps the order of rows (``preserve_order``), so the
records, and which duplicate is kept, are the same as with the local engine.  ``ray.init`` starts a local Ray
instance unless ``address`` names a running cluster.
"""

from __future__ import annotations

import logging
import pickle
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from newsgraph.model import Article
from newsgraph.scale.local import chunks
from newsgraph.scale.units import Unit
from newsgraph.scale.worker import Ingested, ingest_batch, process_articles, warm_up


def _rows(batches: Iterable[list[Any]]) -> list[dict[str, bytes]]:
    """One row per batch: Ray hands each actor call exactly the batch the local engine would make."""
    return [{"blob": pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)} for batch in batches]


def _batches_in(rows: dict[str, np.ndarray]) -> list[list[Any]]:
    return [pickle.loads(blob) for blob in rows["blob"]]


def _rows_out(results: list[list[Any]]) -> dict[str, np.ndarray]:
    out = np.empty(len(results), dtype=object)
    out[:] = [pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL) for result in results]
    return {"blob": out}


class IngestActor:
    """Ray actor: units to (article, fingerprint) pairs."""

    def __init__(self, input_format: str, published: str | None, dedup: bool) -> None:
        self.options = {"input_format": input_format, "published": published, "dedup": dedup}

    def __call__(self, rows: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        return _rows_out([ingest_batch(batch, **self.options) for batch in _batches_in(rows)])  # type: ignore[arg-type]


class PipelineActor:
    """Ray actor: articles to records; the spaCy model is loaded once, here."""

    def __init__(self, stage_names: Sequence[str]) -> None:
        self.stage_names = tuple(stage_names)
        warm_up(self.stage_names)

    def __call__(self, rows: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        return _rows_out([process_articles(batch, self.stage_names) for batch in _batches_in(rows)])


class RayEngine:
    """Runs ingest and the stages on Ray Data; one dataset per shard and phase."""

    def __init__(self, workers: int, batch_size: int, stage_names: Sequence[str], input_format: str = "auto",
                 published: str | None = None, dedup: bool = True, address: str | None = None) -> None:
        import ray
        from ray.data import DataContext

        self.workers = max(1, workers)
        self.batch_size = max(1, batch_size)
        self.stage_names = tuple(stage_names)
        self.ingest_args = (input_format, published, dedup)
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
        warnings.filterwarnings("ignore", message="The minimum number of concurrent actors", category=UserWarning)
        context.print_on_execution_start = False

    def _map(self, items: Sequence[Any], actor: type, args: tuple[Any, ...]) -> list[Any]:
        import ray.data

        rows = _rows(chunks(items, self.batch_size))
        if not rows:
            return []
        dataset = ray.data.from_items(rows, override_num_blocks=len(rows))
        size = min(self.workers, len(rows))  # no idle actors (each would load the model for nothing)
        mapped = dataset.map_batches(actor, fn_constructor_args=args, batch_size=1, batch_format="numpy",
                                     compute=ray.data.ActorPoolStrategy(size=size), num_cpus=1)
        return [item for row in mapped.iter_rows() for item in pickle.loads(row["blob"])]

    def ingest(self, units: Sequence[Unit], on_batch: Callable[[int], None] | None = None) -> list[Ingested]:
        """Units to (article, fingerprint) pairs, in order."""
        return self._map(units, IngestActor, self.ingest_args)

    def process(self, articles: Sequence[Article], on_batch: Callable[[int], None] | None = None) -> list[dict]:
        """Articles to records through the stages, in order."""
        records = self._map(articles, PipelineActor, (self.stage_names,))
        if on_batch:
            on_batch(len(records))
        return records

    def close(self) -> None:
        """Shut down the Ray instance this engine started."""
        import ray

        if self._started and ray.is_initialized():
            ray.shutdown()

    def abort(self) -> None:
        """Same as ``close``: Ray cancels the running datasets on shutdown."""
        self.close()

    def __enter__(self) -> RayEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
